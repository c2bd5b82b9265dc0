package dev.prospectus.calc;

import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Whether a mean of whole-number values can come from them: the GRIM test (granularity-related
 * inconsistency of means) as the R package scrutiny defines it in {@code grim()}. A mean of
 * {@code n} values, each the sum of {@code items} whole numbers, is a whole sum {@code k} over
 * {@code n x items}; the printed mean is consistent if some whole {@code k} gives
 * {@code k / (n x items)} within the mean's rounding range, both ends included (scrutiny's default
 * rounding, {@code "up_or_down"}: a mean exactly half way may have been rounded either way).
 * <p>
 * For example a mean of 5.21 over 28 values stands for {@code [5.205, 5.215]}; 146 / 28 = 5.2143
 * lies in it: consistent. A mean of 4.74 over 25 stands for {@code [4.735, 4.745]}; 118 / 25 = 4.72
 * and 119 / 25 = 4.76 fall either side: inconsistent. Once {@code n x items} reaches
 * {@code 10^decimals} every mean is consistent, and the test says nothing.
 * <p>
 * The count may itself be a range ("about 30 people"): every whole count in it is tried, smallest
 * first, and the first that admits a whole sum is the answer, with the sum nearest the mean's
 * midpoint.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param count  the range of the number of values, such as {@code [27.5, 28.5]} for "28"
 * @param mean  the range of the mean, such as {@code [5.205, 5.215]} for "5.21"
 * @param items  how many whole-number items make up each value (1 for a single question)
 * @param found  a whole sum and count that fit, empty if none does
 * @param nearest  when none fits, the two sums nearest the mean at the count nearest its midpoint,
 *     falling either side of the mean; empty otherwise
 */
public record MeanConsistency(
    DecimalRange count, DecimalRange mean, int items, Optional<WholeSum> found, List<WholeSum> nearest) {

  private static final long MAX_COUNTS_TRIED = 1_000_000L;

  /**
   * Creates the result.
   *
   * @param count  the count range, not null
   * @param mean  the mean range, not null
   * @param items  the items per value, positive
   * @param found  the solution, not null (use empty)
   * @param nearest  the nearest sums, not null
   * @throws IllegalArgumentException if an argument is null or {@code items} is not positive
   */
  public MeanConsistency {
    Args.notNull(count, "count");
    Args.notNull(mean, "mean");
    Args.positive(items, "items");
    Args.notNull(found, "found");
    nearest = Args.listCopy(nearest, "nearest");
  }

  /**
   * Searches for a whole sum of whole-number values whose mean is within the given range.
   *
   * @param count  the range of the number of values, bounded on both sides
   * @param mean  the range of the mean, bounded on both sides
   * @param items  the whole-number items per value, positive
   * @return the result
   * @throws IllegalArgumentException if an argument is null, a range is unbounded, {@code items} is
   *     not positive, or more than a million counts would have to be tried
   */
  public static MeanConsistency check(DecimalRange count, DecimalRange mean, int items) {
    Args.notNull(count, "count");
    Args.notNull(mean, "mean");
    Args.positive(items, "items");
    if (!(count.isBounded() && mean.isBounded())) {
      throw new IllegalArgumentException("A mean test needs a count and a mean bounded on both sides"
          + " but has count " + count + " and mean " + mean);
    }
    long nLo = Math.max(1L, count.low().setScale(0, RoundingMode.CEILING).longValueExact());
    long nHi = count.high().setScale(0, RoundingMode.FLOOR).longValueExact();
    if (nLo > nHi) {
      return new MeanConsistency(count, mean, items, Optional.empty(), List.of());
    }
    for (long n = nLo; n <= nHi; n++) {
      if (n - nLo >= MAX_COUNTS_TRIED) {
        throw new IllegalArgumentException("Mean range " + mean + " is too narrow to search counts " + count
            + " for a whole sum");
      }
      BigDecimal values = BigDecimal.valueOf(n * items);
      long kLo = mean.low().multiply(values).setScale(0, RoundingMode.CEILING).longValueExact();
      long kHi = mean.high().multiply(values).setScale(0, RoundingMode.FLOOR).longValueExact();
      if (kLo <= kHi) {
        long near = mean.midpoint().multiply(values).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new MeanConsistency(count, mean, items, Optional.of(new WholeSum(Math.max(kLo, Math.min(kHi, near)),
            n, items)), List.of());
      }
    }
    long n0 = Math.max(nLo, Math.min(nHi, count.midpoint().setScale(0, RoundingMode.HALF_UP).longValueExact()));
    long below = mean.midpoint().multiply(BigDecimal.valueOf(n0 * items)).setScale(0, RoundingMode.FLOOR)
        .longValueExact();
    return new MeanConsistency(count, mean, items, Optional.empty(),
        List.of(new WholeSum(below, n0, items), new WholeSum(below + 1, n0, items)));
  }

  /**
   * Checks whether some whole sum fits.
   *
   * @return true if a solution was found
   */
  public boolean isConsistent() {
    return found.isPresent();
  }

  /**
   * The whole counts tried, in words: {@code "28"} or {@code "any of 25 to 35"}.
   *
   * @return the counts, or {@code "no whole count"} if the range holds none
   */
  public String describeCounts() {
    long lo = Math.max(1L, count.low().setScale(0, RoundingMode.CEILING).longValueExact());
    long hi = count.high().setScale(0, RoundingMode.FLOOR).longValueExact();
    if (lo > hi) {
      return "no whole count";
    }
    return lo == hi ? Long.toString(lo) : "any of " + lo + " to " + hi;
  }

  /**
   * Returns the solution, or the nearest sums.
   *
   * @return a readable form, such as {@code 146/28 = 5.2143 in [5.205, 5.215]}
   */
  @Override
  public String toString() {
    if (found.isPresent()) {
      return found.get() + " in " + mean;
    }
    return "no whole sum of " + describeCounts() + " values in " + mean + (nearest.isEmpty() ? "" : ", nearest "
        + nearest);
  }

  //-------------------------------------------------------------------------
  /**
   * A whole sum of {@code count x items} whole numbers, such as 146 over 28 values.
   * <p>
   * This class is immutable and thread-safe.
   *
   * @param sum  the sum of the whole numbers, any whole number
   * @param count  the number of values, positive
   * @param items  the whole-number items per value, positive
   */
  public record WholeSum(long sum, long count, int items) {

    /**
     * Creates the sum.
     *
     * @param sum  the sum
     * @param count  the count, positive
     * @param items  the items, positive
     * @throws IllegalArgumentException if the count or the items are not positive
     */
    public WholeSum {
      if (!(count > 0)) {
        throw new IllegalArgumentException("Argument 'count' must be positive but has value " + count);
      }
      Args.positive(items, "items");
    }

    /**
     * The mean the sum gives, {@code sum / (count x items)}, to 34 significant digits.
     *
     * @return the mean
     */
    public BigDecimal mean() {
      return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count * items),
          new MathContext(DecimalRange.PRECISION, RoundingMode.HALF_EVEN));
    }

    /**
     * Returns the fraction and its mean to four decimals.
     *
     * @return a readable form, such as {@code 146/28 = 5.2143} or, with items, {@code 292/(28 x 2) = 5.2143}
     */
    @Override
    public String toString() {
      String over = items == 1 ? Long.toString(count) : "(" + count + " x " + items + ")";
      return sum + "/" + over + " = " + mean().setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }
  }
}
