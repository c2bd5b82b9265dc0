package dev.prospectus.verify;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Formats;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers for verdicts: as {@link Formats} does, except that money keeps the digits its rounding
 * range needs (US$3.455M, not US$3.45M), since a verdict turns on them.
 */
final class Display {

  private static final int MAX_MONEY_DECIMALS = 6;

  private Display() {
  }

  static String value(BigDecimal value, Unit unit) {
    return unit.isCurrency() ? money(value, unit, RoundingMode.HALF_EVEN, 4) : Formats.format(value, unit);
  }

  static String range(DecimalRange range, Unit unit) {
    if (!unit.isCurrency()) {
      return Formats.format(range, unit);
    }
    return "[" + money(range.low(), unit, RoundingMode.FLOOR, MAX_MONEY_DECIMALS) + ", "
        + money(range.high(), unit, RoundingMode.CEILING, MAX_MONEY_DECIMALS) + "]";
  }

  static String valueAndRange(BigDecimal value, DecimalRange range, Unit unit) {
    return value(value, unit) + " " + range(range, unit);
  }

  /** Millions with 2 to {@code maxDecimals} decimals, as many as the value has, rounded by {@code mode}. */
  private static String money(BigDecimal value, Unit unit, RoundingMode mode, int maxDecimals) {
    BigDecimal millions = value.movePointLeft(6);
    int decimals = Math.max(2, Math.min(maxDecimals, millions.stripTrailingZeros().scale()));
    String number = millions.setScale(decimals, mode).toPlainString();
    boolean negative = number.startsWith("-");
    String symbol = unit.symbol();
    return (negative ? "-" : "") + symbol + (symbol.endsWith("$") ? "" : " ") + number.substring(negative ? 1 : 0)
        + "M";
  }
}
