package dev.prospectus.report;

import static dev.prospectus.report.ReportFixtures.FY24;
import static dev.prospectus.report.ReportFixtures.FY25;
import static dev.prospectus.report.ReportFixtures.KESTREL;
import static dev.prospectus.report.ReportFixtures.M9_25;
import static dev.prospectus.report.ReportFixtures.M9_26;
import static dev.prospectus.report.ReportFixtures.NORDWIND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.analysis.Analysis;
import dev.prospectus.calc.Measure;
import dev.prospectus.io.ClaimsReader;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.Verifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

  private static final Analysis ANALYSIS = Analysis.of(NORDWIND);
  private static final String TEXT = TextReport.render(ANALYSIS);
  private static final List<Verdict> VERDICTS = Verifier.verify(NORDWIND,
      ClaimsReader.read(Path.of("prospectus-analysis/src/test/resources/report/nordwind"), NORDWIND));

  /**
   * The columns of the figures table, as wide as their widest cell: the shortened label (40), "hardware" (8),
   * a fiscal year "2024-04-01..2025-03-31" (22), "-0.6 million EUR" (16), "1450 robots" (11, right-aligned),
   * "[1449.5 robots, 1450.5 robots]" (30), "nordwind-prospectus-2026" (24) and "reports" (7, right-aligned).
   */
  private static final String FIGURE_ROW = "%-40s  %-8s  %-22s  %-16s  %11s  %-30s  %-24s  %7s";

  private static String row(String format, Object... cells) {
    return String.format(format, cells).stripTrailing() + "\n";
  }

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no line starting '" + start + "' in:\n" + text));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_render_headingAndCounts() {
    // 43 figures; revenue FY2025 has 3 reports, cash reserves and robots in service 2 each: 43 - 2 - 1 - 1 = 39 keys
    assertThat(TEXT).startsWith(""
        + "Nordwind (Nordwind Robotik AG), reporting currency EUR\n"
        + "======================================================\n"
        + "43 reported figures of 39 metric/segment/periods, from 2 documents.\n"
        + "\n"
        + "Figures (the report the rule picks for each; '!' = its reports conflict)\n"
        + "========================================================================\n"
        + row(FIGURE_ROW, "metric", "segment", "period", "printed", "value", "range", "source", "reports")
        + row(FIGURE_ROW, "-".repeat(40), "-".repeat(8), "-".repeat(22), "-".repeat(16), "-".repeat(11),
            "-".repeat(30), "-".repeat(24), "-".repeat(7))
        + row(FIGURE_ROW, "Revenue", "", "2022-04-01..2023-03-31", "8.0 million EUR", "EUR 8.00M",
            "[EUR 7.95M, EUR 8.05M]", "nordwind-prospectus-2026", "1"));
  }

  @Test
  void test_render_sectionsInOrder() {
    List<Integer> at = new ArrayList<>();
    for (String title : List.of("Figures (the report the rule picks", "Growth\n======\n", "Margins\n=======\n",
        "Ratios to revenue\n=================\n", "Cash burn and runway\n====================\n",
        "Per unit\n========\n", "Conflicting reports (1)\n=======================\n")) {
      at.add(TEXT.indexOf(title));
    }
    assertThat(at).doesNotContain(-1).isSorted();
    assertThat(TEXT).doesNotContain("Published claims");
  }

  @Test
  void test_figures_conflictMarkedAndPreferredShown() {
    // Revenue FY2025: 15.6 and 16.1 million EUR (their ranges [15.55, 15.65] and [16.05, 16.15] are disjoint)
    // and about 17 million USD; the preferred is the first of the two equally narrow EUR reports.
    assertThat(TEXT).contains(row(FIGURE_ROW, "Revenue", "", FY25, "15.6 million EUR", "EUR 15.60M",
        "[EUR 15.55M, EUR 15.65M]", "nordwind-prospectus-2026", "3 !"));
    // Cash reserves: "42" [41.5, 42.5] and "42.0" [41.95, 42.05] agree; the narrower, listed second, is shown.
    assertThat(TEXT).contains(row(FIGURE_ROW, "Cash reserves", "", "2025-12-31", "42.0 million EUR", "EUR 42.00M",
        "[EUR 41.95M, EUR 42.05M]", "nordwind-prospectus-2026", "2"));
  }

  @Test
  void test_figures_valuesQualifiersAndSegments() {
    // Under a million, money is shown in thousands: -0.6 million is -600K, range [-650K, -550K].
    assertThat(TEXT).contains(row(FIGURE_ROW, "Gross profit", "", FY24, "-0.6 million EUR", "-EUR 600K",
        "[-EUR 650K, -EUR 550K]", "nordwind-prospectus-2026", "1"));
    // An open-ended report prints its qualifier before the number; its range is bounded on one side.
    assertThat(TEXT).contains(row(FIGURE_ROW, "Share of revenue", "export", FY25, "over 40 %", "40.00%",
        "\u2265 40.00%", "nordwind-prospectus-2026", "1"));
    // A range shows its real width: 1450 is [1449.5, 1450.5], not [1449, 1451].
    assertThat(TEXT).contains(row(FIGURE_ROW, "Robots in service at customer sites wor\u2026", "", "2025-12-31",
        "1450 robots", "1450 robots", "[1449.5 robots, 1450.5 robots]", "nordwind-prospectus-2026", "2"));
  }

  @Test
  void test_shorten() {
    String forty = "Robots in service at customer sites worl";
    assertThat(forty).hasSize(40);
    assertThat(TextReport.shorten(forty, 40)).isEqualTo(forty);
    // 61 characters: the first 39 and an ellipsis
    assertThat(TextReport.shorten("Robots in service at customer sites worldwide, installed base", 40))
        .isEqualTo("Robots in service at customer sites wor\u2026").hasSize(40);
    assertThat(TextReport.shorten("Revenue", 40)).isEqualTo("Revenue");
  }

  @Test
  void test_shorten_countsColumnsNotCharacters() {
    // 經調整淨虧損率 is 7 wide characters, 14 columns: cut to 9 columns it keeps 4 characters (8 columns)
    // and the ellipsis (1 column)
    assertThat(TextReport.shorten("經調整淨虧損率", 9)).isEqualTo("經調整淨\u2026");
    assertThat(TextReport.shorten("經調整淨虧損率", 14)).isEqualTo("經調整淨虧損率");
    // a character outside the Basic Multilingual Plane (two chars, one code point) is never split
    assertThat(TextReport.shorten("ab\uD83D\uDE00cd", 3)).isEqualTo("ab\u2026");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_calculations_tableAndNotes() {
    // measure 54 wide, value 11 (right-aligned), range 28, formula last (not padded)
    String format = "%-54s  %11s  %-28s  %s";
    assertThat(TEXT).contains("\nPer unit\n========\n"
        + row(format, "measure", "value", "range", "formula")
        + row(format, "-".repeat(54), "-".repeat(11), "-".repeat(28), "-".repeat(68))
        // 120 x 62.5% = 75; [119.5 x 62.45%, 120.5 x 62.55%] = [74.627..., 75.372...]: 0.7 wide, so the
        // point to a tenth and the ends to a hundredth, outward
        + row(format, "rnd_headcount_share 2025-12-31 of headcount 2025-12-31", "75.0 people",
            "[74.62 people, 75.38 people]", "headcount 2025-12-31 x rnd_headcount_share 2025-12-31 / 100")
        // 14,000,000 / 120; [13,950,000 / 120.5, 14,050,000 / 119.5] = [115767.634..., 117573.221...], in thousands
        + row(format, "revenue " + M9_26 + " per employee", "EUR 117K", "[EUR 115.7K, EUR 117.6K]",
            "revenue " + M9_26 + " / headcount 2025-12-31")
        // 11,200,000 / 2800; [11,150,000 / 2800.5, 11,250,000 / 2799.5] = [3981.431..., 4018.574...]
        + row(format, "revenue " + M9_25 + " per paying user", "EUR 4.00K", "[EUR 3.981K, EUR 4.019K]",
            "revenue " + M9_25 + " / paying_users " + M9_25)
        // 14,000,000 / 3500; [13,950,000 / 3500.5, 14,050,000 / 3499.5] = [3985.144..., 4014.859...]
        + row(format, "revenue " + M9_26 + " per paying user", "EUR 4.00K", "[EUR 3.985K, EUR 4.015K]",
            "revenue " + M9_26 + " / paying_users " + M9_26)
        + "Notes:\n"
        + "  - revenue " + M9_26 + " per employee: the count is at 2025-12-31, not an average over " + M9_26 + "\n"
        + "\n");
  }

  @Test
  void test_calculations_notMeaningfulRow() {
    String growth = TEXT.substring(TEXT.indexOf("Growth\n======\n"), TEXT.indexOf("Margins\n=======\n"));
    String header = line(growth, "measure");
    String nm = line(growth, "gross_profit growth");
    assertThat(nm.split(" {2,}")).containsExactly("gross_profit growth " + FY25 + " over " + FY24, "n/m",
        "not meaningful: prior value -0.6 million EUR is not positive: growth from a negative base is not a"
            + " percentage change");
    // the value column is right-aligned: "n/m" ends where "value" ends; the range cell is empty
    assertThat(nm.indexOf("n/m") + 3).isEqualTo(header.indexOf("value") + 5);
    assertThat(nm.indexOf("not meaningful")).isEqualTo(header.indexOf("formula"));
  }

  @Test
  void test_calculations_directly() {
    String text = TextReport.calculations(ANALYSIS.find(Measure.MULTIPLE));
    // 15.6 / 8.0 = 1.95x; [15.55 / 8.05, 15.65 / 7.95] = [1.9317, 1.9686]: 0.04 wide, so the ends to a
    // thousandth, outward
    String measure = "revenue multiple " + FY25 + " over " + ReportFixtures.FY23;
    String formula = "revenue " + FY25 + " / revenue " + ReportFixtures.FY23;
    String format = "%-" + measure.length() + "s  %5s  %-16s  %s";
    assertThat(text).isEqualTo(""
        + row(format, "measure", "value", "range", "formula")
        + row(format, "-".repeat(measure.length()), "-----", "-".repeat(16), "-".repeat(formula.length()))
        + row(format, measure, "1.95x", "[1.931x, 1.969x]", formula));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conflicts_listed() {
    String format = "%-36s  %-16s  %-24s  %-24s  %-16s  %-24s  %s";
    assertThat(TEXT).endsWith("\nConflicting reports (1)\n=======================\n"
        + row(format, "figure", "report", "range", "source", "vs report", "range", "source")
        + row(format, "-".repeat(36), "-".repeat(16), "-".repeat(24), "-".repeat(24), "-".repeat(16),
            "-".repeat(24), "-".repeat(19))
        + row(format, "revenue/total/" + FY25, "15.6 million EUR", "[EUR 15.55M, EUR 15.65M]",
            "nordwind-prospectus-2026", "16.1 million EUR", "[EUR 16.05M, EUR 16.15M]", "windpost-2026-02-12"));
  }

  @Test
  void test_conflicts_none() {
    assertThat(TextReport.render(Analysis.of(KESTREL))).endsWith("\n"
        + "Conflicting reports (0)\n"
        + "=======================\n"
        + "Every figure reported more than once agrees within rounding.\n");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_render_verdictsAppended() {
    // Two claims plus the source-agreement check, which gives one verdict per figure with several reports
    // (revenue FY2025, cash reserves, robots in service): 5 verdicts.
    assertThat(VERDICTS).hasSize(5);
    String withVerdicts = TextReport.render(ChartFixtures.withVerdicts(ANALYSIS, VERDICTS));
    assertThat(withVerdicts).isEqualTo(TEXT + "\n"
        + "Published claims and source checks\n"
        + "==================================\n"
        + VerdictTable.render(VERDICTS));
    // 15.6 / 12.0 - 1 = 30% [29.04%, 30.97%] meets "30%"; the press's 16.1 / 12.0 - 1 = 34.17% is no 50%;
    // revenue FY2025 conflicts, the other two figures agree
    assertThat(withVerdicts).endsWith("2 published claims: 1 consistent, 1 inconsistent, 0 undecidable, 0 unverifiable;"
        + " 3 source checks: 2 consistent, 1 inconsistent, 0 undecidable, 0 unverifiable\n");
    assertThat(line(withVerdicts, "revenue-growth-fy2025-press").split(" {2,}"))
        .startsWith("revenue-growth-fy2025-press", "INCONSISTENT", "34.17% [33.19%, 35.15%]", "=");
  }

  @Test
  void test_render_noVerdicts() {
    assertThat(ANALYSIS.verdicts()).isEmpty();
    assertThat(TEXT).doesNotContain("Published claims");
  }

  @Test
  void test_render_nulls() {
    assertThatIllegalArgumentException().isThrownBy(() -> TextReport.render(null))
        .withMessage("Argument 'analysis' must not be null");
  }

  @Test
  void test_heading_underlinesDisplayWidth() {
    // 11 characters, 4 of them 漢字: 8 + 1 + 6 = 15 columns
    assertThat(TextReport.heading("營收增長 growth")).isEqualTo("營收增長 growth\n" + "=".repeat(15) + "\n");
  }
}
