package dev.prospectus.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the words around a printed number say about it: exact, over, at least, under, at most,
 * about or nearly.
 * <p>
 * "超過15億美元" is {@link #OVER}, "53個月以上" is {@link #AT_LEAST}, "約5億美元" is {@link #ABOUT},
 * "近乎50%" is {@link #NEARLY}, "不到1%" is {@link #UNDER}.
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
