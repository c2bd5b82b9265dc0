package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Projected cash at a whole month of a projection, for charts and tables.
 * <p>
 * For example month 12 from 2025-09-30 is 2026-09-30. The cash is in whole units of the scenario's
 * currency, after any injection made by that date; a negative value is the shortfall the projection
 * implies once cash has run out.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param month  the month, 0 at the cash date
 * @param date  the date of that month
 * @param cash  the projected cash, whole currency units
 */
public record CashPoint(int month, LocalDate date, BigDecimal cash) {

  /**
   * Creates a point.
   *
   * @param month  the month, not negative
   * @param date  the date, not null
   * @param cash  the cash, not null
   * @throws IllegalArgumentException if an argument is null or the month is negative
   */
  public CashPoint {
    Args.isTrue(month >= 0, "Argument 'month' must not be negative but has value " + month);
    Args.notNull(date, "date");
    Args.notNull(cash, "cash");
  }

  /**
   * Returns {@code "month 12 (2026-09-30): 123456789"}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "month " + month + " (" + date + "): " + cash.toPlainString();
  }
}
