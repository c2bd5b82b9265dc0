package dev.prospectus.scenario;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Quantity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.analysis.solvers.UnivariateSolver;

/**
 * Projected cash as a function of continuous months, in double precision:
 * {@code cash(t) = C + sum of injections at times <= t - K(t)} with
 * {@code K(t) = fixed t + scaled G(t, q)} and {@code G(t, q) = ((1 + q)^t - 1) / q} ({@code t} for
 * {@code q = 0}).
 * <p>
 * Every {@link BurnModel} is this one form: constant burn is {@code fixed = B}; geometric burn is
 * {@code scaled = B, q = g}; revenue-driven burn is {@code fixed = O, scaled = -m R, q = r}.
 * <p>
 * Its burn rate {@code K'(t) = fixed + scaled ln(1 + q) / q (1 + q)^t} changes sign at most once, at a
 * time with a closed form; between that time, the injections and whole months, cash is continuous and
 * monotone, so a sign change at the ends of such a segment brackets the first zero, which
 * {@link BrentSolver} finds.
 * <p>
 * This class is immutable and thread-safe (its solver is created per call).
 */
final class CashCurve {

  /** Which end of the inputs' rounding ranges a curve uses. */
  enum Corner {
    /** The point values. */
    POINT,
    /** The ends that make cash lowest at every month: the shortest runway. */
    SHORTEST,
    /** The ends that make cash highest at every month: the longest runway. */
    LONGEST
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_EVALUATIONS = 200;
  private static final double ABSOLUTE_ACCURACY_MONTHS = 1e-12;
  private static final double RELATIVE_ACCURACY = 1e-15;

  private final double cash;
  private final double fixed;
  private final double scaled;
  private final double growth;
  // log1p(growth), taken once: a Monte Carlo asks a curve for 121 months and a root, and the
  // logarithm was half of each answer's work (the same double as taking it each time).
  private final double logGrowth;
  private final double[] injectionTimes;
  private final double[] injectionAmounts;

  CashCurve(double cash, double fixed, double scaled, double growth, double[] injectionTimes,
      double[] injectionAmounts) {
    this.cash = cash;
    this.fixed = fixed;
    this.scaled = scaled;
    this.growth = growth;
    this.logGrowth = Math.log1p(growth);
    this.injectionTimes = injectionTimes.clone();
    this.injectionAmounts = injectionAmounts.clone();
  }

  /**
   * The curve of a scenario, taking every input at its point value or at the end of its range that
   * makes cash lowest or highest at every month.
   */
  static CashCurve of(Scenario scenario, Corner corner) {
    double c = Checks.toDouble(pick(scenario.cash(), corner, true).max(BigDecimal.ZERO), "cash");
    List<CashInjection> injections = scenario.injections();
    double[] times = new double[injections.size()];
    double[] amounts = new double[injections.size()];
    for (int i = 0; i < times.length; i++) {
      CashInjection injection = injections.get(i);
      times[i] = MonthClock.monthsBetween(scenario.asOf(), injection.date());
      amounts[i] = Checks.toDouble(pick(injection.amount(), corner, true).max(BigDecimal.ZERO), "injections");
    }
    BurnModel model = scenario.model();
    if (model instanceof BurnModel.ConstantBurn m) {
      double b = Checks.toDouble(pick(m.monthlyBurn(), corner, false), "monthlyBurn");
      return new CashCurve(c, b, 0, 0, times, amounts);
    }
    if (model instanceof BurnModel.GeometricBurn m) {
      double b = Checks.toDouble(pick(m.firstMonthBurn(), corner, false), "firstMonthBurn");
      return new CashCurve(c, 0, b, percent(m.monthlyGrowthPercent()), times, amounts);
    }
    BurnModel.RevenueDrivenBurn m = (BurnModel.RevenueDrivenBurn) model;
    double opex = Checks.toDouble(pick(m.monthlyOperatingCosts(), corner, false), "monthlyOperatingCosts");
    // Gross profit m R adds to cash; its range is the interval product, since the margin may be negative.
    BigDecimal grossProfit;
    if (corner == Corner.POINT) {
      grossProfit = m.grossMarginPercent().value().multiply(m.firstMonthRevenue().value());
    } else {
      DecimalRange product = m.grossMarginPercent().range().multipliedBy(m.firstMonthRevenue().range());
      grossProfit = corner == Corner.SHORTEST ? product.low() : product.high();
    }
    double gp = Checks.toDouble(grossProfit.divide(HUNDRED), "firstMonthRevenue");
    return new CashCurve(c, opex, -gp, percent(m.monthlyRevenueGrowthPercent()), times, amounts);
  }

  /** An input at its point or at the range end that raises ({@code addsCash}) or lowers cash at the corner. */
  private static BigDecimal pick(Quantity q, Corner corner, boolean addsCash) {
    switch (corner) {
      case SHORTEST:
        return addsCash ? q.range().low() : q.range().high();
      case LONGEST:
        return addsCash ? q.range().high() : q.range().low();
      default:
        return q.value();
    }
  }

  private static double percent(BigDecimal value) {
    return value.doubleValue() / 100;
  }

  //-------------------------------------------------------------------------
  /** {@code G(t, q)}, through expm1 and log1p so that small rates keep their precision. */
  private double sumFactor(double t) {
    return growth == 0 ? t : Math.expm1(t * logGrowth) / growth;
  }

  /** The cumulative burn after {@code t} months. */
  double cumulativeBurn(double t) {
    // A zero coefficient contributes nothing, even where G overflows: avoid 0 x infinity.
    double fromFixed = fixed == 0 ? 0 : fixed * t;
    double fromScaled = scaled == 0 ? 0 : scaled * sumFactor(t);
    return fromFixed + fromScaled;
  }

  /** Cash after {@code t} months, counting injections made at or before {@code t}. */
  double cashAt(double t) {
    return levelAt(t, true) - cumulativeBurn(t);
  }

  /** Cash and injections at or (if {@code inclusive} is false) strictly before {@code t}. */
  private double levelAt(double t, boolean inclusive) {
    double level = cash;
    for (int i = 0; i < injectionTimes.length; i++) {
      if (injectionTimes[i] < t || (inclusive && injectionTimes[i] == t)) {
        level += injectionAmounts[i];
      }
    }
    return level;
  }

  /** The time in (0, horizon) at which the burn rate changes sign, if any. */
  private OptionalDouble turningPoint(int horizon) {
    if (growth == 0 || scaled == 0) {
      return OptionalDouble.empty();
    }
    // fixed + scaled (L / q) e^(L t) = 0  gives  e^(L t) = -fixed q / (scaled L)
    double target = -fixed * growth / (scaled * logGrowth);
    if (!(target > 0)) {
      return OptionalDouble.empty();
    }
    double t = Math.log(target) / logGrowth;
    return t > 0 && t < horizon ? OptionalDouble.of(t) : OptionalDouble.empty();
  }

  /**
   * The first time in [0, horizon] at which cash reaches zero.
   *
   * @param horizon  the horizon in months
   * @return the months, empty if cash stays positive through the horizon
   */
  OptionalDouble firstCashOut(int horizon) {
    return firstCashOut(horizon, breaks(horizon, injectionTimes));
  }

  /**
   * The first time in [0, horizon] at which cash reaches zero, given the curve's breaks.
   * <p>
   * A Monte Carlo simulation projects many curves with the same injections: it computes the breaks
   * once and passes them to every curve.
   *
   * @param horizon  the horizon in months
   * @param breaks  {@link #breaks(int, double[]) breaks(horizon, injection times)} of this curve's
   *     injection times
   * @return the months, empty if cash stays positive through the horizon
   */
  OptionalDouble firstCashOut(int horizon, double[] breaks) {
    if (cash <= 0) {
      return OptionalDouble.of(0);
    }
    // NaN when there is none: no segment then holds it.
    double turn = turningPoint(horizon).orElse(Double.NaN);
    for (int i = 1; i < breaks.length; i++) {
      double a = breaks[i - 1];
      double b = breaks[i];
      if (a < turn && turn < b) {
        OptionalDouble found = cashOutWithin(a, turn);
        if (found.isPresent()) {
          return found;
        }
        a = turn;
      }
      OptionalDouble found = cashOutWithin(a, b);
      if (found.isPresent()) {
        return found;
      }
    }
    return OptionalDouble.empty();
  }

  /**
   * The times at which cash may stop being monotone or continuous, other than the turning point:
   * every whole month from 0 to the horizon and every injection before it, ascending, each once.
   *
   * @param horizon  the horizon in months
   * @param injectionTimes  the injections' times in months
   * @return the breaks, ascending and distinct
   */
  static double[] breaks(int horizon, double[] injectionTimes) {
    double[] all = new double[horizon + 1 + injectionTimes.length];
    int n = 0;
    for (int k = 0; k <= horizon; k++) {
      all[n++] = k;
    }
    for (double t : injectionTimes) {
      if (t < horizon) {
        all[n++] = t;
      }
    }
    Arrays.sort(all, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || all[i] != all[distinct - 1]) {
        all[distinct++] = all[i];
      }
    }
    return Arrays.copyOf(all, distinct);
  }

  /** The zero of cash on [a, b), if cash reaches it by b; injections count from a. */
  private OptionalDouble cashOutWithin(double a, double b) {
    // On [a, b) the injections counted are those at or before a; b's own injection starts the next segment.
    double level = levelAt(a, true);
    // Clamped so that a burn overflowing to infinity still gives the solver finite values.
    if (!(Math.max(-Double.MAX_VALUE, level - cumulativeBurn(b)) <= 0)) {
      return OptionalDouble.empty();
    }
    UnivariateFunction f = t -> Math.max(-Double.MAX_VALUE, level - cumulativeBurn(t));
    UnivariateSolver solver = new BrentSolver(RELATIVE_ACCURACY, ABSOLUTE_ACCURACY_MONTHS);
    return OptionalDouble.of(solver.solve(MAX_EVALUATIONS, f, a, b));
  }

  @Override
  public String toString() {
    return "CashCurve[cash=" + cash + ", fixed=" + fixed + ", scaled=" + scaled + ", growth=" + growth
        + ", injections at " + Arrays.toString(injectionTimes) + "]";
  }
}
