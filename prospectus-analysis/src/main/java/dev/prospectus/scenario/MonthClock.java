package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Converts between dates and continuous months counted from a start date.
 * <p>
 * Whole months are calendar months ({@code start.plusMonths(k)}, clamped to the month's last day as
 * java.time does); the fraction is the share of the days from month {@code k} to month {@code k + 1}
 * that have passed. So from 2025-09-30, 2026-03-01 is {@code 5 + 1/30} months (2026-02-28 is month 5,
 * 2026-03-30 month 6). The two conversions are inverse up to the day: {@link #plusMonths} rounds down
 * to the day on which the instant falls.
 */
final class MonthClock {

  private MonthClock() {
  }

  /**
   * The continuous months from {@code start} to {@code date}.
   *
   * @param start  the start, month 0
   * @param date  the date, not before {@code start}
   * @return the months, at least 0
   */
  static double monthsBetween(LocalDate start, LocalDate date) {
    Args.isTrue(!date.isBefore(start), "Date " + date + " is before the start " + start);
    long k = ChronoUnit.MONTHS.between(start, date);
    // MONTHS.between compares days of month, while plusMonths clamps them: step to the last month
    // whose clamped date is not after the date, so the two agree.
    while (!start.plusMonths(k + 1).isAfter(date)) {
      k++;
    }
    LocalDate from = start.plusMonths(k);
    long days = ChronoUnit.DAYS.between(from, start.plusMonths(k + 1));
    return k + (double) ChronoUnit.DAYS.between(from, date) / days;
  }

  /**
   * The date on which the instant {@code months} after {@code start} falls.
   *
   * @param start  the start, month 0
   * @param months  the months, finite and not negative
   * @return the date
   */
  static LocalDate plusMonths(LocalDate start, double months) {
    Args.isTrue(Double.isFinite(months) && months >= 0, "Months must be finite and not negative but were " + months);
    long k = (long) Math.floor(months);
    LocalDate from = start.plusMonths(k);
    long days = ChronoUnit.DAYS.between(from, start.plusMonths(k + 1));
    // A day's fraction computed as 0.99999... still names the next day: allow for the binary rounding.
    return from.plusDays((long) Math.floor((months - k) * days + 1e-9));
  }
}
