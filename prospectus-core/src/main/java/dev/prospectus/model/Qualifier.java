package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the words around a printed number say about it: exact, over, at least, under, at most,
 * about or nearly.
 * <p>
 * "超過15億美元" is {@link #OVER}, "53個月以上" is {@link #AT_LEAST}, "約5億美元" is {@link #ABOUT},
 * "近乎50%" is {@link #NEARLY}, "不到1%" is {@link #UNDER}.
 * <p>
 * {@link #range} turns a printed amount and its qualifier into the range the words allow: over and
 * at least are bounded below only, at the number exactly as printed ("超過15億美元" is
 * {@code [1500000000, +∞)}); under and at most are bounded above only; about and nearly widen the
 * rounding range by an {@link ApproximationConvention}. {@link #code()} is the data-file spelling
 * ({@code at_least}); {@link #words()} is what people read ({@code at least}).
 */
public enum Qualifier {

  /** The number as printed, subject only to rounding. */
  EXACT,
  /** More than the number: 超過, 超, over, more than. */
  OVER,
  /** The number or more: 以上, at least. */
  AT_LEAST,
  /** Less than the number: 不到, 低於, under, less than. */
  UNDER,
  /** The number or less: 以下, 最多, at most. */
  AT_MOST,
  /** Close to the number on either side: 約, about, approximately, ~. */
  ABOUT,
  /** Close to the number and not beyond it in size: 近乎, 近, nearly, almost. */
  NEARLY;

  /**
   * Parses the data-file code: {@code exact}, {@code over}, {@code at_least}, {@code under},
   * {@code at_most}, {@code about}, {@code nearly}.
   *
   * @param code  the code, case-insensitive
   * @return the qualifier
   * @throws IllegalArgumentException if the code is unknown
   */
  public static Qualifier parse(String code) {
    Args.notNull(code, "code");
    try {
      return valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("Unknown qualifier '" + code + "': expected one of "
          + Arrays.stream(values()).map(Qualifier::code).toList(), ex);
    }
  }

  /**
   * The data-file code.
   *
   * @return the code, such as {@code "at_least"}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The qualifier as people write it: {@code over}, {@code at least}, {@code under},
   * {@code at most}, {@code about}, {@code nearly}; empty for {@link #EXACT}.
   *
   * @return the words, never a data-file code such as {@code at_least}
   */
  public String words() {
    return this == EXACT ? "" : name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The printed amount with its qualifier in words, as people read it: {@code over 15億 USD},
   * {@code at least 53 months}, {@code 346萬 USD}.
   *
   * @param amount  the amount
   * @return the amount, preceded by the words of the qualifier unless it is exact
   */
  public String describe(Amount amount) {
    Args.notNull(amount, "amount");
    return this == EXACT ? amount.toString() : words() + " " + amount;
  }

  /**
   * The range a printed amount stands for under this qualifier:
   * <ul>
   * <li>exact: the rounding range;
   * <li>over, at least: bounded below only, at the printed number exactly, {@code [x, +∞)}, since
   *     the words state a threshold the writer chose (for a printed range, its lower end);
   * <li>under, at most: bounded above only, {@code (-∞, x]} (for a printed range, its upper end);
   * <li>about, nearly: the rounding range widened by the convention, by no more than one rounding
   *     unit ({@link ApproximationConvention#widen(BigDecimal, DecimalRange, BigDecimal, Qualifier)}).
   * </ul>
   * "Over" and "under" exclude the number itself and "at least" and "at most" include it; the range
   * is closed either way, which encloses both, and the qualifier keeps the difference.
   *
   * @param amount  the amount as printed
   * @param roundingUnit  the unit the amount is rounded to, in its printed scale (see
   *     {@link Amount#roundingRange(BigDecimal)})
   * @param convention  the convention for about and nearly, capped at one rounding unit
   * @return the range at base scale
   */
  public DecimalRange range(Amount amount, BigDecimal roundingUnit, ApproximationConvention convention) {
    Args.notNull(amount, "amount");
    Args.notNull(roundingUnit, "roundingUnit");
    Args.notNull(convention, "convention");
    // Computed first, also for a bound that does not use it: it refuses a unit that is no power of ten.
    DecimalRange rounding = amount.roundingRange(roundingUnit);
    switch (this) {
      case OVER:
      case AT_LEAST:
        return DecimalRange.atLeast(amount.printedBound().low());
      case UNDER:
      case AT_MOST:
        return DecimalRange.atMost(amount.printedBound().high());
      case ABOUT:
      case NEARLY:
        return convention.widen(amount.baseValue(), rounding,
            roundingUnit.scaleByPowerOfTen(amount.scale().exponent()), this);
      default:
        return rounding;
    }
  }

  /**
   * Checks whether the qualifier bounds the value on one side only (over, at least, under, at most).
   *
   * @return true for an open-ended qualifier
   */
  public boolean isOpenEnded() {
    return this == OVER || this == AT_LEAST || this == UNDER || this == AT_MOST;
  }

  /**
   * Checks whether the qualifier is an approximation (about, nearly).
   *
   * @return true for about and nearly
   */
  public boolean isApproximate() {
    return this == ABOUT || this == NEARLY;
  }
}
