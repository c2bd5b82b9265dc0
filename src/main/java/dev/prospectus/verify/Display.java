package dev.prospectus.verify;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Formats;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers for verdicts: as {@link Formats} does, except that money keeps the digits its rounding
 * range needs (US$3.455M, not US$3.45M), since a verdict turns on them, and small amounts such as
 * revenue per user are in units (US$56.39), not millions.
 */
final class Display {

  private static final int MAX_MONEY_DECIMALS = 6;
  private static final BigDecimal SMALL_MONEY = BigDecimal.valueOf(100_000);

  private Display() {
  }

  static String value(BigDecimal value, Unit unit) {
    if (!unit.isCurrency()) {
      return Formats.format(value, unit);
    }
    return money(value, unit, RoundingMode.HALF_EVEN, isMillions(value.abs()) ? 4 : 2);
  }

  static String range(DecimalRange range, Unit unit) {
    if (!unit.isCurrency()) {
      return Formats.format(range, unit);
    }
    boolean millions = isMillions(range.low().abs().max(range.high().abs()));
    int decimals = millions ? MAX_MONEY_DECIMALS : 2;
    return "[" + money(range.low(), unit, RoundingMode.FLOOR, decimals, millions) + ", "
        + money(range.high(), unit, RoundingMode.CEILING, decimals, millions) + "]";
  }

  static String valueAndRange(BigDecimal value, DecimalRange range, Unit unit) {
    return value(value, unit) + " " + range(range, unit);
  }

  private static boolean isMillions(BigDecimal magnitude) {
    return magnitude.compareTo(SMALL_MONEY) >= 0;
  }

  private static String money(BigDecimal value, Unit unit, RoundingMode mode, int maxDecimals) {
    return money(value, unit, mode, maxDecimals, isMillions(value.abs()));
  }

  /**
   * Money in millions ({@code US$3.455M}) with 2 to {@code maxDecimals} decimals, as many as the value
   * has, or below US$100,000 in units ({@code US$56.39}); rounded by {@code mode}.
   */
  private static String money(BigDecimal value, Unit unit, RoundingMode mode, int maxDecimals, boolean millions) {
    BigDecimal scaled = millions ? value.movePointLeft(6) : value;
    int decimals = Math.max(2, Math.min(maxDecimals, scaled.stripTrailingZeros().scale()));
    String number = scaled.setScale(decimals, mode).toPlainString();
    boolean negative = number.startsWith("-");
    String symbol = unit.symbol();
    return (negative ? "-" : "") + symbol + (symbol.endsWith("$") ? "" : " ") + number.substring(negative ? 1 : 0)
        + (millions ? "M" : "");
  }
}
