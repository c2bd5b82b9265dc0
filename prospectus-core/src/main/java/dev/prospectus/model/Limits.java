package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How large a number the library takes: a bound on the size of every value, so that a hostile or
 * mistaken input (a value of a million digits, an exponent of a billion) is refused at once with a
 * message that names its size, instead of stalling a report for minutes or exhausting memory.
 * <p>
 * A <b>printed number</b>, the value of a {@link Figure} or the number of a printed figure, has at
 * most {@value #PRINTED_DIGITS} significant digits and at most {@value #PRINTED_DECIMALS} digits
 * after the decimal point (and, as {@link Amount} requires, no exponent), so it lies below
 * 10<sup>40</sup> and is a multiple of 10<sup>-40</sup>. Nothing printed in a prospectus or an
 * article comes near: the largest figures have a dozen digits.
 * <p>
 * A <b>value</b> the library holds, such as an end of a {@link DecimalRange} computed from printed
 * numbers, has at most {@value #DIGITS} significant digits, at most {@value #DECIMALS} digits after
 * the decimal point, and lies below 10<sup>{@value #EXPONENT}</sup> in size. Calculations on
 * printed numbers stay far inside: a quotient keeps {@value DecimalRange#PRECISION} digits, and the
 * largest printed number at the largest scale is below 10<sup>52</sup>. Written out in full, such a
 * value is shorter than the 1,000 characters a JSON reader takes in a number by default.
 * <p>
 * Every check takes time independent of the number's size: a value is refused before its digits
 * are counted one by one, and a text before it is parsed.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class Limits {

  /** Most significant digits of a printed number. */
  public static final int PRINTED_DIGITS = 40;
  /** Most digits after the decimal point of a printed number. */
  public static final int PRINTED_DECIMALS = 40;
  /** Most significant digits of a value. */
  public static final int DIGITS = 400;
  /** Most digits after the decimal point of a value. */
  public static final int DECIMALS = 800;
  /** A value is below ten to this power in size. */
  public static final int EXPONENT = 400;
  /** Longest text read as a decimal: no value within the limits is longer, written out in full. */
  public static final int TEXT_LENGTH = 1000;

  /** log10(2): a number of n bits has floor((n - 1) log10(2)) + 1 decimal digits, or one more. */
  private static final double LOG10_2 = Math.log10(2);
  /** Numbers of up to this many bits have their digits counted; all within the limits are shorter. */
  private static final int COUNTED_BITS = (int) ((DIGITS + DECIMALS + EXPONENT) / LOG10_2);

  private Limits() {
  }

  /**
   * Checks a printed number: at most {@value #PRINTED_DIGITS} significant digits and
   * {@value #PRINTED_DECIMALS} digits after the decimal point.
   *
   * @param value  the number, not null
   * @param name  the argument's name, used in the message
   * @return the number
   * @throws IllegalArgumentException if the number is null or beyond the limits; the message names
   *     its size, not its digits
   */
  public static BigDecimal printed(BigDecimal value, String name) {
    Args.notNull(value, name);
    if (value.scale() > PRINTED_DECIMALS) {
      throw new IllegalArgumentException("Argument '" + name + "' has " + value.scale() + " digits after the"
          + " decimal point, more than the " + PRINTED_DECIMALS + " a printed number may have");
    }
    tooManyDigits(value, PRINTED_DIGITS, "a printed number").ifPresent(problem -> {
      throw new IllegalArgumentException("Argument '" + name + "' " + problem);
    });
    return value;
  }

  /**
   * Checks a value: at most {@value #DIGITS} significant digits and {@value #DECIMALS} digits after
   * the decimal point, and below 10<sup>{@value #EXPONENT}</sup> in size.
   *
   * @param value  the value, not null
   * @param name  the argument's name, used in the message
   * @return the value
   * @throws IllegalArgumentException if the value is null or beyond the limits; the message names
   *     its size, not its digits
   */
  public static BigDecimal value(BigDecimal value, String name) {
    Args.notNull(value, name);
    if (value.scale() > DECIMALS) {
      throw new IllegalArgumentException("Argument '" + name + "' has " + value.scale() + " digits after the"
          + " decimal point, more than the " + DECIMALS + " a value may have");
    }
    int bits = value.unscaledValue().bitLength();
    boolean estimated = bits > COUNTED_BITS;
    // Counting the digits of a million-digit number takes a while; its bit length tells at once.
    long digits = estimated ? (long) Math.floor((bits - 1) * LOG10_2) + 1 : value.precision();
    long exponent = digits - 1 - value.scale();
    if (value.signum() != 0 && exponent >= EXPONENT) {
      throw new IllegalArgumentException("Argument '" + name + "' is at least 10^" + exponent + " in size, beyond"
          + " the 10^" + EXPONENT + " a value may reach");
    }
    // A number whose digits were estimated, not counted, has too many for its scale to keep it
    // below 10^EXPONENT, so it never gets here.
    if (digits > DIGITS) {
      throw new IllegalArgumentException("Argument '" + name + "' has " + digits + " significant digits, more than"
          + " the " + DIGITS + " a value may have");
    }
    return value;
  }

  /**
   * Says what is wrong with the text of a printed number, before it is parsed: too many significant
   * digits, or too many after the decimal point. The text is a plain decimal, digits with an
   * optional sign and decimal point; counting its digits takes one pass.
   *
   * @param plain  the text, such as {@code "3052.3"}
   * @return the problem, such as {@code "has 1000000 significant digits, more than the 40 a printed
   *     number may have"}; empty if the number is within the limits
   */
  public static Optional<String> printedTextProblem(CharSequence plain) {
    Args.notNull(plain, "plain");
    int significant = 0;
    int decimals = 0;
    boolean afterPoint = false;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == '.') {
        afterPoint = true;
      } else if (c >= '0' && c <= '9') {
        // Leading zeros are not significant: 0.0012 has two significant digits.
        if (significant > 0 || c != '0') {
          significant++;
        }
        if (afterPoint) {
          decimals++;
        }
      }
    }
    if (decimals > PRINTED_DECIMALS) {
      return Optional.of("has " + decimals + " digits after the decimal point, more than the " + PRINTED_DECIMALS
          + " a printed number may have");
    }
    if (significant > PRINTED_DIGITS) {
      return Optional.of("has " + significant + " significant digits, more than the " + PRINTED_DIGITS
          + " a printed number may have");
    }
    return Optional.empty();
  }

  /**
   * Checks the length of a text to be read as a decimal, before it is parsed (parsing a million
   * digits takes seconds).
   *
   * @param text  the text, not null
   * @param name  the argument's name, used in the message
   * @return the text
   * @throws IllegalArgumentException if the text is null or longer than {@value #TEXT_LENGTH}
   *     characters
   */
  public static String decimalText(String text, String name) {
    Args.notNull(text, name);
    if (text.length() > TEXT_LENGTH) {
      throw new IllegalArgumentException("Argument '" + name + "' is a text of " + text.length()
          + " characters, longer than any number the library takes (" + TEXT_LENGTH + ")");
    }
    return text;
  }

  /**
   * Says whether a number has more significant digits than a limit. Its bit length shows a number
   * far beyond at no cost, with an estimate of its digits (one short at most); only a number that
   * may be within the limit has its digits counted, which costs little for so few.
   */
  private static Optional<String> tooManyDigits(BigDecimal value, int limit, String what) {
    int bits = value.unscaledValue().bitLength();
    if (bits > (limit + 1) / LOG10_2 + 1) {
      long estimate = (long) Math.floor((bits - 1) * LOG10_2) + 1;
      return Optional.of("has about " + estimate + " significant digits, more than the " + limit + " " + what
          + " may have");
    }
    int digits = value.precision();
    return digits > limit
        ? Optional.of("has " + digits + " significant digits, more than the " + limit + " " + what + " may have")
        : Optional.empty();
  }
}
