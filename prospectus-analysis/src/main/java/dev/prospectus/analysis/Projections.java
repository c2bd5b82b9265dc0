package dev.prospectus.analysis;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Calculators;
import dev.prospectus.calc.Derived;
import dev.prospectus.internal.Args;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.ReportingDate;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Segment;
import dev.prospectus.model.Unit;
import dev.prospectus.scenario.BreakEven;
import dev.prospectus.scenario.BreakEvenPoint;
import dev.prospectus.scenario.BurnModel;
import dev.prospectus.scenario.CashInjection;
import dev.prospectus.scenario.Distribution;
import dev.prospectus.scenario.MonteCarloResult;
import dev.prospectus.scenario.MonteCarloRunway;
import dev.prospectus.scenario.RunwayProjection;
import dev.prospectus.scenario.RunwayResult;
import dev.prospectus.scenario.Scenario;
import dev.prospectus.scenario.Sensitivity;
import dev.prospectus.scenario.Tornado;
import dev.prospectus.scenario.TrendFit;
import dev.prospectus.scenario.TrendPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The forward-looking part of a report: runway scenarios, a Monte Carlo runway, the sensitivity of
 * runway to each input, the revenue trend and the break-even it implies. Every one is a projection
 * under assumptions that it states, not a forecast.
 * <p>
 * The inputs come from the dataset generically: the latest cash balance (cash reserves, else cash
 * and cash equivalents), the monthly burns on each definition whose period ends on the cash date
 * (adjusted net loss and operating cash flow; net loss, which carries non-cash items, only when
 * neither is reported), IPO proceeds in the reporting currency dated
 * after the cash date, and revenue, gross margin and adjusted net loss for the full years and the
 * latest interim period. Which projections are made, the horizon, the Monte Carlo runs and its seed
 * come from the {@link AnalysisSettings}; the modelling assumptions are fixed:
 * <ul>
 * <li>illustrative burn paths changing by &plusmn;{@value #BURN_CHANGE_PERCENT}% a month;
 * <li>IPO gross proceeds, where net proceeds are not reported, are added with no issue costs
 *     deducted, an upper bound that the scenario says it is;
 * <li>Monte Carlo: the first month's burn uniform between the
 *     lowest and highest burn definition (&plusmn;20% around the only one, when there is one), and its
 *     monthly change normal with mean 0 and standard deviation {@value #BURN_CHANGE_PERCENT}%;
 * <li>sensitivity: each input moved &plusmn;{@value #SHOCK_PERCENT}% one at a time;
 * <li>trend and break-even confidence level 95%.
 * </ul>
 * What cannot be projected for a dataset (no cash balance, fewer than three periods for a trend,
 * proceeds in another currency, values beyond the range of the projections' doubles) is listed in
 * {@link #notMade()} with the reason; a projection the settings do not ask for is neither made nor
 * listed.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param cash  the cash balance the runways start from, empty if the dataset has none
 * @param runways  the runway scenarios, labelled
 * @param monteCarlo  the Monte Carlo runway, if it could be made
 * @param tornado  the sensitivity of the base scenario's runway, if it could be made
 * @param revenueTrend  the log-linear revenue trend, if it could be fitted
 * @param breakEven  the break-even estimate, if it could be made
 * @param notMade  what could not be projected, and why
 */
public record Projections(
    Optional<Figure> cash, List<LabelledRunway> runways, Optional<MonteCarloResult> monteCarlo,
    Optional<Tornado> tornado, Optional<TrendFit> revenueTrend, Optional<BreakEven> breakEven,
    List<String> notMade) {

  /** The monthly change of the illustrative growing and shrinking burn paths, in percent. */
  public static final int BURN_CHANGE_PERCENT = 2;
  /** The move applied to each input by the sensitivity analysis, in percent. */
  public static final int SHOCK_PERCENT = 10;
  private static final double CONFIDENCE = 0.95;
  /** Burn definitions closest to cash: net loss (with its non-cash items) only when neither exists. */
  private static final List<Metric> CASH_BURN_METRICS = List.of(Metric.ADJUSTED_NET_LOSS, Metric.OPERATING_CASH_FLOW);

  /**
   * A runway scenario with a name for tables and charts.
   *
   * @param label  what the scenario is, such as "constant burn at adjusted_net_loss 9M2025"
   * @param result  the projection
   */
  public record LabelledRunway(String label, RunwayResult result) {

    /**
     * Creates a labelled runway.
     *
     * @param label  the label, not blank
     * @param result  the result, not null
     * @throws IllegalArgumentException if an argument is null or blank
     */
    public LabelledRunway {
      Args.notBlank(label, "label");
      Args.notNull(result, "result");
    }

    /**
     * Returns the label and the runway, such as {@code constant burn ...: 53.2 months (cash out 2030-03)}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return label + ": " + result.runway();
    }
  }

  /**
   * Creates the projections.
   *
   * @param cash  the cash figure, not null (use empty)
   * @param runways  the runways, not null
   * @param monteCarlo  the Monte Carlo result, not null (use empty)
   * @param tornado  the tornado, not null (use empty)
   * @param revenueTrend  the trend, not null (use empty)
   * @param breakEven  the break-even estimate, not null (use empty)
   * @param notMade  the reasons, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public Projections {
    Args.notNull(cash, "cash");
    runways = Args.listCopy(runways, "runways");
    Args.notNull(monteCarlo, "monteCarlo");
    Args.notNull(tornado, "tornado");
    Args.notNull(revenueTrend, "revenueTrend");
    Args.notNull(breakEven, "breakEven");
    notMade = Args.listCopy(notMade, "notMade");
  }

  /**
   * Makes every projection the dataset has inputs for, with the default settings.
   *
   * @param dataset  the dataset
   * @return the projections
   */
  public static Projections of(Dataset dataset) {
    return of(dataset, AnalysisSettings.DEFAULT);
  }

  /**
   * Makes the projections the settings ask for, wherever the dataset has their inputs.
   *
   * @param dataset  the dataset
   * @param settings  which projections, the horizon, the Monte Carlo runs and seed
   * @return the projections
   */
  public static Projections of(Dataset dataset, AnalysisSettings settings) {
    Args.notNull(dataset, "dataset");
    Args.notNull(settings, "settings");
    return new Builder(dataset, settings).build();
  }

  /**
   * Checks whether any projection was made.
   *
   * @return true if there is at least one runway, trend or break-even
   */
  public boolean isEmpty() {
    return runways.isEmpty() && revenueTrend.isEmpty() && breakEven.isEmpty();
  }

  /**
   * Returns a summary: the number of runway scenarios and what else was made.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return "Projections: " + runways.size() + " runway scenarios"
        + monteCarlo.map(m -> ", Monte Carlo P50 " + m.p50()).orElse("")
        + revenueTrend.map(t -> String.format(Locale.ROOT, ", revenue trend %+.1f%% a year",
            100 * t.growthPerYear())).orElse("")
        + breakEven.map(b -> ", " + (b.date().isPresent() ? "break-even " + b.date().get() : "no break-even"))
            .orElse("")
        + (notMade.isEmpty() ? "" : "; not made: " + notMade.size());
  }

  /** Gathers the inputs and runs the scenarios; one per call of {@link #of}. */
  private static final class Builder {
    private final Dataset ds;
    private final AnalysisSettings settings;
    private final List<LabelledRunway> runways = new ArrayList<>();
    private final List<String> notMade = new ArrayList<>();

    Builder(Dataset ds, AnalysisSettings settings) {
      this.ds = ds;
      this.settings = settings;
    }

    Projections build() {
      Optional<Figure> cash = Optional.empty();
      Optional<MonteCarloResult> monteCarlo = Optional.empty();
      Optional<Tornado> tornado = Optional.empty();
      boolean runwayAsked = settings.makes(AnalysisSettings.Projection.RUNWAY_SCENARIOS)
          || settings.makes(AnalysisSettings.Projection.MONTE_CARLO)
          || settings.makes(AnalysisSettings.Projection.SENSITIVITY);
      if (runwayAsked) {
        cash = latestCash();
        if (cash.isEmpty()) {
          notMade.add("runway: the dataset has no cash balance at a date");
        } else {
          LocalCash c = new LocalCash(cash.get(), ((ReportingDate) cash.get().period()).date());
          List<Derived> burns = burns(c);
          List<CashInjection> ipo = burns.isEmpty() ? List.of() : ipoProceeds(c);
          Optional<String> tooLarge = beyondDoubles(c, burns, ipo);
          if (burns.isEmpty()) {
            notMade.add("runway: no loss or operating cash outflow for a period ending on " + c.date);
          } else if (tooLarge.isPresent()) {
            notMade.add("runway: " + tooLarge.get());
          } else {
            int horizon = settings.horizonMonths();
            Scenario base = Scenario.of(c.figure, c.date, BurnModel.constant(burns.get(0)), List.of(), horizon);
            Scenario sensitive = ipo.isEmpty() ? base : base.withInjections(ipo);
            BigDecimal change = BigDecimal.valueOf(BURN_CHANGE_PERCENT);
            if (settings.makes(AnalysisSettings.Projection.RUNWAY_SCENARIOS)) {
              for (Derived burn : burns) {
                add("constant " + burn.label(), base.withModel(BurnModel.constant(burn)));
              }
              add("burn shrinking " + change + "% a month from " + burns.get(0).label(),
                  base.withModel(BurnModel.geometric(burns.get(0), change.negate())));
              add("burn growing " + change + "% a month from " + burns.get(0).label(),
                  base.withModel(BurnModel.geometric(burns.get(0), change)));
              if (!ipo.isEmpty()) {
                add("constant " + burns.get(0).label() + ", with " + ipo.get(0).description(), sensitive);
              }
            }
            if (settings.makes(AnalysisSettings.Projection.MONTE_CARLO)) {
              monteCarlo = Optional.of(MonteCarloRunway.simulate(c.figure, c.date, ipo, horizon,
                  MonteCarloRunway.Config.of(burnDistribution(burns), Distribution.normal(BigDecimal.ZERO, change),
                      settings.monteCarloRuns(), settings.seed())));
            }
            if (settings.makes(AnalysisSettings.Projection.SENSITIVITY)) {
              tornado = Optional.of(Sensitivity.tornado(sensitive, BigDecimal.valueOf(SHOCK_PERCENT)));
            }
          }
        }
      }
      List<FiscalPeriod> periods = trendPeriods();
      Optional<TrendFit> trend = Optional.empty();
      if (settings.makes(AnalysisSettings.Projection.REVENUE_TREND)) {
        List<TrendPoint> points = periods.stream()
            .map(p -> TrendPoint.from(figure(Metric.REVENUE, p).orElseThrow())).toList();
        Optional<String> problem = TrendFit.problem("revenue", points);
        problem.ifPresent(why -> notMade.add("revenue trend: " + why));
        trend = problem.isPresent() ? Optional.empty() : Optional.of(TrendFit.fit("revenue", points, CONFIDENCE));
      }
      Optional<BreakEven> breakEven = Optional.empty();
      if (settings.makes(AnalysisSettings.Projection.BREAK_EVEN)) {
        List<BreakEvenPoint> points = breakEvenPoints(periods);
        Optional<String> problem = points.size() < TrendFit.MIN_POINTS
            ? Optional.of("needs revenue, gross margin and a loss for at least " + TrendFit.MIN_POINTS
                + " periods but has " + points.size())
            : BreakEven.problem(points);
        problem.ifPresent(why -> notMade.add("break-even: " + why));
        breakEven = problem.isPresent() ? Optional.empty()
            : Optional.of(BreakEven.estimate(points, settings.horizonMonths(), CONFIDENCE));
      }
      return new Projections(cash, runways, monteCarlo, tornado, trend, breakEven, notMade);
    }

    private void add(String label, Scenario scenario) {
      runways.add(new LabelledRunway(label, RunwayProjection.project(scenario)));
    }

    /** The projections compute in doubles: a value beyond their range cannot be projected. */
    private static Optional<String> beyondDoubles(LocalCash c, List<Derived> burns, List<CashInjection> ipo) {
      List<Quantity> inputs = new ArrayList<>();
      inputs.add(c.figure);
      inputs.addAll(burns);
      ipo.forEach(i -> inputs.add(i.amount()));
      Optional<String> oneSided = inputs.stream().filter(q -> !q.range().isBounded()).findFirst()
          .map(q -> q.label() + " is bounded on one side only (" + q.range() + "): the projections take every input"
              + " at both ends of its range");
      return oneSided.or(() -> inputs.stream()
          .filter(q -> !Double.isFinite(q.range().low().doubleValue())
              || !Double.isFinite(q.range().high().doubleValue()))
          .findFirst()
          .map(q -> q.label() + " is beyond the range the projections compute in (doubles)"));
    }

    private Optional<Figure> figure(Metric metric, ReportingPeriod period) {
      return ds.lookup(metric, Segment.TOTAL, period).findPreferred();
    }

    private Optional<Figure> latestCash() {
      for (Metric metric : Calculators.CASH_METRICS) {
        List<ReportingPeriod> dates = ds.periods(metric, Segment.TOTAL).stream()
            .filter(ReportingPeriod::isInstant).toList();
        if (!dates.isEmpty()) {
          Optional<Figure> f = figure(metric, dates.get(dates.size() - 1));
          if (f.isPresent() && f.get().unit().isCurrency() && f.get().value().signum() >= 0) {
            return f;
          }
        }
      }
      return Optional.empty();
    }

    private List<Derived> burns(LocalCash c) {
      List<Derived> burns = burns(c, CASH_BURN_METRICS);
      return burns.isEmpty() ? burns(c, List.of(Metric.NET_LOSS)) : burns;
    }

    private List<Derived> burns(LocalCash c, List<Metric> metrics) {
      return Calculators.burnsEndingOn(ds, c.date, c.figure.unit(), metrics).stream()
          .filter(b -> b.isMeaningful() && b.derived().range().isBoundedBelow()
              && b.derived().range().low().signum() > 0)
          .map(Calculation::derived).toList();
    }

    private List<CashInjection> ipoProceeds(LocalCash c) {
      for (Metric metric : List.of(Metric.IPO_NET_PROCEEDS, Metric.IPO_GROSS_PROCEEDS)) {
        List<Figure> reports = ds.periods(metric, Segment.TOTAL).stream()
            .filter(p -> p.isInstant() && p.endInclusive().isAfter(c.date))
            .flatMap(p -> ds.lookup(metric, Segment.TOTAL, p).reports().stream()).toList();
        // A one-sided report ("at least HK$4.2B") has no upper end to project with.
        Optional<Figure> own = reports.stream().filter(f -> f.unit().equals(c.figure.unit()) && f.range().isBounded())
            .findFirst();
        if (own.isPresent()) {
          Figure f = own.get();
          LocalDate date = f.period().endInclusive();
          return List.of(metric.equals(Metric.IPO_NET_PROCEEDS)
              ? CashInjection.of("IPO net proceeds", f, date)
              : CashInjection.ofNetProceeds("IPO gross proceeds (issue costs not deducted)", f, BigDecimal.ZERO,
                  date));
        }
        if (!reports.isEmpty()) {
          notMade.add("IPO proceeds: " + metric + " is reported only in " + reports.get(0).unit()
              + ", not " + c.figure.unit() + ", and the dataset gives no exchange rate");
          return List.of();
        }
      }
      return List.of();
    }

    private static Distribution burnDistribution(List<Derived> burns) {
      BigDecimal low = burns.stream().map(Derived::value).min(Comparator.naturalOrder()).orElseThrow();
      BigDecimal high = burns.stream().map(Derived::value).max(Comparator.naturalOrder()).orElseThrow();
      if (low.compareTo(high) == 0) {
        return Distribution.uniform(low.multiply(new BigDecimal("0.8")), high.multiply(new BigDecimal("1.2")));
      }
      return Distribution.uniform(low, high);
    }

    /**
     * The full years with revenue, then the latest interim period that ends after them; revenue in
     * the dataset's currency only, as a trend through figures in different units is none.
     */
    private List<FiscalPeriod> trendPeriods() {
      Unit currency = ds.currencyUnit();
      List<FiscalPeriod> spans = ds.periods(Metric.REVENUE, Segment.TOTAL).stream()
          .filter(p -> p instanceof FiscalPeriod).map(p -> (FiscalPeriod) p)
          .filter(p -> figure(Metric.REVENUE, p).map(f -> f.value().signum() > 0 && f.unit().equals(currency))
              .orElse(false)).toList();
      List<FiscalPeriod> result = new ArrayList<>(spans.stream().filter(ds::isFiscalYear).toList());
      spans.stream().filter(p -> !p.isFullYear())
          .filter(p -> result.isEmpty() || p.start().isAfter(result.get(result.size() - 1).endInclusive()))
          .reduce((a, b) -> b).ifPresent(result::add);
      return result;
    }

    private List<BreakEvenPoint> breakEvenPoints(List<FiscalPeriod> periods) {
      List<BreakEvenPoint> points = new ArrayList<>();
      for (FiscalPeriod p : periods) {
        Figure revenue = figure(Metric.REVENUE, p).orElseThrow();
        // A margin in percent and a loss in the revenue's currency, or no point: other units do not add up.
        Optional<Figure> margin = figure(Metric.GROSS_MARGIN, p).filter(f -> f.unit().equals(Unit.PERCENT));
        Optional<Figure> loss = figure(Metric.ADJUSTED_NET_LOSS, p).or(() -> figure(Metric.NET_LOSS, p))
            .filter(f -> f.unit().equals(revenue.unit()));
        if (margin.isPresent() && loss.isPresent()) {
          points.add(BreakEvenPoint.of(p, revenue, margin.get(), loss.get()));
        }
      }
      return points;
    }
  }

  /** The cash figure and its date. */
  private record LocalCash(Figure figure, LocalDate date) {
  }
}
