package dev.prospectus.calc;

import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Whether a percentage of a whole count can come from a whole number: is there a whole {@code k}
 * and a whole count {@code n} within the count's range with {@code k / n x 100} within the
 * percentage's range?
 * <p>
 * For example "385名員工中,研發人員占比高達73.8%": 73.8% stands for {@code [73.75%, 73.85%]}, and
 * {@code 284 / 385 = 73.766%} lies in it, so the figures are consistent. No {@code k} of 385 gives
 * 73.9% ({@code [73.85%, 73.95%]}): 284/385 = 73.766% and 285/385 = 74.026% fall either side.
 * <p>
 * Every whole count in the count's range is tried, smallest first; the first that admits a whole
 * {@code k} is the answer, with the {@code k} nearest the percentage's midpoint. Once
 * {@code n x width / 100 >= 1} some {@code k} always fits, so the search is short.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param count  the range of the count, such as {@code [384.5, 385.5]} for "385"
 * @param percent  the range of the percentage, in percent
 * @param found  a whole part and count that fit, empty if none does
 * @param nearest  when none fits, the two parts of the count nearest its midpoint that fall either
 *     side of the percentage; empty otherwise
 */
public record IntegerConsistency(
    DecimalRange count, DecimalRange percent, Optional<WholePart> found, List<WholePart> nearest) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final long MAX_COUNTS_TRIED = 1_000_000L;

  /**
   * Creates the result.
   *
   * @param count  the count range, not null
   * @param percent  the percentage range, not null
   * @param found  the solution, not null (use empty)
   * @param nearest  the nearest parts, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public IntegerConsistency {
    Args.notNull(count, "count");
    Args.notNull(percent, "percent");
    Args.notNull(found, "found");
    nearest = Args.listCopy(nearest, "nearest");
  }

  /**
   * Searches for a whole part of a whole count within the given ranges.
   *
   * @param count  the range of the count, such as {@code [384.5, 385.5]}
   * @param percent  the range of the percentage, such as {@code [73.75, 73.85]}
   * @return the result
   * @throws IllegalArgumentException if an argument is null, or the percentage range is so narrow
   *     that more than a million counts would have to be tried
   */
  public static IntegerConsistency check(DecimalRange count, DecimalRange percent) {
    Args.notNull(count, "count");
    Args.notNull(percent, "percent");
    long nLo = minCount(count);
    long nHi = maxCount(count);
    BigDecimal pLo = percent.low().max(BigDecimal.ZERO);
    BigDecimal pHi = percent.high().min(HUNDRED);
    if (nLo > nHi || pLo.compareTo(pHi) > 0) {
      return new IntegerConsistency(count, percent, Optional.empty(), List.of());
    }
    for (long n = nLo; n <= nHi; n++) {
      if (n - nLo >= MAX_COUNTS_TRIED) {
        throw new IllegalArgumentException("Percentage range " + percent + " is too narrow to search counts "
            + count + " for a whole part");
      }
      BigDecimal whole = BigDecimal.valueOf(n);
      long kLo = pLo.multiply(whole).movePointLeft(2).setScale(0, RoundingMode.CEILING).longValueExact();
      long kHi = pHi.multiply(whole).movePointLeft(2).setScale(0, RoundingMode.FLOOR).longValueExact();
      if (kLo <= kHi) {
        long near = percent.midpoint().multiply(whole).movePointLeft(2).setScale(0, RoundingMode.HALF_UP)
            .longValueExact();
        long k = Math.max(kLo, Math.min(kHi, near));
        return new IntegerConsistency(count, percent, Optional.of(new WholePart(k, n)), List.of());
      }
    }
    long n0 = Math.max(nLo, Math.min(nHi, count.midpoint().setScale(0, RoundingMode.HALF_UP).longValueExact()));
    long below = percent.midpoint().multiply(BigDecimal.valueOf(n0)).movePointLeft(2)
        .setScale(0, RoundingMode.FLOOR).longValueExact();
    List<WholePart> nearest = below >= n0 ? List.of(new WholePart(n0, n0))
        : List.of(new WholePart(Math.max(0, below), n0), new WholePart(Math.max(0, below) + 1, n0));
    return new IntegerConsistency(count, percent, Optional.empty(), nearest);
  }

  private static long minCount(DecimalRange count) {
    return Math.max(1L, count.low().setScale(0, RoundingMode.CEILING).longValueExact());
  }

  private static long maxCount(DecimalRange count) {
    return count.high().setScale(0, RoundingMode.FLOOR).longValueExact();
  }

  /**
   * The whole counts tried, in words: {@code "385"} or {@code "any of 270 to 330"}.
   *
   * @return the counts, or {@code "no whole count"} if the range holds none
   */
  public String describeCounts() {
    long lo = minCount(count);
    long hi = maxCount(count);
    if (lo > hi) {
      return "no whole count";
    }
    return lo == hi ? Long.toString(lo) : "any of " + lo + " to " + hi;
  }

  /**
   * Checks whether some whole part fits.
   *
   * @return true if a solution was found
   */
  public boolean isConsistent() {
    return found.isPresent();
  }

  /**
   * Returns the solution, or the nearest parts.
   *
   * @return a readable form, such as {@code 284/385 = 73.766% in [73.75, 73.85]}
   */
  @Override
  public String toString() {
    if (found.isPresent()) {
      return found.get() + " in " + percent;
    }
    return "no whole part of " + count + " in " + percent + (nearest.isEmpty() ? "" : ", nearest " + nearest);
  }

  //-------------------------------------------------------------------------
  /**
   * A whole part of a whole count, such as 284 of 385.
   * <p>
   * This class is immutable and thread-safe.
   *
   * @param part  the part, from 0 to {@code whole}
   * @param whole  the count, positive
   */
  public record WholePart(long part, long whole) {

    /**
     * Creates the pair.
     *
     * @param part  the part, not negative, not above the whole
     * @param whole  the whole, positive
     * @throws IllegalArgumentException if the part is negative or above the whole, or the whole is
     *     not positive
     */
    public WholePart {
      if (!(whole > 0)) {
        throw new IllegalArgumentException("Argument 'whole' must be positive but has value " + whole);
      }
      if (!(part >= 0 && part <= whole)) {
        throw new IllegalArgumentException("Argument 'part' must be 0 to " + whole + " but has value " + part);
      }
    }

    /**
     * The part as a percentage of the whole, to 34 significant digits.
     *
     * @return {@code part / whole x 100}
     */
    public BigDecimal percent() {
      return BigDecimal.valueOf(part).multiply(HUNDRED)
          .divide(BigDecimal.valueOf(whole), new MathContext(DecimalRange.PRECISION, RoundingMode.HALF_EVEN));
    }

    /**
     * Returns the fraction and its percentage to three decimals.
     *
     * @return a readable form, such as {@code 284/385 = 73.766%}
     */
    @Override
    public String toString() {
      return part + "/" + whole + " = " + percent().setScale(3, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
  }
}
