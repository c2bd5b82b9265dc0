package dev.prospectus.model;

import java.math.BigDecimal;

/**
 * Bounds in double precision on a calculated value and on the two ends of its range, made without
 * the exact decimal arithmetic: the exact point lies within {@code [pointMin, pointMax]}, the exact
 * low end within {@code [lowMin, lowMax]} and the exact high end within {@code [highMin, highMax]}.
 * <p>
 * A calculation on ordinary figures knows these bounds after a few double operations, each rounded
 * outward by one unit in the last place; its exact {@link DecimalRange} at
 * {@value DecimalRange#PRECISION} digits costs three divisions of {@link BigDecimal}s. A comparison
 * the bounds decide (the numbers compared lie apart by more than the bounds' width) is decided as
 * the exact decimals would decide it, so a verdict can be reached before, and often without, the
 * exact range being made; a comparison they cannot decide returns {@code 0} and is made on the
 * decimals.
 * <p>
 * For example the growth 3052萬 over 346萬 has the exact range
 * {@code [780.6637806637806637806637806637806%, 783.5021707670043415340086830680174%]}; its bounds
 * hold each end to within about {@code 1e-13}, enough to tell that it meets {@code [782.15%, 782.25%]}.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param pointMin  a lower bound on the point
 * @param pointMax  an upper bound on the point
 * @param lowMin  a lower bound on the range's low end
 * @param lowMax  an upper bound on the range's low end
 * @param highMin  a lower bound on the range's high end
 * @param highMax  an upper bound on the range's high end
 */
public record Enclosure(double pointMin, double pointMax, double lowMin, double lowMax, double highMin,
    double highMax) {

  /** What {@link #compare} returns when the bounds cannot tell. */
  public static final int UNDECIDED = 0;

  /**
   * Creates bounds.
   *
   * @param pointMin  a lower bound on the point
   * @param pointMax  an upper bound on the point
   * @param lowMin  a lower bound on the range's low end
   * @param lowMax  an upper bound on the range's low end
   * @param highMin  a lower bound on the range's high end
   * @param highMax  an upper bound on the range's high end
   * @throws IllegalArgumentException if a bound is not finite, a lower bound exceeds its upper
   *     bound, or the low end's lower bound exceeds the high end's upper bound
   */
  public Enclosure {
    check("point", pointMin, pointMax);
    check("low", lowMin, lowMax);
    check("high", highMin, highMax);
    if (lowMin > highMax) {
      throw new IllegalArgumentException("Invalid enclosure: the low end's lower bound " + lowMin
          + " exceeds the high end's upper bound " + highMax);
    }
  }

  private static void check(String name, double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException("Invalid enclosure of the " + name + ": expected finite bounds with"
          + " min <= max but found [" + min + ", " + max + "]");
    }
  }

  /**
   * Compares a number known to lie within {@code [min, max]} with an exact decimal.
   *
   * @param min  a lower bound on the number
   * @param max  an upper bound on the number
   * @param value  the decimal, not null
   * @return {@code -1} if the number is certainly below the decimal, {@code 1} if certainly above,
   *     {@link #UNDECIDED} if the bounds cannot tell (they reach the decimal, or it is beyond a double)
   */
  public static int compare(double min, double max, BigDecimal value) {
    double v = value.doubleValue();
    if (!Double.isFinite(v)) {
      return UNDECIDED;
    }
    // The double nearest the decimal is within one unit in the last place of it.
    if (max < Math.nextDown(v)) {
      return -1;
    }
    if (min > Math.nextUp(v)) {
      return 1;
    }
    return UNDECIDED;
  }

  /**
   * Compares the exact low end with a decimal.
   *
   * @param value  the decimal, not null
   * @return {@code -1}, {@code 1} or {@link #UNDECIDED}, as {@link #compare}
   */
  public int compareLowTo(BigDecimal value) {
    return compare(lowMin, lowMax, value);
  }

  /**
   * Compares the exact high end with a decimal.
   *
   * @param value  the decimal, not null
   * @return {@code -1}, {@code 1} or {@link #UNDECIDED}, as {@link #compare}
   */
  public int compareHighTo(BigDecimal value) {
    return compare(highMin, highMax, value);
  }
}
