package dev.prospectus.analysis;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.ReportingPeriod;
import java.time.temporal.ChronoUnit;

/**
 * How a {@link CompanyComparison} puts the periods of two companies side by side.
 * <p>
 * A fiscal year is only ever beside a fiscal year of the same year, and a period only beside a
 * period of its kind (a span beside a span, an instant beside an instant). What differs is how
 * strictly interims and instants are matched:
 * <ul>
 * <li>{@link #SAME_LENGTH}, the default: an interim only beside an interim of the same length
 *     ending in the same year (nine months beside nine months, never beside six), an instant only
 *     beside the same date.</li>
 * <li>{@link #SAME_YEAR}, an explicit choice: any interim beside any interim ending in the same
 *     year, and any balance-sheet date beside any date of the same year, the latest of each
 *     company. A row whose companies' periods then differ says so
 *     ({@link ComparisonRow#mixedPeriods()} and a note naming every company's periods).</li>
 * </ul>
 */
public enum PeriodAlignment {

  /** Interims of one length ending in one year, instants of one date: like with like (the default). */
  SAME_LENGTH,
  /** Interims of any length ending in one year, instants of one year: the latest, with a note where they differ. */
  SAME_YEAR;

  /**
   * The slot a period of a dataset takes in a comparison row, such as {@code FY2024}, {@code 9M2025}
   * or {@code 2025-09-30} (or {@code interim 2025}, {@code instant 2025} when aligned by year).
   * Periods of two companies share a row only when their slots are equal.
   *
   * @param ds  the dataset the period belongs to, which says what its fiscal years are
   * @param period  the period
   * @return the slot, as text
   */
  public String slot(Dataset ds, ReportingPeriod period) {
    Args.notNull(ds, "ds");
    Args.notNull(period, "period");
    int year = period.endInclusive().getYear();
    if (period.isInstant()) {
      return this == SAME_LENGTH ? period.endInclusive().toString() : "instant " + year;
    }
    if (ds.isFiscalYear(period)) {
      return "FY" + year;
    }
    if (this == SAME_YEAR) {
      return "interim " + year;
    }
    FiscalPeriod span = (FiscalPeriod) period;
    // A span of whole months is matched by its length; any other span only with the very same days.
    return span.isWholeMonths() ? ChronoUnit.MONTHS.between(span.start(), span.endExclusive()) + "M" + year
        : span.start() + ".." + span.endInclusive();
  }

  /**
   * The option's spelling on the command line: {@code same-length} or {@code same-year}.
   *
   * @return the code
   */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
