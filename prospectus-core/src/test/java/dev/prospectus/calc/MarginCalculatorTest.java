package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.figure;
import static dev.prospectus.calc.Fixtures.percent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarginCalculatorTest {

  // MiniMax 9M2025 as the dataset prints it: revenue 5344萬 (53,437 thousand), consumer revenue 38,020 thousand,
  // enterprise revenue 15,417 thousand; gross margins 23.3% overall, 4.7% consumer, 69.4% enterprise.
  private static final Figure REVENUE = figure("revenue", "9M2025", "5344", Scale.TEN_THOUSAND, "USD");
  private static final Figure REVENUE_THOUSANDS = figure("revenue", "9M2025", "53437", Scale.THOUSAND, "USD");
  private static final Figure CONSUMER_REVENUE = figure("revenue", "consumer", "9M2025", "38020", Scale.THOUSAND,
      "USD");
  private static final Figure ENTERPRISE_REVENUE = figure("revenue", "enterprise", "9M2025", "15417",
      Scale.THOUSAND, "USD");
  private static final Figure MARGIN = percent("gross_margin", "9M2025", "23.3");
  private static final Figure CONSUMER_MARGIN = percent("gross_margin", "consumer", "9M2025", "4.7");
  private static final Figure ENTERPRISE_MARGIN = percent("gross_margin", "enterprise", "9M2025", "69.4");
  // The dataset prints no gross profit or cost; the tests restate them at the printed 23.3% of 5344萬.
  private static final Figure GROSS_PROFIT = figure("gross_profit", "9M2025", "1245", Scale.TEN_THOUSAND, "USD");
  private static final Figure COST = figure("cost_of_revenue", "9M2025", "4099", Scale.TEN_THOUSAND, "USD");

  //-------------------------------------------------------------------------
  @Test
  void test_grossMargin_fromGrossProfit() {
    Derived margin = MarginCalculator.grossMargin(REVENUE, GROSS_PROFIT).derived();
    assertThat(margin.label()).isEqualTo("gross margin 9M2025");
    assertThat(margin.unit()).isEqualTo(Unit.PERCENT);
    // 12450000 / 53440000 = 0.2329715568862275449101796407185629 (34 digits), x 100
    assertThat(margin.value()).isEqualByComparingTo("23.29715568862275449101796407185629");
    // low 12445000 / 53445000 (floor), high 12455000 / 53435000 (ceiling), x 100
    assertThat(margin.range().isSameRange(DecimalRange.ofClosed(
        "23.28562073159322668163532603611189", "23.30869280434172358940769158791055"))).isTrue();
    assertThat(margin.formula()).isEqualTo("gross_profit 9M2025 / revenue 9M2025 x 100");
    assertThat(margin.inputs()).containsExactly(REVENUE, GROSS_PROFIT);
  }

  @Test
  void test_grossMargin_segmentMeasure() {
    Figure consumerProfit = figure("gross_profit", "consumer", "9M2025", "1787", Scale.THOUSAND, "USD");
    Derived margin = MarginCalculator.grossMargin(CONSUMER_REVENUE, consumerProfit).derived();
    assertThat(margin.label()).isEqualTo("gross margin consumer 9M2025");
    // a consumer gross profit restated at 1787 thousand: 1787 / 38020 x 100 = 4.7001578116780641...
    assertThat(margin.value().setScale(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("4.700158");
  }

  @Test
  void test_grossMargin_revenueRangeContainsZero() {
    Figure none = figure("revenue", "9M2025", "0", Scale.TEN_THOUSAND, "USD");
    assertThat(MarginCalculator.grossMargin(none, GROSS_PROFIT)).isEqualTo(NotMeaningful.of(Measure.GROSS_MARGIN,
        "gross margin 9M2025", NotMeaningful.Reason.DIVISOR_MAY_BE_ZERO,
        "divisor 'revenue 9M2025' has range [-5000, 5000], which contains zero", List.of(none, GROSS_PROFIT)));
  }

  @Test
  void test_grossMargin_currenciesDiffer() {
    Figure cny = figure("gross_profit", "9M2025", "8900", Scale.TEN_THOUSAND, "CNY");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MarginCalculator.grossMargin(REVENUE, cny))
        .withMessage("Arguments 'revenue' and 'grossProfit' must be in the same currency but 'revenue 9M2025' is"
            + " in 'USD' and 'gross_profit 9M2025' is in 'CNY'");
  }

  @Test
  void test_grossMargin_notMoney() {
    Figure headcount = figure("headcount", "2025-09-30", "385", Scale.ONE, "people");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MarginCalculator.grossMargin(REVENUE, headcount))
        .withMessage("Argument 'grossProfit' must be an amount of money but 'headcount 2025-09-30' is in 'people'");
  }

  @Test
  void test_grossMargin_periodsDiffer() {
    Figure profit2024 = figure("gross_profit", "FY2024", "372", Scale.TEN_THOUSAND, "USD");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MarginCalculator.grossMargin(REVENUE, profit2024))
        .withMessage("Unable to compute gross margin 9M2025: 'revenue 9M2025' and 'gross_profit FY2024' are for"
            + " different periods '9M2025' and 'FY2024'");
  }

  @Test
  void test_grossMargin_segmentsDiffer() {
    Figure consumerProfit = figure("gross_profit", "consumer", "9M2025", "1787", Scale.THOUSAND, "USD");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MarginCalculator.grossMargin(REVENUE, consumerProfit))
        .withMessage("Unable to compute gross margin 9M2025: 'revenue 9M2025' and 'gross_profit consumer 9M2025'"
            + " are for different segments 'total' and 'consumer'");
  }

  @Test
  void test_grossMarginFromCost_singleUseForm() {
    Derived margin = MarginCalculator.grossMarginFromCost(REVENUE, COST).derived();
    assertThat(margin.label()).isEqualTo("gross margin 9M2025");
    // 1 - 40990000 / 53440000 = 1 - 0.7670284431137724550898203592814371, x 100
    assertThat(margin.value()).isEqualByComparingTo("23.29715568862275449101796407185629");
    // low 1 - 40995000 / 53435000 (quotient rounded up), high 1 - 40985000 / 53445000 (rounded down), x 100
    assertThat(margin.range().isSameRange(DecimalRange.ofClosed(
        "23.28062131561710489379620099185926", "23.31368696791093647675180091683039"))).isTrue();
    assertThat(margin.formula()).isEqualTo("(1 - cost_of_revenue 9M2025 / revenue 9M2025) x 100");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_blendedMargin_consumerAndEnterprise() {
    Derived blended = MarginCalculator.blendedMargin(CONSUMER_MARGIN, CONSUMER_REVENUE, ENTERPRISE_MARGIN,
        ENTERPRISE_REVENUE).derived();
    assertThat(blended.label()).isEqualTo("gross_margin blended from consumer and enterprise 9M2025");
    // (4.7 x 38020000 + 69.4 x 15417000) / (38020000 + 15417000) = 1248633800 / 53437000 = 23.366465183299960...
    assertThat(blended.value()).isEqualByComparingTo("23.36646518329996070138667964144694");
    // hull of 16 corners: low at (4.65, 38020500, 69.35, 15416500), high at (4.75, 38019500, 69.45, 15417500)
    assertThat(blended.range().isSameRange(DecimalRange.ofClosed(
        "23.31585979751857327320021707805453", "23.41707056908134812957314220483935"))).isTrue();
    // the printed 23.3% overall (23.25 .. 23.35) meets the blended range: the segment figures agree with it
    assertThat(blended.range().isConnected(MARGIN.range())).isTrue();
    assertThat(blended.notes()).isEmpty();
  }

  @Test
  void test_blendedMargin_tighterThanIntervalArithmetic() {
    Derived blended = MarginCalculator.blendedMargin(CONSUMER_MARGIN, CONSUMER_REVENUE, ENTERPRISE_MARGIN,
        ENTERPRISE_REVENUE).derived();
    // naive interval arithmetic lets each revenue take two values at once and so is wider
    DecimalRange naive = CONSUMER_MARGIN.range().multipliedBy(CONSUMER_REVENUE.range())
        .plus(ENTERPRISE_MARGIN.range().multipliedBy(ENTERPRISE_REVENUE.range()))
        .dividedBy(CONSUMER_REVENUE.range().plus(ENTERPRISE_REVENUE.range()));
    assertThat(naive.encloses(blended.range())).isTrue();
    assertThat(naive.width()).isGreaterThan(blended.range().width());
  }

  @Test
  void test_blendedMargin_growthWeightedByPriorRevenue() {
    // segment growth 181% (consumer) and 160% (enterprise) weighted by 9M2024 revenue 13,529 and 5,925 thousand:
    // (181 x 13529000 + 160 x 5925000) / 19454000 = 3396749000 / 19454000 = 174.6041431...%
    Figure consumerGrowth = percent("revenue_growth", "consumer", "9M2025", "181");
    Figure enterpriseGrowth = percent("revenue_growth", "enterprise", "9M2025", "160");
    Figure consumerPrior = figure("revenue", "consumer", "9M2024", "13529", Scale.THOUSAND, "USD");
    Figure enterprisePrior = figure("revenue", "enterprise", "9M2024", "5925", Scale.THOUSAND, "USD");
    Derived total = MarginCalculator.blendedMargin(consumerGrowth, consumerPrior, enterpriseGrowth,
        enterprisePrior).derived();
    assertThat(total.label()).isEqualTo("revenue_growth blended from consumer and enterprise 9M2025");
    assertThat(total.value().setScale(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("174.604143");
    // the seed's total 175% (174.5 .. 175.5) meets it
    assertThat(total.range().isConnected(percent("revenue_growth", "9M2025", "175").range())).isTrue();
  }

  @Test
  void test_blendedMargin_revenueNotMoney() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MarginCalculator.blendedMargin(CONSUMER_REVENUE, CONSUMER_REVENUE, ENTERPRISE_MARGIN,
            ENTERPRISE_REVENUE))
        .withMessage("Argument 'marginA' must be in percent ('%') but 'revenue consumer 9M2025' is in 'USD'");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_impliedMix_consumerShare() {
    Derived share = MarginCalculator.impliedMix(MARGIN, CONSUMER_MARGIN, ENTERPRISE_MARGIN).derived();
    assertThat(share.label()).isEqualTo("implied revenue share of consumer 9M2025");
    // (69.4 - 23.3) / (69.4 - 4.7) x 100 = 4610 / 64.7 = 71.251931993817619783616692426584...
    assertThat(share.value()).isEqualByComparingTo("71.25193199381761978361669242658423");
    // low at (23.35, 4.65, 69.35): 4600 / 64.70 = 71.0973...; high at (23.25, 4.75, 69.45): 4620 / 64.70 = 71.4064...
    assertThat(share.range().isSameRange(DecimalRange.ofClosed(
        "71.09737248840803709428129829984544", "71.40649149922720247295208655332303"))).isTrue();
    // the compilation's printed consumer share 71.1% (71.05 .. 71.15) meets it
    assertThat(share.range().isConnected(percent("revenue_share", "consumer", "9M2025", "71.1").range())).isTrue();
    assertThat(share.formula()).isEqualTo("(gross_margin enterprise 9M2025 - gross_margin 9M2025) /"
        + " (gross_margin enterprise 9M2025 - gross_margin consumer 9M2025) x 100");
    assertThat(share.notes()).isEmpty();
  }

  @Test
  void test_impliedMix_blendedOutsideSegmentMargins() {
    Figure high = percent("gross_margin", "9M2025", "75.0");
    Derived share = MarginCalculator.impliedMix(high, CONSUMER_MARGIN, ENTERPRISE_MARGIN).derived();
    // (69.4 - 75.0) / 64.7 x 100 = -8.655332302936630602782071097372488...
    assertThat(share.value().setScale(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("-8.655332");
    assertThat(share.notes()).containsExactly("the range leaves 0%..100% where the blended margin lies outside the"
        + " two segment margins; the inputs are inconsistent there");
  }

  @Test
  void test_impliedMix_equalSegmentMargins() {
    Figure a = percent("gross_margin", "consumer", "9M2025", "50.0");
    Figure b = percent("gross_margin", "enterprise", "9M2025", "50.0");
    assertThat(MarginCalculator.impliedMix(MARGIN, a, b)).isEqualTo(NotMeaningful.of(Measure.IMPLIED_MIX,
        "implied revenue share of consumer 9M2025", NotMeaningful.Reason.DIVISOR_MAY_BE_ZERO,
        "divisor 'gross_margin enterprise 9M2025 - gross_margin consumer 9M2025' has range [-0.10, 0.10], which"
            + " contains zero", List.of(MARGIN, a, b)));
  }

  @Test
  void test_impliedMix_marginNotPercent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MarginCalculator.impliedMix(REVENUE, CONSUMER_MARGIN, ENTERPRISE_MARGIN))
        .withMessage("Argument 'blendedMargin' must be in percent ('%') but 'revenue 9M2025' is in 'USD'");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_grossProfitFromMargin_consumer() {
    Derived profit = MarginCalculator.grossProfitFromMargin(CONSUMER_REVENUE, CONSUMER_MARGIN).derived();
    assertThat(profit.label()).isEqualTo("gross profit consumer 9M2025 from margin");
    assertThat(profit.unit()).isEqualTo(Unit.parse("USD"));
    // 38020000 x 4.7 / 100 = 1786940; 38019500 x 4.65 / 100 = 1767906.75; 38020500 x 4.75 / 100 = 1805973.75
    assertThat(profit.value()).isEqualByComparingTo("1786940");
    assertThat(profit.range().isSameRange(DecimalRange.ofClosed("1767906.75", "1805973.75"))).isTrue();
  }

  @Test
  void test_grossProfitFromMargin_marginNotPercent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MarginCalculator.grossProfitFromMargin(CONSUMER_REVENUE, ENTERPRISE_REVENUE))
        .withMessage("Argument 'margin' must be in percent ('%') but 'revenue enterprise 9M2025' is in 'USD'");
  }

  @Test
  void test_marginExcluding_consumer() {
    Derived total = MarginCalculator.grossProfitFromMargin(REVENUE_THOUSANDS, MARGIN).derived();
    Derived consumer = MarginCalculator.grossProfitFromMargin(CONSUMER_REVENUE, CONSUMER_MARGIN).derived();
    Derived excluding = MarginCalculator.marginExcluding(REVENUE_THOUSANDS, total, CONSUMER_REVENUE,
        consumer).derived();
    assertThat(excluding.label()).isEqualTo("gross margin excluding consumer 9M2025");
    // total gross profit 53437000 x 23.3% = 12450821 [12423986.25, 12477656.25]; consumer 1786940 [1767906.75,
    // 1805973.75]; (12450821 - 1786940) / (53437000 - 38020000) = 10663881 / 15417000 = 0.6916962444...
    assertThat(excluding.value()).isEqualByComparingTo("69.16962444055263669974703249659467");
    // low (12423986.25 - 1805973.75) / (53437500 - 38019500) = 10618012.5 / 15418000;
    // high (12477656.25 - 1767906.75) / (53436500 - 38020500) = 10709749.5 / 15416000
    assertThat(excluding.range().isSameRange(DecimalRange.ofClosed(
        "68.86763847451031262161110390452717", "69.47164958484691229891022314478464"))).isTrue();
    // enterprise alone prints 69.4%: the whole company without consumer is, near enough, enterprise
    assertThat(excluding.range().contains(ENTERPRISE_MARGIN.value())).isTrue();
    assertThat(excluding.formula()).isEqualTo("(gross profit 9M2025 from margin - gross profit consumer 9M2025 from"
        + " margin) / (revenue 9M2025 - revenue consumer 9M2025) x 100");
  }

  @Test
  void test_marginExcluding_segmentIsTheWhole() {
    Figure sameRevenue = figure("revenue", "consumer", "9M2025", "53437", Scale.THOUSAND, "USD");
    assertThat(MarginCalculator.marginExcluding(REVENUE_THOUSANDS, GROSS_PROFIT, sameRevenue, GROSS_PROFIT))
        .isEqualTo(NotMeaningful.of(Measure.MARGIN_EXCLUDING, "gross margin excluding consumer 9M2025",
            NotMeaningful.Reason.DIVISOR_MAY_BE_ZERO, "divisor 'revenue 9M2025 - revenue consumer 9M2025' has range"
                + " [-1000, 1000], which contains zero",
            List.of(REVENUE_THOUSANDS, GROSS_PROFIT, sameRevenue, GROSS_PROFIT)));
  }
}
