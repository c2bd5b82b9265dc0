package dev.prospectus.bench;

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
 * The arithmetic floor: the library's formulas on plain doubles, with the interval ends a rounded
 * figure allows (half a unit of the last printed digit either side), and nothing else: no sources,
 * no labels, no checks, no exact decimals. The inputs are the bundled MiniMax figures, held in
 * fields so that the compiler cannot fold them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DoubleBaseline {

  // 3052萬 and 346萬 US$ (the seed's revenue FY2024 and FY2023), each +/- 0.5萬
  private double current;
  private double currentLow;
  private double currentHigh;
  private double prior;
  private double priorLow;
  private double priorHigh;
  // 782.2% as printed: +/- 0.05
  private double reportedLow;
  private double reportedHigh;
  // 1.863億 adjusted loss over 9 months, 11.02億 cash reserves
  private double loss;
  private double lossLow;
  private double lossHigh;
  private double cash;
  private double cashLow;
  private double cashHigh;
  private double months;
  // gross margins 9M2025: blended 23.3%, consumer 4.7%, enterprise 69.4%, each +/- 0.05
  private final double[] blended = new double[3];
  private final double[] marginA = new double[3];
  private final double[] marginB = new double[3];

  /** The inputs. */
  @Setup
  public void setUp() {
    current = 30_520_000;
    currentLow = 30_515_000;
    currentHigh = 30_525_000;
    prior = 3_460_000;
    priorLow = 3_455_000;
    priorHigh = 3_465_000;
    reportedLow = 782.15;
    reportedHigh = 782.25;
    loss = 186_300_000;
    lossLow = 186_250_000;
    lossHigh = 186_350_000;
    cash = 1_102_000_000;
    cashLow = 1_101_500_000;
    cashHigh = 1_102_500_000;
    months = 9;
    set(blended, 23.3);
    set(marginA, 4.7);
    set(marginB, 69.4);
  }

  private static void set(double[] figure, double printed) {
    figure[0] = printed;
    figure[1] = printed - 0.05;
    figure[2] = printed + 0.05;
  }

  /** Growth with its range: {@code (c / p - 1) x 100} at the point and at the ends. */
  @Benchmark
  public void growth(Blackhole bh) {
    bh.consume((current / prior - 1) * 100);
    bh.consume((currentLow / priorHigh - 1) * 100);
    bh.consume((currentHigh / priorLow - 1) * 100);
  }

  /** The floor under verifying the seed's "782.2%": the growth range, then whether it meets the printed one. */
  @Benchmark
  public boolean growthClaim(Blackhole bh) {
    double point = (current / prior - 1) * 100;
    double low = (currentLow / priorHigh - 1) * 100;
    double high = (currentHigh / priorLow - 1) * 100;
    bh.consume(point);
    return low <= reportedHigh && reportedLow <= high;
  }

  /**
   * The floor the project's speed target is stated against: growth, a ratio and a runway, each with
   * its interval ends, in one operation (the arithmetic of a typical claim and a bit more).
   */
  @Benchmark
  public void growthRatioRunway(Blackhole bh) {
    growth(bh);
    ratio(bh);
    runway(bh);
  }

  /** A ratio to revenue with its range: {@code a / r x 100}. */
  @Benchmark
  public void ratio(Blackhole bh) {
    bh.consume(current / prior * 100);
    bh.consume(currentLow / priorHigh * 100);
    bh.consume(currentHigh / priorLow * 100);
  }

  /**
   * The implied revenue mix with its range: {@code (mB - m) / (mB - mA) x 100} at the point and at
   * the eight corners of the input box, as the library's corner hull.
   */
  @Benchmark
  public void impliedMix(Blackhole bh) {
    bh.consume((marginB[0] - blended[0]) / (marginB[0] - marginA[0]) * 100);
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int i = 1; i <= 2; i++) {
      for (int j = 1; j <= 2; j++) {
        for (int k = 1; k <= 2; k++) {
          double v = (marginB[k] - blended[i]) / (marginB[k] - marginA[j]) * 100;
          low = Math.min(low, v);
          high = Math.max(high, v);
        }
      }
    }
    bh.consume(low);
    bh.consume(high);
  }

  /** A monthly burn and the runway on it: {@code cash / (loss / n)} at the point and the ends. */
  @Benchmark
  public void runway(Blackhole bh) {
    double burn = loss / months;
    double burnLow = lossLow / months;
    double burnHigh = lossHigh / months;
    bh.consume(cash / burn);
    bh.consume(cashLow / burnHigh);
    bh.consume(cashHigh / burnLow);
  }
}
