package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One month of a runway fan chart: the 5th, 50th and 95th percentiles of projected cash across
 * Monte Carlo runs.
 * <p>
 * For example month 24 might hold P5 US$540M, P50 US$610M and P95 US$668M. Cash is in whole units of
 * the scenario's currency; a negative value is a shortfall once cash has run out in those runs.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param month  the month, 0 at the cash date
 * @param date  the date of that month
 * @param p5  the 5th percentile of cash
 * @param p50  the median cash
 * @param p95  the 95th percentile of cash
 */
public record FanPoint(int month, LocalDate date, BigDecimal p5, BigDecimal p50, BigDecimal p95) {

  /**
   * Creates a point.
   *
   * @param month  the month, not negative
   * @param date  the date, not null
   * @param p5  the 5th percentile, not null
   * @param p50  the median, from {@code p5} to {@code p95}
   * @param p95  the 95th percentile, not null
   * @throws IllegalArgumentException if an argument is null, the month negative or the percentiles out of order
   */
  public FanPoint {
    Args.isTrue(month >= 0, "Argument 'month' must not be negative but has value " + month);
    Args.notNull(date, "date");
    Args.notNull(p5, "p5");
    Args.notNull(p50, "p50");
    Args.notNull(p95, "p95");
    Args.isTrue(p5.compareTo(p50) <= 0 && p50.compareTo(p95) <= 0, "Invalid fan point: expected p5 <= p50 <= p95"
        + " but found " + p5.toPlainString() + ", " + p50.toPlainString() + ", " + p95.toPlainString());
  }

  /**
   * Returns {@code "month 24 (2027-09-30): P5 540000000, P50 610000000, P95 668000000"}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "month " + month + " (" + date + "): P5 " + p5.toPlainString() + ", P50 " + p50.toPlainString()
        + ", P95 " + p95.toPlainString();
  }
}
