package dev.prospectus.report;

import static dev.prospectus.report.ReportFixtures.KESTREL;
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
  private static final String FULL = TextReport.full(ANALYSIS);
  private static final List<Verdict> VERDICTS = Verifier.verify(NORDWIND,
      ClaimsReader.read(Path.of("prospectus-analysis/src/test/resources/report/nordwind"), NORDWIND));
  private static final Analysis JUDGED = ChartFixtures.withVerdicts(ANALYSIS, VERDICTS);

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no line starting '" + start + "' in:\n" + text));
  }

  private static void assertFitsTerminal(String text) {
    assertThat(text.lines().filter(l -> TextTable.width(l) > TextTable.MAX_WIDTH).toList()).isEmpty();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_render_summaryExactly() {
    // Periods: the latest fiscal year (to 2025-03-31) and the interim after it (9 months to 2025-12-31).
    // Revenue growth 15.6 / 12.0 - 1 = 30% and 14.0 / 11.2 - 1 = 25%; gross margin 3.9 / 15.6 = 25% and
    // (14.0 - 10.5) / 14.0 = 25%; adjusted loss 4.68 / 15.6 = 30% and 4.2 / 14.0 = 30%. Runways: 42.0M at
    // 4.2M / 9 = 467K a month is 90 months; at the net loss 6.3M / 9 = 700K, 60; at the operating cash
    // outflow 5.4M / 9 = 600K, 70; the 21.0M of cash and equivalents lasts half as long.
    assertThat(TextReport.render(JUDGED)).isEqualTo("""
Nordwind (Nordwind Robotik AG), reporting currency EUR
======================================================
43 reported figures of 39 metric/segment/periods, from 2 documents.

Key measures: value [the range the rounding of the printed figures allows]
measure                       2024-04-01..2025-03-31               2025-04-01..2025-12-31
----------------------------  -----------------------------------  -----------------------------------
Revenue                       EUR 15.60M [EUR 15.55M, EUR 15.65M]  EUR 14.00M [EUR 13.95M, EUR 14.05M]
Revenue growth                30.00% [29.04%, 30.97%]              25.00% [24.00%, 26.01%]
Gross margin                  25.00% [24.60%, 25.41%]              25.00% [24.37%, 25.63%]
Adjusted net loss to revenue  30.00% [29.87%, 30.13%]              30.00% [29.53%, 30.47%]

Cash and runway at a constant monthly burn on each definition
cash                       monthly burn, from                                       runway  range
-------------------------  -------------------------------------------------  ------------  ----------------------------
Cash reserves              EUR 467K  Adjusted net loss                        90.00 months  [88.83 months, 91.20 months]
                           2025-04-01..2025-12-31
2025-12-31  EUR 42.00M     EUR 700K  Net loss 2025-04-01..2025-12-31          60.00 months  [59.45 months, 60.56 months]
[EUR 41.95M, EUR 42.05M]   EUR 600K  Operating cash flow                      70.00 months  [69.27 months, 70.74 months]
                           2025-04-01..2025-12-31
Cash and cash equivalents  EUR 467K  Adjusted net loss                        45.00 months  [44.36 months, 45.66 months]
                           2025-04-01..2025-12-31
2025-12-31  EUR 21.00M     EUR 700K  Net loss 2025-04-01..2025-12-31          30.00 months  [29.69 months, 30.32 months]
[EUR 20.95M, EUR 21.05M]   EUR 600K  Operating cash flow                      35.00 months  [34.59 months, 35.42 months]
                           2025-04-01..2025-12-31

Claims
2 published claims: 1 consistent, 1 inconsistent, 0 undecidable, 0 unverifiable
3 source checks: 2 consistent, 1 inconsistent, 0 undecidable, 0 unverifiable
inconsistent claim           computed from the figures  claimed
---------------------------  -------------------------  -------------------------
revenue-growth-fy2025-press  34.17% [33.19%, 35.15%]    = 50.00% [45.00%, 55.00%]

Conflicting reports of the figures above (--section conflicts lists each pair)
Revenue 2024-04-01..2025-03-31: 1 of 1 pairs conflict; 15.6 million EUR (used) vs 16.1 million EUR

More: --full, or --section summary|figures|calculations|projections|conflicts|verdicts
""");
  }

  @Test
  void test_render_fitsOneScreen() {
    for (Analysis a : List.of(ANALYSIS, JUDGED, Analysis.of(KESTREL))) {
      String summary = TextReport.render(a);
      assertThat(summary.lines().count()).isLessThanOrEqualTo(TextReport.SUMMARY_LINES);
      assertFitsTerminal(summary);
    }
  }

  @Test
  void test_render_manyInconsistent_everyOneListed_conflictsInOneParagraph() {
    dev.prospectus.model.Dataset ds = dev.prospectus.io.DatasetReader.bundled("minimax");
    // Each reading of a claim read more than one way judged as a claim of its own: 28 inconsistent.
    List<dev.prospectus.verify.Claim> oneWay = ClaimsReader.bundled("minimax", ds).stream()
        .map(c -> new dev.prospectus.verify.Claim(c.id(), c.source(), c.check(), c.note())).toList();
    Analysis minimax = Analysis.of(ds, oneWay, dev.prospectus.analysis.AnalysisSettings.CALCULATIONS_ONLY);
    String summary = TextReport.render(minimax);
    List<String> inconsistent = minimax.verdicts().stream().filter(v -> !v.isSourceCheck()
        && v.status() == dev.prospectus.verify.VerdictStatus.INCONSISTENT).map(Verdict::id).toList();
    assertThat(inconsistent).hasSize(28);
    assertThat(summary.lines().map(l -> l.split(" ")[0])).containsAll(inconsistent);
    // 28 claim lines leave no room for a line per conflicting figure: the figures are named in one paragraph.
    assertThat(summary).contains("Conflicting reports of 4 figures above: Revenue FY2024, Revenue 9M2025, Revenue"
        + " FY2023, Cash and cash equivalents\n2025-09-30 (--section conflicts lists each pair)\n")
        .doesNotContain("pairs conflict");
    assertThat(summary.lines().count()).isEqualTo(61);
    assertFitsTerminal(summary);
  }

  @Test
  void test_render_claimReadSeveralWays_listedOnlyWhenNoReadingFits() {
    dev.prospectus.model.Dataset ds = dev.prospectus.io.DatasetReader.bundled("minimax");
    Analysis minimax = Analysis.of(ds, ClaimsReader.bundled("minimax", ds), dev.prospectus.analysis.AnalysisSettings
        .CALCULATIONS_ONLY);
    String summary = TextReport.render(minimax);
    // 56.5% fits as a share of the upsized offer: its base-offer readings are not "inconsistent claims".
    assertThat(summary).contains("152 published claims: 112 consistent (21 only within rounding), 19 inconsistent,"
        + " 8 undecidable, 13 unverifiable\n(17 readings of 7 claims whose words can be read more than one way count"
        + " once each, by the reading that fits best:\n--section verdicts)\n")
        .doesNotContain("cornerstone-share-56-5-base-offer").doesNotContain("first-day-market-cap");
    assertThat(TextReport.section(minimax, "verdicts")).contains("cornerstone-share-56-5-base-offer INCONSISTENT")
        .contains("cornerstone-share-56-5, read 3 ways: fits when read as a share of the upsized offer (56.52%); not"
            + " when read as a\n    share of the base offer (65.00%) or when read as a share of the base offer, at"
            + " the offer price range (67.88%)\n");
  }

  @Test
  void test_render_noClaimsNoClaimsSection() {
    assertThat(TextReport.render(ANALYSIS)).doesNotContain("\nClaims\n").contains("\nKey measures: ");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_full_sectionsInOrder() {
    String full = TextReport.full(JUDGED);
    List<Integer> at = new ArrayList<>();
    for (String title : List.of("Key measures: ", "Figures (the report the rule picks", "Growth\n======\n",
        "Margins\n=======\n", "Ratios to revenue\n=================\n",
        "Cash burn and runway\n====================\n", "Per unit\n========\n", "Projections (under",
        "Conflicting reports (1)\n=======================\n", "Published claims and source checks\n")) {
      at.add(full.indexOf(title));
    }
    assertThat(at).doesNotContain(-1).isSorted();
    assertThat(FULL).doesNotContain("Published claims");
    assertFitsTerminal(full);
    assertFitsTerminal(FULL);
  }

  @Test
  void test_section_eachByName() {
    assertThat(TextReport.SECTIONS).extracting(TextReport.Section::name)
        .containsExactly("summary", "figures", "calculations", "projections", "conflicts", "verdicts");
    StringBuilder joined = new StringBuilder();
    for (TextReport.Section s : TextReport.SECTIONS) {
      String text = TextReport.section(JUDGED, s.name());
      if (!text.isEmpty()) {
        joined.append(joined.length() == 0 ? "" : "\n").append(text);
      }
    }
    assertThat(joined.toString()).isEqualTo(TextReport.full(JUDGED));
    assertThat(TextReport.section(ANALYSIS, "verdicts")).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> TextReport.section(ANALYSIS, "charts"))
        .withMessage("Unknown section 'charts': expected one of [summary, figures, calculations, projections, "
            + "conflicts, verdicts]");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_figures_rowsWrapWithinTheTerminal() {
    String figures = TextReport.section(ANALYSIS, "figures");
    // A conflicting figure is marked; the label is whole, wrapped at spaces, never cut with an ellipsis.
    assertThat(figures).contains("Revenue               2024-04-01..2025-03-31  15.6 million EUR  EUR 15.60M [EUR"
        + "        nordwind-prospectus-2026      3 !\n");
    assertThat(figures).contains("\nRobots in service at  2025-12-31              1450 robots       1450 robots"
        + " [1449.5    nordwind-prospectus-2026        2\n"
        + "customer sites                                                  robots, 1450.5\n"
        + "worldwide, installed                                            robots]\n"
        + "base\n");
    // An open-ended report prints its qualifier and its one-sided range.
    assertThat(line(figures, "Share of revenue")).isEqualTo("Share of revenue      2024-04-01..2025-03-31  over 40 %"
        + "         \u2265 40.00%               nordwind-prospectus-2026        1");
    assertThat(figures).doesNotContain("\u2026");
  }

  @Test
  void test_calculations_notesSaidOnce() {
    String burn = TextReport.section(ANALYSIS, "calculations");
    burn = burn.substring(burn.indexOf("Cash burn and runway"), burn.indexOf("Per unit"));
    // Six runways and three burns share eight notes: each is printed once, numbered, and cited by number.
    assertThat(burn).contains("Notes:\n"
        + "  1. burn definition: adjusted_net_loss over the 9 months ended 2025-12-31, spread evenly over its months\n"
        + "  2. cash definition: Cash reserves (cash_reserves 2025-12-31): Cash and cash equivalents plus short-term"
        + " deposits\n"
        + "  3. burn is assumed constant at EUR 467K a month: no revenue growth, cost change or new funding\n");
    assertThat(burn).contains("  8. cash definition: Cash and cash equivalents (cash_and_equivalents 2025-12-31)\n");
    assertThat(burn.split("burn is assumed constant at EUR 467K", -1)).hasSize(2);
    assertThat(line(burn, "cash runway from cash_reserves     90.00 months")).endsWith("1 2 3");
  }

  @Test
  void test_calculations_directly() {
    String text = TextReport.calculations(ANALYSIS.find(Measure.MULTIPLE));
    // 15.6 / 8.0 = 1.95x; [15.55 / 8.05, 15.65 / 7.95] = [1.9317, 1.9686]: 0.04 wide, so the ends to a
    // thousandth, outward
    // Both prose columns wrap to fit 120 columns, at spaces; the numbers stay on one line.
    assertThat(text).isEqualTo(""
        + "measure                                      value  range             formula"
        + "                                      notes\n"
        + "-------------------------------------------  -----  ----------------  "
        + "-------------------------------------------  -----\n"
        + "revenue multiple 2024-04-01..2025-03-31      1.95x  [1.931x, 1.969x]  "
        + "revenue 2024-04-01..2025-03-31 / revenue\n"
        + "over 2022-04-01..2023-03-31                                           2022-04-01..2023-03-31\n");
  }

  @Test
  void test_calculations_notMeaningfulRow() {
    String growth = TextReport.section(ANALYSIS, "calculations");
    assertThat(line(growth, "gross_profit growth")).matches("gross_profit growth +n/m +not meaningful: prior value"
        + " -0\\.6 million");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conflicts_listed() {
    assertThat(TextReport.section(ANALYSIS, "conflicts")).isEqualTo(""
        + "Conflicting reports (1)\n"
        + "=======================\n"
        + "figure                                report, range, source                     vs report, range, source\n"
        + "------------------------------------  ----------------------------------------  "
        + "----------------------------------------\n"
        + "revenue/total/2024-04-01..2025-03-31  15.6 million EUR [EUR 15.55M, EUR         "
        + "16.1 million EUR [EUR 16.05M, EUR\n"
        + "                                      15.65M] nordwind-prospectus-2026          "
        + "16.15M] windpost-2026-02-12\n");
  }

  @Test
  void test_conflicts_none() {
    assertThat(TextReport.full(Analysis.of(KESTREL))).endsWith("\n"
        + "Conflicting reports (0)\n"
        + "=======================\n"
        + "Every figure reported more than once agrees within rounding.\n");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_verdicts_oneRecordEach() {
    // Two claims plus the source-agreement check, which gives one verdict per figure with several reports
    // (revenue FY2025, cash reserves, robots in service): 5 verdicts.
    assertThat(VERDICTS).hasSize(5);
    String verdicts = TextReport.section(JUDGED, "verdicts");
    // 15.6 / 12.0 - 1 = 30% [29.04%, 30.97%] meets "30%"; the press's 16.1 / 12.0 - 1 = 34.17% is no 50%
    assertThat(verdicts).startsWith(""
        + "Published claims and source checks\n"
        + "==================================\n"
        + "revenue-growth-fy2025 CONSISTENT: computed 30.00% [29.04%, 30.97%] = reported 30% [25.00%, 35.00%]\n"
        + "    computed [29.04%, 30.97%] meets reported [25.00%, 35.00%]\n"
        + "revenue-growth-fy2025-press INCONSISTENT: computed 34.17% [33.19%, 35.15%] = reported 50% [45.00%, 55.00%]\n"
        + "    computed [33.19%, 35.15%] lies below reported [45.00%, 55.00%]\n");
    assertThat(verdicts).endsWith("2 published claims: 1 consistent, 1 inconsistent, 0 undecidable, 0 unverifiable;"
        + " 3 source checks: 2 consistent, 1\ninconsistent, 0 undecidable, 0 unverifiable\n");
  }

  @Test
  void test_render_nulls() {
    assertThatIllegalArgumentException().isThrownBy(() -> TextReport.render(null))
        .withMessage("Argument 'analysis' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> TextReport.full(null))
        .withMessage("Argument 'analysis' must not be null");
  }

  @Test
  void test_heading_underlinesDisplayWidth() {
    // 11 characters, 4 of them 漢字: 8 + 1 + 6 = 15 columns
    assertThat(TextReport.heading("營收增長 growth")).isEqualTo("營收增長 growth\n" + "=".repeat(15) + "\n");
  }
}
