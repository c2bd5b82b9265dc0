package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a figure applies: a span of time such as a fiscal year or "nine months ended 30 Sep 2025"
 * ({@link FiscalPeriod}), or an instant such as "cash at 30 Sep 2025" ({@link ReportingDate}).
 * <p>
 * Flows (revenue, losses, cash flows) belong to periods; balances (cash, headcount) to instants.
 * The name avoids {@code java.time.Period}, which every JShell session imports.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface ReportingPeriod permits FiscalPeriod, ReportingDate {

  /** The fiscal year end assumed when none is given: 31 December. */
  MonthDay CALENDAR_YEAR_END = MonthDay.of(12, 31);

  /**
   * Parses a period with fiscal years ending on 31 December.
   *
   * @param text  the text, see {@link #parse(String, MonthDay)}
   * @return the period
   * @throws DateTimeException if the text is not a period
   */
  static ReportingPeriod parse(String text) {
    return parse(text, CALENDAR_YEAR_END);
  }

  /**
   * Parses a period: {@code FY2024} (the fiscal year ending in 2024), {@code 9M2025} (the first
   * nine months of fiscal 2025), {@code H1 2025} (= {@code 6M2025}), {@code 2025-01-01..2025-09-30}
   * (a closed range of dates) or {@code 2025-09-30} (an instant).
   *
   * @param text  the text
   * @param fiscalYearEnd  the month and day the fiscal year ends
   * @return the period
   * @throws DateTimeException if the text is not a period, or a range ends before it starts
   */
  static ReportingPeriod parse(String text, MonthDay fiscalYearEnd) {
    Args.notNull(text, "text");
    Args.notNull(fiscalYearEnd, "fiscalYearEnd");
    String t = text.strip();
    Matcher fy = Patterns.FISCAL_YEAR.matcher(t);
    if (fy.matches()) {
      return FiscalPeriod.fiscalYear(Integer.parseInt(fy.group(1)), fiscalYearEnd);
    }
    Matcher months = Patterns.FIRST_MONTHS.matcher(t);
    if (months.matches()) {
      int count = Integer.parseInt(months.group(1));
      if (count < 1 || count > 12) {
        throw new DateTimeException("Unable to parse period: '" + text + "': months must be 1 to 12");
      }
      return FiscalPeriod.firstMonthsOfFiscalYear(count, Integer.parseInt(months.group(2)), fiscalYearEnd);
    }
    Matcher half = Patterns.FIRST_HALF.matcher(t);
    if (half.matches()) {
      return FiscalPeriod.firstMonthsOfFiscalYear(6, Integer.parseInt(half.group(1)), fiscalYearEnd);
    }
    try {
      int dots = t.indexOf("..");
      if (dots >= 0) {
        return FiscalPeriod.ofClosed(LocalDate.parse(t.substring(0, dots)), LocalDate.parse(t.substring(dots + 2)));
      }
      return ReportingDate.of(LocalDate.parse(t));
    } catch (DateTimeParseException ex) {
      throw new DateTimeException("Unable to parse period: '" + text
          + "': expected FY2024, 9M2025, H1 2025, 2025-01-01..2025-09-30 or 2025-09-30", ex);
    }
  }

  /**
   * Checks whether this is an instant rather than a span.
   *
   * @return true for a {@link ReportingDate}
   */
  boolean isInstant();

  /**
   * The last day the period covers: the end date of a span, or the date of an instant.
   *
   * @return the last day, inclusive
   */
  LocalDate endInclusive();

  /**
   * The same period one year earlier: FY2023 for FY2024, the nine months ended 30 Sep 2024 for the
   * nine months ended 30 Sep 2025, 30 Sep 2024 for 30 Sep 2025.
   *
   * @param years  the number of years to go back
   * @return the period a year before, of the same kind and length
   */
  ReportingPeriod minusYears(long years);

  /** Compiled patterns, kept out of the interface's public surface. */
  final class Patterns {
    static final Pattern FISCAL_YEAR = Pattern.compile("FY\\s?(\\d{4})");
    static final Pattern FIRST_MONTHS = Pattern.compile("(\\d{1,2})M\\s?(\\d{4})");
    static final Pattern FIRST_HALF = Pattern.compile("H1\\s?(\\d{4})");

    private Patterns() {
    }
  }
}
