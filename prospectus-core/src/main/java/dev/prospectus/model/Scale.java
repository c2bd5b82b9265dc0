package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The multiplier a figure was printed at: "thousand", "萬", "million", "億", "billion".
 * <p>
 * Chinese text counts in 萬 (ten thousand, 10^4), 億 (hundred million, 10^8) and 萬億 (10^12); the
 * simplified forms 万, 亿 and 万亿 parse to the same constants. 兆 is not read: it means 10^12 in
 * some usage and 10^6 in others. For example "346萬美元" is 346 at
 * {@link #TEN_THOUSAND}, US$3.46 million. Which printed words name which scale is the business of
 * the format layer ({@code dev.prospectus.format.Vocabulary}); here each scale has one code.
 */
public enum Scale {

  /** No multiplier. */
  ONE(0, "one", ""),
  /** Thousand, 10^3. */
  THOUSAND(3, "thousand", "thousand"),
  /** Ten thousand, 萬 (simplified 万), 10^4. */
  TEN_THOUSAND(4, "萬", "萬"),
  /** Million, 10^6. */
  MILLION(6, "million", "million"),
  /** Hundred million, 億 (simplified 亿), 10^8. */
  HUNDRED_MILLION(8, "億", "億"),
  /** Billion, 10^9. */
  BILLION(9, "billion", "billion"),
  /** Trillion, 萬億 (simplified 万亿), 10^12. */
  TRILLION(12, "萬億", "萬億");

  private final int exponent;
  private final String code;
  private final String suffix;

  Scale(int exponent, String code, String suffix) {
    this.exponent = exponent;
    this.code = code;
    this.suffix = suffix;
  }

  /**
   * Obtains the scale of a code, the string form {@link #code()} gives: {@code one},
   * {@code thousand}, {@code 萬}, {@code million}, {@code 億}, {@code billion} or {@code 萬億}.
   * <p>
   * This reads codes only, as {@link Amount#parse} needs; the printed words of running text
   * (万, 百萬, bn ...) are the business of {@code dev.prospectus.format.Vocabulary}.
   *
   * @param code  the code
   * @return the scale
   * @throws IllegalArgumentException if the code is not the code of a scale
   */
  public static Scale ofCode(String code) {
    Args.notNull(code, "code");
    for (Scale s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Unknown scale code '" + code + "': expected one of "
        + Arrays.stream(values()).map(Scale::code).toList());
  }

  /**
   * The power of ten this scale multiplies by.
   *
   * @return the exponent, 0 to 12
   */
  public int exponent() {
    return exponent;
  }

  /**
   * The multiplier, {@code 10^exponent}.
   *
   * @return the multiplier
   */
  public BigDecimal multiplier() {
    return BigDecimal.ONE.scaleByPowerOfTen(exponent);
  }

  /**
   * The word used in data files and in {@link Amount#toString()}.
   *
   * @return the code, such as {@code "萬"} or {@code "million"}
   */
  public String code() {
    return code;
  }

  /**
   * The suffix printed after a number at this scale, empty for {@link #ONE}.
   *
   * @return the suffix
   */
  public String suffix() {
    return suffix;
  }
}
