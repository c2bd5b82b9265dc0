package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as printed, with its scale and unit: "346萬美元" is {@code 346} at {@link Scale#TEN_THOUSAND}
 * in {@code USD}. A printed range such as "400億至550億美元" has an upper value too.
 * <p>
 * The printed value keeps its scale (number of decimal places) because that is its precision:
 * {@code 3.50} and {@code 3.5} are different printings. A printed number has no exponent, so a
 * value with a negative scale ({@code 3E+2}) is rejected.
 * <p>
 * <b>Precision.</b> Zeros after a decimal point are significant: "1.80億" is rounded to 0.01億.
 * Zeros ending a number without a decimal point are ambiguous: "350萬" may be rounded to 1萬 or to
 * 10萬, "800%" to 1%, 10% or 100%. {@link #roundingRange()} takes the coarsest reading, the unit of
 * the last non-zero digit ("350萬" is 345萬 to 355萬), so that no range is narrower than what was
 * printed; {@link #finestRoundingRange()} is the reading to the last digit (349.5萬 to 350.5萬),
 * and {@link #roundingRange(BigDecimal)} the range for a rounding unit a dataset states.
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
    BigDecimal point = valueTo.isPresent() ? DecimalRange.half(value.add(valueTo.get())) : value;
    return toBase(point);
  }

  /**
   * The range the printing allows at base scale under the coarsest reading: half a unit of
   * {@link #coarsestRoundingUnit()} either side (of each end, for a printed range). "346萬" gives
   * {@code [3455000, 3465000]}; "350萬" gives {@code [3450000, 3550000]}, since its zero may be a
   * rounding; "1.80億" gives {@code [179500000, 180500000]}.
   *
   * @return the rounding range
   */
  public DecimalRange roundingRange() {
    return roundingRange(coarsestRoundingUnit());
  }

  /**
   * The range the printing allows when rounded to its last printed digit: "350萬" gives
   * {@code [3495000, 3505000]}. Equal to {@link #roundingRange()} unless the number ends in
   * ambiguous zeros ({@link #hasAmbiguousZeros()}).
   *
   * @return the finest rounding range
   */
  public DecimalRange finestRoundingRange() {
    DecimalRange low = DecimalRange.ofRounded(value);
    DecimalRange high = valueTo.map(DecimalRange::ofRounded).orElse(low);
    return DecimalRange.ofClosed(toBase(low.low()), toBase(high.high()));
  }

  /**
   * The range the printing allows when it is rounded to a given unit of its scale: half the unit
   * either side of each printed end, at base scale; an end printed more finely than the unit (the
   * "4.25" of "3..4.25") keeps its own last digit. "350萬" rounded to {@code 10} (10萬) gives
   * {@code [3450000, 3550000]}; "3460 thousand" rounded to {@code 1} gives
   * {@code [3459500, 3460500]}.
   *
   * @param unit  the rounding unit, in the printed scale, such as {@code 10} or {@code 0.1}: a
   *     positive power of ten ({@link #checkRoundingUnit} checks that it fits the printing)
   * @return the rounding range
   * @throws IllegalArgumentException if the unit is not a positive power of ten
   */
  public DecimalRange roundingRange(BigDecimal unit) {
    requirePowerOfTen(unit);
    // Not cached here: a figure remembers its range (Figure#range), and a shared cache keyed by
    // amount cost more to hash than the range costs to compute when a batch reads many datasets.
    DecimalRange low = DecimalRange.ofRounded(value, unit.max(finestUnit(value)));
    DecimalRange high = valueTo.map(to -> DecimalRange.ofRounded(to, unit.max(finestUnit(to)))).orElse(low);
    return DecimalRange.ofClosed(toBase(low.low()), toBase(high.high()));
  }

  /**
   * Checks that a rounding unit a dataset states can be the rounding of this printing: a positive
   * power of ten between the finest reading ({@link #finestRoundingUnit()}, the last printed digit)
   * and the coarsest ({@link #coarsestRoundingUnit()}): "350" can be rounded to 1 or 10, not to 0.1
   * or 100; "1.80" only to 0.01, since zeros after the decimal point are significant.
   *
   * @param unit  the unit in the printed scale
   * @throws IllegalArgumentException if it cannot, naming the unit and the printing
   */
  public void checkRoundingUnit(BigDecimal unit) {
    requirePowerOfTen(unit);
    if (!(unit.compareTo(finestRoundingUnit()) >= 0)) {
      throw new IllegalArgumentException("Rounding unit '" + unit.toPlainString()
          + "' is finer than the last printed digit of " + this);
    }
    if (!(unit.compareTo(coarsestRoundingUnit()) <= 0)) {
      throw new IllegalArgumentException("Rounding unit '" + unit.toPlainString()
          + "' is coarser than the last non-zero digit of " + this + " (" + coarsestRoundingUnit().toPlainString()
          + "), or than a significant zero after its decimal point");
    }
  }

  private static void requirePowerOfTen(BigDecimal unit) {
    Args.notNull(unit, "unit");
    // One digit is the common case (1, 0.1, 10 written as 1E+1) and is checked without allocating.
    boolean powerOfTen = unit.signum() > 0 && (unit.precision() == 1 ? unit.unscaledValue().intValue() == 1
        : unit.stripTrailingZeros().unscaledValue().equals(BigInteger.ONE));
    if (!powerOfTen) {
      throw new IllegalArgumentException(
          "Rounding unit '" + unit.toPlainString() + "' is not a power of ten such as 1, 10 or 0.1");
    }
  }

  /**
   * The unit of the coarsest reading, in the printed scale: for numbers printed without a decimal
   * point, the largest power of ten that divides every printed end ({@code 10} for "350",
   * {@code 100} for "800", {@code 10} for "400..550"); otherwise the unit of the last printed digit
   * ({@code 0.01} for "1.80"). Zero alone is read to its last digit.
   *
   * @return the unit, a positive power of ten
   */
  public BigDecimal coarsestRoundingUnit() {
    int finest = finestScale();
    if (finest > 0) {
      // Zeros after a decimal point are significant: each end keeps its last digit, the finer one rules.
      return BigDecimal.ONE.scaleByPowerOfTen(-finest);
    }
    // Whole numbers: ten to the fewest trailing zeros of a non-zero end (1 when every end is zero).
    int zeros = trailingZeros(value, Integer.MAX_VALUE);
    if (valueTo.isPresent()) {
      zeros = trailingZeros(valueTo.get(), zeros);
    }
    return BigDecimal.ONE.scaleByPowerOfTen(zeros == Integer.MAX_VALUE ? 0 : zeros).setScale(0);
  }

  /** The fewer of {@code fewest} and the trailing zeros of a whole number, which is left out if zero. */
  private static int trailingZeros(BigDecimal whole, int fewest) {
    if (whole.signum() == 0) {
      return fewest;
    }
    int zeros = 0;
    if (whole.precision() <= 18) {
      // Most printed numbers fit a long: counted without allocating.
      long v = whole.longValue();
      while (v % 10 == 0 && zeros < fewest) {
        v /= 10;
        zeros++;
      }
      return zeros;
    }
    BigInteger v = whole.unscaledValue();
    while (zeros < fewest) {
      BigInteger[] qr = v.divideAndRemainder(BigInteger.TEN);
      if (qr[1].signum() != 0) {
        break;
      }
      v = qr[0];
      zeros++;
    }
    return zeros;
  }

  /** The larger scale of the two ends: the scale of the last printed digit of the finer end. */
  private int finestScale() {
    return valueTo.isPresent() ? Math.max(value.scale(), valueTo.get().scale()) : value.scale();
  }

  /**
   * The unit of the last printed digit, in the printed scale ({@code 1} for "350", {@code 0.01}
   * for "1.80"); for a printed range, the finer of its two ends.
   *
   * @return the unit, a positive power of ten
   */
  public BigDecimal finestRoundingUnit() {
    return BigDecimal.ONE.scaleByPowerOfTen(-finestScale());
  }

  /**
   * Checks whether the printing ends in zeros that may or may not be significant: "350萬", "800%",
   * "3050萬"; not "346萬", "1.80億" or "0".
   *
   * @return true if the coarsest and the finest readings differ
   */
  public boolean hasAmbiguousZeros() {
    return coarsestRoundingUnit().compareTo(finestRoundingUnit()) != 0;
  }

  private static BigDecimal finestUnit(BigDecimal printed) {
    return BigDecimal.ONE.scaleByPowerOfTen(-printed.scale());
  }

  /**
   * The number exactly as printed, at base scale, as a range: a single value, or the two printed
   * ends of a printed range. "超過15億" states the bound {@code [1500000000, 1500000000]}.
   *
   * @return the printed value or values, without rounding
   */
  public DecimalRange printedBound() {
    return DecimalRange.ofClosed(toBase(value), toBase(valueTo.orElse(value)));
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
