package dev.prospectus.format;

import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats values and ranges for people, the one place that decides how many digits a number shows:
 * {@code 782.08% [780.66%, 783.51%]}, {@code US$30.52M}, {@code US$1.10B}, {@code US$758K},
 * {@code [US$3.4595M, US$3.4605M]}, {@code ≥ 53.08 months}, {@code 385 people}.
 * <p>
 * <b>Money</b> is written as analysts write it: in billions ({@code B}) from a billion, millions
 * ({@code M}) from a million, thousands ({@code K}) from a thousand, else in units; the symbol of
 * {@link Vocabulary#symbol} before the number and the sign before the symbol ({@code -US$2.58M});
 * two decimals in billions, millions and units, none in thousands. A value shown with its range
 * uses one magnitude, chosen by the largest of the three numbers. Percentages, multiples and
 * durations have at least two decimals, counts at least none.
 * <p>
 * <b>Digits from the range.</b> A range shows its real width: its ends get one decimal more than
 * the leading digit of its width, in the magnitude shown, so the rounding range of 3460 thousand
 * is {@code [US$3.4595M, US$3.4605M]}, not {@code [US$3.45M, US$3.47M]}; a point shown with its
 * range gets the decimals of the width's leading digit ({@code US$3.460M}). Never fewer decimals
 * than the minimum above. Ends are rounded outward, so the printed range still encloses the true
 * one; points round half to even ({@code 2.585} shows as {@code 2.58}), and a value that rounds to
 * zero shows no sign.
 * <p>
 * <b>One-sided ranges</b> show their bound with {@code ≥} or {@code ≤} ({@code ≥ US$1.50B}), and a
 * range unbounded on both sides shows {@code any value}: never a symmetric range for a bound.
 * <p>
 * These are display forms only: the values themselves keep full precision, and JSON number fields
 * carry them exactly.
 * <p>
 * Not part of the API: the library's modules print with it; a caller prints a value with its
 * {@code toString()}. It may change without notice.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class Formats {

  private static final BigDecimal THOUSAND = BigDecimal.ONE.scaleByPowerOfTen(3);
  private static final BigDecimal MILLION = BigDecimal.ONE.scaleByPowerOfTen(6);
  private static final BigDecimal BILLION = BigDecimal.ONE.scaleByPowerOfTen(9);
  /** More decimals than this would show only the noise of outward rounding. */
  private static final int MAX_DECIMALS = 8;

  private Formats() {
  }

  /** The magnitude money is written in: units, thousands, millions or billions. */
  private enum Magnitude {
    UNITS(0, "", 2),
    THOUSANDS(3, "K", 0),
    MILLIONS(6, "M", 2),
    BILLIONS(9, "B", 2);

    private final int exponent;
    private final String suffix;
    private final int decimals;

    Magnitude(int exponent, String suffix, int decimals) {
      this.exponent = exponent;
      this.suffix = suffix;
      this.decimals = decimals;
    }

    static Magnitude of(BigDecimal magnitude, Unit unit) {
      if (!unit.isCurrency()) {
        return UNITS;
      }
      return magnitude.compareTo(BILLION) >= 0 ? BILLIONS : magnitude.compareTo(MILLION) >= 0 ? MILLIONS
          : magnitude.compareTo(THOUSAND) >= 0 ? THOUSANDS : UNITS;
    }
  }

  //-------------------------------------------------------------------------
  /**
   * Formats a value on its own, with the minimum decimals of its unit.
   *
   * @param value  the value at base scale
   * @param unit  its unit
   * @return the display form, such as {@code "782.08%"}, {@code "US$30.52M"} or {@code "US$758K"}
   */
  public static String format(BigDecimal value, Unit unit) {
    Args.notNull(value, "value");
    Args.notNull(unit, "unit");
    Magnitude m = Magnitude.of(value.abs(), unit);
    return decorate(scaled(value, m).setScale(minimumDecimals(unit, m), RoundingMode.HALF_EVEN), unit, m);
  }

  /**
   * Formats a range, its decimals from its width and its ends rounded outward; a one-sided range
   * as its bound.
   *
   * @param range  the range at base scale
   * @param unit  its unit
   * @return the display form, such as {@code "[780.66%, 783.51%]"}, {@code "[US$3.4595M, US$3.4605M]"}
   *     or {@code "≥ US$1.50B"}
   */
  public static String format(DecimalRange range, Unit unit) {
    Args.notNull(range, "range");
    Args.notNull(unit, "unit");
    if (!range.isBounded()) {
      return bound(range, unit);
    }
    Magnitude m = Magnitude.of(range.low().abs().max(range.high().abs()), unit);
    return ends(range, unit, m, endDecimals(range, unit, m));
  }

  /**
   * Formats a value with its range, {@code 782.08% [780.66%, 783.51%]}: the range as
   * {@link #format(DecimalRange, Unit)}, the point with the decimals of the width's leading digit,
   * both in one magnitude. A one-sided range shows its bound alone ({@code ≥ 53.08 months}), since
   * the point is then only the printed end.
   *
   * @param value  the point value
   * @param range  the range
   * @param unit  the unit
   * @return the display form
   */
  public static String format(BigDecimal value, DecimalRange range, Unit unit) {
    Args.notNull(value, "value");
    Args.notNull(range, "range");
    Args.notNull(unit, "unit");
    if (!range.isBounded()) {
      return bound(range, unit);
    }
    Magnitude m = Magnitude.of(value.abs().max(range.low().abs()).max(range.high().abs()), unit);
    return point(value, unit, m, pointDecimals(range, unit, m)) + " "
        + ends(range, unit, m, endDecimals(range, unit, m));
  }

  /**
   * Formats a point at the precision of its range, as a table column beside the range shows it:
   * 3460 thousand with range [3459500, 3460500] is {@code US$3.460M}. With a one-sided range the
   * point has the minimum decimals of its unit.
   *
   * @param value  the point value
   * @param range  its range
   * @param unit  the unit
   * @return the display form
   */
  public static String formatValue(BigDecimal value, DecimalRange range, Unit unit) {
    Args.notNull(value, "value");
    Args.notNull(range, "range");
    Args.notNull(unit, "unit");
    if (!range.isBounded()) {
      return format(value, unit);
    }
    Magnitude m = Magnitude.of(value.abs().max(range.low().abs()).max(range.high().abs()), unit);
    return point(value, unit, m, pointDecimals(range, unit, m));
  }

  /**
   * Formats a value to a stated precision, as a source prints a number rounded to it: the digits
   * reach the precision's leading digit and no further, whatever the unit's usual minimum. For
   * example 782.1 at 0.1 is {@code 782.1%}; 5694000000 CNY at 1000000 is {@code RMB 5.694B}.
   *
   * @param value  the value at base scale, usually a multiple of {@code precision}
   * @param precision  the precision at base scale, positive
   * @param unit  the unit
   * @return the display form
   * @throws IllegalArgumentException if an argument is null or the precision is not positive
   */
  public static String formatAtPrecision(BigDecimal value, BigDecimal precision, Unit unit) {
    Args.notNull(value, "value");
    Args.notNull(precision, "precision");
    Args.notNull(unit, "unit");
    if (!(precision.signum() > 0)) {
      throw new IllegalArgumentException("Argument 'precision' must be positive but has value "
          + precision.toPlainString());
    }
    Magnitude m = Magnitude.of(value.abs(), unit);
    BigDecimal p = scaled(precision, m);
    int decimals = Math.max(0, p.scale() - p.precision() + 1);
    return decorate(scaled(value, m).setScale(decimals, RoundingMode.HALF_EVEN), unit, m);
  }

  /**
   * Formats an exchange rate with its range, digits from the range's width as for any value:
   * {@code 7.032 [7.002, 7.062] CNY per USD}; a rate bounded on one side only shows its bound
   * ({@code ≤ 7.1667 CNY per USD}).
   *
   * @param value  the rate, units of {@code to} per one {@code from}
   * @param range  its range
   * @param to  the currency the rate is in
   * @param from  the currency it is per
   * @return the display form
   */
  public static String formatRate(BigDecimal value, DecimalRange range, Unit to, Unit from) {
    Args.notNull(to, "to");
    Args.notNull(from, "from");
    // A rate is a plain number: shown as a multiple, without the multiple's "x".
    String number = format(value, range, Unit.TIMES).replace("x", "");
    return number + " " + to.code() + " per " + from.code();
  }

  //-------------------------------------------------------------------------
  /** A one-sided range: {@code ≥ low} or {@code ≤ high}, the end rounded outward; none: {@code any value}. */
  private static String bound(DecimalRange range, Unit unit) {
    if (range.isUnbounded()) {
      return "any value";
    }
    BigDecimal end = range.lowerEnd().or(range::upperEnd).orElseThrow();
    Magnitude m = Magnitude.of(end.abs(), unit);
    // A printed end keeps its few digits ("over 30.523 million" is ≥ US$30.523M); a computed end, with
    // its many, shows the unit's minimum.
    int minimum = minimumDecimals(unit, m);
    int own = scaled(end, m).stripTrailingZeros().scale();
    int decimals = own > minimum + 2 ? minimum : Math.max(minimum, own);
    RoundingMode outward = range.isBoundedBelow() ? RoundingMode.FLOOR : RoundingMode.CEILING;
    String shown = decorate(scaled(end, m).setScale(decimals, outward), unit, m);
    return (range.isBoundedBelow() ? "\u2265 " : "\u2264 ") + shown;
  }

  private static String point(BigDecimal value, Unit unit, Magnitude m, int decimals) {
    return decorate(scaled(value, m).setScale(decimals, RoundingMode.HALF_EVEN), unit, m);
  }

  private static String ends(DecimalRange range, Unit unit, Magnitude m, int decimals) {
    return "[" + decorate(scaled(range.low(), m).setScale(decimals, RoundingMode.FLOOR), unit, m) + ", "
        + decorate(scaled(range.high(), m).setScale(decimals, RoundingMode.CEILING), unit, m) + "]";
  }

  /** A point beside its range: the decimals of the leading digit of the range's width. */
  private static int pointDecimals(DecimalRange range, Unit unit, Magnitude m) {
    return Math.max(minimumDecimals(unit, m), leadingDecimals(range, m));
  }

  /** The ends of a range: one decimal more than the leading digit of its width, so a half unit shows. */
  private static int endDecimals(DecimalRange range, Unit unit, Magnitude m) {
    return Math.max(minimumDecimals(unit, m), leadingDecimals(range, m) + 1);
  }

  /**
   * The decimals that reach the leading digit of the range's width in magnitude {@code m}, at most
   * {@link #MAX_DECIMALS} less one; minus infinity, in effect, for a range of one value.
   */
  private static int leadingDecimals(DecimalRange range, Magnitude m) {
    BigDecimal width = scaled(range.width(), m);
    if (width.signum() == 0) {
      return Integer.MIN_VALUE / 2;
    }
    // For a width w, precision() - scale() - 1 is the exponent of its leading digit.
    return Math.min(MAX_DECIMALS - 1, width.scale() - width.precision() + 1);
  }

  private static int minimumDecimals(Unit unit, Magnitude m) {
    switch (unit.kind()) {
      case CURRENCY:
        return m.decimals;
      case COUNT:
        return 0;
      default:
        return 2;
    }
  }

  private static BigDecimal scaled(BigDecimal value, Magnitude m) {
    return value.movePointLeft(m.exponent);
  }

  /**
   * The number part of a display form in millions of a currency (two decimals) or in the unit
   * itself, without the unit, as chart axes whose header names the unit show it ({@code US$ M},
   * {@code %}).
   *
   * @param value  the value at base scale
   * @param unit  its unit
   * @param mode  the rounding mode
   * @return the number, such as {@code "30.52"}
   */
  public static String number(BigDecimal value, Unit unit, RoundingMode mode) {
    Args.notNull(value, "value");
    Args.notNull(unit, "unit");
    Args.notNull(mode, "mode");
    switch (unit.kind()) {
      case CURRENCY:
        return value.divide(MILLION).setScale(2, mode).toPlainString();
      case COUNT:
        return value.setScale(0, mode).toPlainString();
      default:
        return value.setScale(2, mode).toPlainString();
    }
  }

  /**
   * The header for a column of numbers in a unit, as {@link #number} gives them: {@code US$ M},
   * {@code RMB M}, {@code %}, {@code months}.
   *
   * @param unit  the unit
   * @return the header
   */
  public static String header(Unit unit) {
    Args.notNull(unit, "unit");
    return unit.isCurrency() ? Vocabulary.symbol(unit) + " M" : unit.code();
  }

  private static String decorate(BigDecimal number, Unit unit, Magnitude m) {
    // A value that rounds to zero shows no sign: -0.004% is 0.00%, not -0.00%.
    String text = number.signum() == 0 ? number.abs().toPlainString() : number.toPlainString();
    switch (unit.kind()) {
      case CURRENCY:
        String symbol = Vocabulary.symbol(unit);
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        return (negative ? "-" : "") + symbol + (symbol.endsWith("$") ? "" : " ") + digits + m.suffix;
      case PERCENT:
        return text + "%";
      case MULTIPLE:
        return text + "x";
      default:
        return text + " " + unit.code();
    }
  }
}
