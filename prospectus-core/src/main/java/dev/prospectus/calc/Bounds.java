package dev.prospectus.calc;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Enclosure;
import dev.prospectus.model.Quantity;
import java.math.BigDecimal;

/**
 * The {@link Enclosure} of a calculation, in double precision: every operation rounded outward by
 * one unit in the last place (the double nearest a decimal, or an operation's rounded result, is
 * within one such unit of the exact number), and each quotient once more for the rounding of the
 * exact quotient to 34 digits, which moves it by a ten-thousand-billionth of a double's unit.
 * <p>
 * Only for numbers a double holds with room to spare (zero, or between {@code 1e-100} and
 * {@code 1e100} in size): beyond them the calculation is made exactly at once.
 */
final class Bounds {

  private static final double SMALLEST = 1e-100;
  private static final double LARGEST = 1e100;

  private Bounds() {
  }

  /**
   * The bounds of {@code (n / d - offset) x factor} for a numerator and a positive divisor, at the
   * point ({@link CalcSupport#POINT}) and at the range's ends (as {@link DecimalRange#dividedBy}
   * picks them: over a positive divisor {@code x / y} falls as {@code y} grows when {@code x >= 0}
   * and rises when {@code x < 0}); null when a range is unbounded, the divisor's range is not
   * positive, or a number is beyond what the bounds handle.
   *
   * @param n  the numerator
   * @param d  the divisor
   * @param offset  0 for a ratio, 1 for a growth
   * @param factor  100 for a percentage, 1 for a plain ratio
   * @return the bounds, or null
   */
  static Enclosure ofQuotient(Quantity n, Quantity d, int offset, int factor) {
    DecimalRange nr = n.range();
    DecimalRange dr = d.range();
    if (!nr.isBounded() || !dr.isBounded() || dr.low().signum() <= 0) {
      return null;
    }
    BigDecimal nl = nr.low();
    BigDecimal nh = nr.high();
    // Each decimal made a double once: the double nearest it, within one unit in the last place.
    double nld = nl.doubleValue();
    double nhd = nh.doubleValue();
    double dld = dr.low().doubleValue();
    double dhd = dr.high().doubleValue();
    double nvd = n.value().doubleValue();
    double dvd = d.value().doubleValue();
    // The divisor's every number is positive; a numerator's may be zero.
    if (!isModest(nl, nld) || !isModest(nh, nhd) || !isModest(n.value(), nvd) || !isModest(dld) || !isModest(dhd)
        || !isModest(dvd)) {
      return null;
    }
    double lowDivisor = nl.signum() > 0 ? dhd : dld;
    double highDivisor = nh.signum() >= 0 ? dld : dhd;
    return new Enclosure(
        scaledDown(quotientDown(nvd, dvd), offset, factor), scaledUp(quotientUp(nvd, dvd), offset, factor),
        scaledDown(quotientDown(nld, lowDivisor), offset, factor),
        scaledUp(quotientUp(nld, lowDivisor), offset, factor),
        scaledDown(quotientDown(nhd, highDivisor), offset, factor),
        scaledUp(quotientUp(nhd, highDivisor), offset, factor));
  }

  /** Whether a decimal is zero or a size between {@code 1e-100} and {@code 1e100}, from it and its double. */
  private static boolean isModest(BigDecimal value, double asDouble) {
    return value.signum() == 0 || isModest(asDouble);
  }

  /** Whether a double is between {@code 1e-100} and {@code 1e100} in size (never zero). */
  private static boolean isModest(double value) {
    double size = Math.abs(value);
    return size >= SMALLEST && size <= LARGEST;
  }

  /**
   * A lower bound on {@code x / y}, {@code y > 0}, below its rounding to 34 digits, from the doubles
   * nearest {@code x} and {@code y}.
   */
  private static double quotientDown(double x, double y) {
    double xLow = Math.nextDown(x);
    double q = xLow >= 0 ? xLow / Math.nextUp(y) : xLow / Math.nextDown(y);
    return Math.nextDown(Math.nextDown(q));
  }

  /**
   * An upper bound on {@code x / y}, {@code y > 0}, above its rounding to 34 digits, from the doubles
   * nearest {@code x} and {@code y}.
   */
  private static double quotientUp(double x, double y) {
    double xHigh = Math.nextUp(x);
    double q = xHigh >= 0 ? xHigh / Math.nextDown(y) : xHigh / Math.nextUp(y);
    return Math.nextUp(Math.nextUp(q));
  }

  /** A lower bound on {@code (q - offset) x factor} from a lower bound on {@code q}, {@code factor > 0}. */
  private static double scaledDown(double q, int offset, int factor) {
    return Math.nextDown(Math.nextDown(q - offset) * factor);
  }

  /** An upper bound on {@code (q - offset) x factor} from an upper bound on {@code q}, {@code factor > 0}. */
  private static double scaledUp(double q, int offset, int factor) {
    return Math.nextUp(Math.nextUp(q - offset) * factor);
  }
}
