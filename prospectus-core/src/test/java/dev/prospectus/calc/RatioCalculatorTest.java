package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.figure;
import static dev.prospectus.calc.Fixtures.percent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatioCalculatorTest {

  // MiniMax figures as the dataset prints them.
  private static final Figure REVENUE_FY2023 = figure("revenue", "FY2023", "346", Scale.TEN_THOUSAND, "USD");
  private static final Figure REVENUE_FY2024 = figure("revenue", "FY2024", "30523", Scale.THOUSAND, "USD");
  private static final Figure REVENUE_9M2025 = figure("revenue", "9M2025", "53437", Scale.THOUSAND, "USD");
  private static final Figure COMPUTE_FY2023 = figure("training_compute_spend", "FY2023", "4723", Scale.TEN_THOUSAND,
      "USD");
  private static final Figure ADJUSTED_LOSS_9M2025 = figure("adjusted_net_loss", "9M2025", "1.86",
      Scale.HUNDRED_MILLION, "USD");
  private static final Figure RND_9M2025 = figure("rnd_expense", "9M2025", "1.80", Scale.HUNDRED_MILLION, "USD");
  private static final Figure SELLING_FY2024 = figure("selling_marketing_expense", "FY2024", "8699.5",
      Scale.TEN_THOUSAND, "USD");

  @Test
  void test_toRevenue_computeFy2023() {
    Derived ratio = RatioCalculator.toRevenue(COMPUTE_FY2023, REVENUE_FY2023).derived();
    assertThat(ratio.label()).isEqualTo("training_compute_spend to revenue FY2023");
    assertThat(ratio.unit()).isEqualTo(Unit.PERCENT);
    // 47230000 / 3460000 = 13.65028901734104046242774566473988 (34 digits), x 100
    assertThat(ratio.value()).isEqualByComparingTo("1365.028901734104046242774566473988");
    // low 47225000 / 3465000 (floor), high 47235000 / 3455000 (ceiling), x 100
    assertThat(ratio.range().isSameRange(DecimalRange.ofClosed(
        "1362.914862914862914862914862914862", "1367.149059334298118668596237337193"))).isTrue();
    // the seed prints "over 1365%": the range reaches above 1365
    assertThat(ratio.range().contains(new BigDecimal("1365"))).isTrue();
    assertThat(ratio.formula()).isEqualTo("training_compute_spend FY2023 / revenue FY2023 x 100");
  }

  @Test
  void test_toRevenue_adjustedLoss9m2025() {
    Derived ratio = RatioCalculator.toRevenue(ADJUSTED_LOSS_9M2025, REVENUE_9M2025).derived();
    assertThat(ratio.label()).isEqualTo("adjusted_net_loss to revenue 9M2025");
    // 186000000 / 53437000 x 100; low 185500000 / 53437500, high 186500000 / 53436500
    assertThat(ratio.value()).isEqualByComparingTo("348.0734322660328985534367573029923");
    assertThat(ratio.range().isSameRange(DecimalRange.ofClosed(
        "347.1345029239766081871345029239766", "349.0123791790255724083725543401982"))).isTrue();
    // the compilation prints an adjusted net loss margin of 349% (348.5 .. 349.5): the ranges meet
    assertThat(ratio.range().isConnected(percent("adjusted_net_loss_margin", "9M2025", "349").range())).isTrue();
  }

  @Test
  void test_toRevenue_rnd9m2025() {
    Derived ratio = RatioCalculator.toRevenue(RND_9M2025, REVENUE_9M2025).derived();
    assertThat(ratio.label()).isEqualTo("rnd_expense to revenue 9M2025");
    // 180000000 / 53437000 x 100; low 179500000 / 53437500, high 180500000 / 53436500
    assertThat(ratio.value()).isEqualByComparingTo("336.8452570316447405355839586803151");
    assertThat(ratio.range().isSameRange(DecimalRange.ofClosed(
        "335.9064327485380116959064327485380", "337.7840988837218006418833568815323"))).isTrue();
  }

  @Test
  void test_toRevenue_sellingMarketingFy2024() {
    Derived ratio = RatioCalculator.toRevenue(SELLING_FY2024, REVENUE_FY2024).derived();
    assertThat(ratio.label()).isEqualTo("selling_marketing_expense to revenue FY2024");
    // 86995000 / 30523000 x 100; low 86994500 / 30523500, high 86995500 / 30522500
    assertThat(ratio.value()).isEqualByComparingTo("285.0145791698063755200995970251941");
    assertThat(ratio.range().isSameRange(DecimalRange.ofClosed(
        "285.0082723147738627614788605500679", "285.0208862314685887460070439839463"))).isTrue();
  }

  @Test
  void test_toRevenue_revenueOfAnotherMetric() {
    Figure profit = figure("gross_profit", "FY2023", "-85", Scale.TEN_THOUSAND, "USD");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RatioCalculator.toRevenue(COMPUTE_FY2023, profit))
        .withMessage("Argument 'revenue' must be a figure of 'revenue' but is 'gross_profit FY2023'");
  }

  @Test
  void test_toRevenue_periodsDiffer() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RatioCalculator.toRevenue(COMPUTE_FY2023, REVENUE_FY2024))
        .withMessage("Unable to compute training_compute_spend to revenue FY2023: 'training_compute_spend FY2023'"
            + " and 'revenue FY2024' are for different periods 'FY2023' and 'FY2024'");
  }

  @Test
  void test_toRevenue_currenciesDiffer() {
    Figure cny = figure("revenue", "FY2023", "2436", Scale.TEN_THOUSAND, "CNY");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RatioCalculator.toRevenue(COMPUTE_FY2023, cny))
        .withMessage("Arguments 'amount' and 'revenue' must be in the same currency but 'training_compute_spend"
            + " FY2023' is in 'USD' and 'revenue FY2023' is in 'CNY'");
  }

  @Test
  void test_toRevenue_revenueRangeContainsZero() {
    Figure none = figure("revenue", "FY2023", "0", Scale.TEN_THOUSAND, "USD");
    assertThat(RatioCalculator.toRevenue(COMPUTE_FY2023, none)).isEqualTo(NotMeaningful.of(Measure.RATIO_TO_REVENUE,
        "training_compute_spend to revenue FY2023", NotMeaningful.Reason.DIVISOR_MAY_BE_ZERO,
        "divisor 'revenue FY2023' has range [-5000, 5000], which contains zero", List.of(COMPUTE_FY2023, none)));
  }

  @Test
  void test_toRevenue_openEndedInputIsNoted() {
    Figure over = Fixtures.qualified(COMPUTE_FY2023, Qualifier.OVER);
    Derived ratio = RatioCalculator.toRevenue(over, REVENUE_FY2023).derived();
    assertThat(ratio.notes()).containsExactly("input training_compute_spend FY2023 was printed as 'over 4723萬 USD':"
        + " it is bounded below only, at the number as printed");
    // 4723萬 / [345.5萬, 346.5萬] at the least, no upper end
    assertThat(ratio.range().isBoundedAbove()).isFalse();
    assertThat(ratio.range().low()).isEqualByComparingTo("1363.059163059163059163059163059163");
  }

  @Test
  void test_ratio_timesUnit() {
    Figure cash = figure("cash_reserves", "2025-09-30", "11.02", Scale.HUNDRED_MILLION, "USD");
    Figure funding = figure("funding_raised", "2025-12-21", "15", Scale.HUNDRED_MILLION, "USD");
    Derived ratio = RatioCalculator.ratio("cash reserves to funding raised", cash, funding, Unit.TIMES).derived();
    assertThat(ratio.label()).isEqualTo("cash reserves to funding raised");
    assertThat(ratio.unit()).isEqualTo(Unit.TIMES);
    // 1102000000 / 1500000000 = 0.73466...; low 1101500000 / 1550000000, high 1102500000 / 1450000000
    assertThat(ratio.value()).isEqualByComparingTo("0.7346666666666666666666666666666667");
    assertThat(ratio.range().isSameRange(DecimalRange.ofClosed(
        "0.7106451612903225806451612903225806", "0.7603448275862068965517241379310345"))).isTrue();
    assertThat(ratio.formula()).isEqualTo("cash_reserves 2025-09-30 / funding_raised 2025-12-21");
  }

  @Test
  void test_ratio_percentUnit() {
    Figure consumer = figure("revenue", "consumer", "9M2025", "38020", Scale.THOUSAND, "USD");
    Derived share = RatioCalculator.ratio("consumer share of revenue 9M2025", consumer, REVENUE_9M2025,
        Unit.PERCENT).derived();
    // 38020000 / 53437000 x 100 = 71.149...; low 38019500 / 53437500, high 38020500 / 53436500
    assertThat(share.value()).isEqualByComparingTo("71.14920373523962797312723393903101");
    assertThat(share.range().isSameRange(DecimalRange.ofClosed(
        "71.14760233918128654970760233918128", "71.15080516126617574130042199620110"))).isTrue();
    assertThat(share.formula()).isEqualTo("revenue consumer 9M2025 / revenue 9M2025 x 100");
  }

  @Test
  void test_ratio_blankMeasure() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RatioCalculator.ratio(" ", COMPUTE_FY2023, REVENUE_FY2023, Unit.PERCENT))
        .withMessage("Argument 'measure' must not be blank but has value ' '");
  }
}
