package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Quantity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a {@link MonteCarloRunway} simulation: percentiles of the runway, the probability of
 * running out before a date, and the fan chart of cash.
 * <p>
 * For example {@code Monte Carlo runway over 10000 runs (seed 42): P5 46.2 months (cash out 2029-08),
 * P50 53.3 months (cash out 2030-03), P95 62.4 months (cash out 2030-12); ...}.
 * <p>
 * Runs whose cash lasts beyond the horizon are censored there: they count as "not yet run out" in
 * probabilities, and a percentile that reaches one of them is
 * {@linkplain Runway#beyondHorizon beyond the horizon}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param config  the distributions, runs and seed
 * @param cash  the starting cash
 * @param asOf  the date of the cash, month 0
 * @param horizonMonths  the horizon
 * @param cashOutMonths  the runway of every run that ran out within the horizon, ascending
 * @param fan  P5, P50 and P95 of cash at each whole month from 0 to the horizon
 * @param assumptions  what the simulation assumes, one a line
 */
public record MonteCarloResult(
    MonteCarloRunway.Config config, Quantity cash, LocalDate asOf, int horizonMonths, List<Double> cashOutMonths,
    List<FanPoint> fan, List<String> assumptions) {

  /**
   * Creates a result.
   *
   * @param config  the configuration, not null
   * @param cash  the cash, not null
   * @param asOf  the cash date, not null
   * @param horizonMonths  the horizon, positive
   * @param cashOutMonths  the runways within the horizon, ascending, at most {@code config.runs()}
   * @param fan  the fan, one point per month from 0 to the horizon
   * @param assumptions  the assumptions, not null
   * @throws IllegalArgumentException if an argument is null or the lists do not fit the configuration
   */
  public MonteCarloResult {
    Args.notNull(config, "config");
    Args.notNull(cash, "cash");
    Args.notNull(asOf, "asOf");
    Checks.horizon(horizonMonths);
    cashOutMonths = Args.listCopy(cashOutMonths, "cashOutMonths");
    Args.isTrue(cashOutMonths.size() <= config.runs(), "Argument 'cashOutMonths' has " + cashOutMonths.size()
        + " runs, more than the " + config.runs() + " simulated");
    for (int i = 0; i < cashOutMonths.size(); i++) {
      double m = cashOutMonths.get(i);
      Args.isTrue(m >= 0 && m <= horizonMonths && (i == 0 || cashOutMonths.get(i - 1) <= m),
          "Argument 'cashOutMonths' must be ascending within 0 to " + horizonMonths + " but has " + m
          + " at index " + i);
    }
    fan = Args.listCopy(fan, "fan");
    Args.isTrue(fan.size() == horizonMonths + 1, "Argument 'fan' must have " + (horizonMonths + 1)
        + " points, one per month from 0 to the horizon, but has " + fan.size());
    assumptions = Args.listCopy(assumptions, "assumptions");
  }

  /**
   * The number of runs.
   *
   * @return the runs
   */
  public int runs() {
    return config.runs();
  }

  /**
   * A percentile of the runway across runs.
   *
   * @param percent  the percentile, above 0 and at most 100
   * @return the runway at that percentile, beyond the horizon if it reaches a censored run
   * @throws IllegalArgumentException if the percentile is out of range
   */
  public Runway percentile(double percent) {
    // Ascending already: the cash-outs are, and every one is within the horizon the censored runs sit at.
    double value = Percentiles.ofSorted(MonteCarloRunway.withCensored(cashOutMonths, runs(), horizonMonths), percent);
    // Above the largest observed cash-out the interpolation leans on runs censored at the horizon.
    if (cashOutMonths.isEmpty() || value > cashOutMonths.get(cashOutMonths.size() - 1)) {
      return Runway.beyondHorizon(asOf, horizonMonths);
    }
    return Runway.cashOutAfter(asOf, horizonMonths, value);
  }

  /**
   * The 5th percentile of the runway: 95% of runs last at least this long.
   *
   * @return the runway
   */
  public Runway p5() {
    return percentile(5);
  }

  /**
   * The median runway.
   *
   * @return the runway
   */
  public Runway p50() {
    return percentile(50);
  }

  /**
   * The 95th percentile of the runway.
   *
   * @return the runway
   */
  public Runway p95() {
    return percentile(95);
  }

  /**
   * The share of runs whose cash reaches zero strictly before a date.
   *
   * @param date  the date, after {@code asOf} and not after the horizon's end
   * @return the probability, 0 to 1
   * @throws IllegalArgumentException if the date is outside the projection
   */
  public double probabilityOfCashOutBefore(LocalDate date) {
    Args.notNull(date, "date");
    LocalDate end = asOf.plusMonths(horizonMonths);
    Args.isTrue(date.isAfter(asOf) && !date.isAfter(end), "Argument 'date' must be after " + asOf
        + " and not after the horizon's end " + end + " but has value " + date);
    double t = MonthClock.monthsBetween(asOf, date);
    long count = cashOutMonths.stream().filter(m -> m < t).count();
    return (double) count / runs();
  }

  /**
   * The share of runs whose cash reaches zero within the horizon.
   *
   * @return the probability, 0 to 1
   */
  public double probabilityOfCashOutWithinHorizon() {
    return (double) cashOutMonths.size() / runs();
  }

  /**
   * Returns the percentiles, the share of runs that run out and the assumptions.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "Monte Carlo runway over " + runs() + " runs (seed " + config.seed() + "): P5 " + p5() + ", P50 "
        + p50() + ", P95 " + p95() + String.format(Locale.ROOT, "; %.1f%%", 100 * probabilityOfCashOutWithinHorizon())
        + " of runs run out within the horizon of " + horizonMonths + " months; projection assuming "
        + String.join("; ", assumptions);
  }
}
