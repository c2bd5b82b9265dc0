package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import dev.prospectus.model.FiscalPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The break-even date that revenue, gross-margin and loss trends imply: the first date after the
 * latest period at which the fitted loss reaches zero, or none within the horizon.
 * <p>
 * Formula: revenue {@code R(x)} and the implied costs {@code O(x) = revenue x margin + loss}
 * ({@link BreakEvenPoint#impliedCosts()}) are each fitted log-linearly ({@link TrendFit}); the gross
 * margin {@code m(x)} is fitted linearly by {@link SimpleRegression} and capped at 100%. The fitted
 * loss is {@code L(x) = O(x) - m(x) R(x)}, annualised. Break-even is the first {@code x} after the end
 * of the latest period with {@code L(x) = 0}: a month-by-month search finds the first month-end at
 * which {@code L <= 0}, and Commons Math's {@code BrentSolver} finds the day within that month. The
 * solver works on {@code ln O(x) - ln R(x) - ln m(x)}, which has the same zero and cannot overflow.
 * <p>
 * For example revenue doubling every year at a 50% gross margin against costs of four times the
 * starting revenue breaks even where {@code 0.5 R(x) = O}, three years after the origin.
 * <p>
 * The trends are extrapolations: nothing says revenue keeps growing, margins keep widening or costs
 * keep their pace. The fit uses point values; see {@link TrendFit} for its limits.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param points  the observations, at least three periods
 * @param revenueTrend  the log-linear trend of revenue
 * @param costTrend  the log-linear trend of the implied costs
 * @param marginInterceptPercent  the fitted gross margin at the origin, in percent
 * @param marginSlopePercentPerYear  the fitted change of the gross margin a year, in percentage points
 * @param from  the end of the latest period, where the search starts
 * @param horizonMonths  how far after {@code from} the search looks
 * @param date  the break-even date, empty if none within the horizon
 * @param assumptions  what the estimate assumes, one a line
 */
public record BreakEven(
    List<BreakEvenPoint> points, TrendFit revenueTrend, TrendFit costTrend, double marginInterceptPercent,
    double marginSlopePercentPerYear, LocalDate from, int horizonMonths, Optional<LocalDate> date,
    List<String> assumptions) {

  private static final double MAX_MARGIN_PERCENT = 100;

  /**
   * Creates an estimate.
   *
   * @param points  the points, not null
   * @param revenueTrend  the revenue trend, not null
   * @param costTrend  the cost trend, not null
   * @param marginInterceptPercent  the margin at the origin, finite
   * @param marginSlopePercentPerYear  the margin's slope, finite
   * @param from  the search start, not null
   * @param horizonMonths  the horizon, 1 to 1200
   * @param date  the date, not null (use empty), not before {@code from}
   * @param assumptions  the assumptions, not null
   * @throws IllegalArgumentException if an argument is null or out of range
   */
  public BreakEven {
    points = Args.listCopy(points, "points");
    Args.notNull(revenueTrend, "revenueTrend");
    Args.notNull(costTrend, "costTrend");
    Args.isTrue(Double.isFinite(marginInterceptPercent) && Double.isFinite(marginSlopePercentPerYear),
        "The gross margin trend must be finite but is " + marginInterceptPercent + " + " + marginSlopePercentPerYear
        + " x");
    Args.notNull(from, "from");
    Checks.horizon(horizonMonths);
    Args.notNull(date, "date");
    Args.isTrue(date.map(d -> !d.isBefore(from)).orElse(true), "Argument 'date' must not be before " + from
        + " but has value " + date.map(LocalDate::toString).orElse(""));
    assumptions = Args.listCopy(assumptions, "assumptions");
  }

  /**
   * Estimates the break-even date.
   *
   * @param points  at least three periods of revenue, gross margin and loss
   * @param horizonMonths  how many months after the latest period to search, 1 to 1200
   * @param confidenceLevel  the level of the trends' intervals on their growth rates, such as {@code 0.95}
   * @return the estimate
   * @throws IllegalArgumentException if there are fewer than three points, the implied costs are not
   *     positive, or an argument is out of range (see {@link TrendFit#fit})
   */
  public static BreakEven estimate(List<BreakEvenPoint> points, int horizonMonths, double confidenceLevel) {
    Checks.horizon(horizonMonths);
    Optional<String> problem = problem(points);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    List<TrendPoint> revenues = new ArrayList<>();
    List<TrendPoint> costs = new ArrayList<>();
    for (BreakEvenPoint p : points) {
      revenues.add(TrendPoint.of(p.period(), p.revenue()));
      costs.add(TrendPoint.of(p.period(), p.impliedCosts()));
    }
    TrendFit revenueTrend = TrendFit.fit("revenue", revenues, confidenceLevel);
    TrendFit costTrend = TrendFit.fit("costs implied by revenue x gross margin + loss", costs, confidenceLevel);

    SimpleRegression margin = new SimpleRegression();
    for (int i = 0; i < points.size(); i++) {
      double x = TrendFit.midpointYears(revenueTrend.origin(), revenues.get(i));
      margin.addData(x, points.get(i).grossMarginPercent().value().doubleValue());
    }
    double marginIntercept = margin.getIntercept();
    double marginSlope = margin.getSlope();

    LocalDate from = points.stream().map(p -> p.period().endInclusive()).max(LocalDate::compareTo).orElseThrow();
    UnivariateFunction gap = x -> logGap(revenueTrend, costTrend, marginIntercept, marginSlope, x);
    Optional<LocalDate> date = search(revenueTrend, gap, from, horizonMonths);
    return new BreakEven(points, revenueTrend, costTrend, marginIntercept, marginSlope, from, horizonMonths, date,
        assumptions(points, from, horizonMonths));
  }

  /**
   * Why a break-even cannot be estimated from these points, if it cannot: the revenue or the
   * implied costs do not allow a trend ({@link TrendFit#problem}). A caller checks this first, so a
   * dataset that does not allow an estimate gets a reason, not an exception.
   *
   * @param points  the periods of revenue, gross margin and loss
   * @return the reason, empty if {@link #estimate} can estimate
   * @throws IllegalArgumentException if the points are null
   */
  public static Optional<String> problem(List<BreakEvenPoint> points) {
    Args.noNulls(points, "points");
    List<TrendPoint> revenues = new ArrayList<>();
    List<TrendPoint> costs = new ArrayList<>();
    for (BreakEvenPoint p : points) {
      revenues.add(TrendPoint.of(p.period(), p.revenue()));
      costs.add(TrendPoint.of(p.period(), p.impliedCosts()));
    }
    return TrendFit.problem("revenue", revenues)
        .or(() -> TrendFit.problem("costs implied by revenue x gross margin + loss", costs));
  }

  /**
   * {@code ln O(x) - ln(m(x) R(x))}: positive while the fitted loss is positive. With no gross profit
   * ({@code m <= 0}) the loss is positive whatever the revenue, so the gap is the largest double.
   */
  private static double logGap(TrendFit revenue, TrendFit cost, double marginIntercept, double marginSlope,
      double x) {
    double m = Math.min(MAX_MARGIN_PERCENT, marginIntercept + marginSlope * x) / 100;
    if (!(m > 0)) {
      return Double.MAX_VALUE;
    }
    double lnCost = cost.intercept() + cost.slopePerYear() * x;
    double lnRevenue = revenue.intercept() + revenue.slopePerYear() * x;
    return lnCost - lnRevenue - Math.log(m);
  }

  private static Optional<LocalDate> search(TrendFit axis, UnivariateFunction gap, LocalDate from, int horizonMonths) {
    double previous = axis.yearsFromOrigin(from);
    if (gap.value(previous) <= 0) {
      return Optional.of(from);
    }
    BrentSolver solver = new BrentSolver(1e-15, 1e-10);
    for (int k = 1; k <= horizonMonths; k++) {
      double x = axis.yearsFromOrigin(from.plusMonths(k));
      if (gap.value(x) <= 0) {
        double root = solver.solve(100, gap, previous, x);
        long days = (long) Math.floor(root * TrendFit.DAYS_PER_YEAR + 1e-9);
        LocalDate date = axis.origin().plusDays(days);
        return Optional.of(date.isBefore(from) ? from : date);
      }
      previous = x;
    }
    return Optional.empty();
  }

  private static List<String> assumptions(List<BreakEvenPoint> points, LocalDate from, int horizonMonths) {
    List<String> lines = new ArrayList<>();
    lines.add("revenue and the costs it implies (revenue x gross margin + loss) keep their fitted log-linear trends");
    lines.add("the gross margin keeps its fitted linear trend, capped at 100%");
    lines.add("loss is the loss measure of the inputs (" + points.get(0).loss().label() + " ...), annualised");
    lines.add("search from " + from + " for " + horizonMonths + " months, to " + from.plusMonths(horizonMonths));
    lines.add("point values only: the inputs' rounding ranges are not carried into the trends");
    return List.copyOf(lines);
  }

  /**
   * Checks whether the fitted loss reaches zero within the horizon.
   *
   * @return true if a break-even date was found
   */
  public boolean isWithinHorizon() {
    return date.isPresent();
  }

  /**
   * The earliest break-even across the trends' confidence intervals: revenue at the upper end of its
   * growth interval and the implied costs at the lower end of theirs, each trend turned about its
   * points' mean time, the gross margin trend kept.
   *
   * @return the date, empty if even then the loss does not reach zero within the horizon
   */
  public Optional<LocalDate> earliestDate() {
    return dateWith(revenueTrend.withSlope(revenueTrend.slopeHigh()), costTrend.withSlope(costTrend.slopeLow()));
  }

  /**
   * The latest break-even across the trends' confidence intervals: revenue at the lower end of its
   * growth interval and the implied costs at the upper end of theirs.
   *
   * @return the date, empty if then the loss does not reach zero within the horizon
   */
  public Optional<LocalDate> latestDate() {
    return dateWith(revenueTrend.withSlope(revenueTrend.slopeLow()), costTrend.withSlope(costTrend.slopeHigh()));
  }

  /**
   * Checks whether the break-even month is a result a report may show: a date within the horizon
   * whose range across the trends' intervals ({@link #earliestDate()} to {@link #latestDate()}) is
   * closed within the horizon too, and a revenue trend that is itself meaningful
   * ({@link TrendFit#isMeaningful()}).
   *
   * @return true if the date and both ends of its range lie within the horizon
   */
  public boolean isMeaningful() {
    return date.isPresent() && revenueTrend.isMeaningful() && earliestDate().isPresent()
        && latestDate().isPresent();
  }

  private Optional<LocalDate> dateWith(TrendFit revenue, TrendFit cost) {
    return search(revenue, x -> logGap(revenue, cost, marginInterceptPercent, marginSlopePercentPerYear, x), from,
        horizonMonths);
  }

  /**
   * The fitted gross margin at a date, capped at 100%.
   *
   * @param at  the date
   * @return the margin in percent
   */
  public double grossMarginPercentAt(LocalDate at) {
    return Math.min(MAX_MARGIN_PERCENT, marginInterceptPercent + marginSlopePercentPerYear
        * revenueTrend.yearsFromOrigin(at));
  }

  /**
   * The fitted annualised loss at a date, {@code O(x) - m(x) R(x)}.
   *
   * @param at  the date
   * @return the loss, positive for a loss, in the revenue's currency at base scale
   */
  public double annualisedLossAt(LocalDate at) {
    return costTrend.valueAt(at) - grossMarginPercentAt(at) / 100 * revenueTrend.valueAt(at);
  }

  /**
   * Returns {@code "Break-even 2027-08 (fitted loss reaches zero on 2027-08-14); projection assuming ..."}
   * or {@code "No break-even within the horizon of 60 months (to 2030-09-30); ..."}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    String head = date.map(d -> "Break-even " + YearMonth.from(d) + " (fitted loss reaches zero on " + d + ")")
        .orElse("No break-even within the horizon of " + horizonMonths + " months (to " + from.plusMonths(horizonMonths)
        + ")");
    return head + String.format(Locale.ROOT, "; revenue growth %.1f%% a year, cost growth %.1f%% a year, gross margin"
        + " %+.1f points a year", 100 * revenueTrend.growthPerYear(), 100 * costTrend.growthPerYear(),
        marginSlopePercentPerYear) + "; projection assuming " + String.join("; ", assumptions);
  }

  /**
   * The periods observed, in the given order.
   *
   * @return the periods
   */
  public List<FiscalPeriod> periods() {
    return points.stream().map(BreakEvenPoint::period).toList();
  }
}
