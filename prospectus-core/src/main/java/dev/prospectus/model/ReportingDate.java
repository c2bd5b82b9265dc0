package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.time.LocalDate;

/**
 * An instant that a balance figure is reported at, such as cash at 30 Sep 2025 (the end of that
 * day).
 * <p>
 * The string form is the ISO date, which {@link ReportingPeriod#parse(String)} reads back.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param date  the date
 */
public record ReportingDate(LocalDate date) implements ReportingPeriod {

  /**
   * Creates an instant.
   *
   * @param date  the date, not null
   * @throws IllegalArgumentException if the date is null
   */
  public ReportingDate {
    Args.notNull(date, "date");
  }

  /**
   * Obtains an instant.
   *
   * @param date  the date
   * @return the instant at the end of that day
   */
  public static ReportingDate of(LocalDate date) {
    return new ReportingDate(date);
  }

  @Override
  public boolean isInstant() {
    return true;
  }

  @Override
  public LocalDate endInclusive() {
    return date;
  }

  @Override
  public ReportingDate minusYears(long years) {
    return new ReportingDate(date.minusYears(years));
  }

  /**
   * Returns the ISO date.
   *
   * @return the string form
   */
  @Override
  public String toString() {
    return date.toString();
  }
}
