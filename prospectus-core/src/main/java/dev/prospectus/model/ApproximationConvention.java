package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How far "about" and "nearly" let a value stray from the printed number: an explicit, documented
 * convention rather than a hidden constant.
 * <p>
 * With printed value {@code x}, rounding range {@code [lo, hi]} and relative tolerances
 * {@code a} (about) and {@code n} (nearly):
 * <ul>
 * <li>about: {@code [lo - a|x|, hi + a|x|]};
 * <li>nearly: {@code [lo - n|x|, hi]} for {@code x >= 0}, because "nearly 50%" means close to 50%
 * from below; {@code [lo, hi + n|x|]} for {@code x < 0}, because "fell nearly 50%" ({@code -50})
 * means a fall approaching 50% in size, not exceeding it.
 * </ul>
 * {@link #DEFAULT} uses 5% for both: "約5億美元" (rounding range 4.5億 to 5.5億) allows 4.25億 to
 * 5.75億, and "近乎50%" (rounding range 45% to 55%, the coarsest reading of "50") allows 42.5% to
 * 55%. Pass another convention where a reader means something else.
 * <p>
 * A printed number's own digits cap the widening at one unit of its rounding
 * ({@link #widen(BigDecimal, DecimalRange, BigDecimal, Qualifier)}): "約13.20億美元" is rounded to
 * 0.01億, so "about" widens it by 0.01億, not by 5% (0.66億): a writer who prints four significant
 * digits states a precision that a 5% band would throw away. "About 30.38 million" is 30.365
 * million to 30.395 million. A value that was not printed (a calculation) has no such cap.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param aboutTolerance  relative tolerance of "about", as a decimal fraction (0.05 = 5%)
 * @param nearlyTolerance  relative tolerance of "nearly", as a decimal fraction
 */
public record ApproximationConvention(BigDecimal aboutTolerance, BigDecimal nearlyTolerance) {

  /** The default convention: 5% either side for "about", 5% below for "nearly". */
  public static final ApproximationConvention DEFAULT =
      new ApproximationConvention(new BigDecimal("0.05"), new BigDecimal("0.05"));

  /**
   * Creates a convention.
   *
   * @param aboutTolerance  relative tolerance of "about", not negative
   * @param nearlyTolerance  relative tolerance of "nearly", not negative
   * @throws IllegalArgumentException if a tolerance is null or negative
   */
  public ApproximationConvention {
    Args.notNegative(aboutTolerance, "aboutTolerance");
    Args.notNegative(nearlyTolerance, "nearlyTolerance");
  }

  /**
   * Obtains a convention from two relative tolerances.
   *
   * @param aboutTolerance  relative tolerance of "about", such as {@code 0.05}
   * @param nearlyTolerance  relative tolerance of "nearly", such as {@code 0.05}
   * @return the convention
   */
  public static ApproximationConvention of(BigDecimal aboutTolerance, BigDecimal nearlyTolerance) {
    return new ApproximationConvention(aboutTolerance, nearlyTolerance);
  }

  /**
   * Widens a range as the qualifier allows, by the full tolerance: for a value that was not printed,
   * such as a calculation compared "about" with a claim. Exact and one-sided qualifiers leave it as
   * it is ({@link Qualifier#range} bounds one-sided figures).
   *
   * @param printedValue  the printed value, at base scale
   * @param rounding  the rounding range of the printed value
   * @param qualifier  the qualifier
   * @return the range the qualifier allows
   */
  public DecimalRange widen(BigDecimal printedValue, DecimalRange rounding, Qualifier qualifier) {
    Args.notNull(printedValue, "printedValue");
    return widen(printedValue, rounding, Optional.empty(), qualifier);
  }

  /**
   * Widens the rounding range of a printed number as the qualifier allows, by the tolerance but by
   * no more than one rounding unit: "約13.20億" (rounded to 0.01億, that is 1000000 at base scale)
   * widens by 1000000 either side, "約5億" (rounded to 1億) by 5% of 5億.
   *
   * @param printedValue  the printed value, at base scale
   * @param rounding  the rounding range of the printed value
   * @param roundingUnit  the unit the number is rounded to, at base scale, positive
   * @param qualifier  the qualifier
   * @return the range the qualifier allows
   */
  public DecimalRange widen(BigDecimal printedValue, DecimalRange rounding, BigDecimal roundingUnit,
      Qualifier qualifier) {
    Args.notNull(printedValue, "printedValue");
    Args.notNull(roundingUnit, "roundingUnit");
    if (!(roundingUnit.signum() > 0)) {
      throw new IllegalArgumentException("Argument 'roundingUnit' must be positive but has value "
          + roundingUnit.toPlainString());
    }
    return widen(printedValue, rounding, Optional.of(roundingUnit), qualifier);
  }

  private DecimalRange widen(BigDecimal printedValue, DecimalRange rounding, Optional<BigDecimal> cap,
      Qualifier qualifier) {
    Args.notNull(rounding, "rounding");
    Args.notNull(qualifier, "qualifier");
    BigDecimal magnitude = printedValue.abs();
    switch (qualifier) {
      case ABOUT: {
        BigDecimal slack = capped(magnitude.multiply(aboutTolerance), cap);
        return DecimalRange.ofClosed(rounding.low().subtract(slack), rounding.high().add(slack));
      }
      case NEARLY: {
        // "Nearly" approaches the printed number in size, so it widens toward zero.
        BigDecimal slack = capped(magnitude.multiply(nearlyTolerance), cap);
        return printedValue.signum() < 0
            ? DecimalRange.ofClosed(rounding.low(), rounding.high().add(slack))
            : DecimalRange.ofClosed(rounding.low().subtract(slack), rounding.high());
      }
      default:
        return rounding;
    }
  }

  private static BigDecimal capped(BigDecimal slack, Optional<BigDecimal> cap) {
    return cap.map(slack::min).orElse(slack);
  }

  /**
   * Returns the tolerances in percent, such as {@code about ±5%, nearly -5%}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "about \u00b1" + aboutTolerance.movePointRight(2).stripTrailingZeros().toPlainString() + "%, nearly -"
        + nearlyTolerance.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
