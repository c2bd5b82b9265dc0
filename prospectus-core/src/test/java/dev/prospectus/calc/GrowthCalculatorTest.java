package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.figure;
import static dev.prospectus.calc.Fixtures.percent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.Amount;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Metric;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GrowthCalculatorTest {

  // MiniMax revenue as the seed article prints it: 346萬美元 in FY2023, 3052萬美元 in FY2024.
  private static final Figure REVENUE_FY2023 = Figure.of(FigureKey.of(Metric.REVENUE, ReportingPeriod.parse("FY2023")),
      Amount.of("346", Scale.TEN_THOUSAND, Unit.parse("USD")), Fixtures.SOURCE);
  private static final Figure REVENUE_FY2024 = Figure.of(FigureKey.of(Metric.REVENUE, ReportingPeriod.parse("FY2024")),
      Amount.of("3052", Scale.TEN_THOUSAND, Unit.parse("USD")), Fixtures.SOURCE);
  private static final Figure REVENUE_9M2024 = figure("revenue", "9M2024", "1945.4", Scale.TEN_THOUSAND, "USD");
  private static final Figure REVENUE_9M2025 = figure("revenue", "9M2025", "5343.7", Scale.TEN_THOUSAND, "USD");
  private static final Figure GROSS_MARGIN_FY2023 = percent("gross_margin", "FY2023", "-24.7");
  private static final Figure GROSS_MARGIN_FY2024 = percent("gross_margin", "FY2024", "12.2");

  //-------------------------------------------------------------------------
  @Test
  void test_yearOnYear_workedExampleOfDesign() {
    Derived growth = GrowthCalculator.yearOnYear(REVENUE_FY2024, REVENUE_FY2023).derived();
    assertThat(growth.label()).isEqualTo("revenue growth FY2024 over FY2023");
    assertThat(growth.unit()).isEqualTo(Unit.PERCENT);
    // 30520000 / 3460000 = 8.820809248554913294797687861271676 (34 digits); (that - 1) x 100
    assertThat(growth.value()).isEqualByComparingTo("782.0809248554913294797687861271676");
    // low 30515000 / 3465000 = 8.806637806637806637806637806637806 (floor), high 30525000 / 3455000 =
    // 8.835021707670043415340086830680174 (ceiling); minus 1, times 100
    assertThat(growth.range().isSameRange(DecimalRange.ofClosed(
        "780.6637806637806637806637806637806", "783.5021707670043415340086830680174"))).isTrue();
    // Rounded outward to 2 dp the high end is 783.51; DESIGN.md prints 783.50, the nearest rounding.
    assertThat(growth.range().roundedOutward(2)).isEqualTo(DecimalRange.ofClosed("780.66", "783.51"));
    assertThat(growth.range().high().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("783.50");
    assertThat(growth.toString()).isEqualTo("782.08% [780.66%, 783.51%]");
    // the article's 782.2% (782.15 .. 782.25) lies inside
    assertThat(growth.range().encloses(DecimalRange.ofClosed("782.15", "782.25"))).isTrue();
    assertThat(growth.formula()).isEqualTo("(revenue FY2024 / revenue FY2023 - 1) x 100");
    assertThat(growth.inputs()).containsExactly(REVENUE_FY2024, REVENUE_FY2023);
    assertThat(growth.notes()).isEmpty();
  }

  // The label and formula are made when first read (issue 12): the same text at every read, and
  // equality by value with a derived value made with its text given.
  @Test
  void test_yearOnYear_labelAndFormulaMadeWhenReadAreTheSameAndEqualByValue() {
    Derived growth = GrowthCalculator.yearOnYear(REVENUE_FY2024, REVENUE_FY2023).derived();
    Derived again = GrowthCalculator.yearOnYear(REVENUE_FY2024, REVENUE_FY2023).derived();
    assertThat(growth).isEqualTo(again).hasSameHashCodeAs(again);
    String label = growth.label();
    assertThat(growth.label()).isSameAs(label);
    assertThat(growth.formula()).isSameAs(growth.formula());
    Derived eager = new Derived(growth.measure(), label, growth.value(), growth.range(), growth.unit(),
        growth.formula(), growth.inputs(), growth.notes());
    assertThat(eager).isEqualTo(growth).hasSameHashCodeAs(growth);
    assertThat(growth.explain()).isEqualTo(eager.explain());
    Derived otherFormula = new Derived(growth.measure(), label, growth.value(), growth.range(), growth.unit(),
        "another formula", growth.inputs(), growth.notes());
    assertThat(otherFormula).isNotEqualTo(growth);
  }

  @Test
  void test_yearOnYear_interimAgainstYear() {
    Figure revenue9m = figure("revenue", "9M2025", "5344", Scale.TEN_THOUSAND, "USD");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GrowthCalculator.yearOnYear(revenue9m, REVENUE_FY2024))
        .withMessage("Year-on-year growth compares two full fiscal years one year apart but found current '9M2025'"
            + " and prior 'FY2024'");
  }

  @Test
  void test_yearOnYear_yearsTwoApart() {
    Figure revenue2022 = figure("revenue", "FY2022", "100", Scale.TEN_THOUSAND, "USD");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GrowthCalculator.yearOnYear(REVENUE_FY2024, revenue2022))
        .withMessage("Year-on-year growth compares two full fiscal years one year apart but found current 'FY2024'"
            + " and prior 'FY2022'");
  }

  @Test
  void test_yearOnYear_differentMetrics() {
    Figure compute = figure("training_compute_spend", "FY2023", "4723", Scale.TEN_THOUSAND, "USD");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GrowthCalculator.yearOnYear(REVENUE_FY2024, compute))
        .withMessage("Year-on-year growth compares one metric and segment over time but found current"
            + " 'revenue FY2024' and prior 'training_compute_spend FY2023'");
  }

  @Test
  void test_yearOnYear_negativeBaseIsNotMeaningful() {
    Calculation growth = GrowthCalculator.yearOnYear(GROSS_MARGIN_FY2024, GROSS_MARGIN_FY2023);
    assertThat(growth.isMeaningful()).isFalse();
    assertThat(growth).isEqualTo(new NotMeaningful(Measure.GROWTH, "gross_margin growth FY2024 over FY2023",
        NotMeaningful.Reason.NEGATIVE_BASE,
            "prior value -24.7% is not positive: growth from a negative base is not a percentage change",
        List.of(GROSS_MARGIN_FY2024, GROSS_MARGIN_FY2023)));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_interimOnInterim_nineMonthsOverNineMonths() {
    Derived growth = GrowthCalculator.interimOnInterim(REVENUE_9M2025, REVENUE_9M2024).derived();
    assertThat(growth.label()).isEqualTo("revenue growth 9M2025 over 9M2024");
    // 53437000 / 19454000 = 2.746838696412048935951475275007710 (34 digits); minus 1, times 100
    assertThat(growth.value()).isEqualByComparingTo("174.683869641204893595147527500771");
    // (53436500 / 19454500 - 1) x 100 = 174.67423989308386..., (53437500 / 19453500 - 1) x 100 = 174.69349988433957...
    assertThat(growth.range().roundedOutward(10)).isEqualTo(DecimalRange.ofClosed("174.6742398930", "174.6934998844"));
  }

  static Stream<Arguments> data_interimOnInterim_mismatchedPeriods() {
    return Stream.of(
        Arguments.of("9M2025", "FY2024", "current '9M2025' and prior 'FY2024': prior must be '9M2024'"),
        Arguments.of("H1 2025", "9M2024", "current '6M2025' and prior '9M2024': prior must be '6M2024'"),
        Arguments.of("9M2025", "H1 2025", "current '9M2025' and prior '6M2025': prior must be '9M2024'"),
        Arguments.of("9M2025", "9M2023", "current '9M2025' and prior '9M2023': prior must be '9M2024'"),
        Arguments.of("FY2025", "FY2024", "current 'FY2025' and prior 'FY2024': current 'FY2025' is a full fiscal"
            + " year: use yearOnYear"),
        Arguments.of("2025-09-30", "2024-09-30", "current '2025-09-30' and prior '2024-09-30': current"
            + " '2025-09-30' is an instant, not a period"),
        Arguments.of("2024-01-01..2025-09-30", "2023-01-01..2024-09-30", "current '2024-01-01..2025-09-30' and prior"
            + " '2023-01-01..2024-09-30': current '2024-01-01..2025-09-30' is longer than a year, not an interim"
            + " period"));
  }

  @ParameterizedTest
  @MethodSource("data_interimOnInterim_mismatchedPeriods")
  void test_interimOnInterim_mismatchedPeriods(String current, String prior, String detail) {
    Figure now = figure("revenue", current, "5344", Scale.TEN_THOUSAND, "USD");
    Figure before = figure("revenue", prior, "1945", Scale.TEN_THOUSAND, "USD");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GrowthCalculator.interimOnInterim(now, before))
        .withMessage("Interim growth compares an interim period with the same period one year before but found "
            + detail);
  }

  @Test
  void test_interimOnInterim_segmentMeasure() {
    Figure now = figure("revenue", "consumer", "9M2025", "38020", Scale.THOUSAND, "USD");
    Figure before = figure("revenue", "consumer", "9M2024", "13529", Scale.THOUSAND, "USD");
    Derived growth = GrowthCalculator.interimOnInterim(now, before).derived();
    assertThat(growth.label()).isEqualTo("revenue consumer growth 9M2025 over 9M2024");
    // (38020 / 13529 - 1) x 100 = 181.026...%: the compilation prints 181.03%
    assertThat(growth.value().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("181.03");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_periodOverPeriod_unitsDiffer() {
    Figure cny = figure("revenue", "FY2023", "2436", Scale.TEN_THOUSAND, "CNY");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GrowthCalculator.periodOverPeriod(REVENUE_FY2024, cny))
        .withMessage("Arguments 'current' and 'prior' must be in the same unit but 'revenue FY2024' is in 'USD'"
            + " and 'revenue FY2023' is in 'CNY'");
  }

  @Test
  void test_periodOverPeriod_nullArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GrowthCalculator.periodOverPeriod(REVENUE_FY2024, null))
        .withMessage("Argument 'prior' must not be null");
  }

  @Test
  void test_periodOverPeriod_zeroBase() {
    Figure zero = figure("revenue", "FY2022", "0", Scale.ONE, "USD");
    Calculation growth = GrowthCalculator.periodOverPeriod(REVENUE_FY2023, zero);
    assertThat(growth).isEqualTo(new NotMeaningful(Measure.GROWTH, "revenue growth FY2023 over FY2022",
        NotMeaningful.Reason.ZERO_BASE,
            "prior value 0 USD is not positive: growth from a zero base is not a percentage change",
        List.of(REVENUE_FY2023, zero)));
  }

  @Test
  void test_periodOverPeriod_baseRangeReachesZero() {
    // a calculated margin of 0.5% whose range [-0.5, 1.5] straddles zero
    Derived thin = Derived.of(Measure.RATIO, "net margin FY2023", new BigDecimal("0.5"), DecimalRange.ofClosed("-0.5",
        "1.5"),
        Unit.PERCENT, "net income / revenue x 100", List.of(), List.of());
    Calculation growth = GrowthCalculator.periodOverPeriod(GROSS_MARGIN_FY2024, thin);
    assertThat(growth.label()).isEqualTo("growth of gross_margin FY2024 over net margin FY2023");
    assertThat(((NotMeaningful) growth).explanation()).isEqualTo("prior value 0.50% has range [-0.5, 1.5] % reaching"
        + " zero or below: growth from a base that may not be positive is not a percentage change");
  }

  @Test
  void test_periodOverPeriod_negativeCurrentIsAChange() {
    // a positive base with a negative current value is a fall of more than 100%: (-24.7 / 12.2 - 1) x 100
    Derived growth = GrowthCalculator.periodOverPeriod(GROSS_MARGIN_FY2023, GROSS_MARGIN_FY2024).derived();
    // -24.7 / 12.2 = -2.024590163934426229508196721311475 (34 digits)
    assertThat(growth.value()).isEqualByComparingTo("-302.4590163934426229508196721311475");
    // low -24.75 / 12.15 = -2.037037..., high -24.65 / 12.25 = -2.012244...
    assertThat(growth.range().roundedOutward(4)).isEqualTo(DecimalRange.ofClosed("-303.7038", "-301.2244"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_cagr_twoYearsOfFigures() {
    Figure compute2022 = figure("training_compute_spend", "FY2022", "415", Scale.TEN_THOUSAND, "USD");
    Figure compute2024 = figure("training_compute_spend", "FY2024", "1.4", Scale.HUNDRED_MILLION, "USD");
    Derived cagr = GrowthCalculator.cagr(compute2024, compute2022).derived();
    assertThat(cagr.label()).isEqualTo("training_compute_spend compound annual growth FY2022 to FY2024 (2 years)");
    // (140000000 / 4150000)^(1/2) - 1 = sqrt(33.7349...) - 1 = 4.808178695515...
    assertThat(cagr.value().setScale(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("480.817870");
    // low sqrt(135000000 / 4155000) - 1 = 4.700085501923..., high sqrt(145000000 / 4145000) - 1 = 4.914550355752...
    assertThat(cagr.range().roundedOutward(6)).isEqualTo(DecimalRange.ofClosed("470.008550", "491.455036"));
    assertThat(cagr.formula())
        .isEqualTo("((training_compute_spend FY2024 / training_compute_spend FY2022)^(1/2) - 1) x 100");
    assertThat(cagr.notes()).containsExactly("the point is computed in double precision; the range is widened"
        + " outward by a relative 1e-12 to stay enclosing");
  }

  @Test
  void test_cagr_oneYearMatchesGrowth() {
    Derived cagr = GrowthCalculator.cagr(REVENUE_FY2024, REVENUE_FY2023, 1).derived();
    assertThat(cagr.label()).isEqualTo("revenue compound annual growth FY2023 to FY2024 (1 year)");
    // 30520000 / 3460000 - 1 = 7.820809248554913...
    assertThat(cagr.value().setScale(10, RoundingMode.HALF_EVEN)).isEqualByComparingTo("782.0809248555");
    assertThat(cagr.range().roundedOutward(2)).isEqualTo(DecimalRange.ofClosed("780.66", "783.51"));
  }

  @Test
  void test_cagr_periodsNotWholeYearsApart() {
    Figure revenue9m = figure("revenue", "9M2025", "5344", Scale.TEN_THOUSAND, "USD");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GrowthCalculator.cagr(revenue9m, REVENUE_FY2023))
        .withMessage("Compound growth compares two full fiscal years a whole number of years apart, the end after"
            + " the start, but found end '9M2025' and start 'FY2023'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GrowthCalculator.cagr(REVENUE_FY2023, REVENUE_FY2024))
        .withMessage("Compound growth compares two full fiscal years a whole number of years apart, the end after"
            + " the start, but found end 'FY2023' and start 'FY2024'");
  }

  @Test
  void test_cagr_yearsNotPositive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GrowthCalculator.cagr(REVENUE_FY2024, REVENUE_FY2023, 0))
        .withMessage("Argument 'years' must be positive but has value 0");
  }

  @Test
  void test_cagr_ratioBeyondDouble() {
    Derived huge = Derived.of(Measure.AS_REPORTED, "huge", new BigDecimal("1E+399"),
        DecimalRange.of(new BigDecimal("1E+399")), Unit.parse("USD"), "a number beyond double range", List.of(),
        List.of());
    Derived one = Derived.of(Measure.AS_REPORTED, "one", BigDecimal.ONE, DecimalRange.of(BigDecimal.ONE),
        Unit.parse("USD"), "one", List.of(), List.of());
    assertThat(GrowthCalculator.cagr(huge, one, 1)).isEqualTo(NotMeaningful.of(Measure.COMPOUND_GROWTH,
        "compound annual growth of huge from one (1 year)", NotMeaningful.Reason.BEYOND_RANGE,
        "the ratio huge / one is beyond double precision, in which powers are taken", List.of(huge, one)));
  }

  @Test
  void test_cagr_negativeStartIsNotMeaningful() {
    Calculation cagr = GrowthCalculator.cagr(GROSS_MARGIN_FY2024, GROSS_MARGIN_FY2023);
    assertThat(((NotMeaningful) cagr).reason()).isEqualTo(NotMeaningful.Reason.NEGATIVE_BASE);
    assertThat(((NotMeaningful) cagr).explanation()).isEqualTo("start value -24.7% is not positive: compound growth"
        + " from a negative base is not meaningful");
  }

  @Test
  void test_cagr_negativeEndIsNotMeaningful() {
    Figure margin2022 = percent("gross_margin", "FY2022", "12.2");
    Calculation cagr = GrowthCalculator.cagr(GROSS_MARGIN_FY2023, margin2022);
    assertThat(cagr).isEqualTo(new NotMeaningful(Measure.COMPOUND_GROWTH,
        "gross_margin compound annual growth FY2022 to FY2023 (1 year)", NotMeaningful.Reason.SIGN_CHANGE,
        "end value -24.7% is negative: compound growth across a sign change is not meaningful",
        List.of(GROSS_MARGIN_FY2023, margin2022)));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_multiple_revenue() {
    Derived multiple = GrowthCalculator.multiple(REVENUE_FY2024, REVENUE_FY2023).derived();
    assertThat(multiple.label()).isEqualTo("revenue multiple FY2024 over FY2023");
    assertThat(multiple.unit()).isEqualTo(Unit.TIMES);
    // 30520000 / 3460000, 30515000 / 3465000 (floor), 30525000 / 3455000 (ceiling), 34 digits each
    assertThat(multiple.value()).isEqualByComparingTo("8.820809248554913294797687861271676");
    assertThat(multiple.range().isSameRange(DecimalRange.ofClosed(
        "8.806637806637806637806637806637806", "8.835021707670043415340086830680174"))).isTrue();
    // [8.8066, 8.8350] is 0.03 wide: the ends to a thousandth
    assertThat(multiple.toString()).isEqualTo("8.82x [8.806x, 8.836x]");
  }

  @Test
  void test_multiple_negativeBaseIsNotMeaningful() {
    Calculation multiple = GrowthCalculator.multiple(GROSS_MARGIN_FY2024, GROSS_MARGIN_FY2023);
    assertThat(((NotMeaningful) multiple).explanation())
        .isEqualTo("prior value -24.7% is not positive: a multiple of a negative base is not meaningful");
  }
}
