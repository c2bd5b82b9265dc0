package dev.prospectus.bench;

import dev.prospectus.Prospectus;
import dev.prospectus.calc.Calculation;
import dev.prospectus.verify.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The library's side of the side-by-side batch (scripts/side-by-side.sh): for every company folder,
 * read the dataset and the claims strictly, compute revenue growth FY2024 over FY2023, compute to
 * revenue FY2024 and the runway on the 9M2025 adjusted loss, each with its range, and judge the
 * growth claim. Prints the elapsed milliseconds and counts that the Python scripts must match.
 * <p>
 * {@code java -cp benchmarks.jar dev.prospectus.bench.SideBySideBatch FOLDER}
 */
public final class SideBySideBatch {

  private SideBySideBatch() {
  }

  /**
   * Runs the batch.
   *
   * @param args  the folder of company folders
   * @throws IOException if the folder cannot be listed
   */
  public static void main(String[] args) throws IOException {
    List<Path> companies;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      companies = s.filter(Files::isDirectory).sorted().toList();
    }
    long start = System.nanoTime();
    int consistent = 0;
    int meaningful = 0;
    for (Path folder : companies) {
      Prospectus p = Prospectus.read(folder);
      Calculation growth = p.growth("revenue/total/FY2024", "revenue/total/FY2023");
      Calculation ratio = p.ratioToRevenue("training_compute_spend/total/FY2024", "revenue/total/FY2024");
      Calculation runway = p.runway("cash_reserves/total/2025-09-30", "adjusted_net_loss/total/9M2025");
      Verdict verdict = p.verify("growth-fy2024");
      meaningful += (growth.isMeaningful() ? 1 : 0) + (ratio.isMeaningful() ? 1 : 0) + (runway.isMeaningful() ? 1 : 0);
      consistent += verdict.isConsistent() ? 1 : 0;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "library: %d companies in %d ms; %d meaningful results, %d consistent growth"
        + " claims%n", companies.size(), millis, meaningful, consistent);
  }
}
