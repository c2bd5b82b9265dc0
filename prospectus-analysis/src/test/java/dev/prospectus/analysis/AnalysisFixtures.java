package dev.prospectus.analysis;

import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import java.nio.file.Path;
import java.util.List;

/**
 * Datasets for the analysis and report tests. {@code report/nordwind} is a company whose fiscal
 * year ends on 31 March, reporting in EUR: three fiscal years, the nine months to 31 December in
 * two years, two business segments with revenue and margins, one geography segment with a margin,
 * a cash instant with the flows of the nine months ending on it, headcount, paying users and a
 * second report that conflicts. {@code report/kestrel} holds the shapes a calculator refuses.
 */
public final class AnalysisFixtures {

  /** The Nordwind dataset. */
  public static final Dataset NORDWIND = DatasetReader.read(Path.of(
      "prospectus-analysis/src/test/resources/report/nordwind"));
  /** The Kestrel dataset. */
  public static final Dataset KESTREL = DatasetReader.read(Path.of(
      "prospectus-analysis/src/test/resources/report/kestrel"));

  // With the year ending 31 March, FY2025 runs 2024-04-01..2025-03-31 and 9M2026 is 2025-04-01..2025-12-31;
  // neither starts on 1 January, so both print in the closed ISO form.
  /** Nordwind's FY2023. */
  public static final String FY23 = "2022-04-01..2023-03-31";
  /** Nordwind's FY2024. */
  public static final String FY24 = "2023-04-01..2024-03-31";
  /** Nordwind's FY2025. */
  public static final String FY25 = "2024-04-01..2025-03-31";
  /** Nordwind's 9M2025. */
  public static final String M9_25 = "2024-04-01..2024-12-31";
  /** Nordwind's 9M2026. */
  public static final String M9_26 = "2025-04-01..2025-12-31";

  private AnalysisFixtures() {
  }

  /**
   * The calculations of a dataset, without the projections, which tests of the calculations do
   * not need to pay for.
   *
   * @param dataset  the dataset
   * @return the analysis
   */
  public static Analysis calculations(Dataset dataset) {
    return Analysis.of(dataset, List.of(), AnalysisSettings.CALCULATIONS_ONLY);
  }
}
