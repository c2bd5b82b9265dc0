package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.Amount;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CashCalculatorTest {

  // MiniMax: cash reserves 11.02億美元 at 30 Sep 2025; adjusted net loss 1.86億美元 for the nine months to then.
  private static final Figure CASH = Fixtures.noted(figure("cash_reserves", "2025-09-30", "11.02",
      Scale.HUNDRED_MILLION, "USD"), "Definition as printed: cash reserves in total, including cash and cash"
          + " equivalents and wealth-management products");
  private static final Figure LOSS = figure("adjusted_net_loss", "9M2025", "1.86", Scale.HUNDRED_MILLION, "USD");
  private static final Figure OPERATING_CASH_FLOW = figure("operating_cash_flow", "9M2025", "-2.09",
      Scale.HUNDRED_MILLION, "USD");
  private static final String BURN_DEFINITION = "burn definition: adjusted_net_loss over the 9 months ended"
      + " 2025-09-30, spread evenly over its months";

  //-------------------------------------------------------------------------
  @Test
  void test_monthlyBurnFromLoss_nineMonths() {
    Derived burn = CashCalculator.monthlyBurnFromLoss(LOSS);
    assertThat(burn.label()).isEqualTo("monthly burn from adjusted_net_loss 9M2025");
    assertThat(burn.unit()).isEqualTo(Unit.parse("USD"));
    // 186000000 / 9 = 20666666.67; 185500000 / 9 = 20611111.11 (floor); 186500000 / 9 = 20722222.22 (ceiling)
    assertThat(burn.value()).isEqualByComparingTo("20666666.66666666666666666666666667");
    assertThat(burn.range().isSameRange(DecimalRange.ofClosed(
        "20611111.11111111111111111111111111", "20722222.22222222222222222222222223"))).isTrue();
    assertThat(burn.formula()).isEqualTo("adjusted_net_loss 9M2025 / 9 months");
    assertThat(burn.notes()).containsExactly(BURN_DEFINITION);
  }

  @Test
  void test_monthlyBurnFromLoss_instant() {
    Figure atDate = figure("adjusted_net_loss", "2025-09-30", "1.86", Scale.HUNDRED_MILLION, "USD");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CashCalculator.monthlyBurnFromLoss(atDate))
        .withMessage("Argument 'loss' must cover a period, not an instant, but 'adjusted_net_loss 2025-09-30' is at"
            + " '2025-09-30'");
  }

  @Test
  void test_monthlyBurnFromLoss_notMoney() {
    Figure hours = figure("adjusted_net_loss", "9M2025", "2.2", Scale.HUNDRED_MILLION, "hours");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CashCalculator.monthlyBurnFromLoss(hours))
        .withMessage("Argument 'loss' must be an amount of money but 'adjusted_net_loss 9M2025' is in 'hours'");
  }

  @Test
  void test_monthlyBurn_partMonths() {
    FiscalPeriod period = FiscalPeriod.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 15));
    Figure loss = figure("adjusted_net_loss", "2025-01-01..2025-09-15", "1.86", Scale.HUNDRED_MILLION, "USD");
    Derived burn = CashCalculator.monthlyBurn(loss, period, "adjusted net loss");
    assertThat(burn.label()).isEqualTo("monthly burn from adjusted_net_loss 2025-01-01..2025-09-15");
    // 258 days / 30.4375 = 8.476386 months (six decimals); 186000000 / 8.476386 = 21943314.049171...
    assertThat(burn.value().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("21943314.05");
    assertThat(burn.notes()).containsExactly("burn definition: adjusted net loss",
        "the period is not whole months: 258 days / 30.4375 = 8.476386 months");
  }

  @Test
  void test_monthlyBurn_periodDiffers() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CashCalculator.monthlyBurn(LOSS, FiscalPeriod.fiscalYear(2024), "adjusted net loss"))
        .withMessage("Argument 'period' must be the period of 'adjusted_net_loss 9M2025' but has value 'FY2024'");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_monthlyBurnFromOperatingCashFlow_outflow() {
    Derived burn = CashCalculator.monthlyBurnFromOperatingCashFlow(OPERATING_CASH_FLOW).derived();
    assertThat(burn.label()).isEqualTo("monthly burn from operating_cash_flow 9M2025");
    // -(-209000000) / 9 = 23222222.22; range [208500000, 209500000] / 9
    assertThat(burn.value()).isEqualByComparingTo("23222222.22222222222222222222222222");
    assertThat(burn.range().isSameRange(DecimalRange.ofClosed(
        "23166666.66666666666666666666666666", "23277777.77777777777777777777777778"))).isTrue();
    assertThat(burn.formula()).isEqualTo("-operating_cash_flow 9M2025 / 9 months");
    assertThat(burn.notes()).containsExactly("burn definition: net cash used in operating activities"
        + " (operating_cash_flow 9M2025, negated) over the 9 months ended 2025-09-30, spread evenly over its months");
  }

  @Test
  void test_monthlyBurnFromOperatingCashFlow_inflow() {
    Figure inflow = figure("operating_cash_flow", "9M2025", "0.5", Scale.HUNDRED_MILLION, "USD");
    Calculation burn = CashCalculator.monthlyBurnFromOperatingCashFlow(inflow);
    assertThat(burn).isEqualTo(new NotMeaningful(Measure.MONTHLY_BURN, "monthly burn from operating_cash_flow 9M2025",
        NotMeaningful.Reason.NO_BURN, "operating cash flow is an inflow: no burn (printed 0.5億 USD)", List.of(inflow)));
  }

  @Test
  void test_monthlyBurnFromOperatingCashFlow_rangeReachesInflow() {
    // a printed range "-3億至1億": midpoint -1億, range [-3.5億, 1.5億]
    Figure straddling = Figure.of(FigureKey.of(Metric.OPERATING_CASH_FLOW, ReportingPeriod.parse("9M2025")),
        Amount.ofRange(new BigDecimal("-3"), new BigDecimal("1"), Scale.HUNDRED_MILLION, Unit.parse("USD")),
        Fixtures.SOURCE);
    Calculation burn = CashCalculator.monthlyBurnFromOperatingCashFlow(straddling);
    assertThat(burn.isMeaningful()).isFalse();
    assertThat(((NotMeaningful) burn).explanation()).isEqualTo("operating cash flow is an inflow: no burn (printed"
        + " -3..1億 USD, whose range [-350000000, 150000000] reaches zero or above)");
  }

  @Test
  void test_monthlyBurnFromOperatingCashFlow_wrongMetric() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CashCalculator.monthlyBurnFromOperatingCashFlow(LOSS))
        .withMessage("Argument 'operatingCashFlow' must be a figure of 'operating_cash_flow' but is"
            + " 'adjusted_net_loss 9M2025'");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_runway_workedExample() {
    Derived burn = CashCalculator.monthlyBurnFromLoss(LOSS);
    Derived runway = CashCalculator.runway(CASH, burn).derived();
    assertThat(runway.label())
        .isEqualTo("cash runway from cash_reserves 2025-09-30 at monthly burn from adjusted_net_loss 9M2025");
    assertThat(runway.unit()).isEqualTo(Unit.MONTHS);
    // 1102000000 / (186000000 / 9) = 1102000000 x 9 / 186000000 = 53.3225806451612903...
    assertThat(runway.value()).isEqualByComparingTo("53.32258064516129032258064516129031");
    // low 1101500000 / 20722222.22222222222222222222222223 = 53.155495978552278...,
    // high 1102500000 / 20611111.11111111111111111111111111 = 53.490566037735849...
    assertThat(runway.range().isSameRange(DecimalRange.ofClosed(
        "53.15549597855227882037533512064341", "53.49056603773584905660377358490567"))).isTrue();
    assertThat(runway.range().roundedOutward(3)).isEqualTo(DecimalRange.ofClosed("53.155", "53.491"));
    // the seed's "53個月以上" (at least 53 months) holds over the whole range
    assertThat(runway.range().low()).isGreaterThan(new BigDecimal("53"));
    assertThat(runway.formula()).isEqualTo("cash_reserves 2025-09-30 / monthly burn from adjusted_net_loss 9M2025");
    assertThat(runway.notes()).containsExactly(BURN_DEFINITION,
        "cash definition: Cash reserves (cash_reserves 2025-09-30): Definition as printed: cash reserves in total,"
            + " including cash and cash equivalents and wealth-management products",
        "burn is assumed constant at US$20.67M a month: no revenue growth, cost change or new funding");
    assertThat(runway.inputs()).containsExactly(CASH, burn);
  }

  @Test
  void test_runway_withIpoProceeds() {
    Derived burn = CashCalculator.monthlyBurnFromLoss(LOSS);
    Figure proceeds = Fixtures.qualified(figure("ipo_gross_proceeds_upsized", "2026-01-09", "619", Scale.MILLION,
        "USD"), Qualifier.ABOUT);
    Derived runway = CashCalculator.runway(CASH, proceeds, burn).derived();
    assertThat(runway.label())
        .isEqualTo("cash runway from cash_reserves 2025-09-30 with ipo_gross_proceeds_upsized 2026-01-09"
            + " at monthly burn from adjusted_net_loss 9M2025");
    // about 619M: 5% of 619M exceeds the one million its digits are rounded to, so [617.5M, 620.5M]
    // (1102000000 + 619000000) / 20666666.67 = 83.274...; low 1719000000 / 20722222.22... = 82.95442359249...,
    // high 1723000000 / 20611111.11... = 83.59568733153...
    assertThat(runway.value()).isEqualByComparingTo("83.27419354838709677419354838709676");
    assertThat(runway.range().roundedOutward(10)).isEqualTo(DecimalRange.ofClosed("82.9544235924", "83.5956873316"));
    assertThat(runway.formula()).isEqualTo("(cash_reserves 2025-09-30 + ipo_gross_proceeds_upsized 2026-01-09) /"
        + " monthly burn from adjusted_net_loss 9M2025");
    assertThat(runway.notes()).last().isEqualTo("extra cash: ipo_gross_proceeds_upsized 2026-01-09, added in full"
        + " at the start of the runway");
  }

  @Test
  void test_runway_currenciesDiffer() {
    Figure cny = figure("cash_reserves", "2025-09-30", "78", Scale.HUNDRED_MILLION, "CNY");
    Derived burn = CashCalculator.monthlyBurnFromLoss(LOSS);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CashCalculator.runway(cny, burn))
        .withMessage("Arguments 'cash' and 'monthlyBurn' must be in the same currency but 'cash_reserves"
            + " 2025-09-30' is in 'CNY' and 'monthly burn from adjusted_net_loss 9M2025' is in 'USD'");
  }

  @Test
  void test_runway_burnRangeContainsZero() {
    Figure breakEven = figure("adjusted_net_loss", "9M2025", "0", Scale.HUNDRED_MILLION, "USD");
    Derived burn = CashCalculator.monthlyBurnFromLoss(breakEven);
    // [-50000000, 50000000] / 9, rounded outward
    assertThat(CashCalculator.runway(CASH, burn)).isEqualTo(NotMeaningful.of(Measure.RUNWAY,
        "cash runway from cash_reserves 2025-09-30 at monthly burn from adjusted_net_loss 9M2025",
        NotMeaningful.Reason.DIVISOR_MAY_BE_ZERO, "divisor 'monthly burn from adjusted_net_loss 9M2025' has range"
            + " [-5555555.555555555555555555555555556, 5555555.555555555555555555555555556], which contains zero",
        List.of(CASH, burn)));
  }

  @Test
  void test_runway_negativeBurn() {
    Figure profit = figure("adjusted_net_loss", "9M2025", "-1.86", Scale.HUNDRED_MILLION, "USD");
    Derived burn = CashCalculator.monthlyBurnFromLoss(profit);
    assertThat(CashCalculator.runway(CASH, burn)).isEqualTo(NotMeaningful.of(Measure.RUNWAY,
        "cash runway from cash_reserves 2025-09-30 at monthly burn from adjusted_net_loss 9M2025",
        NotMeaningful.Reason.NO_BURN, "the monthly burn 'monthly burn from adjusted_net_loss 9M2025' is negative"
            + " throughout [-20722222.22222222222222222222222223, -20611111.11111111111111111111111111]: cash that"
            + " grows has no runway", List.of(CASH, burn)));
  }
}
