package dev.prospectus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.AnalysisSettings;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.Calculators;
import dev.prospectus.calc.CashCalculator;
import dev.prospectus.calc.MarginCalculator;
import dev.prospectus.calc.RatioCalculator;
import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.Verifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The library's own work on the bundled MiniMax data: verifying claims, each calculator, loading,
 * and the analysis of a dataset. {@link DoubleBaseline} runs the same formulas on plain doubles in
 * the same run; {@link Ratios} divides one by the other.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LibraryBenchmark {

  private Dataset minimax;
  private List<Claim> claims;
  private Claim growthClaim;
  private Figure revenue24;
  private Figure revenue23;
  private Figure margin9m25;
  private Figure consumerMargin9m25;
  private Figure enterpriseMargin9m25;
  private Figure compute23;
  private Figure cash;
  private Figure loss9m25;
  private byte[] datasetBytes;
  private byte[] claimsBytes;
  private final ObjectMapper json = new ObjectMapper();

  /** Loads the bundled data once. */
  @Setup
  public void setUp() {
    minimax = Bundled.dataset();
    claims = Bundled.claims(minimax);
    growthClaim = Bundled.claim(claims, "revenue-growth-fy2024");
    revenue24 = figure("revenue/total/FY2024");
    revenue23 = figure("revenue/total/FY2023");
    margin9m25 = figure("gross_margin/total/9M2025");
    consumerMargin9m25 = figure("gross_margin/consumer/9M2025");
    enterpriseMargin9m25 = figure("gross_margin/enterprise/9M2025");
    compute23 = figure("training_compute_spend/total/FY2023");
    cash = figure("cash_reserves/total/2025-09-30");
    loss9m25 = figure("adjusted_net_loss/total/9M2025");
    datasetBytes = Bundled.bytes(Bundled.DATASET);
    claimsBytes = Bundled.bytes(Bundled.CLAIMS);
  }

  private Figure figure(String key) {
    return minimax.figure(FigureKey.parse(key, minimax.fiscalYearEnd()));
  }

  /** The seed's "782.2%": two figures, a growth and a judgement. */
  @Benchmark
  public Verdict verifyOneClaim() {
    return Verifier.verify(minimax, growthClaim);
  }

  /**
   * The seed's "782.2%" again, then its computed growth's point and range read: a verdict decided on
   * the growth's double-precision bounds makes its 34-digit decimals only when they are read, and a
   * report reads them. The difference from {@link #verifyOneClaim} is what reading costs.
   */
  @Benchmark
  public void verifyOneClaimReadingItsDecimals(Blackhole bh) {
    Derived computed = Verifier.verify(minimax, growthClaim).computed().orElseThrow();
    bh.consume(computed.value());
    bh.consume(computed.range());
  }

  /** Every bundled claim of MiniMax, in one call; {@link Ratios} divides by the number of claims. */
  @Benchmark
  public List<Verdict> verifyAllBundledClaims() {
    return Verifier.verify(minimax, claims);
  }

  /**
   * Growth of two fiscal years, its point and range read: a growth makes its decimals when they are
   * first read, so the calculator's whole work is measured only with them.
   */
  @Benchmark
  public void growth(Blackhole bh) {
    Derived growth = Calculators.growth(revenue24, revenue23).derived();
    bh.consume(growth.value());
    bh.consume(growth.range());
  }

  /** Training compute to revenue, its point and range read (see {@link #growth}). */
  @Benchmark
  public void ratioToRevenue(Blackhole bh) {
    Derived ratio = RatioCalculator.toRevenue(compute23, revenue23).derived();
    bh.consume(ratio.value());
    bh.consume(ratio.range());
  }

  /** The revenue mix two segment margins and the blended one imply (a corner hull of eight). */
  @Benchmark
  public Calculation impliedMix() {
    return MarginCalculator.impliedMix(margin9m25, consumerMargin9m25, enterpriseMargin9m25);
  }

  /** A monthly burn from a loss, then the runway on it. */
  @Benchmark
  public Calculation runway() {
    return CashCalculator.runway(cash, Calculators.monthlyBurn(loss9m25).derived());
  }

  /** The dataset file, read strictly; {@link Ratios} counts figures. */
  @Benchmark
  public Dataset loadDataset() {
    return DatasetReader.read(new ByteArrayInputStream(datasetBytes), "dataset.json");
  }

  /** The claims file, read strictly. */
  @Benchmark
  public List<Claim> loadClaims() {
    return ClaimsReader.read(new ByteArrayInputStream(claimsBytes), "claims.json");
  }

  /** The dataset file as a Jackson tree only, the floor under loading it. */
  @Benchmark
  public JsonNode parseDatasetJsonOnly() throws IOException {
    return json.readTree(datasetBytes);
  }

  /** The analysis without projections: every calculation the dataset allows and every verdict. */
  @Benchmark
  public Analysis analysisWithoutProjections() {
    return Analysis.of(minimax, claims, AnalysisSettings.CALCULATIONS_ONLY);
  }

  /** The full analysis, as the report computes it, without rendering. */
  @Benchmark
  public Analysis fullAnalysis() {
    return Analysis.of(minimax, claims, AnalysisSettings.DEFAULT);
  }
}
