package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Quantity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Simulates runway when the burn and its growth are uncertain: each run draws a first month's burn
 * and a monthly growth from stated {@link Distribution}s, projects cash as a
 * {@link BurnModel.GeometricBurn} would, and finds the month cash reaches zero.
 * <p>
 * Formula per run: {@code B ~ burn distribution}, {@code g ~ growth distribution} (percent a
 * month), {@code cash(t) = C + injections made by t - B ((1 + g)^t - 1) / g}; the runway is its first
 * zero, found by Commons Math's {@code BrentSolver}. Across runs: percentiles P5, P50, P95 of the
 * runway, the probability of running out before a date, and for each whole month P5, P50, P95 of
 * cash for a fan chart.
 * <p>
 * Draws come from a {@link Well19937c} generator seeded with {@link Config#seed()}: burn then growth
 * for each run in turn, so the same configuration always gives the same result. Cash and injections
 * enter at their point values; {@link RunwayProjection} gives the range across their rounding.
 * <p>
 * For example:
 * <pre>
 *   MonteCarloRunway.simulate(cash, LocalDate.of(2025, 9, 30), List.of(), 120,
 *       MonteCarloRunway.Config.of(Distribution.normal(burn, sd), Distribution.fixed(BigDecimal.ZERO), 10_000, 42))
 * </pre>
 * <p>
 * This class is stateless and thread-safe; each simulation creates its own generator and
 * distributions.
 */
public final class MonteCarloRunway {

  /** The most runs a simulation accepts, to bound its memory and time. */
  public static final int MAX_RUNS = 1_000_000;

  private MonteCarloRunway() {
  }

  /**
   * The uncertain inputs of a simulation and how many runs to make with which seed.
   * <p>
   * This class is immutable and thread-safe.
   *
   * @param monthlyBurn  the distribution of the first month's burn, in the cash's currency units
   * @param monthlyGrowthPercent  the distribution of the burn's growth a month, in percent; every draw
   *     must be above -100
   * @param runs  the number of runs, 1 to {@link #MAX_RUNS}
   * @param seed  the seed of the random generator
   */
  public record Config(Distribution monthlyBurn, Distribution monthlyGrowthPercent, int runs, long seed) {

    /**
     * Creates a configuration.
     *
     * @param monthlyBurn  the burn distribution, not null
     * @param monthlyGrowthPercent  the growth distribution, not null
     * @param runs  the runs, 1 to {@link #MAX_RUNS}
     * @param seed  the seed
     * @throws IllegalArgumentException if a distribution is null or the runs are out of range
     */
    public Config {
      Args.notNull(monthlyBurn, "monthlyBurn");
      Args.notNull(monthlyGrowthPercent, "monthlyGrowthPercent");
      Args.positive(runs, "runs");
      Args.isTrue(runs <= MAX_RUNS, "Argument 'runs' must be at most " + MAX_RUNS + " but has value " + runs);
    }

    /**
     * Returns the distributions, runs and seed, such as
     * {@code burn Uniform(20700000, 23222222.22), growth Normal(mean 0, sd 2)%, 10000 runs, seed 1}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "burn " + monthlyBurn + ", growth " + monthlyGrowthPercent + "%, " + runs + " runs, seed " + seed;
    }

    /**
     * Obtains a configuration.
     *
     * @param monthlyBurn  the distribution of the first month's burn
     * @param monthlyGrowthPercent  the distribution of the growth a month, in percent
     * @param runs  the number of runs
     * @param seed  the seed
     * @return the configuration
     */
    public static Config of(Distribution monthlyBurn, Distribution monthlyGrowthPercent, int runs, long seed) {
      return new Config(monthlyBurn, monthlyGrowthPercent, runs, seed);
    }
  }

  /**
   * Runs the simulation.
   *
   * @param cash  the cash at {@code asOf}, not negative, in a currency
   * @param asOf  the date of the cash
   * @param injections  cash added after {@code asOf}, at point values
   * @param horizonMonths  the horizon, 1 to 1200 months
   * @param config  the distributions, runs and seed
   * @return the result
   * @throws IllegalArgumentException if an input is null or out of range, or a run draws a growth of
   *     -100% or less
   */
  public static MonteCarloResult simulate(
      Quantity cash, LocalDate asOf, List<CashInjection> injections, int horizonMonths, Config config) {
    Scenario.checkCash(cash, asOf);
    List<CashInjection> checked = Scenario.checkInjections(cash, asOf, injections);
    Checks.horizon(horizonMonths);
    Args.notNull(config, "config");

    double c = Checks.toDouble(cash.value(), "cash");
    double[] times = new double[checked.size()];
    double[] amounts = new double[checked.size()];
    for (int i = 0; i < times.length; i++) {
      times[i] = MonthClock.monthsBetween(asOf, checked.get(i).date());
      amounts[i] = Checks.toDouble(checked.get(i).amount().value(), "injections");
    }
    RandomGenerator random = new Well19937c(config.seed());
    RealDistribution burns = config.monthlyBurn().toRealDistribution(random);
    RealDistribution growths = config.monthlyGrowthPercent().toRealDistribution(random);

    // Primitive arrays throughout: a report runs 10,000 paths of 121 months, and boxed numbers or a
    // sorted set per path allocated more than a hundred megabytes for it.
    double[] breaks = CashCurve.breaks(horizonMonths, times);
    CashCurve[] curves = new CashCurve[config.runs()];
    double[] cashOuts = new double[curves.length];
    int ranOut = 0;
    for (int run = 0; run < curves.length; run++) {
      double burn = burns.sample();
      double growthPercent = growths.sample();
      if (!(growthPercent > -100)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "Monte Carlo run %d drew a monthly growth of %.4f%%, at or below -100%%: use a growth distribution"
            + " bounded above -100%%, not %s", run + 1, growthPercent, config.monthlyGrowthPercent()));
      }
      curves[run] = new CashCurve(c, 0, burn, growthPercent / 100, times, amounts);
      OptionalDouble months = curves[run].firstCashOut(horizonMonths, breaks);
      if (months.isPresent()) {
        cashOuts[ranOut++] = months.getAsDouble();
      }
    }
    Arrays.sort(cashOuts, 0, ranOut);
    List<Double> cashOutMonths = Arrays.stream(cashOuts, 0, ranOut).boxed().toList();

    List<FanPoint> fan = new ArrayList<>();
    double[] column = new double[curves.length];
    double[] scratch = new double[curves.length];
    for (int k = 0; k <= horizonMonths; k++) {
      for (int run = 0; run < curves.length; run++) {
        column[run] = curves[run].cashAt(k);
      }
      // The three percentiles of the month by selection: sorting each month was most of a report's time.
      double[] p = Percentiles.ofUnsorted(column, scratch, 5, 50, 95);
      fan.add(new FanPoint(k, asOf.plusMonths(k), Checks.money(p[0]), Checks.money(p[1]), Checks.money(p[2])));
    }
    return new MonteCarloResult(config, cash, asOf, horizonMonths, cashOutMonths, fan,
        assumptions(cash, asOf, checked, horizonMonths, config));
  }

  private static List<String> assumptions(
      Quantity cash, LocalDate asOf, List<CashInjection> injections, int horizonMonths, Config config) {
    List<String> lines = new ArrayList<>();
    lines.add("cash of " + Formats.format(cash.value(), cash.unit()) + " at " + asOf + " (" + cash.label()
        + "), at its point value");
    lines.add("first month's burn drawn from " + config.monthlyBurn() + " " + cash.unit());
    lines.add("burn changing each month by a growth drawn from " + config.monthlyGrowthPercent()
        + " percent, compounded monthly");
    lines.add("burn and growth drawn independently once per run and held for the run");
    for (CashInjection injection : injections) {
      lines.add(injection + " added on that date, at its point value");
    }
    lines.add("horizon of " + horizonMonths + " months, to " + asOf.plusMonths(horizonMonths));
    lines.add(config.runs() + " runs drawn with " + Well19937c.class.getSimpleName() + " seed " + config.seed());
    lines.add("percentiles interpolate linearly (R-7); one that reaches a run lasting beyond the horizon is"
        + " reported as beyond it");
    lines.add("the distributions are assumptions, not data");
    lines.add("the burn model ignores working capital, capital expenditure, financing, interest and exchange rates");
    return List.copyOf(lines);
  }

  /**
   * Every run's runway in ascending order, the runs that last beyond the horizon counted at it: the
   * sorted sample the runway's percentiles are read from.
   */
  static double[] withCensored(List<Double> cashOutMonths, int runs, int horizonMonths) {
    double[] values = new double[runs];
    Arrays.fill(values, horizonMonths);
    for (int i = 0; i < cashOutMonths.size(); i++) {
      values[i] = cashOutMonths.get(i);
    }
    return values;
  }
}
