package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.ConvertedReport;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureBasis;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedTest {

  private static final Figure CASH = figure("cash_reserves", "2025-09-30", "11.02", Scale.HUNDRED_MILLION, "USD");
  private static final Figure LOSS = figure("adjusted_net_loss", "9M2025", "1.86", Scale.HUNDRED_MILLION, "USD");
  private static final Figure LOSS_OVER = Fixtures.qualified(LOSS, Qualifier.OVER);
  private static final String OVER_NOTE = "input adjusted_net_loss 9M2025 was printed as 'over 1.86億 USD': it is"
      + " bounded below only, at the number as printed";

  @Test
  void test_of_notesOpenEndedInput() {
    Derived burn = Derived.of(Measure.MONTHLY_BURN, "monthly burn", new BigDecimal("20666666.67"),
        DecimalRange.atLeast(new BigDecimal("20666666.66")), Unit.parse("USD"), "loss / 9", List.of(LOSS_OVER),
        List.of("burn definition: loss"));
    assertThat(burn.notes()).containsExactly("burn definition: loss", OVER_NOTE);
  }

  @Test
  void test_of_notesOpenEndedInputOfInputCalculation() {
    Derived burn = CashCalculator.monthlyBurnFromLoss(LOSS_OVER);
    Derived runway = CashCalculator.runway(CASH, burn).derived();
    // the loss is an input of the burn, not of the runway, and is still named, once
    assertThat(runway.notes()).filteredOn(n -> n.startsWith("input ")).containsExactly(OVER_NOTE);
  }

  @Test
  void test_of_notesInputsThatMixGuidanceWithActuals() {
    Figure guidance = figure("revenue", "FY2025", "121800", Scale.TEN_THOUSAND, "CNY").withBasis(FigureBasis.GUIDANCE);
    Figure actual = figure("revenue", "FY2024", "43846", Scale.TEN_THOUSAND, "CNY");
    Derived growth = Calculators.growth(guidance, actual).derived();
    assertThat(growth.notes()).containsOnlyOnce("this calculation mixes guidance (revenue FY2025) with reported"
        + " actuals (revenue FY2024): guidance is not a result");
    // Nested: a calculation on the growth still says so, once.
    Derived twice = Derived.of(Measure.AS_REPORTED, "growth again", growth.value(), growth.range(), growth.unit(),
        "growth", List.of(growth), List.of());
    assertThat(twice.notes()).filteredOn(n -> n.contains("guidance")).hasSize(1);
    // Converted, guidance is still guidance: the rate carries it, not a reported figure.
    ExchangeRate rate = ExchangeRate.printed("usd-cny", Unit.parse("USD"), figure("usd_rate", "FY2025", "7.10",
        Scale.ONE, "CNY"), ReportingPeriod.parse("FY2025"));
    ConvertedReport converted = rate.convert(figure("revenue", "FY2025", "17154", Scale.TEN_THOUSAND, "USD")
        .withBasis(FigureBasis.GUIDANCE));
    assertThat(Derived.asReported(converted).notes()).containsExactly("this calculation rests on guidance (revenue"
        + " FY2025), not on reported actuals: guidance is not a result");
    Figure prior = figure("revenue", "FY2023", "12520", Scale.TEN_THOUSAND, "CNY");
    assertThat(Calculators.growth(actual, prior).derived().notes()).noneMatch(n -> n.contains("guidance"));
  }

  @Test
  void test_of_exactInputsAddNoNotes() {
    assertThat(CashCalculator.monthlyBurnFromLoss(LOSS).notes())
        .noneMatch(n -> n.startsWith("input "));
  }

  @Test
  void test_new_blankMeasure() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Derived(Measure.RATIO, " ", BigDecimal.ONE, DecimalRange.of(BigDecimal.ONE),
            Unit.PERCENT, "f", List.of(), List.of()))
        .withMessage("Argument 'label' must not be blank but has value ' '");
  }

  @Test
  void test_new_nullInput() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Derived.of(Measure.RATIO, "m", BigDecimal.ONE, DecimalRange.of(BigDecimal.ONE),
            Unit.PERCENT, "f", java.util.Arrays.asList(CASH, null), List.of()))
        .withMessage("Argument 'inputs' must not contain null but has null at index 1");
  }

  @Test
  void test_calculation_isItsOwnDerived() {
    Derived burn = CashCalculator.monthlyBurnFromLoss(LOSS);
    assertThat(burn.isMeaningful()).isTrue();
    assertThat(burn.derived()).isSameAs(burn);
    assertThat(burn.label()).isEqualTo("monthly burn from adjusted_net_loss 9M2025");
  }

  @Test
  void test_toString_valueAndRange() {
    // 186000000 / 9 = US$20.67M; [20611111.11, 20722222.23] rounded outward to US$ millions: [20.61, 20.73]
    assertThat(CashCalculator.monthlyBurnFromLoss(LOSS).toString()).isEqualTo("US$20.67M [US$20.61M, US$20.73M]");
  }

  @Test
  void test_explain_nestedCalculation() {
    Derived runway = CashCalculator.runway(CASH, CashCalculator.monthlyBurnFromLoss(LOSS)).derived();
    String source = "  source: calc-tests, test fixture: \u201crestated from the bundled dataset\u201d";
    assertThat(runway.explain()).isEqualTo(String.join("\n",
        "cash runway from cash_reserves 2025-09-30 at monthly burn from adjusted_net_loss 9M2025"
            + " = 53.32 months [53.15 months, 53.50 months]",
        "  formula: cash_reserves 2025-09-30 / monthly burn from adjusted_net_loss 9M2025",
        "  note: burn definition: adjusted_net_loss over the 9 months ended 2025-09-30, spread evenly over its months",
        "  note: cash definition: Cash reserves (cash_reserves 2025-09-30)",
        "  note: burn is assumed constant at US$20.67M a month: no revenue growth, cost change or new funding",
        "  cash_reserves 2025-09-30 = 11.02億 USD [US$1.1015B, US$1.1025B]" + source,
        "  monthly burn from adjusted_net_loss 9M2025 = US$20.67M [US$20.61M, US$20.73M]",
        "    formula: adjusted_net_loss 9M2025 / 9 months",
        "    note: burn definition: adjusted_net_loss over the 9 months ended 2025-09-30, spread evenly over its"
            + " months",
        "    adjusted_net_loss 9M2025 = 1.86億 USD [US$185.50M, US$186.50M]" + source,
        ""));
  }
}
