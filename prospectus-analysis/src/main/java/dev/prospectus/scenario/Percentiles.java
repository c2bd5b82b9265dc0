package dev.prospectus.scenario;

import dev.prospectus.internal.Args;

/**
 * Percentiles of sorted samples, estimation type R-7: linear interpolation between order statistics
 * at rank {@code (n - 1) p + 1}, the definition of NumPy's default and spreadsheets'
 * PERCENTILE.INC.
 * <p>
 * The arithmetic is that of Commons Math's {@code Percentile} with {@code EstimationType.R_7}, step
 * for step, so results are identical to the last bit; {@code PercentilesTest} checks it against
 * Commons Math. Commons Math copies and partially sorts its input on every call; a Monte Carlo
 * simulation asks for several percentiles of the same large sample, so it sorts once and reads
 * them here.
 */
final class Percentiles {

  private Percentiles() {
  }

  /**
   * The {@code percent}-th percentile of sorted values.
   *
   * @param sorted  the sample in ascending order (as {@link java.util.Arrays#sort(double[])} leaves it),
   *     not empty, without NaN
   * @param percent  the percentile, above 0 and at most 100
   * @return the percentile
   * @throws IllegalArgumentException if the sample is empty or holds NaN, or the percentile is out of range
   */
  static double ofSorted(double[] sorted, double percent) {
    Args.isTrue(sorted.length > 0, "A percentile needs at least one value but the sample is empty");
    Args.isTrue(percent > 0 && percent <= 100,
        "Argument 'percent' must be above 0 and at most 100 but has value " + percent);
    int n = sorted.length;
    // Sorting puts NaN last, so one look finds any.
    Args.isTrue(!Double.isNaN(sorted[n - 1]), "A percentile needs numbers but the sample holds NaN");
    double p = percent / 100;
    // Commons Math's special cases, kept: a percent so small that p underflows to 0 takes the minimum.
    double pos = p == 0 ? 0 : p == 1 ? n : 1 + (n - 1) * p;
    double floor = Math.floor(pos);
    if (pos < 1) {
      return sorted[0];
    }
    if (pos >= n) {
      return sorted[n - 1];
    }
    int rank = (int) floor;
    double lower = sorted[rank - 1];
    double upper = sorted[rank];
    return lower + (pos - floor) * (upper - lower);
  }
}
