package dev.prospectus.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A closed range of decimals, {@code [low, high]}: the values a rounded figure, or a calculation on
 * rounded figures, may truly have.
 * <p>
 * Arithmetic is interval arithmetic: the result of {@code a op b} encloses {@code x op y} for every
 * {@code x} in {@code a} and {@code y} in {@code b}. Sums and differences are exact. Products are
 * exact. Quotients are computed to {@link #PRECISION} significant digits with the low end rounded
 * toward negative infinity and the high end toward positive infinity, so the result still encloses
 * every true quotient. Dividing by a range that contains zero throws {@link ArithmeticException}.
 * <p>
 * Equality compares the ends with {@link BigDecimal#equals}, so scale counts ({@code [1.0, 2.0]} is
 * not equal to {@code [1, 2]}); use {@link #isSameRange} to compare values only. An end with a
 * negative scale, such as {@code 3.455E+6}, is stored in its plain form {@code 3455000} (scale 0),
 * so that the string form reads back to an equal range.
 * <p>
 * Every end is within the {@link Limits} of a value: at most {@value Limits#DIGITS} significant
 * digits, below 10<sup>{@value Limits#EXPONENT}</sup> in size. An operation whose result would be
 * beyond them throws {@link IllegalArgumentException} naming the result's size.
 * <p>
 * The string form is {@code [low, high]} with plain decimals, and {@link #parse} reads it back.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param low  the lower end, inclusive
 * @param high  the upper end, inclusive, not less than {@code low}
 */
public record DecimalRange(BigDecimal low, BigDecimal high) {

  /** Significant digits kept by division and other inexact operations. */
  public static final int PRECISION = 34;
  private static final MathContext DOWN = new MathContext(PRECISION, RoundingMode.FLOOR);
  private static final MathContext UP = new MathContext(PRECISION, RoundingMode.CEILING);

  /**
   * Creates a range, checking that the ends are in order.
   *
   * @param low  the lower end, not null
   * @param high  the upper end, not null
   * @throws IllegalArgumentException if an end is null or beyond the {@link Limits} of a value, or
   *     {@code low > high}
   */
  public DecimalRange {
    // Within the limits before the plain form is made: 1E+999999999 in plain digits would not fit.
    low = plain(Limits.value(low, "low"));
    high = plain(Limits.value(high, "high"));
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException("Invalid range: expected 'low' <= 'high' but found "
          + low.toPlainString() + " > " + high.toPlainString());
    }
  }

  /**
   * Obtains the closed range {@code [low, high]}.
   *
   * @param low  the lower end, inclusive
   * @param high  the upper end, inclusive
   * @return the range
   * @throws IllegalArgumentException if an end is null or {@code low > high}
   */
  public static DecimalRange ofClosed(BigDecimal low, BigDecimal high) {
    return new DecimalRange(low, high);
  }

  /**
   * Obtains the closed range {@code [low, high]} from decimal strings.
   *
   * @param low  the lower end, such as {@code "3.455"}
   * @param high  the upper end, such as {@code "3.465"}
   * @return the range
   * @throws IllegalArgumentException if an end is not a decimal or {@code low > high}
   */
  public static DecimalRange ofClosed(String low, String high) {
    return new DecimalRange(Args.decimal(low, "low"), Args.decimal(high, "high"));
  }

  /**
   * Obtains the degenerate range holding one exact value.
   *
   * @param value  the value, not null
   * @return the range {@code [value, value]}
   */
  public static DecimalRange of(BigDecimal value) {
    return new DecimalRange(value, value);
  }

  /**
   * Obtains the range a printed number stands for: the number plus or minus half a unit of its
   * last printed digit.
   * <p>
   * For example {@code 3.46} gives {@code [3.455, 3.465]} and {@code 346} gives
   * {@code [345.5, 346.5]}.
   *
   * @param printed  the number as printed, with the scale it was printed at
   * @return the rounding range
   */
  public static DecimalRange ofRounded(BigDecimal printed) {
    Args.notNull(printed, "printed");
    BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-printed.scale()).divide(BigDecimal.valueOf(2));
    return new DecimalRange(printed.subtract(half), printed.add(half));
  }

  /**
   * Obtains the smallest range that encloses all the given values.
   *
   * @param values  the values, not empty
   * @return the hull of the values
   * @throws IllegalArgumentException if there are no values
   */
  public static DecimalRange hull(List<BigDecimal> values) {
    Args.noNulls(values, "values");
    Args.isTrue(!values.isEmpty(), "Argument 'values' must not be empty");
    BigDecimal low = values.get(0);
    BigDecimal high = values.get(0);
    for (BigDecimal v : values) {
      low = v.compareTo(low) < 0 ? v : low;
      high = v.compareTo(high) > 0 ? v : high;
    }
    return new DecimalRange(low, high);
  }

  /**
   * Parses the string form {@code [low, high]}.
   *
   * @param text  the text, such as {@code "[3.455, 3.465]"}
   * @return the range
   * @throws IllegalArgumentException if the text is not a range
   */
  public static DecimalRange parse(String text) {
    Args.notNull(text, "text");
    String t = text.strip();
    if (!t.startsWith("[") || !t.endsWith("]") || t.indexOf(',') < 0) {
      throw new IllegalArgumentException("Unable to parse range: '" + text + "': expected '[low, high]'");
    }
    String[] parts = t.substring(1, t.length() - 1).split(",", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("Unable to parse range: '" + text + "': expected '[low, high]'");
    }
    return ofClosed(parts[0].strip(), parts[1].strip());
  }

  // toPlainString drops a negative scale, so parse(toString()) only round-trips ends without one.
  private static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  //-------------------------------------------------------------------------
  /**
   * The midpoint, {@code (low + high) / 2}.
   *
   * @return the midpoint, exact
   */
  public BigDecimal midpoint() {
    return low.add(high).divide(BigDecimal.valueOf(2));
  }

  /**
   * The width, {@code high - low}.
   *
   * @return the width, not negative
   */
  public BigDecimal width() {
    return high.subtract(low);
  }

  /**
   * Checks whether the range holds a value.
   *
   * @param value  the value
   * @return true if {@code low <= value <= high}
   */
  public boolean contains(BigDecimal value) {
    Args.notNull(value, "value");
    return low.compareTo(value) <= 0 && value.compareTo(high) <= 0;
  }

  /**
   * Checks whether this range holds every value of another.
   *
   * @param other  the other range
   * @return true if {@code other} lies within this range
   */
  public boolean encloses(DecimalRange other) {
    Args.notNull(other, "other");
    return low.compareTo(other.low) <= 0 && other.high.compareTo(high) <= 0;
  }

  /**
   * Checks whether the two ranges share at least one value.
   *
   * @param other  the other range
   * @return true if the ranges meet
   */
  public boolean isConnected(DecimalRange other) {
    Args.notNull(other, "other");
    return low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
  }

  /**
   * Checks whether the range holds zero.
   *
   * @return true if {@code low <= 0 <= high}
   */
  public boolean containsZero() {
    return low.signum() <= 0 && high.signum() >= 0;
  }

  /**
   * Checks whether both ends are numerically equal to another range's, ignoring scale.
   *
   * @param other  the other range
   * @return true if the ends compare equal
   */
  public boolean isSameRange(DecimalRange other) {
    Args.notNull(other, "other");
    return low.compareTo(other.low) == 0 && high.compareTo(other.high) == 0;
  }

  /**
   * The values common to both ranges.
   *
   * @param other  the other range
   * @return the intersection
   * @throws IllegalArgumentException if the ranges do not meet, naming both
   */
  public DecimalRange intersection(DecimalRange other) {
    if (!isConnected(other)) {
      throw new IllegalArgumentException("Ranges do not meet: " + this + " and " + other);
    }
    BigDecimal lo = low.compareTo(other.low) >= 0 ? low : other.low;
    BigDecimal hi = high.compareTo(other.high) <= 0 ? high : other.high;
    return new DecimalRange(lo, hi);
  }

  /**
   * The smallest range enclosing both ranges.
   *
   * @param other  the other range
   * @return the span
   */
  public DecimalRange span(DecimalRange other) {
    Args.notNull(other, "other");
    BigDecimal lo = low.compareTo(other.low) <= 0 ? low : other.low;
    BigDecimal hi = high.compareTo(other.high) >= 0 ? high : other.high;
    return new DecimalRange(lo, hi);
  }

  //-------------------------------------------------------------------------
  /**
   * Interval sum: {@code [a.low + b.low, a.high + b.high]}.
   *
   * @param other  the range to add
   * @return the sum
   */
  public DecimalRange plus(DecimalRange other) {
    Args.notNull(other, "other");
    return new DecimalRange(low.add(other.low), high.add(other.high));
  }

  /**
   * Interval difference: {@code [a.low - b.high, a.high - b.low]}.
   *
   * @param other  the range to subtract
   * @return the difference
   */
  public DecimalRange minus(DecimalRange other) {
    Args.notNull(other, "other");
    return new DecimalRange(low.subtract(other.high), high.subtract(other.low));
  }

  /**
   * Interval negation: {@code [-high, -low]}.
   *
   * @return the negated range
   */
  public DecimalRange negated() {
    return new DecimalRange(high.negate(), low.negate());
  }

  /**
   * Interval product: the hull of the four products of the ends.
   *
   * @param other  the range to multiply by
   * @return the product, exact
   */
  public DecimalRange multipliedBy(DecimalRange other) {
    Args.notNull(other, "other");
    return hull(Arrays.asList(low.multiply(other.low), low.multiply(other.high),
        high.multiply(other.low), high.multiply(other.high)));
  }

  /**
   * Multiplies both ends by an exact factor.
   *
   * @param factor  the factor
   * @return the scaled range
   */
  public DecimalRange multipliedBy(BigDecimal factor) {
    return multipliedBy(of(Args.notNull(factor, "factor")));
  }

  /**
   * Interval quotient: the hull of the four quotients of the ends, rounded outward to
   * {@link #PRECISION} significant digits.
   *
   * @param divisor  the range to divide by, not containing zero
   * @return the quotient
   * @throws ArithmeticException if the divisor contains zero
   */
  public DecimalRange dividedBy(DecimalRange divisor) {
    Args.notNull(divisor, "divisor");
    if (divisor.containsZero()) {
      throw new ArithmeticException("Divisor range " + divisor + " contains zero");
    }
    List<BigDecimal> downs = Stream.of(low, high)
        .flatMap(n -> Stream.of(n.divide(divisor.low, DOWN), n.divide(divisor.high, DOWN))).toList();
    List<BigDecimal> ups = Stream.of(low, high)
        .flatMap(n -> Stream.of(n.divide(divisor.low, UP), n.divide(divisor.high, UP))).toList();
    return new DecimalRange(hull(downs).low, hull(ups).high);
  }

  /**
   * Divides both ends by an exact non-zero divisor, rounding outward.
   *
   * @param divisor  the divisor, not zero
   * @return the quotient
   * @throws ArithmeticException if the divisor is zero
   */
  public DecimalRange dividedBy(BigDecimal divisor) {
    return dividedBy(of(Args.notNull(divisor, "divisor")));
  }

  /**
   * Interval power with a non-negative base and an exact real exponent, computed in double
   * precision and widened outward by a relative {@code 1e-12} to stay enclosing. The low end is
   * never below zero, since no power of a non-negative number is.
   * <p>
   * Used for compound growth, where {@code x^(1/n)} has no exact decimal form.
   *
   * @param exponent  the exponent, finite
   * @return the range of {@code x^exponent}
   * @throws IllegalArgumentException if the exponent is NaN or infinite
   * @throws ArithmeticException if the range holds a negative value, or the power is not finite
   *     (zero to a negative exponent, or beyond the range of a double)
   */
  public DecimalRange pow(double exponent) {
    Args.isTrue(Double.isFinite(exponent), "Argument 'exponent' must be finite but has value " + exponent);
    if (low.signum() < 0) {
      throw new ArithmeticException("Power of range " + this + " is undefined: it holds negative values");
    }
    double a = Math.pow(low.doubleValue(), exponent);
    double b = Math.pow(high.doubleValue(), exponent);
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      throw new ArithmeticException("Power of range " + this + " to the exponent " + exponent + " is not finite");
    }
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    double slack = 1e-12;
    BigDecimal widenedLow = new BigDecimal(lo * (1 - slack) - Double.MIN_VALUE, DOWN);
    return new DecimalRange(widenedLow.max(BigDecimal.ZERO), new BigDecimal(hi * (1 + slack) + Double.MIN_VALUE, UP));
  }

  /**
   * Rounds both ends outward to a number of decimal places, so the result still encloses this
   * range.
   *
   * @param decimalPlaces  the decimal places to keep
   * @return the widened, rounded range
   */
  public DecimalRange roundedOutward(int decimalPlaces) {
    return new DecimalRange(low.setScale(decimalPlaces, RoundingMode.FLOOR),
        high.setScale(decimalPlaces, RoundingMode.CEILING));
  }

  /**
   * Returns the range as {@code [low, high]} with plain decimals.
   *
   * @return the string form, readable by {@link #parse}
   */
  @Override
  public String toString() {
    return "[" + low.toPlainString() + ", " + high.toPlainString() + "]";
  }
}
