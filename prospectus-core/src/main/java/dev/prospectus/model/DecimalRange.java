package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of decimals: the values a rounded figure, or a calculation on rounded figures, may truly
 * have. It is closed, {@code [low, high]}, or open-ended on one or both sides: "超過15億美元" (over
 * US$1.5 billion) is {@code [1500000000, +∞)}, "不到1%" (under 1%) is {@code (-∞, 1]}.
 * <p>
 * A bounded end is included. An unbounded end is no number: {@link #low()} and {@link #high()}
 * refuse it, {@link #lowerEnd()} and {@link #upperEnd()} give it as empty, and
 * {@link #isBoundedBelow()} and {@link #isBoundedAbove()} say which ends exist.
 * <p>
 * Arithmetic is interval arithmetic: the result of {@code a op b} encloses {@code x op y} for every
 * {@code x} in {@code a} and {@code y} in {@code b}. Sums and differences are exact. Products are
 * exact. Quotients are computed to {@link #PRECISION} significant digits with the low end rounded
 * toward negative infinity and the high end toward positive infinity, so the result still encloses
 * every true quotient. Unbounded ends take part as limits: a product with {@code [0, 1]} of
 * {@code [1, +∞)} is {@code [0, +∞)}, a quotient of {@code [2, 4]} by {@code [1, +∞)} is
 * {@code [0, 4]} (its low end a limit no value reaches, kept because the range is closed). Dividing
 * by a range that contains zero throws {@link ArithmeticException}.
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
 * The string form is {@code [low, high]} with plain decimals for a bounded range, {@code ≥ low} and
 * {@code ≤ high} for a range bounded on one side, {@code any value} for none; {@link #parse} reads
 * it back.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DecimalRange {

  /** Significant digits kept by division and other inexact operations. */
  public static final int PRECISION = 34;
  private static final MathContext DOWN = new MathContext(PRECISION, RoundingMode.FLOOR);
  private static final MathContext UP = new MathContext(PRECISION, RoundingMode.CEILING);
  private static final String ANY = "any value";
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  /** The most digits of an end for the quick quotient, well below {@link #PRECISION}. */
  private static final int SHORT_DIGITS = 30;

  /** The lower end, null when the range is unbounded below. */
  private final BigDecimal low;
  /** The upper end, null when the range is unbounded above. */
  private final BigDecimal high;

  private DecimalRange(BigDecimal low, BigDecimal high) {
    // Within the limits before the plain form is made: 1E+999999999 in plain digits would not fit.
    this.low = low == null ? null : plain(Limits.value(low, "low"));
    this.high = high == null ? null : plain(Limits.value(high, "high"));
    if (low != null && high != null && this.low.compareTo(this.high) > 0) {
      throw new IllegalArgumentException("Invalid range: expected 'low' <= 'high' but found "
          + this.low.toPlainString() + " > " + this.high.toPlainString());
    }
  }

  /**
   * Obtains the closed range {@code [low, high]}.
   *
   * @param low  the lower end, inclusive, not null
   * @param high  the upper end, inclusive, not null
   * @return the range
   * @throws IllegalArgumentException if an end is null or {@code low > high}
   */
  public static DecimalRange ofClosed(BigDecimal low, BigDecimal high) {
    return new DecimalRange(Args.notNull(low, "low"), Args.notNull(high, "high"));
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
    Args.notNull(value, "value");
    return new DecimalRange(value, value);
  }

  /**
   * Obtains the range bounded below only, {@code [low, +∞)}: "at least {@code low}", and the range
   * an "over" or "at least" figure stands for.
   *
   * @param low  the lower end, inclusive, not null
   * @return the range
   */
  public static DecimalRange atLeast(BigDecimal low) {
    return new DecimalRange(Args.notNull(low, "low"), null);
  }

  /**
   * Obtains the range bounded above only, {@code (-∞, high]}: "at most {@code high}", and the
   * range an "under" or "at most" figure stands for.
   *
   * @param high  the upper end, inclusive, not null
   * @return the range
   */
  public static DecimalRange atMost(BigDecimal high) {
    return new DecimalRange(null, Args.notNull(high, "high"));
  }

  /**
   * Obtains the range of every value, unbounded on both sides.
   *
   * @return the range
   */
  public static DecimalRange unbounded() {
    return new DecimalRange(null, null);
  }

  /**
   * Obtains the range a printed number stands for when it is rounded to its last printed digit:
   * the number plus or minus half a unit of that digit.
   * <p>
   * For example {@code 3.46} gives {@code [3.455, 3.465]} and {@code 346} gives
   * {@code [345.5, 346.5]}. Which digit a number is rounded to is the business of
   * {@link Amount#roundingRange()}; this is the finest reading.
   *
   * @param printed  the number as printed, with the scale it was printed at
   * @return the rounding range
   */
  public static DecimalRange ofRounded(BigDecimal printed) {
    Args.notNull(printed, "printed");
    return ofRounded(printed, BigDecimal.ONE.scaleByPowerOfTen(-printed.scale()));
  }

  /**
   * Obtains the range a number rounded to a given unit stands for: the number plus or minus half
   * the unit.
   * <p>
   * For example {@code 350} rounded to {@code 10} gives {@code [345, 355]}.
   *
   * @param printed  the number as printed
   * @param unit  the unit it was rounded to, positive
   * @return the rounding range
   * @throws IllegalArgumentException if an argument is null or the unit is not positive
   */
  public static DecimalRange ofRounded(BigDecimal printed, BigDecimal unit) {
    Args.notNull(printed, "printed");
    Args.notNull(unit, "unit");
    if (!(unit.signum() > 0)) {
      throw new IllegalArgumentException("Argument 'unit' must be positive but has value " + unit.toPlainString());
    }
    BigDecimal half = half(unit);
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
   * Parses the string form: {@code [low, high]}, {@code ≥ low} (or {@code >= low}),
   * {@code ≤ high} (or {@code <= high}) or {@code any value}.
   *
   * @param text  the text, such as {@code "[3.455, 3.465]"} or {@code "≥ 1500000000"}
   * @return the range
   * @throws IllegalArgumentException if the text is not a range
   */
  public static DecimalRange parse(String text) {
    Args.notNull(text, "text");
    String t = text.strip();
    String expected = "Unable to parse range: '" + text + "': expected '[low, high]', '\u2265 low', '\u2264 high' or '"
        + ANY + "'";
    if (t.equals(ANY)) {
      return unbounded();
    }
    for (String prefix : List.of("\u2265", ">=", "\u2264", "<=")) {
      if (t.startsWith(prefix)) {
        BigDecimal end = Args.decimal(t.substring(prefix.length()).strip(), "end");
        return prefix.equals("\u2265") || prefix.equals(">=") ? atLeast(end) : atMost(end);
      }
    }
    if (!t.startsWith("[") || !t.endsWith("]") || t.indexOf(',') < 0) {
      throw new IllegalArgumentException(expected);
    }
    String[] parts = t.substring(1, t.length() - 1).split(",", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(expected);
    }
    return ofClosed(parts[0].strip(), parts[1].strip());
  }

  // toPlainString drops a negative scale, so parse(toString()) only round-trips ends without one.
  private static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  //-------------------------------------------------------------------------
  /**
   * The lower end.
   *
   * @return the lower end, inclusive
   * @throws IllegalStateException if the range is unbounded below
   */
  public BigDecimal low() {
    if (low == null) {
      throw new IllegalStateException("Range " + this + " is unbounded below: it has no lower end");
    }
    return low;
  }

  /**
   * The upper end.
   *
   * @return the upper end, inclusive
   * @throws IllegalStateException if the range is unbounded above
   */
  public BigDecimal high() {
    if (high == null) {
      throw new IllegalStateException("Range " + this + " is unbounded above: it has no upper end");
    }
    return high;
  }

  /**
   * The lower end, if the range has one.
   *
   * @return the lower end, empty if the range is unbounded below
   */
  public Optional<BigDecimal> lowerEnd() {
    return Optional.ofNullable(low);
  }

  /**
   * The upper end, if the range has one.
   *
   * @return the upper end, empty if the range is unbounded above
   */
  public Optional<BigDecimal> upperEnd() {
    return Optional.ofNullable(high);
  }

  /**
   * Checks whether the range has a lower end.
   *
   * @return true unless the range is unbounded below
   */
  public boolean isBoundedBelow() {
    return low != null;
  }

  /**
   * Checks whether the range has an upper end.
   *
   * @return true unless the range is unbounded above
   */
  public boolean isBoundedAbove() {
    return high != null;
  }

  /**
   * Checks whether the range has both ends.
   *
   * @return true for a closed range {@code [low, high]}
   */
  public boolean isBounded() {
    return low != null && high != null;
  }

  /**
   * Checks whether the range is unbounded on both sides, so it says nothing about the value.
   *
   * @return true for {@code any value}
   */
  public boolean isUnbounded() {
    return low == null && high == null;
  }

  /**
   * The midpoint, {@code (low + high) / 2}.
   *
   * @return the midpoint, exact
   * @throws IllegalStateException if the range is not bounded on both sides
   */
  public BigDecimal midpoint() {
    return half(low().add(high()));
  }

  /**
   * Half a value, exactly, at the scale {@code value.divide(2)} gives (the value's own scale when
   * that is exact, else one more digit), without the general division's precision search.
   */
  static BigDecimal half(BigDecimal value) {
    if (value.precision() <= 17) {
      long unscaled = value.unscaledValue().longValue();
      return unscaled % 2 == 0 ? BigDecimal.valueOf(unscaled / 2, value.scale())
          : BigDecimal.valueOf(unscaled * 5, value.scale() + 1);
    }
    return value.divide(TWO);
  }

  /**
   * The width, {@code high - low}.
   *
   * @return the width, not negative
   * @throws IllegalStateException if the range is not bounded on both sides
   */
  public BigDecimal width() {
    return high().subtract(low());
  }

  /**
   * Checks whether this range is narrower than another: a bounded range is narrower than an
   * unbounded one, two bounded ranges compare by width, a range bounded on one side is narrower
   * than one bounded on none.
   *
   * @param other  the other range
   * @return true if this range is strictly narrower
   */
  public boolean isNarrowerThan(DecimalRange other) {
    Args.notNull(other, "other");
    return compareWidth(this, other) < 0;
  }

  /**
   * Compares two ranges by width: bounded ranges by {@link #width()}, before ranges bounded on one
   * side, before the range unbounded on both.
   *
   * @param a  the first range
   * @param b  the second range
   * @return negative, zero or positive as {@code a} is narrower, as wide, or wider than {@code b}
   */
  public static int compareWidth(DecimalRange a, DecimalRange b) {
    Args.notNull(a, "a");
    Args.notNull(b, "b");
    int ends = Integer.compare(b.endCount(), a.endCount());
    if (ends != 0 || !a.isBounded()) {
      return ends;
    }
    return a.width().compareTo(b.width());
  }

  private int endCount() {
    return (low == null ? 0 : 1) + (high == null ? 0 : 1);
  }

  /**
   * Checks whether the range holds a value.
   *
   * @param value  the value
   * @return true if {@code low <= value <= high}, an unbounded end holding everything on its side
   */
  public boolean contains(BigDecimal value) {
    Args.notNull(value, "value");
    return (low == null || low.compareTo(value) <= 0) && (high == null || value.compareTo(high) <= 0);
  }

  /**
   * Checks whether this range holds every value of another.
   *
   * @param other  the other range
   * @return true if {@code other} lies within this range
   */
  public boolean encloses(DecimalRange other) {
    Args.notNull(other, "other");
    boolean lowOk = low == null || other.low != null && low.compareTo(other.low) <= 0;
    boolean highOk = high == null || other.high != null && other.high.compareTo(high) <= 0;
    return lowOk && highOk;
  }

  /**
   * Checks whether the two ranges share at least one value.
   *
   * @param other  the other range
   * @return true if the ranges meet
   */
  public boolean isConnected(DecimalRange other) {
    Args.notNull(other, "other");
    boolean lowBelowOtherHigh = low == null || other.high == null || low.compareTo(other.high) <= 0;
    boolean otherLowBelowHigh = other.low == null || high == null || other.low.compareTo(high) <= 0;
    return lowBelowOtherHigh && otherLowBelowHigh;
  }

  /**
   * Checks whether the range holds zero.
   *
   * @return true if {@code low <= 0 <= high}
   */
  public boolean containsZero() {
    return contains(BigDecimal.ZERO);
  }

  /**
   * Checks whether both ends are numerically equal to another range's, ignoring scale; unbounded
   * ends are equal to unbounded ends only.
   *
   * @param other  the other range
   * @return true if the ends compare equal
   */
  public boolean isSameRange(DecimalRange other) {
    Args.notNull(other, "other");
    return sameEnd(low, other.low) && sameEnd(high, other.high);
  }

  private static boolean sameEnd(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
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
    BigDecimal lo = low == null ? other.low : other.low == null ? low : low.max(other.low);
    BigDecimal hi = high == null ? other.high : other.high == null ? high : high.min(other.high);
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
    BigDecimal lo = low == null || other.low == null ? null : low.compareTo(other.low) <= 0 ? low : other.low;
    BigDecimal hi = high == null || other.high == null ? null : high.compareTo(other.high) >= 0 ? high : other.high;
    return new DecimalRange(lo, hi);
  }

  //-------------------------------------------------------------------------
  /**
   * Interval sum: {@code [a.low + b.low, a.high + b.high]}; an unbounded end of either makes that
   * end unbounded.
   *
   * @param other  the range to add
   * @return the sum
   */
  public DecimalRange plus(DecimalRange other) {
    Args.notNull(other, "other");
    return new DecimalRange(low == null || other.low == null ? null : low.add(other.low),
        high == null || other.high == null ? null : high.add(other.high));
  }

  /**
   * Interval difference: {@code [a.low - b.high, a.high - b.low]}; an unbounded end of either
   * makes the end it reaches unbounded.
   *
   * @param other  the range to subtract
   * @return the difference
   */
  public DecimalRange minus(DecimalRange other) {
    Args.notNull(other, "other");
    // As plus(other.negated()), without the negated range between: a - b is a + (-b), scale included.
    return new DecimalRange(low == null || other.high == null ? null : low.subtract(other.high),
        high == null || other.low == null ? null : high.subtract(other.low));
  }

  /**
   * Interval negation: {@code [-high, -low]}.
   *
   * @return the negated range
   */
  public DecimalRange negated() {
    return new DecimalRange(high == null ? null : high.negate(), low == null ? null : low.negate());
  }

  /**
   * Interval product: the hull of the products of the ends, an unbounded end counting as an
   * infinite limit and zero times such a limit as zero.
   *
   * @param other  the range to multiply by
   * @return the product, exact
   */
  public DecimalRange multipliedBy(DecimalRange other) {
    Args.notNull(other, "other");
    List<End> products = new ArrayList<>(4);
    for (End a : List.of(lowEnd(), highEnd())) {
      for (End b : List.of(other.lowEnd(), other.highEnd())) {
        products.add(a.times(b));
      }
    }
    return hullOf(products, products);
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
   * Interval quotient: the hull of the quotients of the ends, rounded outward to
   * {@link #PRECISION} significant digits. A finite end over an unbounded one is the limit zero;
   * an unbounded end over a finite one is an unbounded end.
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
    DecimalRange quick = quotientOfShort(divisor);
    if (quick != null) {
      return quick;
    }
    List<End> downs = new ArrayList<>(4);
    List<End> ups = new ArrayList<>(4);
    for (End n : List.of(lowEnd(), highEnd())) {
      for (End d : List.of(divisor.lowEnd(), divisor.highEnd())) {
        // x / y is monotone in each of x and y while y keeps one sign, so the extremes lie at the
        // corners. At a corner where both ends are unbounded the other corner with the same
        // numerator end has a finite divisor and an unbounded quotient already, so it is skipped.
        if (n.isInfinite() && d.isInfinite()) {
          continue;
        }
        downs.add(n.over(d, DOWN));
        ups.add(n.over(d, UP));
      }
    }
    return hullOf(downs, ups);
  }

  /**
   * The quotient by a positive divisor when all four ends are bounded and of at most
   * {@value #SHORT_DIGITS} digits, the usual case, by two divisions at the corners known to be the
   * extremes instead of eight; null otherwise. It gives exactly what the general path gives, scale
   * included: the general path keeps the first of equal corners, and ends of so few digits make two
   * different corners round apart at {@value #PRECISION} digits, so only equal ends could tie, and
   * those are required to be equal in scale too.
   */
  private DecimalRange quotientOfShort(DecimalRange d) {
    if (low == null || high == null || d.low == null || d.high == null || d.low.signum() <= 0
        || !isShort(low) || !isShort(high) || !isShort(d.low) || !isShort(d.high)
        || !distinctOrEqual(low, high) || !distinctOrEqual(d.low, d.high)) {
      return null;
    }
    // Over a positive divisor x / y falls as y grows when x >= 0 and rises when x < 0.
    BigDecimal lo = low.signum() > 0 ? low.divide(d.high, DOWN) : low.divide(d.low, DOWN);
    BigDecimal hi = high.signum() >= 0 ? high.divide(d.low, UP) : high.divide(d.high, UP);
    return new DecimalRange(lo, hi);
  }

  private static boolean isShort(BigDecimal value) {
    return value.precision() <= SHORT_DIGITS;
  }

  private static boolean distinctOrEqual(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) != 0 || a.equals(b);
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
   * never below zero, since no power of a non-negative number is. An unbounded upper end stays
   * unbounded for a positive exponent and gives the limit zero for a negative one.
   * <p>
   * Used for compound growth, where {@code x^(1/n)} has no exact decimal form.
   *
   * @param exponent  the exponent, finite
   * @return the range of {@code x^exponent}
   * @throws IllegalArgumentException if the exponent is NaN or infinite
   * @throws ArithmeticException if the range holds a negative value (or is unbounded below), or the
   *     power is not finite (zero to a negative exponent, or beyond the range of a double)
   */
  public DecimalRange pow(double exponent) {
    if (!Double.isFinite(exponent)) {
      throw new IllegalArgumentException("Argument 'exponent' must be finite but has value " + exponent);
    }
    if (low == null || low.signum() < 0) {
      throw new ArithmeticException("Power of range " + this + " is undefined: it holds negative values");
    }
    double a = Math.pow(low.doubleValue(), exponent);
    double b = high == null ? (exponent > 0 ? Double.POSITIVE_INFINITY : exponent < 0 ? 0 : 1)
        : Math.pow(high.doubleValue(), exponent);
    boolean unboundedAbove = high == null && exponent > 0;
    if (!Double.isFinite(a) || !unboundedAbove && !Double.isFinite(b)) {
      throw new ArithmeticException("Power of range " + this + " to the exponent " + exponent + " is not finite");
    }
    double slack = 1e-12;
    if (unboundedAbove) {
      return atLeast(new BigDecimal(a * (1 - slack) - Double.MIN_VALUE, DOWN).max(BigDecimal.ZERO));
    }
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    BigDecimal widenedLow = new BigDecimal(lo * (1 - slack) - Double.MIN_VALUE, DOWN);
    return new DecimalRange(widenedLow.max(BigDecimal.ZERO), new BigDecimal(hi * (1 + slack) + Double.MIN_VALUE, UP));
  }

  /**
   * Moves the decimal point of both ends, exactly: {@code movePointRight(2)} turns a fraction into
   * percent, {@code movePointRight(-6)} dollars into millions. Unbounded ends stay unbounded.
   *
   * @param places  how many places to move the point right (left if negative)
   * @return the scaled range
   */
  public DecimalRange movePointRight(int places) {
    return new DecimalRange(low == null ? null : low.movePointRight(places),
        high == null ? null : high.movePointRight(places));
  }

  /**
   * Rounds both ends outward to a number of decimal places, so the result still encloses this
   * range; unbounded ends stay unbounded.
   *
   * @param decimalPlaces  the decimal places to keep
   * @return the widened, rounded range
   */
  public DecimalRange roundedOutward(int decimalPlaces) {
    return new DecimalRange(low == null ? null : low.setScale(decimalPlaces, RoundingMode.FLOOR),
        high == null ? null : high.setScale(decimalPlaces, RoundingMode.CEILING));
  }

  //-------------------------------------------------------------------------
  private End lowEnd() {
    return low == null ? End.MINUS_INFINITY : new End(low, 0);
  }

  private End highEnd() {
    return high == null ? End.PLUS_INFINITY : new End(high, 0);
  }

  private static DecimalRange hullOf(List<End> lows, List<End> highs) {
    End lo = lows.stream().min(End::compareTo).orElseThrow();
    End hi = highs.stream().max(End::compareTo).orElseThrow();
    return new DecimalRange(lo.isInfinite() ? null : lo.value, hi.isInfinite() ? null : hi.value);
  }

  /** An end of a range in the extended reals: a finite value, or an infinite limit of a sign. */
  private record End(BigDecimal value, int infinity) implements Comparable<End> {

    static final End MINUS_INFINITY = new End(null, -1);
    static final End PLUS_INFINITY = new End(null, 1);

    boolean isInfinite() {
      return infinity != 0;
    }

    int signum() {
      return isInfinite() ? infinity : value.signum();
    }

    End times(End other) {
      if (!isInfinite() && !other.isInfinite()) {
        return new End(value.multiply(other.value), 0);
      }
      int sign = signum() * other.signum();
      // Zero times an unbounded end: every product along the way is zero, so the limit is zero.
      return sign == 0 ? new End(BigDecimal.ZERO, 0) : sign > 0 ? PLUS_INFINITY : MINUS_INFINITY;
    }

    End over(End divisor, MathContext mc) {
      if (divisor.isInfinite()) {
        return new End(BigDecimal.ZERO, 0);
      }
      if (isInfinite()) {
        return infinity * divisor.signum() > 0 ? PLUS_INFINITY : MINUS_INFINITY;
      }
      return new End(value.divide(divisor.value, mc), 0);
    }

    @Override
    public int compareTo(End other) {
      if (isInfinite() || other.isInfinite()) {
        int a = isInfinite() ? infinity * 2 : 0;
        int b = other.isInfinite() ? other.infinity * 2 : 0;
        return Integer.compare(a, b);
      }
      return value.compareTo(other.value);
    }
  }

  //-------------------------------------------------------------------------
  /**
   * Checks whether another object is a range with equal ends, compared with {@link BigDecimal#equals}
   * (scale counts), and the same unbounded ends.
   *
   * @param other  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof DecimalRange r && Objects.equals(low, r.low) && Objects.equals(high, r.high);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(low, high);
  }

  /**
   * Returns the range as {@code [low, high]} with plain decimals, or {@code ≥ low}, {@code ≤ high}
   * or {@code any value} when an end is unbounded.
   *
   * @return the string form, readable by {@link #parse}
   */
  @Override
  public String toString() {
    if (low == null && high == null) {
      return ANY;
    }
    if (high == null) {
      return "\u2265 " + low.toPlainString();
    }
    if (low == null) {
      return "\u2264 " + high.toPlainString();
    }
    return "[" + low.toPlainString() + ", " + high.toPlainString() + "]";
  }
}
