package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/**
 * A span of days a flow figure covers: a fiscal year, or an interim period such as the nine months
 * ended 30 Sep 2025.
 * <p>
 * Stored half-open, {@code [start, endExclusive)}, as threeten-extra's {@code LocalDateRange} is;
 * built closed, as prospectuses state periods ({@link #ofClosed}). The string form is
 * {@code FY2024} for a calendar year, {@code 9M2025} for the first months of a calendar year, and
 * the closed ISO form {@code 2024-04-01..2025-03-31} otherwise; {@link ReportingPeriod#parse}
 * reads each back.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param start  the first day, inclusive
 * @param endExclusive  the day after the last day
 */
public record FiscalPeriod(LocalDate start, LocalDate endExclusive) implements ReportingPeriod {

  /** Days in an average month, 365.25 / 12, used only for spans that are not whole months. */
  public static final BigDecimal AVERAGE_DAYS_PER_MONTH = new BigDecimal("30.4375");

  /**
   * Creates a period.
   *
   * @param start  the first day, not null
   * @param endExclusive  the day after the last day, after {@code start}
   * @throws DateTimeException if the period is empty or ends before it starts
   */
  public FiscalPeriod {
    Args.notNull(start, "start");
    Args.notNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(start)) {
      throw new DateTimeException("Invalid period: end " + endExclusive.minusDays(1)
          + " is before start " + start);
    }
  }

  /**
   * Obtains the period from its first and last days, both inclusive, as a prospectus states it.
   *
   * @param startInclusive  the first day
   * @param endInclusive  the last day, not before {@code startInclusive}
   * @return the period
   * @throws DateTimeException if the end is before the start
   */
  public static FiscalPeriod ofClosed(LocalDate startInclusive, LocalDate endInclusive) {
    Args.notNull(startInclusive, "startInclusive");
    Args.notNull(endInclusive, "endInclusive");
    if (endInclusive.isBefore(startInclusive)) {
      throw new DateTimeException("Invalid period: end " + endInclusive + " is before start " + startInclusive);
    }
    return new FiscalPeriod(startInclusive, endInclusive.plusDays(1));
  }

  /**
   * Obtains the calendar year, the fiscal year of a company whose year ends on 31 December.
   *
   * @param year  the year
   * @return the year from 1 January to 31 December
   */
  public static FiscalPeriod fiscalYear(int year) {
    return fiscalYear(year, ReportingPeriod.CALENDAR_YEAR_END);
  }

  /**
   * Obtains the fiscal year that ends in a calendar year: from the day after the previous fiscal
   * year's end to {@code yearEnd} of {@code year}, so that consecutive fiscal years neither overlap
   * nor leave a gap.
   * <p>
   * A year end of 29 February falls on 28 February in other years. A year end of 28 February is
   * taken literally, so in a leap year 29 February opens the next fiscal year.
   *
   * @param year  the calendar year the fiscal year ends in
   * @param yearEnd  the month and day the fiscal year ends
   * @return the twelve months ending on {@code yearEnd} of {@code year}
   */
  public static FiscalPeriod fiscalYear(int year, MonthDay yearEnd) {
    Args.notNull(yearEnd, "yearEnd");
    LocalDate previousEnd = yearEnd.atYear(year - 1);
    return new FiscalPeriod(previousEnd.plusDays(1), yearEnd.atYear(year).plusDays(1));
  }

  /**
   * Obtains the first months of a fiscal year: {@code firstMonthsOfFiscalYear(9, 2025, 12-31)} is
   * the nine months ended 30 Sep 2025.
   *
   * @param months  the number of months, 1 to 12
   * @param fiscalYear  the calendar year the fiscal year ends in
   * @param yearEnd  the month and day the fiscal year ends
   * @return the period
   * @throws IllegalArgumentException if {@code months} is not 1 to 12
   */
  public static FiscalPeriod firstMonthsOfFiscalYear(int months, int fiscalYear, MonthDay yearEnd) {
    if (!(months >= 1 && months <= 12)) {
      throw new IllegalArgumentException("Argument 'months' must be 1 to 12 but has value " + months);
    }
    LocalDate start = fiscalYear(fiscalYear, yearEnd).start();
    return new FiscalPeriod(start, start.plusMonths(months));
  }

  /**
   * Obtains the months ended on a day: {@code monthsEnded(9, 2025-09-30)} is 1 Jan to 30 Sep 2025.
   *
   * @param months  the number of months, positive
   * @param endInclusive  the last day
   * @return the period
   */
  public static FiscalPeriod monthsEnded(int months, LocalDate endInclusive) {
    Args.positive(months, "months");
    Args.notNull(endInclusive, "endInclusive");
    LocalDate endExclusive = endInclusive.plusDays(1);
    return new FiscalPeriod(endExclusive.minusMonths(months), endExclusive);
  }

  //-------------------------------------------------------------------------
  @Override
  public boolean isInstant() {
    return false;
  }

  @Override
  public LocalDate endInclusive() {
    return endExclusive.minusDays(1);
  }

  /**
   * The number of days covered.
   *
   * @return the length in days
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, endExclusive);
  }

  /**
   * Checks whether the period is a whole number of calendar months (it starts and ends on the same
   * day of the month).
   *
   * @return true for whole months
   */
  public boolean isWholeMonths() {
    return start.plusMonths(ChronoUnit.MONTHS.between(start, endExclusive)).equals(endExclusive);
  }

  /**
   * The length in months: exact for whole months, else days / 30.4375 (365.25 / 12) to six
   * decimal places. Burn rates divide by this.
   *
   * @return the length in months
   */
  public BigDecimal lengthInMonths() {
    if (isWholeMonths()) {
      return BigDecimal.valueOf(ChronoUnit.MONTHS.between(start, endExclusive));
    }
    return BigDecimal.valueOf(lengthInDays())
        .divide(AVERAGE_DAYS_PER_MONTH, new MathContext(12, RoundingMode.HALF_EVEN))
        .setScale(6, RoundingMode.HALF_EVEN);
  }

  /**
   * Checks whether the period is twelve whole months.
   *
   * @return true for a full year
   */
  public boolean isFullYear() {
    if (start.getDayOfMonth() == 1 && endExclusive.getDayOfMonth() == 1) {
      // Nearly every fiscal period runs from the first of a month: whole months, counted without a date made.
      return endExclusive.getYear() * 12L + endExclusive.getMonthValue() - start.getYear() * 12L
          - start.getMonthValue() == 12;
    }
    return isWholeMonths() && ChronoUnit.MONTHS.between(start, endExclusive) == 12;
  }

  /**
   * The same period some years earlier. Both the last day and the day before the first are moved,
   * each falling back to 28 February from 29 February, so that a period ending on 28 or 29
   * February still ends on the last day of February ({@code 2023-03-01..2024-02-29} gives
   * {@code 2022-03-01..2023-02-28}) and one ending on 28 February 2024 still ends on the 28th.
   *
   * @param years  the number of years to go back
   * @return the period, of the same kind
   */
  @Override
  public FiscalPeriod minusYears(long years) {
    if (start.getDayOfMonth() == 1 && endExclusive.getDayOfMonth() == 1 && start.getMonthValue() != 3
        && endExclusive.getMonthValue() != 3) {
      // From and to the first of a month other than March, the day before each end is the last of a
      // month other than February, which every year has: both ends simply move back.
      return new FiscalPeriod(start.minusYears(years), endExclusive.minusYears(years));
    }
    // Moving endExclusive instead would turn 2024-02-29 into 2023-02-28, a day early.
    LocalDate end = endInclusive().minusYears(years);
    LocalDate first = start.minusDays(1).minusYears(years).plusDays(1);
    // Only the single day 29 February can meet this: both ends fall back to 28 February.
    return ofClosed(first.isAfter(end) ? end : first, end);
  }

  /**
   * Checks whether this period directly follows another, with no gap or overlap.
   *
   * @param previous  the earlier period
   * @return true if {@code previous} ends the day before this starts
   */
  public boolean isAdjacentAfter(FiscalPeriod previous) {
    Args.notNull(previous, "previous");
    return previous.endExclusive.equals(start);
  }

  /**
   * A description a person reads: "year ended 2024-12-31", "9 months ended 2025-09-30",
   * "1 month ended 2025-01-31" or, for a span that is not whole months, "45 days ended 2025-02-14"
   * and "1 day ended 2024-02-29".
   *
   * @return the description
   */
  public String describe() {
    if (isWholeMonths()) {
      long months = ChronoUnit.MONTHS.between(start, endExclusive);
      if (months == 12) {
        return "year ended " + endInclusive();
      }
      return months + (months == 1 ? " month ended " : " months ended ") + endInclusive();
    }
    long days = lengthInDays();
    return days + (days == 1 ? " day ended " : " days ended ") + endInclusive();
  }

  /**
   * Returns {@code FY2024}, {@code 9M2025}, or the closed ISO form.
   *
   * @return the string form, readable by {@link ReportingPeriod#parse(String)}
   */
  @Override
  public String toString() {
    boolean calendarStart = start.getMonthValue() == 1 && start.getDayOfMonth() == 1;
    if (calendarStart && isWholeMonths()) {
      long months = ChronoUnit.MONTHS.between(start, endExclusive);
      if (months == 12) {
        return "FY" + start.getYear();
      }
      if (months < 12) {
        return months + "M" + start.getYear();
      }
    }
    return start + ".." + endInclusive();
  }
}
