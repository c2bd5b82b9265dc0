package dev.prospectus.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as printed, with its scale and unit: "346萬美元" is {@code 346} at {@link Scale#TEN_THOUSAND}
 * in {@code USD}. A printed range such as "400億至550億美元" has an upper value too.
 * <p>
 * The printed value keeps its scale (number of decimal places) because that is its precision:
 * {@code 3.50} and {@code 3.5} are different printings. A printed number has no exponent, so a
 * value with a negative scale ({@code 3E+2}) is rejected. {@link #roundingRange()} is the range a
 * reader may infer, half a unit of the last printed digit on either side, at base scale.
 * <p>
 * Equality compares the printed values with {@link BigDecimal#equals}, so scale counts.
 * The string form is {@code "346萬 USD"}, {@code "30523 thousand USD"}, {@code "782.2 %"} or
 * {@code "400..550億 USD"}; {@link #parse} reads it back.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the number as printed (the lower end of a printed range)
 * @param valueTo  the upper end of a printed range, empty for a single number
 * @param scale  the multiplier it was printed at
 * @param unit  the unit
 */
public record Amount(BigDecimal value, Optional<BigDecimal> valueTo, Scale scale, Unit unit) {

  private static final Pattern FORM = Pattern.compile(
      "(-?\\d+(?:\\.\\d+)?)(?:\\.\\.(-?\\d+(?:\\.\\d+)?))?\\s*(thousand|萬億|萬|million|億|billion)?\\s+(\\S.*)");

  /**
   * Creates an amount.
   *
   * @param value  the printed value, not null
   * @param valueTo  the upper end of a printed range, not null (use empty)
   * @param scale  the scale, not null
   * @param unit  the unit, not null
   * @throws IllegalArgumentException if an argument is null, a value has a negative scale or is
   *     beyond the {@link Limits} of a printed number, or {@code valueTo < value}
   */
  public Amount {
    printed(value, "value");
    Args.notNull(valueTo, "valueTo");
    valueTo.ifPresent(to -> printed(to, "valueTo"));
    Args.notNull(scale, "scale");
    Args.notNull(unit, "unit");
    if (valueTo.isPresent() && valueTo.get().compareTo(value) < 0) {
      throw new IllegalArgumentException("Invalid printed range: expected 'value' <= 'valueTo' but found "
          + value.toPlainString() + " > " + valueTo.get().toPlainString());
    }
  }

  /**
   * Obtains a single printed number.
   *
   * @param value  the number as printed, such as {@code new BigDecimal("3.46")}
   * @param scale  its scale
   * @param unit  its unit
   * @return the amount
   */
  public static Amount of(BigDecimal value, Scale scale, Unit unit) {
    return new Amount(value, Optional.empty(), scale, unit);
  }

  /**
   * Obtains a single printed number from its decimal string.
   *
   * @param value  the number as printed, such as {@code "3.46"}
   * @param scale  its scale
   * @param unit  its unit
   * @return the amount
   * @throws IllegalArgumentException if the value is not a decimal
   */
  public static Amount of(String value, Scale scale, Unit unit) {
    return of(Args.decimal(value, "value"), scale, unit);
  }

  /**
   * Obtains a printed range such as "400億至550億美元".
   *
   * @param from  the lower printed value
   * @param to  the upper printed value
   * @param scale  the scale of both
   * @param unit  the unit of both
   * @return the amount
   */
  public static Amount ofRange(BigDecimal from, BigDecimal to, Scale scale, Unit unit) {
    return new Amount(from, Optional.of(Args.notNull(to, "to")), scale, unit);
  }

  /**
   * Parses the string form produced by {@link #toString()}, such as {@code "346萬 USD"}.
   *
   * @param text  the text
   * @return the amount
   * @throws IllegalArgumentException if the text is not in that form
   */
  public static Amount parse(String text) {
    Limits.decimalText(text, "text");
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("Unable to parse amount: '" + text + "': expected e.g. '346萬 USD'");
    }
    Scale scale = m.group(3) == null ? Scale.ONE : Scale.ofCode(m.group(3));
    for (int group = 1; group <= 2; group++) {
      String number = m.group(group);
      Optional<String> problem = number == null ? Optional.empty() : Limits.printedTextProblem(number);
      if (problem.isPresent()) {
        throw new IllegalArgumentException("Unable to parse amount: its number " + problem.get());
      }
    }
    Optional<BigDecimal> to = Optional.ofNullable(m.group(2)).map(BigDecimal::new);
    return new Amount(new BigDecimal(m.group(1)), to, scale, Unit.parse(m.group(4)));
  }

  // toString prints plain digits, which would read back as another scale: 3E+2 as 300. The exponent
  // is checked first: the plain digits of 1E+999999999 would not fit in memory.
  private static void printed(BigDecimal value, String name) {
    Args.notNull(value, name);
    if (value.scale() < 0) {
      // A short value is shown; a long one would make a message of a million characters.
      boolean shown = value.unscaledValue().bitLength() <= 4 * Limits.PRINTED_DIGITS;
      throw new IllegalArgumentException("Argument '" + name + "' must be a number as printed, without an exponent,"
          + " but has value " + (shown ? value.toString() : "with exponent " + -(long) value.scale()));
    }
    Limits.printed(value, name);
  }

  /**
   * Checks whether the source printed a range rather than one number.
   *
   * @return true for a printed range
   */
  public boolean isRange() {
    return valueTo.isPresent();
  }

  /**
   * The point value at base scale: the printed number times the scale, or the midpoint of a printed
   * range. "346萬" gives 3460000 and "3.4567 thousand" 3456.7, in plain form (never with a
   * negative scale such as {@code 3.46E+6}).
   *
   * @return the point value
   */
  public BigDecimal baseValue() {
    BigDecimal point = valueTo.map(to -> value.add(to).divide(BigDecimal.valueOf(2))).orElse(value);
    return toBase(point);
  }

  /**
   * The range the printing allows at base scale: half a unit of the last printed digit either side
   * (of each end, for a printed range). "346萬" gives {@code [3455000, 3465000]}.
   *
   * @return the rounding range
   */
  public DecimalRange roundingRange() {
    DecimalRange low = DecimalRange.ofRounded(value);
    DecimalRange high = valueTo.map(DecimalRange::ofRounded).orElse(low);
    return DecimalRange.ofClosed(toBase(low.low()), toBase(high.high()));
  }

  // Moving the decimal point keeps the fewest digits: 345.5萬 is 3455000, not 3455000.0.
  private BigDecimal toBase(BigDecimal printedValue) {
    BigDecimal base = printedValue.scaleByPowerOfTen(scale.exponent());
    return base.scale() < 0 ? base.setScale(0) : base;
  }

  /**
   * Returns the string form, such as {@code "346萬 USD"} or {@code "782.2 %"}.
   *
   * @return the string form, readable by {@link #parse}
   */
  @Override
  public String toString() {
    String number = value.toPlainString() + valueTo.map(to -> ".." + to.toPlainString()).orElse("");
    String suffix = scale.suffix();
    boolean word = !suffix.isEmpty() && Character.isLetter(suffix.charAt(0)) && suffix.charAt(0) < 0x80;
    return number + (word ? " " : "") + suffix + " " + unit;
  }
}
