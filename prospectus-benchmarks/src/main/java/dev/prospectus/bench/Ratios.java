package dev.prospectus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prospectus.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JMH result file ({@code -rf json}) and prints each library figure beside its floor from
 * the same run, as a ratio: absolute figures on a shared machine vary several-fold from run to run,
 * ratios much less.
 * <p>
 * Run by {@code scripts/benchmarks.sh}: {@code java -cp benchmarks.jar dev.prospectus.bench.Ratios
 * target/jmh.json}.
 */
public final class Ratios {

  private Ratios() {
  }

  /**
   * Prints the table.
   *
   * @param args  the JMH result file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Map<String, double[]> score = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String name = r.get("benchmark").asText().replaceFirst("^dev\\.prospectus\\.bench\\.", "");
      JsonNode m = r.get("primaryMetric");
      score.put(name, new double[] {m.get("score").asDouble(), m.get("scoreError").asDouble()});
    }
    Dataset minimax = Bundled.dataset();
    int claims = Bundled.claims(minimax).size();
    int figures = minimax.figures().size();
    System.out.printf(Locale.ROOT, "%-44s %16s %16s %12s%n", "measure", "library /s", "floor /s", "ratio");
    // The target's floor: growth, ratio and runway with interval ends on doubles, in one operation.
    row(score, "verify one claim", "LibraryBenchmark.verifyOneClaim", 1, "DoubleBaseline.growthRatioRunway");
    row(score, "verify one claim, its decimals read", "LibraryBenchmark.verifyOneClaimReadingItsDecimals", 1,
        "DoubleBaseline.growthRatioRunway");
    row(score, "verify all " + claims + " bundled claims, per claim", "LibraryBenchmark.verifyAllBundledClaims",
        claims, "DoubleBaseline.growthRatioRunway");
    // The strictest floor: the one formula of that claim, and its comparison.
    row(score, "verify one claim (vs its own formula alone)", "LibraryBenchmark.verifyOneClaim", 1,
        "DoubleBaseline.growthClaim");
    row(score, "growth", "LibraryBenchmark.growth", 1, "DoubleBaseline.growth");
    row(score, "ratio to revenue", "LibraryBenchmark.ratioToRevenue", 1, "DoubleBaseline.ratio");
    row(score, "implied revenue mix of two segments", "LibraryBenchmark.impliedMix", 1,
        "DoubleBaseline.impliedMix");
    row(score, "monthly burn and runway", "LibraryBenchmark.runway", 1, "DoubleBaseline.runway");
    row(score, "load dataset, figures (" + figures + " a file)", "LibraryBenchmark.loadDataset", figures,
        "LibraryBenchmark.parseDatasetJsonOnly", figures);
    row(score, "load claims file, claims (" + claims + " a file)", "LibraryBenchmark.loadClaims", claims, null);
    row(score, "analysis without projections", "LibraryBenchmark.analysisWithoutProjections", 1, null);
    row(score, "full analysis (10,000-run Monte Carlo)", "LibraryBenchmark.fullAnalysis", 1, null);
  }

  private static void row(Map<String, double[]> score, String label, String library, int perOp, String floor) {
    row(score, label, library, perOp, floor, 1);
  }

  private static void row(Map<String, double[]> score, String label, String library, int perOp, String floor,
      int floorPerOp) {
    double[] lib = score.get(library);
    if (lib == null) {
      return;
    }
    double rate = lib[0] * perOp;
    double[] base = floor == null ? null : score.get(floor);
    if (base == null) {
      System.out.printf(Locale.ROOT, "%-44s %,16.0f %16s %12s%n", label, rate, "", "");
      return;
    }
    double floorRate = base[0] * floorPerOp;
    System.out.printf(Locale.ROOT, "%-44s %,16.0f %,16.0f %11.1fx%n", label, rate, floorRate, floorRate / rate);
  }
}
