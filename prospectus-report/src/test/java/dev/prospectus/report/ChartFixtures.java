package dev.prospectus.report;

import dev.prospectus.analysis.Analysis;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.verify.Verdict;
import java.util.List;

/**
 * The dataset behind the chart and HTML tests, {@code /report/charts/dataset.json}, worked by hand:
 * <ul>
 * <li>revenue: FY2023 10.0M (no segments), FY2024 20.0M = hardware 12.0M + software 6.0M + 2.0M not
 *     allocated, 6M2025 12.0M = 7.0M + 5.0M; Europe (geography) 9.0M in FY2024 only;
 * <li>gross margin: total 40.0% (FY2024) and 45.0% (6M2025), hardware 25.0% (FY2024); software gross
 *     profit 4.2M in FY2024, so a computed margin of 70%;
 * <li>training compute 5.0M (FY2024); adjusted net loss 6.0M, 8.0M, 6.0M (FY2023, FY2024, 6M2025);
 * <li>cash reserves 60.0M at 2025-06-30; operating cash flow -4.8M over 6M2025 (a document without URL).
 * </ul>
 * Labels and the company name hold {@code <}, {@code >} and {@code &} to test escaping.
 */
final class ChartFixtures {

  private static Analysis analysis;

  private ChartFixtures() {
  }

  static Dataset dataset() {
    return DatasetReader.readResource("/report/charts/dataset.json");
  }

  /** The same analysis with other verdicts, for tests of how the reports show them. */
  static Analysis withVerdicts(Analysis analysis, List<Verdict> verdicts) {
    return new Analysis(analysis.dataset(), analysis.settings(), analysis.sections(), verdicts,
        analysis.projections());
  }

  /** The analysis, made once: its Monte Carlo projection takes a moment. */
  static synchronized Analysis analysis() {
    if (analysis == null) {
      analysis = Analysis.of(dataset());
    }
    return analysis;
  }
}
