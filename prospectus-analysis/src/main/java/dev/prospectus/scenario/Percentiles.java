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

  /**
   * The percentiles of an unsorted sample, as {@link #ofSorted} gives them on the sorted sample, by
   * selecting the few ranks they read instead of sorting: a Monte Carlo fan takes three percentiles
   * of 10,000 values for each of 121 months, and sorting every month was most of a report's time.
   * The values are reordered in place. Ranks are selected in the order {@link java.util.Arrays#sort}
   * puts them ({@link Double#compare}: -0.0 before 0.0), so the values read are the very ones.
   *
   * @param values  the sample, not empty, reordered in place
   * @param percents  the percentiles, each above 0 and at most 100
   * @return the percentiles, in the order asked
   */
  static double[] ofUnsorted(double[] values, double... percents) {
    Args.isTrue(values.length > 0, "A percentile needs at least one value but the sample is empty");
    int n = values.length;
    for (double v : values) {
      Args.isTrue(!Double.isNaN(v), "A percentile needs numbers but the sample holds NaN");
    }
    double[] result = new double[percents.length];
    // The values below index 'placed' are the 'placed' smallest: a rank above looks only above it.
    int placed = 0;
    for (int i = 0; i < percents.length; i++) {
      double percent = percents[i];
      Args.isTrue(percent > 0 && percent <= 100,
          "Argument 'percent' must be above 0 and at most 100 but has value " + percent);
      double p = percent / 100;
      double pos = p == 0 ? 0 : p == 1 ? n : 1 + (n - 1) * p;
      double floor = Math.floor(pos);
      int rank = pos < 1 ? 1 : pos >= n ? n : (int) floor;
      double lower = rank - 1 >= placed ? select(values, placed, n - 1, rank - 1) : select(values, 0, placed - 1,
          rank - 1);
      placed = Math.max(placed, rank - 1);
      if (pos < 1 || pos >= n) {
        result[i] = lower;
        continue;
      }
      // Every value after index rank - 1 is now at least its value: the next rank is their least.
      double upper = values[rank];
      for (int j = rank + 1; j < n; j++) {
        if (Double.compare(values[j], upper) < 0) {
          upper = values[j];
        }
      }
      result[i] = lower + (pos - floor) * (upper - lower);
    }
    return result;
  }

  /**
   * The value of rank {@code k} (from 0) in {@code values[from..to]}, which hold exactly the ranks
   * {@code from} to {@code to} of the sample, leaving smaller values before index {@code k} and
   * larger or equal ones after (quickselect, median-of-three pivot, three-way partition so that many
   * equal values, as in the first month of a fan, take one pass).
   */
  private static double select(double[] values, int from, int to, int k) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      double a = values[lo];
      double b = values[mid];
      double c = values[hi];
      double pivot = Double.compare(a, b) < 0 ? (Double.compare(b, c) < 0 ? b : Double.compare(a, c) < 0 ? c : a)
          : (Double.compare(a, c) < 0 ? a : Double.compare(b, c) < 0 ? c : b);
      // values[lo..lt) < pivot, values[lt..j) == pivot, values(gt..hi] > pivot
      int lt = lo;
      int j = lo;
      int gt = hi;
      while (j <= gt) {
        int order = Double.compare(values[j], pivot);
        if (order < 0) {
          swap(values, lt++, j++);
        } else if (order > 0) {
          swap(values, j, gt--);
        } else {
          j++;
        }
      }
      if (k < lt) {
        hi = lt - 1;
      } else if (k > gt) {
        lo = gt + 1;
      } else {
        return pivot;
      }
    }
    return values[k];
  }

  private static void swap(double[] values, int i, int j) {
    double t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
}
