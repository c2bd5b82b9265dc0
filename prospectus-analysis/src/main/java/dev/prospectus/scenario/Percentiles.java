package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import java.util.Arrays;

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
    return ofUnsorted(values, null, percents);
  }

  /**
   * As {@link #ofUnsorted(double[], double...)}, with a scratch array at least as long as the
   * sample for the banded selection of large samples ({@link #banded}), or null.
   *
   * @param values  the sample, not empty, reordered in place
   * @param scratch  an array at least as long as {@code values}, overwritten; or null
   * @param percents  the percentiles, each above 0 and at most 100
   * @return the percentiles, in the order asked
   */
  static double[] ofUnsorted(double[] values, double[] scratch, double... percents) {
    Args.isTrue(values.length > 0, "A percentile needs at least one value but the sample is empty");
    int n = values.length;
    boolean negativeZero = false;
    for (double v : values) {
      Args.isTrue(!Double.isNaN(v), "A percentile needs numbers but the sample holds NaN");
      negativeZero |= Double.doubleToRawLongBits(v) == Long.MIN_VALUE;
    }
    // Without NaN or -0.0, the primitive order is the sort order (Double.compare's), and cheaper.
    boolean primitive = !negativeZero;
    if (primitive && scratch != null && n >= BANDED_MIN) {
      return banded(values, scratch, percents);
    }
    double[] result = new double[percents.length];
    // The values below index 'placed' are the 'placed' smallest: a rank above looks only above it.
    int placed = 0;
    for (int i = 0; i < percents.length; i++) {
      double pos = position(percents[i], n);
      double floor = Math.floor(pos);
      int rank = rank(pos, n);
      int from = rank - 1 >= placed ? placed : 0;
      int to = rank - 1 >= placed ? n - 1 : placed - 1;
      double lower = primitive ? selectPrimitive(values, from, to, rank - 1) : select(values, from, to, rank - 1);
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
  /**
   * Where a percentile falls among {@code n} sorted values, from 1 (Commons Math's R7 position,
   * with its special cases: a percent so small that it underflows to 0 takes the minimum).
   */
  private static double position(double percent, int n) {
    Args.isTrue(percent > 0 && percent <= 100,
        "Argument 'percent' must be above 0 and at most 100 but has value " + percent);
    double p = percent / 100;
    return p == 0 ? 0 : p == 1 ? n : 1 + (n - 1) * p;
  }

  /** The rank, from 1, of the value at or below a position: the lower of the two interpolated. */
  private static int rank(double pos, int n) {
    return pos < 1 ? 1 : pos >= n ? n : (int) Math.floor(pos);
  }

  /** The smallest sample a banded selection is for: below it a selection in full is as quick. */
  static final int BANDED_MIN = 4096;
  private static final int SAMPLE = 512;

  /**
   * Percentiles of a large sample without NaN or -0.0 by bands: a sorted sample of 512 values (every
   * n/512-th) says between which two values each rank wanted lies, with a margin of four standard
   * deviations of a sample quantile; one pass counts the values below the band and copies those
   * within it, and the ranks are selected among the copies only. A band that misses its rank (the
   * margin was not enough) is replaced by a selection in full, so the values are the same as
   * sorting would give, always. The pass's work does not depend on where a value falls, which a
   * partition's does: on ten thousand values in random order, most of a partition's time is the
   * processor guessing which side each value goes.
   */
  private static double[] banded(double[] values, double[] scratch, double[] percents) {
    int n = values.length;
    double[] sample = new double[SAMPLE];
    for (int j = 0; j < SAMPLE; j++) {
      sample[j] = values[(int) ((long) j * n / SAMPLE)];
    }
    Arrays.sort(sample);
    double[] result = new double[percents.length];
    for (int i = 0; i < percents.length; i++) {
      double pos = position(percents[i], n);
      double floor = Math.floor(pos);
      int rank = rank(pos, n);
      boolean interpolate = !(pos < 1 || pos >= n);
      int k = rank - 1;
      int last = interpolate ? k + 1 : k;
      double q = (double) k / (n - 1);
      int margin = (int) Math.ceil(4 * Math.sqrt(SAMPLE * q * (1 - q))) + 3;
      double at = q * (SAMPLE - 1);
      double low = sample[Math.max(0, (int) Math.floor(at) - margin)];
      double high = sample[Math.min(SAMPLE - 1, (int) Math.ceil(at) + margin + 1)];
      int below = 0;
      int within = 0;
      for (double v : values) {
        scratch[within] = v;
        int isBelow = signBit(v - low);
        below += isBelow;
        within += 1 - isBelow - signBit(high - v);
      }
      double lower;
      double upper;
      if (k >= below && last < below + within) {
        lower = selectPrimitive(scratch, 0, within - 1, k - below);
        upper = interpolate ? least(scratch, k - below + 1, within) : lower;
      } else {
        lower = selectPrimitive(values, 0, n - 1, k);
        upper = interpolate ? least(values, k + 1, n) : lower;
      }
      result[i] = interpolate ? lower + (pos - floor) * (upper - lower) : lower;
    }
    return result;
  }

  /**
   * 1 if a difference {@code a - b} says {@code a < b}, else 0, without a branch to guess: for
   * numbers without NaN or -0.0 the difference is negative exactly when {@code a < b}, infinities
   * and overflow included, and the NaN of infinity minus itself counts as not negative (its bits
   * made canonical, positive, by {@link Double#doubleToLongBits}).
   */
  private static int signBit(double difference) {
    return (int) (Double.doubleToLongBits(difference) >>> 63);
  }

  /** The least of {@code values[from..to)}. */
  private static double least(double[] values, int from, int to) {
    double least = values[from];
    for (int j = from + 1; j < to; j++) {
      least = Math.min(least, values[j]);
    }
    return least;
  }

  /**
   * The k-th smallest of {@code values[from..to]}, moved to index k with no greater value before it
   * and no smaller after it (Hoare's partition around a median of three): for values without NaN
   * or -0.0, where {@code <} is the sort order. Half the time of the three-way partition below,
   * whose every smaller value is a swap.
   */
  private static double selectPrimitive(double[] values, int from, int to, int k) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      double a = values[lo];
      double b = values[mid];
      double c = values[hi];
      double pivot = a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
      int i = lo;
      int j = hi;
      // The pivot is one of the values, so each scan stops within the range.
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (pivot < values[j]) {
          j--;
        }
        if (i <= j) {
          swap(values, i++, j--);
        }
      }
      // values[lo..j] <= pivot, values(j..i) == pivot, values[i..hi] >= pivot
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return values[k];
      }
    }
    return values[k];
  }

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
