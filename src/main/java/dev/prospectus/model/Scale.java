package dev.prospectus.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The multiplier a figure was printed at: "thousand", "萬", "million", "億", "billion".
 * <p>
 * Chinese text counts in 萬 (ten thousand, 10^4), 億 (hundred million, 10^8) and 萬億 (10^12); the
 * simplified forms 万, 亿 and 万亿 parse to the same constants. 兆 is not read: it means 10^12 in
 * some usage and 10^6 in others. For example "346萬美元" is 346 at
 * {@link #TEN_THOUSAND}, US$3.46 million.
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
   * Parses a scale word: {@code one}, {@code thousand}, {@code 萬}/{@code 万}, {@code million},
   * {@code 億}/{@code 亿}, {@code billion}, {@code 萬億}/{@code 万亿}, {@code trillion}
   * (case-insensitive; also {@code k}, {@code m}, {@code bn}, {@code tn} and {@code 千}).
   *
   * @param text  the word
   * @return the scale
   * @throws IllegalArgumentException if the word is not a scale
   */
  public static Scale parse(String text) {
    Args.notNull(text, "text");
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "one":
      case "":
        return ONE;
      case "thousand":
      case "k":
      case "千":
        return THOUSAND;
      case "萬":
      case "万":
        return TEN_THOUSAND;
      case "million":
      case "m":
      case "mn":
        return MILLION;
      case "億":
      case "亿":
        return HUNDRED_MILLION;
      case "萬億":
      case "万亿":
      case "trillion":
      case "tn":
        return TRILLION;
      case "billion":
      case "bn":
      case "b":
        return BILLION;
      default:
        throw new IllegalArgumentException("Unknown scale '" + text + "': expected one of "
            + List.of("one", "thousand", "萬", "万", "million", "億", "亿", "billion", "萬億", "万亿", "trillion"));
    }
  }

  /**
   * The power of ten this scale multiplies by.
   *
   * @return the exponent, 0 to 9
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
