package dev.prospectus.report;

import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DatasetBuilder;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Datasets for the report tests. The analysis module's fixtures {@code report/nordwind} and
 * {@code report/kestrel} (read from that module's folder, as the tests run from the top of the
 * checkout): Nordwind's fiscal year ends on 31 March and it reports in EUR; Kestrel holds the shapes
 * a calculator refuses. And a small dataset built in code for the verdict renderers.
 */
final class ReportFixtures {

  static final Dataset NORDWIND = DatasetReader.read(Path.of("prospectus-analysis/src/test/resources/report/nordwind"));
  static final Dataset KESTREL = DatasetReader.read(Path.of("prospectus-analysis/src/test/resources/report/kestrel"));
  /** A dataset with one figure, for pages that show only what the data allows. */
  static final Dataset MINIMAL = DatasetReader.read(Path.of("prospectus-io/src/test/resources/fixtures/minimal"));

  // With the year ending 31 March, FY2025 runs 2024-04-01..2025-03-31 and 9M2026 is 2025-04-01..2025-12-31;
  // neither starts on 1 January, so both print in the closed ISO form.
  static final String FY23 = "2022-04-01..2023-03-31";
  static final String FY24 = "2023-04-01..2024-03-31";
  static final String FY25 = "2024-04-01..2025-03-31";
  static final String M9_25 = "2024-04-01..2024-12-31";
  static final String M9_26 = "2025-04-01..2025-12-31";

  private ReportFixtures() {
  }

  /**
   * Two documents, "seed" and "other", and figures whose ranges the verdict tests work by hand:
   * revenue FY2023 346萬 USD (seed) and 2.46 million (other); revenue FY2024 3052萬 (seed) and 30523
   * thousand (other); training compute FY2023 4723萬; cash reserves at 2025-09-30 11.02億; adjusted
   * net loss 9M2025 1.86億; operating cash flow 9M2025 -2.09億 (other); headcount 385 people and an
   * R&amp;D share of 73.8% (seed) and 73.9% (other).
   */
  static Dataset example() {
    return Dataset.builder("Example Co", "Example", "USD")
        .document("seed", "A news article", "zh-Hant")
        .document("other", "Another article", "en")
        .figure(f("revenue/total/FY2023", "346", "萬", "USD", "seed"))
        .figure(f("revenue/total/FY2023", "2.46", "million", "USD", "other"))
        .figure(f("revenue/total/FY2024", "3052", "萬", "USD", "seed"))
        .figure(f("revenue/total/FY2024", "30523", "thousand", "USD", "other"))
        .figure(f("training_compute_spend/total/FY2023", "4723", "萬", "USD", "seed"))
        .figure(f("cash_reserves/total/2025-09-30", "11.02", "億", "USD", "seed"))
        .figure(f("adjusted_net_loss/total/9M2025", "1.86", "億", "USD", "seed"))
        .figure(f("operating_cash_flow/total/9M2025", "-2.09", "億", "USD", "other"))
        .figure(f("headcount/total/2025-09-30", "385", "one", "people", "seed"))
        .figure(f("rnd_headcount_share/total/2025-09-30", "73.8", "one", "%", "seed"))
        .figure(f("rnd_headcount_share/total/2025-09-30", "73.9", "one", "%", "other"))
        .build();
  }

  private static UnaryOperator<DatasetBuilder.FigureFields> f(String key, String value, String scale, String unit,
      String document) {
    return f -> f.key(key).value(value).scale(scale).unit(unit).source(document, "¶1", value + " " + unit);
  }
}
