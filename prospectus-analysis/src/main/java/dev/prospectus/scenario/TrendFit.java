package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import dev.prospectus.model.FiscalPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A log-linear trend fitted to values over periods: {@code ln(annualised value) = a + b x}, with the
 * growth rate a year {@code e^b - 1}, its confidence interval and R².
 * <p>
 * Formula: each point's value is annualised ({@link TrendPoint#annualisedValue()}); {@code x} is the
 * years (of 365.25 days) from the start of the earliest period to the midpoint of the point's period.
 * Commons Math's {@link SimpleRegression} fits {@code a} and {@code b} by least squares; the
 * confidence interval on {@code b} is its Student-t interval with {@code n - 2} degrees of freedom
 * ({@code SimpleRegression.getSlopeConfidenceInterval}), mapped through {@code e^b - 1}.
 * <p>
 * For example revenue of 100, 200 and 400 over three consecutive calendar years fits growth of 100% a
 * year with R² 1 (to the day-count of the years).
 * <p>
 * At least three points are required: with two, the line passes through both and has no interval.
 * The fit uses point values; the inputs' rounding ranges are not carried into it. An annualised
 * interim value is the period's average rate, set against the trend at the period's midpoint; under
 * fast growth that differs slightly from the midpoint value, and the difference depends on the
 * period's length.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  what is fitted, such as {@code "revenue"}
 * @param points  the observations, at least three
 * @param origin  the date {@code x = 0}: the start of the earliest period
 * @param intercept  {@code a}, the fitted {@code ln(annualised value)} at the origin
 * @param slopePerYear  {@code b}, the fitted change of {@code ln(annualised value)} a year
 * @param slopeLow  the lower end of the confidence interval on {@code b}
 * @param slopeHigh  the upper end of the confidence interval on {@code b}
 * @param confidenceLevel  the confidence level, such as {@code 0.95}
 * @param rSquared  the coefficient of determination, 0 to 1
 * @param assumptions  what the fit assumes, one a line
 */
public record TrendFit(
    String measure, List<TrendPoint> points, LocalDate origin, double intercept, double slopePerYear,
    double slopeLow, double slopeHigh, double confidenceLevel, double rSquared, List<String> assumptions) {

  /** Days in a year of the time axis, the mean Julian year. */
  public static final double DAYS_PER_YEAR = 365.25;
  /** The fewest points a fit accepts: two leave no degrees of freedom for an interval. */
  public static final int MIN_POINTS = 3;
  /**
   * The widest confidence interval, as the ratio of its two ends' growth factors
   * ({@code e^(slopeHigh - slopeLow)}), at which a fitted growth still says something: a trend whose
   * interval runs from 0.1x to 40x a year (three points of fast, uneven growth) is not meaningful.
   */
  public static final double MEANINGFUL_FACTOR_SPAN = 100;

  /**
   * Creates a fit.
   *
   * @param measure  the measure, not blank
   * @param points  the points, at least three
   * @param origin  the origin, not null
   * @param intercept  the intercept, finite
   * @param slopePerYear  the slope, finite
   * @param slopeLow  the interval's lower end, finite, at most the slope
   * @param slopeHigh  the interval's upper end, finite, at least the slope
   * @param confidenceLevel  the level, above 0 and below 1
   * @param rSquared  R², 0 to 1
   * @param assumptions  the assumptions, not null
   * @throws IllegalArgumentException if an argument is null, not finite or out of range
   */
  public TrendFit {
    Args.notBlank(measure, "measure");
    points = Args.listCopy(points, "points");
    Args.isTrue(points.size() >= MIN_POINTS, "A trend of '" + measure + "' needs at least " + MIN_POINTS
        + " periods for a confidence interval on its growth rate but has " + points.size());
    Args.notNull(origin, "origin");
    finite(intercept, "intercept");
    finite(slopePerYear, "slopePerYear");
    finite(slopeLow, "slopeLow");
    finite(slopeHigh, "slopeHigh");
    Args.isTrue(slopeLow <= slopePerYear && slopePerYear <= slopeHigh, "Invalid interval: expected 'slopeLow' <= "
        + "'slopePerYear' <= 'slopeHigh' but found " + slopeLow + ", " + slopePerYear + ", " + slopeHigh);
    level(confidenceLevel);
    Args.isTrue(rSquared >= 0 && rSquared <= 1, "Argument 'rSquared' must be from 0 to 1 but has value " + rSquared);
    assumptions = Args.listCopy(assumptions, "assumptions");
  }

  private static void finite(double value, String name) {
    Args.isTrue(Double.isFinite(value), "Argument '" + name + "' must be finite but has value " + value);
  }

  private static void level(double confidenceLevel) {
    Args.isTrue(confidenceLevel > 0 && confidenceLevel < 1,
        "Argument 'confidenceLevel' must be above 0 and below 1 but has value " + confidenceLevel);
  }

  /**
   * Fits a log-linear trend.
   *
   * @param measure  what is fitted, such as {@code "revenue"}
   * @param points  at least three observations over distinct periods, in one unit, with positive values
   * @param confidenceLevel  the level of the interval on the growth rate, such as {@code 0.95}
   * @return the fit
   * @throws IllegalArgumentException if there are fewer than three points, a value is not positive, the
   *     units differ, a period repeats, all periods share one midpoint, or the level is not in (0, 1)
   */
  public static TrendFit fit(String measure, List<TrendPoint> points, double confidenceLevel) {
    level(confidenceLevel);
    Optional<String> problem = problem(measure, points);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    LocalDate origin = origin(points);

    SimpleRegression regression = new SimpleRegression();
    for (TrendPoint p : points) {
      regression.addData(midpointYears(origin, p), Math.log(p.annualisedValue().doubleValue()));
    }
    double slope = regression.getSlope();
    double halfWidth = regression.getSlopeConfidenceInterval(1 - confidenceLevel);
    // All values equal leave no variation to explain: the fit is exact, so R² is taken as 1, not 0/0.
    double rSquared = regression.getTotalSumSquares() == 0 ? 1 : Math.min(1, Math.max(0, regression.getRSquare()));
    return new TrendFit(measure, points, origin, regression.getIntercept(), slope, slope - halfWidth,
        slope + halfWidth, confidenceLevel, rSquared, assumptions(measure, points, origin, confidenceLevel));
  }

  /**
   * Why a trend cannot be fitted to these points, if it cannot: fewer than {@link #MIN_POINTS}, a
   * period twice, mixed units, a value that is not positive or beyond the range of a double, or all
   * periods sharing one midpoint. A caller checks this first, so a dataset that does not allow a
   * trend gets a reason, not an exception.
   *
   * @param measure  what would be fitted, such as {@code "revenue"}
   * @param points  the observations
   * @return the reason, empty if {@link #fit} can fit them
   * @throws IllegalArgumentException if the measure is blank or the points are null
   */
  public static Optional<String> problem(String measure, List<TrendPoint> points) {
    Args.notBlank(measure, "measure");
    Args.noNulls(points, "points");
    if (points.size() < MIN_POINTS) {
      return Optional.of("A trend of '" + measure + "' needs at least " + MIN_POINTS
          + " periods for a confidence interval on its growth rate but has " + points.size());
    }
    Set<FiscalPeriod> periods = new HashSet<>();
    for (TrendPoint p : points) {
      if (!periods.add(p.period())) {
        return Optional.of("A trend of '" + measure + "' has period " + p.period() + " twice");
      }
      if (!p.value().unit().equals(points.get(0).value().unit())) {
        return Optional.of("A trend of '" + measure + "' mixes units '" + points.get(0).value().unit() + "' and '"
            + p.value().unit() + "'");
      }
      if (p.annualisedValue().signum() <= 0) {
        return Optional.of("A log-linear trend needs positive values but '" + p + "' has value "
            + p.value().value().toPlainString());
      }
      if (!Double.isFinite(p.annualisedValue().doubleValue())) {
        return Optional.of("A trend of '" + measure + "' is computed in doubles but '" + p + "' is beyond their range");
      }
    }
    LocalDate origin = origin(points);
    if (points.stream().mapToDouble(p -> midpointYears(origin, p)).distinct().count() < 2) {
      return Optional.of("A trend of '" + measure + "' needs periods with different midpoints but all share one");
    }
    return Optional.empty();
  }

  private static LocalDate origin(List<TrendPoint> points) {
    return points.stream().map(p -> p.period().start()).min(LocalDate::compareTo).orElseThrow();
  }

  /**
   * The mean of the points' times, in years from the origin: the least-squares line passes through
   * it, so a line of another slope through the same centre is {@code a + (b - b') x̄ + b' x}.
   *
   * @return the mean time
   */
  double meanYears() {
    return points.stream().mapToDouble(p -> midpointYears(origin, p)).average().orElseThrow();
  }

  /**
   * The same fit turned about the points' mean time to another slope, such as an end of its interval.
   *
   * @param slope  the slope a year
   * @return the fit with that slope, the interval and R² kept
   */
  TrendFit withSlope(double slope) {
    double intercept2 = intercept + (slopePerYear - slope) * meanYears();
    return new TrendFit(measure, points, origin, intercept2, slope, Math.min(slopeLow, slope),
        Math.max(slopeHigh, slope), confidenceLevel, rSquared, assumptions);
  }

  static double midpointYears(LocalDate origin, TrendPoint point) {
    double days = ChronoUnit.DAYS.between(origin, point.period().start()) + point.period().lengthInDays() / 2.0;
    return days / DAYS_PER_YEAR;
  }

  private static List<String> assumptions(
      String measure, List<TrendPoint> points, LocalDate origin, double confidenceLevel) {
    List<String> lines = new ArrayList<>();
    lines.add(measure + " grows exponentially: ln(annualised value) = a + b x, x in years of 365.25 days from "
        + origin + " to each period's midpoint");
    for (TrendPoint p : points) {
      if (p.isAnnualised()) {
        lines.add(p.period() + " is annualised: value x 12 / " + p.period().lengthInMonths().toPlainString());
      }
    }
    lines.add(String.format(Locale.ROOT, "growth a year = e^b - 1, with a %s%% confidence interval from the"
        + " slope's Student-t interval on %d degrees of freedom", percent(confidenceLevel), points.size() - 2));
    lines.add("point values only: the inputs' rounding ranges are not carried into the fit");
    return List.copyOf(lines);
  }

  private static String percent(double fraction) {
    return new BigDecimal(Double.toString(fraction * 100)).stripTrailingZeros().toPlainString();
  }

  /**
   * The fitted growth a year, {@code e^b - 1}: {@code 1.0} is 100% a year.
   *
   * @return the growth as a decimal fraction
   */
  public double growthPerYear() {
    return Math.expm1(slopePerYear);
  }

  /**
   * The lower end of the confidence interval on the growth a year.
   *
   * @return the growth as a decimal fraction
   */
  public double growthLow() {
    return Math.expm1(slopeLow);
  }

  /**
   * The upper end of the confidence interval on the growth a year.
   *
   * @return the growth as a decimal fraction
   */
  public double growthHigh() {
    return Math.expm1(slopeHigh);
  }

  /**
   * Checks whether the fitted growth means something: whether its confidence interval's ends are
   * less than {@value #MEANINGFUL_FACTOR_SPAN} times apart as growth factors,
   * {@code e^(slopeHigh - slopeLow) < }{@value #MEANINGFUL_FACTOR_SPAN}. An interval from decline to
   * hundreds-fold growth a year (as three points of a start-up's revenue give) says the data do not
   * determine the growth; a report shows such a trend's interval and no growth as a result.
   *
   * @return true if the interval is narrower than that
   */
  public boolean isMeaningful() {
    return slopeHigh - slopeLow < Math.log(MEANINGFUL_FACTOR_SPAN);
  }

  /**
   * The years from the origin to a date, the trend's time axis.
   *
   * @param date  the date
   * @return the years, negative before the origin
   */
  public double yearsFromOrigin(LocalDate date) {
    Args.notNull(date, "date");
    return ChronoUnit.DAYS.between(origin, date) / DAYS_PER_YEAR;
  }

  /**
   * The fitted annualised value at a date, {@code e^(a + b x)}.
   *
   * @param date  the date
   * @return the value, in the points' unit at base scale; it may overflow to infinity far from the data
   */
  public double valueAt(LocalDate date) {
    return Math.exp(intercept + slopePerYear * yearsFromOrigin(date));
  }

  /**
   * Returns the growth with its interval, R² and the assumptions, such as
   * {@code Trend of revenue: growth 100.0% a year [95% CI 80.1%, 122.0%], R² 0.999 over 3 periods; ...}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Trend of %s: growth %.1f%% a year [%s%% CI %.1f%%, %.1f%%], R\u00b2 %.3f over"
        + " %d periods; projection assuming %s", measure, 100 * growthPerYear(), percent(confidenceLevel),
        100 * growthLow(), 100 * growthHigh(), rSquared, points.size(), String.join("; ", assumptions));
  }
}
