package dev.prospectus.bench;

import dev.prospectus.model.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The benchmarks' main ratios measured on the thread's CPU time instead of the wall clock: on a
 * shared machine, where other work takes the cores, JMH's throughput varies several-fold from one
 * iteration to the next; the CPU time a thread spends on an operation varies much less. Each
 * operation runs in its own loop (so the floor's loop is not slowed by a call shared with the
 * library's), in rounds that alternate between the operations, and the median round counts.
 * <p>
 * Run by {@code scripts/benchmarks.sh --cpu}: {@code java -cp benchmarks.jar dev.prospectus.bench.CpuRatios
 * [seconds per round] [rounds]}.
 */
public final class CpuRatios {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long MIN_BATCH_NANOS = 2_000_000;

  private CpuRatios() {
  }

  /** An operation, repeated {@code n} times by {@code loop}. */
  private record Work(String name, LongConsumer loop) {
  }

  /**
   * Prints the table.
   *
   * @param args  the CPU seconds of each round of each operation (default 1) and the number of rounds
   *     (default 5)
   */
  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("This JVM cannot measure a thread's CPU time");
    }
    LibraryBenchmark lib = new LibraryBenchmark();
    lib.setUp();
    DoubleBaseline floor = new DoubleBaseline();
    floor.setUp();
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    List<Work> works = List.of(
        new Work("DoubleBaseline.growthRatioRunway", n -> {
          for (long i = 0; i < n; i++) {
            floor.growthRatioRunway(bh);
          }
        }),
        new Work("LibraryBenchmark.verifyOneClaim", n -> {
          for (long i = 0; i < n; i++) {
            bh.consume(lib.verifyOneClaim());
          }
        }),
        new Work("LibraryBenchmark.verifyAllBundledClaims", n -> {
          for (long i = 0; i < n; i++) {
            bh.consume(lib.verifyAllBundledClaims());
          }
        }),
        new Work("LibraryBenchmark.loadDataset", n -> {
          for (long i = 0; i < n; i++) {
            bh.consume(lib.loadDataset());
          }
        }),
        new Work("LibraryBenchmark.parseDatasetJsonOnly", n -> {
          for (long i = 0; i < n; i++) {
            try {
              bh.consume(lib.parseDatasetJsonOnly());
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          }
        }),
        new Work("LibraryBenchmark.fullAnalysis", n -> {
          for (long i = 0; i < n; i++) {
            bh.consume(lib.fullAnalysis());
          }
        }),
        new Work("LibraryBenchmark.verifyOneClaimReadingItsDecimals", n -> {
          for (long i = 0; i < n; i++) {
            lib.verifyOneClaimReadingItsDecimals(bh);
          }
        }));
    long nanos = (long) (seconds * 1e9);
    long[] batch = new long[works.size()];
    Arrays.fill(batch, 1);
    // Two rounds to warm up (the compiler), not counted.
    for (int r = 0; r < 2; r++) {
      for (int w = 0; w < works.size(); w++) {
        rate(works.get(w), batch, w, nanos);
      }
    }
    double[][] rates = new double[works.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int w = 0; w < works.size(); w++) {
        rates[w][r] = rate(works.get(w), batch, w, nanos);
      }
    }
    List<String> names = new ArrayList<>();
    double[] median = new double[works.size()];
    for (int w = 0; w < works.size(); w++) {
      names.add(works.get(w).name());
      double[] sorted = rates[w].clone();
      Arrays.sort(sorted);
      median[w] = sorted[sorted.length / 2];
      System.out.printf(Locale.ROOT, "%-44s %,16.1f ops per CPU second (rounds %s)%n", works.get(w).name(),
          median[w], Arrays.toString(Arrays.stream(rates[w]).mapToLong(Math::round).toArray()));
    }
    Dataset minimax = Bundled.dataset();
    int claims = Bundled.claims(minimax).size();
    int figures = minimax.figures().size();
    double base = median[0];
    System.out.println();
    System.out.printf(Locale.ROOT, "%-44s %16s %16s %12s%n", "measure (CPU time)", "library /s", "floor /s", "ratio");
    row("verify one claim", median[1], base);
    row("verify one claim, its decimals read", median[6], base);
    row("verify all " + claims + " bundled claims, per claim", median[2] * claims, base);
    row("load dataset, figures (" + figures + " a file)", median[3] * figures, median[4] * figures);
    System.out.printf(Locale.ROOT, "%-44s %,16.1f%n", "full analysis (10,000-run Monte Carlo)", median[5]);
  }

  private static void row(String label, double rate, double floorRate) {
    System.out.printf(Locale.ROOT, "%-44s %,16.0f %,16.0f %11.1fx%n", label, rate, floorRate, floorRate / rate);
  }

  /** Operations per CPU second of one round of about {@code nanos}, growing the batch to at least 2 ms. */
  private static double rate(Work work, long[] batch, int w, long nanos) {
    long ops = 0;
    long spent = 0;
    while (spent < nanos) {
      long start = THREADS.getCurrentThreadCpuTime();
      work.loop().accept(batch[w]);
      long took = THREADS.getCurrentThreadCpuTime() - start;
      ops += batch[w];
      spent += took;
      if (took < MIN_BATCH_NANOS) {
        batch[w] *= 2;
      }
    }
    return ops * 1e9 / spent;
  }
}
