package dev.prospectus.analysis;

import static dev.prospectus.assertj.ProspectusAssertions.assertThat;
import static dev.prospectus.analysis.AnalysisFixtures.FY23;
import static dev.prospectus.analysis.AnalysisFixtures.FY24;
import static dev.prospectus.analysis.AnalysisFixtures.FY25;
import static dev.prospectus.analysis.AnalysisFixtures.KESTREL;
import static dev.prospectus.analysis.AnalysisFixtures.M9_25;
import static dev.prospectus.analysis.AnalysisFixtures.M9_26;
import static dev.prospectus.analysis.AnalysisFixtures.NORDWIND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.Measure;
import dev.prospectus.calc.NotMeaningful;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The analysis of {@link AnalysisFixtures#NORDWIND} and {@link AnalysisFixtures#KESTREL}. */
class AnalysisTest {

  private static final Analysis ANALYSIS = AnalysisFixtures.calculations(NORDWIND);

  private static List<String> measures(Analysis analysis, String title) {
    return analysis.section(title).orElseThrow().results().stream().map(Calculation::label).toList();
  }

  /** A calculation by its label, which these tests pin; the library itself finds results by measure. */
  private static Calculation calc(Analysis analysis, String label) {
    return analysis.calculations().stream().filter(c -> c.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no calculation '" + label + "'"));
  }

  private static Calculation calc(String label) {
    return calc(ANALYSIS, label);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_of_sectionsInReportOrder() {
    assertThat(ANALYSIS.sections()).extracting(Analysis.Section::title)
        .containsExactly("Growth", "Margins", "Ratios to revenue", "Cash burn and runway", "Per unit");
    assertThat(ANALYSIS.dataset()).isSameAs(NORDWIND);
  }

  @Test
  void test_of_growthWhereTheYearEarlierTwinExists() {
    // Revenue FY2023 and 9M2025 have no twin a year before; R&D, cost of revenue and adjusted loss
    // FY2025 have none either, and 9M2026 R&D is never compared with FY2025 R&D.
    // Multiple and CAGR run from the first to the last of the three fiscal years.
    assertThat(measures(ANALYSIS, "Growth")).containsExactly(
        "revenue growth " + FY24 + " over " + FY23,
        "revenue growth " + FY25 + " over " + FY24,
        "revenue growth " + M9_26 + " over " + M9_25,
        "revenue hardware growth " + FY25 + " over " + FY24,
        "revenue hardware growth " + M9_26 + " over " + M9_25,
        "revenue software growth " + FY25 + " over " + FY24,
        "revenue software growth " + M9_26 + " over " + M9_25,
        "gross_profit growth " + FY25 + " over " + FY24,
        "net_loss growth " + FY25 + " over " + FY24,
        "adjusted_net_loss growth " + M9_26 + " over " + M9_25,
        "paying_users growth " + M9_26 + " over " + M9_25,
        "revenue multiple " + FY25 + " over " + FY23,
        "revenue compound annual growth " + FY23 + " to " + FY25 + " (2 years)");
  }

  @Test
  void test_of_growthYearOnYearAndInterim() {
    // 15.6 / 12.0 - 1 = 30%; range [15.55 / 12.05 - 1, 15.65 / 11.95 - 1] = [29.04564%, 30.96234%]
    assertThat(calc("revenue growth " + FY25 + " over " + FY24)).hasValue("30.0000000")
        .hasRange("29.0456", "30.9624");
    // 14.0 / 11.2 - 1 = 25%; range [13.95 / 11.25 - 1, 14.05 / 11.15 - 1] = [24%, 26.00897%]
    Calculation interim = calc("revenue growth " + M9_26 + " over " + M9_25);
    assertThat(interim).hasValue("25.0000000").hasRange("24.0000", "26.0090");
    assertThat(interim.derived().formula())
        .isEqualTo("(revenue " + M9_26 + " / revenue " + M9_25 + " - 1) x 100");
    // 6.24 / 4.2 - 1 = 48.571428...%
    assertThat(calc("revenue software growth " + FY25 + " over " + FY24)).hasValue("48.5714");
  }

  @Test
  void test_of_growthFromNegativeBaseNotMeaningful() {
    // Gross profit goes from a loss of 0.6 million to a profit of 3.9 million: no percentage change.
    Calculation c = calc("gross_profit growth " + FY25 + " over " + FY24);
    assertThat(c).isNotMeaningful();
    assertThat(((NotMeaningful) c).explanation())
        .isEqualTo("prior value -0.6 million EUR is not positive: growth from a negative base is not a percentage"
            + " change");
    assertThat(c.inputs()).extracting(Quantity::label)
        .containsExactly("gross_profit " + FY25, "gross_profit " + FY24);
  }

  @Test
  void test_of_multipleAndCagr() {
    // 15.6 / 8.0 = 1.95; range [15.55 / 8.05, 15.65 / 7.95] = [1.931677, 1.968554]
    assertThat(calc("revenue multiple " + FY25 + " over " + FY23)).hasValue("1.9500000").hasRange("1.9316", "1.9686");
    // sqrt(1.95) - 1 = 39.64240%; range [sqrt(1.931677) - 1, sqrt(1.968553) - 1] = [38.98478%, 40.30515%]
    assertThat(calc("revenue compound annual growth " + FY23 + " to " + FY25 + " (2 years)"))
        .hasValue("39.6424").hasRange("38.9847", "40.3052");
  }

  @Test
  void test_of_marginsFromProfitCostAndSegments() {
    // FY2023 has neither gross profit nor cost; FY2025 has both and uses gross profit; 9M2026 has cost only.
    // Only the business dimension has exactly two segments with a margin: export is alone in geography.
    assertThat(measures(ANALYSIS, "Margins")).containsExactly(
        "gross margin " + FY24,
        "gross margin " + FY25,
        "gross margin " + M9_26,
        "implied revenue share of hardware " + FY25,
        "gross_margin blended from hardware and software " + FY25);
    // -0.6 / 12.0 = -5%; range [-0.65 / 11.95, -0.55 / 12.05] = [-5.43933%, -4.56432%]
    assertThat(calc("gross margin " + FY24)).hasValue("-5.0000000").hasRange("-5.4394", "-4.5643");
    // 3.9 / 15.6 = 25%
    Calculation fromProfit = calc("gross margin " + FY25);
    assertThat(fromProfit).hasValue("25.0000000").hasRange("24.6006", "25.4020");
    assertThat(fromProfit.derived().formula()).isEqualTo("gross_profit " + FY25 + " / revenue " + FY25 + " x 100");
    // 1 - 10.5 / 14.0 = 25%; range [1 - 10.55 / 13.95, 1 - 10.45 / 14.05] = [24.37276%, 25.62278%]
    Calculation fromCost = calc("gross margin " + M9_26);
    assertThat(fromCost).hasValue("25.0000000").hasRange("24.3727", "25.6228");
    assertThat(fromCost.derived().formula())
        .isEqualTo("(1 - cost_of_revenue " + M9_26 + " / revenue " + M9_26 + ") x 100");
  }

  @Test
  void test_of_impliedMixAndBlendedMargin() {
    // (47.5 - 25.0) / (47.5 - 10.0) = 22.5 / 37.5 = 60%, as 9.36 / 15.6 = 60%;
    // corners of [24.95, 25.05] x [9.95, 10.05] x [47.45, 47.55]: [59.73333%, 60.26667%]
    assertThat(calc("implied revenue share of hardware " + FY25)).hasValue("60.0000000").hasRange("59.7333", "60.2667");
    // (10.0 x 9.36 + 47.5 x 6.24) / (9.36 + 6.24) = (93.6 + 296.4) / 15.6 = 25%;
    // corners: [24.93798%, 25.06202%]
    Calculation blended = calc("gross_margin blended from hardware and software " + FY25);
    assertThat(blended).hasValue("25.0000000").hasRange("24.9379", "25.0621");
    assertThat(blended.inputs()).extracting(Quantity::label).containsExactly("gross_margin hardware " + FY25,
        "revenue hardware " + FY25, "gross_margin software " + FY25, "revenue software " + FY25);
  }

  @Test
  void test_of_ratiosToRevenueInItsCurrency() {
    // Per revenue period, in the order training compute, adjusted loss, net loss, R&D, S&M, cost;
    // S&M FY2025 is printed only in USD, so it has no ratio to EUR revenue.
    assertThat(measures(ANALYSIS, "Ratios to revenue")).containsExactly(
        "net_loss to revenue " + FY24,
        "adjusted_net_loss to revenue " + M9_25,
        "adjusted_net_loss to revenue " + FY25,
        "net_loss to revenue " + FY25,
        "rnd_expense to revenue " + FY25,
        "cost_of_revenue to revenue " + FY25,
        "adjusted_net_loss to revenue " + M9_26,
        "net_loss to revenue " + M9_26,
        "rnd_expense to revenue " + M9_26,
        "cost_of_revenue to revenue " + M9_26);
    // 3.5 / 11.2 = 31.25%; range [3.45 / 11.25, 3.55 / 11.15] = [30.66667%, 31.83857%]
    assertThat(calc("adjusted_net_loss to revenue " + M9_25)).hasValue("31.2500000").hasRange("30.6666", "31.8386");
    // 10.5 / 14.0 = 75%; range [10.45 / 14.05, 10.55 / 13.95] = [74.37722%, 75.62724%]
    assertThat(calc("cost_of_revenue to revenue " + M9_26)).hasValue("75.0000000").hasRange("74.3772", "75.6273");
  }

  @Test
  void test_of_burnOncePerFlowAndRunwayPerCashAndBurn() {
    // Two cash balances at 2025-12-31 and three flows over the nine months ending then: three burns,
    // listed once each, and six runways.
    String adjusted = "monthly burn from adjusted_net_loss " + M9_26;
    String net = "monthly burn from net_loss " + M9_26;
    String ocf = "monthly burn from operating_cash_flow " + M9_26;
    String reserves = "cash runway from cash_reserves 2025-12-31 at ";
    String equivalents = "cash runway from cash_and_equivalents 2025-12-31 at ";
    assertThat(measures(ANALYSIS, "Cash burn and runway")).containsExactly(
        adjusted, reserves + adjusted, net, reserves + net, ocf, reserves + ocf,
        equivalents + adjusted, equivalents + net, equivalents + ocf);
    // 4.2M / 9 = 466666.67 a month; range [4.15M / 9, 4.25M / 9] = [461111.11, 472222.23]
    assertThat(calc(adjusted)).hasValue("466666.67").hasRange("461111.11", "472222.23");
    // The preferred cash reserves is "42.0" (range 0.1 million wide), not "42" (1 million wide):
    // 42.0 / (4.2 / 9) = 90 months; range [41.95 x 9 / 4.25, 42.05 x 9 / 4.15] = [88.83529, 91.19278]
    Calculation runway = calc(reserves + adjusted);
    assertThat(runway).hasValue("90.0000000").hasRange("88.8352", "91.1928");
    assertThat(((Figure) runway.inputs().get(0)).amount().toString()).isEqualTo("42.0 million EUR");
    // 21.0 / (5.4 / 9) = 35 months; range [20.95 x 9 / 5.45, 21.05 x 9 / 5.35] = [34.59633, 35.41122]
    assertThat(calc(equivalents + ocf)).hasValue("35.0000000").hasRange("34.5963", "35.4113");
  }

  @Test
  void test_of_perUnit() {
    assertThat(measures(ANALYSIS, "Per unit")).containsExactly(
        "rnd_headcount_share 2025-12-31 of headcount 2025-12-31",
        "revenue " + M9_26 + " per employee",
        "revenue " + M9_25 + " per paying user",
        "revenue " + M9_26 + " per paying user");
    // 120 x 62.5% = 75 people; range [119.5 x 62.45%, 120.5 x 62.55%] = [74.62775, 75.37275]
    assertThat(calc("rnd_headcount_share 2025-12-31 of headcount 2025-12-31")).hasValue("75.00000")
        .hasRange("74.62775", "75.37275");
    // 14,000,000 / 120 = 116666.67; range [13,950,000 / 120.5, 14,050,000 / 119.5] = [115767.63, 117573.23]
    Calculation perEmployee = calc("revenue " + M9_26 + " per employee");
    assertThat(perEmployee).hasValue("116666.67").hasRange("115767.63", "117573.23");
    assertThat(perEmployee.derived().notes())
        .containsExactly("the count is at 2025-12-31, not an average over " + M9_26);
    // 11,200,000 / 2800 = 4000
    assertThat(calc("revenue " + M9_25 + " per paying user")).hasValue("4000.0000");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_of_calculatorRefusalsAreNotMeaningful() {
    // Before each refusal became a NotMeaningful, the first of them (the growth of an 18-month span)
    // threw out of Analysis.of and no report could be printed.
    Analysis kestrel = AnalysisFixtures.calculations(KESTREL);
    assertThat(measures(kestrel, "Growth")).containsExactly(
        "revenue growth FY2023 over FY2022",
        "revenue growth FY2024 over FY2023",
        "rnd_expense growth 2023-01-01..2024-06-30 over 2022-01-01..2023-06-30",
        "revenue multiple FY2024 over FY2023");
    assertThat(measures(kestrel, "Margins")).containsExactly(
        "gross margin FY2022",
        "implied revenue share of north FY2024",
        "gross_margin blended from north and south FY2024");
    assertThat(measures(kestrel, "Ratios to revenue")).containsExactly(
        "net_loss to revenue FY2022", "net_loss to revenue FY2024");
    assertThat(measures(kestrel, "Cash burn and runway")).containsExactly(
        "monthly burn from net_loss FY2024",
        "cash runway from cash_and_equivalents 2024-12-31 at monthly burn from net_loss FY2024",
        "monthly burn from operating_cash_flow FY2024");
    assertThat(kestrel.section("Per unit")).isEmpty();
  }

  static Stream<Arguments> data_refusals() {
    return Stream.of(
        // The calculator's own answer: growth from a nil revenue.
        Arguments.of("revenue growth FY2023 over FY2022", NotMeaningful.Reason.ZERO_BASE,
            "prior value 0 million CNY is not positive: growth from a zero base is not a percentage change",
            List.of("revenue FY2023", "revenue FY2022")),
        // An 18-month span is neither a fiscal year nor an interim period.
        Arguments.of("rnd_expense growth 2023-01-01..2024-06-30 over 2022-01-01..2023-06-30",
            NotMeaningful.Reason.MISMATCHED_PERIODS,
            "2023-01-01..2024-06-30 is longer than a year: neither a fiscal year nor an interim period",
            List.of("rnd_expense 2023-01-01..2024-06-30", "rnd_expense 2022-01-01..2023-06-30")),
        // "0" million is [-0.5, 0.5] million: no margin on it.
        Arguments.of("gross margin FY2022", NotMeaningful.Reason.DIVISOR_MAY_BE_ZERO,
            "divisor 'revenue FY2022' has range [-500000, 500000], which contains zero",
            List.of("revenue FY2022", "gross_profit FY2022")),
        // 40.1% and 40.2% are [40.05, 40.15] and [40.15, 40.25]: their spread may be zero.
        Arguments.of("implied revenue share of north FY2024", NotMeaningful.Reason.DIVISOR_MAY_BE_ZERO,
            "divisor 'gross_margin south FY2024 - gross_margin north FY2024' has range [0.00, 0.20], which contains"
                + " zero",
            List.of("gross_margin FY2024", "gross_margin north FY2024", "gross_margin south FY2024")),
        Arguments.of("net_loss to revenue FY2022", NotMeaningful.Reason.DIVISOR_MAY_BE_ZERO,
            "divisor 'revenue FY2022' has range [-500000, 500000], which contains zero",
            List.of("net_loss FY2022", "revenue FY2022")),
        // A net profit of 3.0 million is a net loss of -3.0 million: -3.0M / 12 = -250000 a month.
        Arguments.of("cash runway from cash_and_equivalents 2024-12-31 at monthly burn from net_loss FY2024",
            NotMeaningful.Reason.NO_BURN,
            "the monthly burn 'monthly burn from net_loss FY2024' is negative throughout"
                + " [-254166.6666666666666666666666666667, -245833.3333333333333333333333333333]: cash that grows"
                + " has no runway",
            List.of("cash_and_equivalents 2024-12-31", "monthly burn from net_loss FY2024")),
        Arguments.of("monthly burn from operating_cash_flow FY2024", NotMeaningful.Reason.NO_BURN,
            "operating cash flow is an inflow: no burn (printed 2.0 million CNY)",
            List.of("operating_cash_flow FY2024")));
  }

  @ParameterizedTest
  @MethodSource("data_refusals")
  void test_of_refusalNamesMeasureReasonAndInputs(String label, NotMeaningful.Reason reason, String explanation,
      List<String> inputs) {
    Calculation c = calc(AnalysisFixtures.calculations(KESTREL), label);
    assertThat(c).isNotMeaningful();
    assertThat(((NotMeaningful) c).reason()).isEqualTo(reason);
    assertThat(((NotMeaningful) c).explanation()).isEqualTo(explanation);
    assertThat(c.inputs()).extracting(Quantity::label).containsExactlyElementsOf(inputs);
  }

  @Test
  void test_of_refusalDoesNotStopTheNextCalculation() {
    Analysis kestrel = AnalysisFixtures.calculations(KESTREL);
    // After the implied mix fails, the blended margin of the same pair is still computed:
    // (40.1 x 4.5 + 40.2 x 4.5) / 9.0 = 40.15%; corners [40.09944%, 40.20056%]
    assertThat(calc(kestrel, "gross_margin blended from north and south FY2024")).hasValue("40.1500000")
        .hasRange("40.0994", "40.2006");
    // -3.0 / 9.0 = -33.33%: a profit is a negative ratio, not a refusal
    assertThat(calc(kestrel, "net_loss to revenue FY2024")).hasValue("-33.3333").hasRange("-34.0783", "-32.5966");
  }

  @Test
  void test_of_trailingTwelveMonthsIsNoFiscalYear() {
    // Revenue 2024-07-01..2025-06-30 covers twelve months but is no fiscal year of a company whose year
    // ends 31 December; it once counted as the last "year", and the CAGR from FY2023 threw because the two
    // periods are not whole years apart. FY2022 (nil) is no base either, leaving FY2023 and FY2024:
    // 9.0 / 5.0 = 1.8x; range [8.95 / 5.05, 9.05 / 4.95] = [1.772277, 1.828283]
    Analysis kestrel = AnalysisFixtures.calculations(KESTREL);
    assertThat(calc(kestrel, "revenue multiple FY2024 over FY2023")).hasValue("1.8000000").hasRange("1.7722", "1.8283");
    assertThat(measures(kestrel, "Growth")).noneMatch(m -> m.contains("2024-07-01"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_of_minimaxRunwayOnPreferredReports() {
    Analysis minimax = AnalysisFixtures.calculations(DatasetReader.bundled("minimax"));
    // Cash reserves 2025-09-30: "11.02億" (qbitai-seed, listed first of two equally narrow reports) beats
    // "1.1 billion", "over 11億" and "over 10亿". Adjusted net loss 9M2025: "1.863亿" (华夏时报, range 0.1
    // million wide) beats "1.86億" and "1.86亿" (1 million wide).
    // burn = 186.3M / 9 = 20.7M a month; range [186.25M / 9, 186.35M / 9] = [20694444.44, 20705555.56]
    String burn = "monthly burn from adjusted_net_loss 9M2025";
    Calculation monthly = calc(minimax, burn);
    assertThat(monthly).hasValue("20700000.00").hasRange("20694444.44", "20705555.56");
    assertThat(((Figure) monthly.inputs().get(0)).source().document().id())
        .isEqualTo("reportify-cn-1200626408838270976");
    // runway = 1102M / 20.7M = 53.23671 months;
    // range [1101.5M x 9 / 186.35M, 1102.5M x 9 / 186.25M] = [53.19828, 53.27517]
    Calculation runway = calc(minimax, "cash runway from cash_reserves 2025-09-30 at " + burn);
    assertThat(runway).hasValue("53.23671").hasRange("53.19828", "53.27517");
    Figure cash = (Figure) runway.inputs().get(0);
    assertThat(cash.source().document().id()).isEqualTo("qbitai-seed");
    assertThat(cash.amount().toString()).isEqualTo("11.02億 USD");
  }

  @Test
  void test_of_minimaxRevenueGrowth() {
    // The preferred reports are the thousands of the financial statements: 30523 / 3460 - 1 = 782.16763%;
    // range [30522.5 / 3460.5 - 1, 30523.5 / 3459.5 - 1] = [782.02572%, 782.30958%]
    Analysis minimax = AnalysisFixtures.calculations(DatasetReader.bundled("minimax"));
    assertThat(calc(minimax, "revenue growth FY2024 over FY2023")).hasValue("782.1676")
        .hasRange("782.0257", "782.3096");
    // Two fiscal years only: a multiple (30523 / 3460 = 8.82168x), no CAGR.
    assertThat(calc(minimax, "revenue multiple FY2024 over FY2023")).hasValue("8.82168");
    assertThat(measures(minimax, "Growth")).noneMatch(m -> m.contains("compound"));
  }

  @Test
  void test_of_zhipuCagrAndRunway() {
    Analysis zhipu = AnalysisFixtures.calculations(DatasetReader.bundled("zhipu"));
    // 57409 and 312414 thousand: sqrt(312414 / 57409) - 1 = 133.27879%;
    // range [sqrt(312413.5 / 57409.5) - 1, sqrt(312414.5 / 57408.5) - 1] = [133.27758%, 133.28000%]
    assertThat(calc(zhipu, "revenue compound annual growth FY2022 to FY2024 (2 years)")).hasValue("133.2788")
        .hasRange("133.2775", "133.2800");
    // 25.52亿 / (17.52亿 / 6) = 8.73973 months, the first listed of two equally narrow reports each;
    // range [25.515 x 6 / 17.525, 25.525 x 6 / 17.515] = [8.73552, 8.74394]
    assertThat(calc(zhipu, "cash runway from cash_and_equivalents 2025-06-30 at monthly burn from adjusted_net_loss"
        + " 6M2025")).hasValue("8.73973").hasRange("8.73552", "8.74394");
  }

  static Stream<Arguments> data_datasets() {
    return Stream.of(
        Arguments.of("nordwind", NORDWIND),
        Arguments.of("kestrel", KESTREL),
        Arguments.of("minimax", DatasetReader.bundled("minimax")),
        Arguments.of("zhipu", DatasetReader.bundled("zhipu")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_datasets")
  void test_of_everyMeasureOnce(String name, Dataset dataset) {
    List<String> all = new ArrayList<>();
    AnalysisFixtures.calculations(dataset).calculations().forEach(c -> all.add(c.label()));
    assertThat(all).doesNotHaveDuplicates();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_find_byMeasureAndFigures() {
    FigureKey revenue25 = FigureKey.parse("revenue/total/FY2025", NORDWIND.fiscalYearEnd());
    FigureKey revenue24 = FigureKey.parse("revenue/total/FY2024", NORDWIND.fiscalYearEnd());
    FigureKey revenue23 = FigureKey.parse("revenue/total/FY2023", NORDWIND.fiscalYearEnd());
    Calculation c = ANALYSIS.find(Measure.GROWTH, List.of(revenue25, revenue24)).orElseThrow();
    assertThat(c).isInstanceOf(Derived.class);
    assertThat(c.label()).isEqualTo("revenue growth " + FY25 + " over " + FY24);
    assertThat(ANALYSIS.find(Measure.GROWTH, List.of(revenue25, revenue23))).isEmpty();
    assertThat(ANALYSIS.find(Measure.MULTIPLE, List.of(revenue25, revenue23))).get()
        .extracting(Calculation::label).isEqualTo("revenue multiple " + FY25 + " over " + FY23);
    FigureKey profit25 = FigureKey.parse("gross_profit/total/FY2025", NORDWIND.fiscalYearEnd());
    FigureKey profit24 = FigureKey.parse("gross_profit/total/FY2024", NORDWIND.fiscalYearEnd());
    assertThat(ANALYSIS.find(Measure.GROWTH, List.of(profit25, profit24))).get().isInstanceOf(NotMeaningful.class);
  }

  @Test
  void test_find_everyCalculationOfAMeasure() {
    assertThat(ANALYSIS.find(Measure.RUNWAY)).isNotEmpty().allMatch(c -> c.measure() == Measure.RUNWAY);
    assertThat(ANALYSIS.find(Measure.IMPLIED_MIX)).extracting(Calculation::label)
        .allMatch(l -> l.startsWith("implied revenue share of "));
    assertThat(ANALYSIS.calculations()).hasSize(41);
  }

  @Test
  void test_of_settingsDecideTheProjections() {
    assertThat(ANALYSIS.projections().isEmpty()).isTrue();
    assertThat(ANALYSIS.projections().notMade()).isEmpty();
    assertThat(ANALYSIS.settings()).isEqualTo(AnalysisSettings.CALCULATIONS_ONLY);
  }

  @Test
  void test_section() {
    assertThat(ANALYSIS.section("Per unit")).get().extracting(s -> s.results().size()).isEqualTo(4);
    assertThat(ANALYSIS.section("per unit")).isEmpty();
    assertThat(AnalysisFixtures.calculations(KESTREL).section("Per unit")).isEmpty();
  }

  @Test
  void test_toString() {
    assertThat(ANALYSIS).hasToString(
        "Analysis of Nordwind: Growth (13), Margins (5), Ratios to revenue (10), Cash burn and runway (9),"
            + " Per unit (4)");
  }

  @Test
  void test_constructor_validates() {
    AnalysisSettings settings = AnalysisSettings.CALCULATIONS_ONLY;
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Analysis(null, settings, List.of(), List.of(), ANALYSIS.projections()))
        .withMessage("Argument 'dataset' must not be null");
    List<Analysis.Section> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Analysis(NORDWIND, settings, withNull, List.of(), ANALYSIS.projections()))
        .withMessage("Argument 'sections' must not contain null but has null at index 0");
    assertThatIllegalArgumentException().isThrownBy(() -> new Analysis.Section(" ", List.of()))
        .withMessage("Argument 'title' must not be blank but has value ' '");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Analysis(NORDWIND, settings, List.of(), List.of(), null))
        .withMessage("Argument 'projections' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Analysis.of(null))
        .withMessage("Argument 'dataset' must not be null");
  }

  @Test
  void test_constructor_copiesSections() {
    List<Analysis.Section> sections = new ArrayList<>(ANALYSIS.sections());
    Analysis copy = new Analysis(NORDWIND, ANALYSIS.settings(), sections, List.of(), ANALYSIS.projections());
    sections.clear();
    assertThat(copy.sections()).hasSize(5);
  }

  //-------------------------------------------------------------------------
  /**
   * A revenue figure in a unit that is no currency (the fuzzer relabelled a market rank as
   * revenue) is left out of what revenue in the dataset's currency measures, instead of stopping
   * the analysis with a calculator's refusal of the units.
   */
  @Test
  void test_of_revenueInAnotherUnitLeftOutOfMultipleCagrTrendAndBreakEven() {
    Dataset ds = Dataset.builder("Rank Co", "Rank", "CNY").document("p", "Prospectus", "en")
        .figure(f -> f.key("revenue/total/FY2021").value("4.0").scale("million").unit("CNY").source("p", "t", "4.0"))
        .figure(f -> f.key("revenue/total/FY2022").value("6.0").scale("million").unit("CNY").source("p", "t", "6.0"))
        .figure(f -> f.key("revenue/total/FY2023").value("9.0").scale("million").unit("CNY").source("p", "t", "9.0"))
        .figure(f -> f.key("revenue/total/FY2024").value("3").unit("rank").source("p", "t", "3rd"))
        .figure(f -> f.key("gross_margin/total/FY2024").value("50").unit("%").source("p", "t", "50%"))
        .figure(f -> f.key("net_loss/total/FY2024").value("2.0").scale("million").unit("CNY").source("p", "t", "2.0"))
        .build();
    Analysis analysis = Analysis.of(ds, List.of(), AnalysisSettings.DEFAULT.withMonteCarloRuns(100));
    // FY2023 over FY2021: 9.0 / 4.0 = 2.25, range [8.95 / 4.05, 9.05 / 3.95]
    assertThat(analysis.find(Measure.MULTIPLE)).singleElement().satisfies(c -> {
      assertThat(c.label()).isEqualTo("revenue multiple FY2023 over FY2021");
      assertThat(c).hasValue("2.25").hasRange("2.2098", "2.2912");
    });
    assertThat(analysis.find(Measure.COMPOUND_GROWTH)).singleElement()
        .satisfies(c -> assertThat(c.label()).isEqualTo("revenue compound annual growth FY2021 to FY2023 (2 years)"));
    // No growth of the rank over FY2023's revenue either
    assertThat(analysis.find(Measure.GROWTH)).extracting(Calculation::label)
        .containsExactly("revenue growth FY2022 over FY2021", "revenue growth FY2023 over FY2022");
    assertThat(analysis.projections().revenueTrend()).hasValueSatisfying(t -> assertThat(t.points()).hasSize(3));
    assertThat(analysis.projections().breakEven()).isEmpty();
  }
}
