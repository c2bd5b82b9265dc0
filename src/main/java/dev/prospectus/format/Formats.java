package dev.prospectus.format;

import dev.prospectus.model.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats values and ranges for people: {@code 782.08%}, {@code US$30.52M}, {@code RMB 312.41M},
 * {@code -US$2.58M}, {@code 47.30 months}, {@code 385 people}.
 * <p>
 * Money is shown in millions of its currency with two decimals ({@code US$30.52M}) when its size
 * is a million or more, else in units with two decimals ({@code US$21.46}), the sign before the
 * symbol; a value shown with its range uses one form for all three numbers. Percentages,
 * multiples and durations have two decimals; counts are whole. Single values round half to even
 * ({@code 2.585} shows as {@code 2.58}, {@code 2.595} as {@code 2.60}), and a value that rounds to
 * zero shows no sign. Ranges are rounded outward so that the printed range still encloses the true
 * one. These are display forms only: the values themselves keep full precision.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class Formats {

  private static final BigDecimal MILLION = BigDecimal.ONE.scaleByPowerOfTen(6);
  private static final BigDecimal PRECISE_MILLIONS_FROM = BigDecimal.valueOf(100_000);

  private Formats() {
  }

  /**
   * Formats a value in a unit.
   *
   * @param value  the value at base scale
   * @param unit  its unit
   * @return the display form, such as {@code "782.08%"} or {@code "US$30.52M"}
   */
  public static String format(BigDecimal value, Unit unit) {
    Args.notNull(value, "value");
    Args.notNull(unit, "unit");
    boolean millions = inMillions(value.abs());
    return decorate(number(value, unit, RoundingMode.HALF_EVEN, millions), unit, millions);
  }

  /**
   * Formats a range in a unit, rounding the ends outward.
   *
   * @param range  the range at base scale
   * @param unit  its unit
   * @return the display form, such as {@code "[780.66%, 783.50%]"}
   */
  public static String format(DecimalRange range, Unit unit) {
    Args.notNull(range, "range");
    Args.notNull(unit, "unit");
    if (!range.isBounded()) {
      return oneSided(range, unit, Formats::format);
    }
    return format(range, unit, inMillions(range.low().abs().max(range.high().abs())));
  }

  /** A range bounded on one side, or on none: {@code ≥ US$1100.00M}, {@code ≤ 4.00 months}, {@code any value}. */
  private static String oneSided(DecimalRange range, Unit unit,
      java.util.function.BiFunction<BigDecimal, Unit, String> end) {
    if (range.isUnbounded()) {
      return "any value";
    }
    return range.isBoundedBelow() ? "\u2265 " + end.apply(range.low(), unit)
        : "\u2264 " + end.apply(range.high(), unit);
  }

  private static String format(DecimalRange range, Unit unit, boolean millions) {
    return "[" + decorate(number(range.low(), unit, RoundingMode.FLOOR, millions), unit, millions) + ", "
        + decorate(number(range.high(), unit, RoundingMode.CEILING, millions), unit, millions) + "]";
  }

  private static boolean inMillions(BigDecimal magnitude) {
    return magnitude.compareTo(MILLION) >= 0;
  }

  /**
   * Formats a value with its range: {@code 782.08% [780.66%, 783.50%]}.
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
      return oneSided(range, unit, Formats::format);
    }
    boolean millions = inMillions(value.abs().max(range.low().abs()).max(range.high().abs()));
    return decorate(number(value, unit, RoundingMode.HALF_EVEN, millions), unit, millions) + " "
        + format(range, unit, millions);
  }

  /**
   * Formats a value as {@link #format(BigDecimal, Unit)} does, except money: from US$100,000 up it
   * is in millions with two to four decimals, as many as the value has ({@code US$3.455M}, not
   * {@code US$3.46M}), so that verdicts can show the digits they turn on; below that, in units.
   *
   * @param value  the value at base scale
   * @param unit  its unit
   * @return the display form
   */
  public static String formatPrecise(BigDecimal value, Unit unit) {
    Args.notNull(value, "value");
    Args.notNull(unit, "unit");
    if (!unit.isCurrency()) {
      return format(value, unit);
    }
    boolean millions = isPreciseMillions(value.abs());
    return money(value, unit, RoundingMode.HALF_EVEN, millions ? 4 : 2, millions);
  }

  /**
   * Formats a range as {@link #format(DecimalRange, Unit)} does, except money: from US$100,000 up
   * it is in millions with two to six decimals, as many as the ends have ({@code [US$3.455M,
   * US$3.465M]}), rounded outward; below that, in units.
   *
   * @param range  the range at base scale
   * @param unit  its unit
   * @return the display form
   */
  public static String formatPrecise(DecimalRange range, Unit unit) {
    Args.notNull(range, "range");
    Args.notNull(unit, "unit");
    if (!unit.isCurrency()) {
      return format(range, unit);
    }
    if (!range.isBounded()) {
      return oneSided(range, unit, Formats::formatPrecise);
    }
    boolean millions = isPreciseMillions(range.low().abs().max(range.high().abs()));
    int decimals = millions ? 6 : 2;
    return "[" + money(range.low(), unit, RoundingMode.FLOOR, decimals, millions) + ", "
        + money(range.high(), unit, RoundingMode.CEILING, decimals, millions) + "]";
  }

  /**
   * Formats a value and its range with {@link #formatPrecise(BigDecimal, Unit)} and
   * {@link #formatPrecise(DecimalRange, Unit)}.
   *
   * @param value  the point value
   * @param range  the range
   * @param unit  the unit
   * @return the display form
   */
  public static String formatPrecise(BigDecimal value, DecimalRange range, Unit unit) {
    if (!range.isBounded()) {
      return formatPrecise(range, unit);
    }
    return formatPrecise(value, unit) + " " + formatPrecise(range, unit);
  }

  private static boolean isPreciseMillions(BigDecimal magnitude) {
    return magnitude.compareTo(PRECISE_MILLIONS_FROM) >= 0;
  }

  /** Money with two to {@code maxDecimals} decimals, as many as the value has, rounded by {@code mode}. */
  private static String money(BigDecimal value, Unit unit, RoundingMode mode, int maxDecimals, boolean millions) {
    BigDecimal scaled = millions ? value.movePointLeft(6) : value;
    int decimals = Math.max(2, Math.min(maxDecimals, scaled.stripTrailingZeros().scale()));
    return decorate(scaled.setScale(decimals, mode).toPlainString(), unit, millions);
  }

  /**
   * The number part of a display form, without the unit, as shown in table cells whose header
   * names the unit ({@code US$ M}, {@code %}).
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
    return number(value, unit, mode, true);
  }

  private static String number(BigDecimal value, Unit unit, RoundingMode mode, boolean millions) {
    switch (unit.kind()) {
      case CURRENCY:
        return (millions ? value.divide(MILLION) : value).setScale(2, mode).toPlainString();
      case COUNT:
        return value.setScale(0, mode).toPlainString();
      default:
        return value.setScale(2, mode).toPlainString();
    }
  }

  /**
   * The header for a column of numbers in a unit: {@code US$ M}, {@code RMB M}, {@code %}, {@code months}.
   *
   * @param unit  the unit
   * @return the header
   */
  public static String header(Unit unit) {
    Args.notNull(unit, "unit");
    return unit.isCurrency() ? Vocabulary.symbol(unit) + " M" : unit.code();
  }

  private static String decorate(String number, Unit unit, boolean millions) {
    switch (unit.kind()) {
      case CURRENCY:
        String symbol = Vocabulary.symbol(unit);
        boolean negative = number.startsWith("-");
        String digits = negative ? number.substring(1) : number;
        return (negative ? "-" : "") + symbol + (symbol.endsWith("$") ? "" : " ") + digits + (millions ? "M" : "");
      case PERCENT:
        return number + "%";
      case MULTIPLE:
        return number + "x";
      default:
        return number + " " + unit.code();
    }
  }
}
