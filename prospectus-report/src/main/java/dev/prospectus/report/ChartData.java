package dev.prospectus.report;

import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.Projections;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.Measure;
import dev.prospectus.format.Formats;
import dev.prospectus.format.Vocabulary;
import dev.prospectus.internal.Args;
import dev.prospectus.model.Amount;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Segment;
import dev.prospectus.model.SegmentDefinition;
import dev.prospectus.model.Unit;
import dev.prospectus.scenario.CashPoint;
import dev.prospectus.scenario.MonteCarloResult;
import dev.prospectus.scenario.Tornado;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The numbers behind the HTML report's charts, taken from an {@link Analysis} and its dataset.
 * <p>
 * Which periods, segments and burn definitions appear follows from the data, as in
 * {@link Analysis}: nothing here names a company. Money is in millions of the reporting currency,
 * ratios and margins in percent. Every point keeps its range, so a chart can show how far rounding
 * moves it.
 * <p>
 * This class is stateless and thread-safe.
 */
final class ChartData {

  /** The ratios to revenue that are charted over time. */
  static final List<Metric> CHARTED_RATIOS = List.of(Metric.TRAINING_COMPUTE_SPEND, Metric.ADJUSTED_NET_LOSS);

  private ChartData() {
  }

  /**
   * One value of a series, in the chart's unit, with the range its inputs' rounding allows.
   *
   * @param category  the period, as printed on the axis
   * @param value  the value
   * @param low  the low end of its range
   * @param high  the high end of its range
   */
  record Point(String category, BigDecimal value, BigDecimal low, BigDecimal high) {

    Point {
      Args.notBlank(category, "category");
      Args.notNull(value, "value");
      Args.notNull(low, "low");
      Args.notNull(high, "high");
    }

    static Point of(String category, BigDecimal value, DecimalRange range) {
      return new Point(category, value, range.low(), range.high());
    }
  }

  /**
   * A named series: its points in category order, some categories possibly missing.
   *
   * @param name  the name shown in the legend
   * @param points  the points
   */
  record Series(String name, List<Point> points) {

    Series {
      Args.notBlank(name, "name");
      points = Args.listCopy(points, "points");
    }
  }

  /**
   * A chart of series over periods.
   *
   * @param title  the chart's title
   * @param axisLabel  the value axis label, with the unit
   * @param categories  the periods, in order
   * @param series  the series
   */
  record Panel(String title, String axisLabel, List<String> categories, List<Series> series) {

    Panel {
      Args.notBlank(title, "title");
      Args.notBlank(axisLabel, "axisLabel");
      categories = Args.listCopy(categories, "categories");
      series = Args.listCopy(series, "series");
    }
  }

  /**
   * One burn definition in a cash runway chart: cash falls by {@code burn} a month and runs out
   * after {@code months}.
   *
   * @param name  the burn definition, such as "Adjusted net loss 9M2025"
   * @param burn  the monthly burn, in millions
   * @param burnRange  its range, in millions
   * @param months  the runway in months
   * @param monthsRange  its range
   */
  record RunwayLine(String name, BigDecimal burn, DecimalRange burnRange, BigDecimal months,
      DecimalRange monthsRange) {

    RunwayLine {
      Args.notBlank(name, "name");
      Args.notNull(burn, "burn");
      Args.notNull(burnRange, "burnRange");
      Args.notNull(months, "months");
      Args.notNull(monthsRange, "monthsRange");
    }
  }

  /**
   * A cash balance running down to zero at each burn definition.
   *
   * @param title  the chart's title
   * @param axisLabel  the cash axis label, with the unit
   * @param asOf  the date of the cash balance, month 0
   * @param cash  the cash, in millions
   * @param cashRange  its range, in millions
   * @param lines  one line per burn definition
   */
  record CashRunway(String title, String axisLabel, LocalDate asOf, BigDecimal cash, DecimalRange cashRange,
      List<RunwayLine> lines) {

    CashRunway {
      Args.notBlank(title, "title");
      Args.notBlank(axisLabel, "axisLabel");
      Args.notNull(asOf, "asOf");
      Args.notNull(cash, "cash");
      Args.notNull(cashRange, "cashRange");
      lines = Args.listCopy(lines, "lines");
    }
  }

  //-------------------------------------------------------------------------
  /**
   * Revenue by period, split by the segments of one dimension.
   * <p>
   * The dimension is the one with the most segment revenue figures in the periods that have total
   * revenue (the first declared on a tie). A period whose segments add up to less than the total,
   * beyond rounding, gets an "other" part; a period with no segment figure shows the total, unsplit.
   *
   * @param analysis  the analysis
   * @return the chart, empty if the dataset has no revenue over a period in its currency
   */
  static Optional<Panel> revenueBySegment(Analysis analysis) {
    Dataset ds = analysis.dataset();
    Unit currency = ds.currencyUnit();
    Map<FiscalPeriod, Figure> totals = new LinkedHashMap<>();
    for (FiscalPeriod period : spans(ds, Metric.REVENUE, Segment.TOTAL)) {
      preferred(ds, Metric.REVENUE, Segment.TOTAL, period).filter(f -> f.unit().equals(currency))
          .ifPresent(f -> totals.put(period, f));
    }
    if (totals.isEmpty()) {
      return Optional.empty();
    }
    List<SegmentDefinition> split = splitDimension(ds, totals, currency);
    List<Series> series = new ArrayList<>();
    for (SegmentDefinition def : split) {
      List<Point> points = new ArrayList<>();
      totals.keySet().forEach(p -> preferred(ds, Metric.REVENUE, def.segment(), p)
          .filter(f -> f.unit().equals(currency)).ifPresent(f -> points.add(millions(p, f))));
      series.add(new Series(def.label(), points));
    }
    List<Point> other = new ArrayList<>();
    List<Point> unsplit = new ArrayList<>();
    totals.forEach((period, total) -> {
      List<Figure> parts = split.stream()
          .flatMap(d -> preferred(ds, Metric.REVENUE, d.segment(), period).stream())
          .filter(f -> f.unit().equals(currency)).toList();
      if (parts.isEmpty()) {
        unsplit.add(millions(period, total));
        return;
      }
      BigDecimal sum = parts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal sumHigh = parts.stream().map(f -> f.range().high()).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal sumLow = parts.stream().map(f -> f.range().low()).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (total.range().low().compareTo(sumHigh) > 0) {
        other.add(millions(period.toString(), total.value().subtract(sum),
            DecimalRange.ofClosed(total.range().low().subtract(sumHigh), total.range().high().subtract(sumLow))));
      }
    });
    if (!other.isEmpty()) {
      series.add(new Series("Other or not allocated", other));
    }
    if (!unsplit.isEmpty()) {
      series.add(new Series(split.isEmpty() ? "Total" : "Total (no split reported)", unsplit));
    }
    // The title says what is drawn: a split by segment, or the totals alone.
    return Optional.of(new Panel(split.isEmpty() ? "Revenue by period" : "Revenue by period and segment",
        Formats.header(currency),
        totals.keySet().stream().map(FiscalPeriod::toString).toList(), series));
  }

  /** The dimension whose segments report revenue most often in the given periods. */
  private static List<SegmentDefinition> splitDimension(Dataset ds, Map<FiscalPeriod, Figure> totals, Unit currency) {
    Map<String, List<SegmentDefinition>> byDimension = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SegmentDefinition def : ds.segments()) {
      if (def.segment().isTotal()) {
        continue;
      }
      int n = (int) totals.keySet().stream().filter(p -> preferred(ds, Metric.REVENUE, def.segment(), p)
          .filter(f -> f.unit().equals(currency)).isPresent()).count();
      if (n > 0) {
        byDimension.computeIfAbsent(def.dimension(), d -> new ArrayList<>()).add(def);
        counts.merge(def.dimension(), n, Integer::sum);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best == null ? List.of() : byDimension.get(best);
  }

  /**
   * Gross margin over time, for the whole company and each segment that has one: the reported
   * margin, else the margin the analysis computed from revenue and gross profit or cost.
   *
   * @param analysis  the analysis
   * @return the chart, empty if the dataset has no gross margin
   */
  static Optional<Panel> grossMarginBySegment(Analysis analysis) {
    Dataset ds = analysis.dataset();
    Map<Segment, Map<ReportingPeriod, Point>> bySegment = new LinkedHashMap<>();
    ds.segments().forEach(d -> bySegment.put(d.segment(), new LinkedHashMap<>()));
    for (Derived d : derived(analysis, Measure.GROSS_MARGIN)) {
      // A gross margin reads revenue first, then gross profit or cost of revenue.
      FigureKey revenue = d.subject().get(0);
      bySegment.get(revenue.segment()).put(revenue.period(), Point.of(revenue.period().toString(), d.value(),
          d.range()));
    }
    for (SegmentDefinition def : ds.segments()) {
      for (FiscalPeriod period : spans(ds, Metric.GROSS_MARGIN, def.segment())) {
        preferred(ds, Metric.GROSS_MARGIN, def.segment(), period).filter(f -> f.unit().equals(Unit.PERCENT))
            .ifPresent(f -> bySegment.get(def.segment())
                .put(period, Point.of(period.toString(), f.value(), f.range())));
      }
    }
    // The title says what is drawn: the company as a whole, its segments, or both.
    boolean total = !bySegment.getOrDefault(Segment.TOTAL, Map.of()).isEmpty();
    boolean segments = bySegment.entrySet().stream().anyMatch(e -> !e.getKey().isTotal() && !e.getValue().isEmpty());
    String title = total && segments ? "Gross margin, total and by segment" : segments ? "Gross margin by segment"
        : "Gross margin";
    return panel(title, Formats.header(Unit.PERCENT), ds, bySegment);
  }

  /**
   * Training compute spend and adjusted net loss as a share of revenue over time, as the analysis
   * computed them.
   *
   * @param analysis  the analysis
   * @return the chart, empty if neither ratio was computed
   */
  static Optional<Panel> ratiosToRevenue(Analysis analysis) {
    Dataset ds = analysis.dataset();
    Map<Metric, Map<ReportingPeriod, Point>> byMetric = new LinkedHashMap<>();
    CHARTED_RATIOS.forEach(m -> byMetric.put(m, new LinkedHashMap<>()));
    for (Derived d : derived(analysis, Measure.RATIO_TO_REVENUE)) {
      // A ratio to revenue reads the amount first, then the revenue.
      FigureKey amount = d.subject().get(0);
      if (CHARTED_RATIOS.contains(amount.metric()) && amount.segment().isTotal()) {
        byMetric.get(amount.metric()).put(amount.period(), Point.of(amount.period().toString(), d.value(),
            d.range()));
      }
    }
    Map<String, Map<ReportingPeriod, Point>> byName = new LinkedHashMap<>();
    byMetric.forEach((m, points) -> byName.put(ds.label(m) + " / revenue", points));
    // The title names what is drawn: both ratios, or the one the dataset has.
    List<String> drawn = byName.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
        .toList();
    return panel(drawn.size() == 1 ? drawn.get(0) : "Compute and adjusted loss to revenue",
        Formats.header(Unit.PERCENT), byName);
  }

  /**
   * Each cash balance the analysis computed a runway on, running down at every burn definition.
   *
   * @param analysis  the analysis
   * @return one chart per cash balance, in the analysis's order
   */
  static List<CashRunway> cashRunways(Analysis analysis) {
    Dataset ds = analysis.dataset();
    Map<Figure, List<RunwayLine>> byCash = new LinkedHashMap<>();
    for (Derived d : derived(analysis, Measure.RUNWAY)) {
      // The analysis's runways read a reported cash balance, then a monthly burn over one flow.
      if (!(d.inputs().get(0) instanceof Figure cash && d.inputs().get(d.inputs().size() - 1) instanceof Derived burn
          && burn.measure() == Measure.MONTHLY_BURN && cash.range().isBounded() && burn.range().isBounded())) {
        continue;
      }
      List<FigureKey> flows = burn.subject();
      String name = flows.size() == 1 ? ds.label(flows.get(0).metric()) + " " + flows.get(0).period() : burn.label();
      byCash.computeIfAbsent(cash, c -> new ArrayList<>()).add(new RunwayLine(name, toMillions(burn.value()),
          toMillions(burn.range()), d.value(), d.range()));
    }
    List<CashRunway> charts = new ArrayList<>();
    byCash.forEach((cash, lines) -> charts.add(new CashRunway(
        ds.label(cash.metric()) + " at " + cash.period() + " running down to the runway",
        Formats.header(cash.unit()), cash.period().endInclusive(), toMillions(cash.value()),
        toMillions(cash.range()), lines)));
    return charts;
  }

  /**
   * A value at a month after the cash date, with a band around it.
   *
   * @param month  the month, 0 at the cash date
   * @param value  the value, in millions
   * @param low  the low end of the band
   * @param high  the high end of the band
   */
  record MonthPoint(int month, BigDecimal value, BigDecimal low, BigDecimal high) {

    MonthPoint {
      Args.notNull(value, "value");
      Args.notNull(low, "low");
      Args.notNull(high, "high");
    }
  }

  /**
   * Named paths of cash month by month, such as the runway scenarios, or one path with a band,
   * such as the Monte Carlo median between its 5th and 95th percentiles.
   *
   * @param title  the chart's title
   * @param axisLabel  the cash axis label, with the unit
   * @param asOf  the date of month 0
   * @param lastMonth  the last month to show
   * @param paths  each path's name and points
   */
  record Paths(String title, String axisLabel, LocalDate asOf, int lastMonth, Map<String, List<MonthPoint>> paths) {

    Paths {
      Args.notBlank(title, "title");
      Args.notBlank(axisLabel, "axisLabel");
      Args.notNull(asOf, "asOf");
      paths = Collections.unmodifiableMap(new LinkedHashMap<>(Args.notNull(paths, "paths")));
    }
  }

  /**
   * One input of a tornado chart: the runway with the input moved down and up.
   *
   * @param input  the input's name
   * @param atLow  the runway in months with the input moved down, capped at the horizon
   * @param atHigh  the runway with the input moved up, capped at the horizon
   */
  record TornadoBar(String input, double atLow, double atHigh) {

    TornadoBar {
      Args.notBlank(input, "input");
    }
  }

  /**
   * The sensitivity of the runway to each input.
   *
   * @param title  the chart's title
   * @param base  the base runway in months, capped at the horizon
   * @param shockPercent  how far each input was moved, in percent
   * @param bars  the inputs, largest swing first
   */
  record TornadoBars(String title, double base, BigDecimal shockPercent, List<TornadoBar> bars) {

    TornadoBars {
      Args.notBlank(title, "title");
      Args.notNull(shockPercent, "shockPercent");
      bars = Args.listCopy(bars, "bars");
    }
  }

  /**
   * The cash path of every runway scenario of the projections, to the month after the last
   * scenario's cash runs out (the horizon if one lasts beyond it). A path stops at the month its
   * cash first falls below zero.
   *
   * @param analysis  the analysis
   * @return the chart, empty if no runway was projected
   */
  static Optional<Paths> runwayScenarios(Analysis analysis) {
    Projections p = analysis.projections();
    if (p.runways().isEmpty() || p.cash().isEmpty()) {
      return Optional.empty();
    }
    Figure cash = p.cash().get();
    int horizon = p.runways().get(0).result().scenario().horizonMonths();
    double longest = p.runways().stream().mapToDouble(r -> r.result().runway().monthsCappedAtHorizon()).max()
        .orElse(horizon);
    int last = (int) Math.min(horizon, Math.ceil(longest) + 1);
    Map<String, List<MonthPoint>> paths = new LinkedHashMap<>();
    for (Projections.LabelledRunway r : p.runways()) {
      List<MonthPoint> points = new ArrayList<>();
      for (CashPoint point : r.result().path()) {
        if (point.month() > last) {
          break;
        }
        BigDecimal m = toMillions(point.cash());
        points.add(new MonthPoint(point.month(), m, m, m));
        if (point.cash().signum() < 0) {
          break;
        }
      }
      paths.put(r.label() + ": " + r.result().runway().toShortString() + " months", points);
    }
    return Optional.of(new Paths("Runway scenarios: " + analysis.dataset().label(cash.metric()) + " from "
        + cash.period(), Formats.header(cash.unit()), cash.period().endInclusive(), last, paths));
  }

  /**
   * The Monte Carlo fan: median cash month by month between its 5th and 95th percentiles, to the
   * month after the 95th percentile runway (the horizon if it lasts beyond it).
   *
   * @param analysis  the analysis
   * @return the chart, empty if no Monte Carlo runway was made
   */
  static Optional<Paths> runwayFan(Analysis analysis) {
    Optional<MonteCarloResult> result = analysis.projections().monteCarlo();
    if (result.isEmpty()) {
      return Optional.empty();
    }
    MonteCarloResult mc = result.get();
    int last = (int) Math.min(mc.horizonMonths(), Math.ceil(mc.p95().monthsCappedAtHorizon()) + 1);
    List<MonthPoint> points = mc.fan().stream().filter(f -> f.month() <= last)
        .map(f -> new MonthPoint(f.month(), toMillions(f.p50()), toMillions(f.p5()), toMillions(f.p95()))).toList();
    String name = String.format(Locale.ROOT, "median cash, P5 to P95 band (%d runs): runway P5 %s, P50 %s, P95 %s "
        + "months", mc.runs(), mc.p5().toShortString(), mc.p50().toShortString(), mc.p95().toShortString());
    return Optional.of(new Paths("Runway fan: Monte Carlo cash paths", Formats.header(mc.cash().unit()),
        mc.asOf(), last, Map.of(name, points)));
  }

  /**
   * The sensitivity of the runway: each input moved down and up, largest swing first.
   *
   * @param analysis  the analysis
   * @return the chart, empty if no sensitivity was computed
   */
  static Optional<TornadoBars> tornado(Analysis analysis) {
    Optional<Tornado> result = analysis.projections().tornado();
    if (result.isEmpty() || result.get().rows().isEmpty()) {
      return Optional.empty();
    }
    Tornado t = result.get();
    List<TornadoBar> bars = t.rows().stream().map(r -> new TornadoBar(r.input(),
        r.runwayAtLow().monthsCappedAtHorizon(), r.runwayAtHigh().monthsCappedAtHorizon())).toList();
    return Optional.of(new TornadoBars("Runway sensitivity: each input \u00b1" + t.shockPercent().toPlainString()
        + "%, base " + t.base().toShortString() + " months", t.base().monthsCappedAtHorizon(), t.shockPercent(),
        bars));
  }

  /**
   * The share price from the offer price range to the final offer price and the first day's open
   * and close, each point the preferred report of the metric's latest period (as the offering
   * section takes them), with the range its printed rounding allows.
   * <p>
   * Each end of a printed price range is its own point, read to the range's rounding: "151.0 to
   * 165.0" is 151.0 [150.95, 151.05] and 165.0 [164.95, 165.05]. A price in another currency than
   * the offer price, a range qualified ("about") or a price bounded on one side only is left out.
   *
   * @param analysis  the analysis
   * @return the chart, empty without an offer price or with nothing else to draw beside it
   */
  static Optional<Panel> offeringPrices(Analysis analysis) {
    Dataset ds = analysis.dataset();
    Optional<Figure> offer = latest(ds, Metric.IPO_OFFER_PRICE)
        .filter(f -> f.unit().isCurrency() && f.range().isBounded());
    if (offer.isEmpty()) {
      return Optional.empty();
    }
    Unit currency = offer.get().unit();
    List<Point> points = new ArrayList<>();
    latest(ds, Metric.IPO_OFFER_PRICE_RANGE)
        .filter(r -> r.unit().equals(currency) && r.qualifier() == Qualifier.EXACT && r.amount().isRange())
        .ifPresent(r -> {
          points.add(rangeEnd("Offer range low", r, r.amount().value()));
          points.add(rangeEnd("Offer range high", r, r.amount().valueTo().orElseThrow()));
        });
    points.add(Point.of("Offer price", offer.get().value(), offer.get().range()));
    for (Metric day : List.of(Metric.FIRST_DAY_OPEN_PRICE, Metric.FIRST_DAY_CLOSE_PRICE)) {
      latest(ds, day).filter(f -> f.unit().equals(currency) && f.range().isBounded())
          .ifPresent(f -> points.add(Point.of(day.equals(Metric.FIRST_DAY_OPEN_PRICE) ? "First-day open"
              : "First-day close", f.value(), f.range())));
    }
    if (points.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new Panel("Share price from the offer to the first day's close",
        Vocabulary.symbol(currency) + " per share", points.stream().map(Point::category).toList(),
        List.of(new Series("Price per share", points))));
  }

  private static Point rangeEnd(String category, Figure range, BigDecimal printed) {
    Amount end = Amount.of(printed, range.amount().scale(), range.unit());
    return Point.of(category, end.baseValue(), end.roundingRange(range.roundingUnit()));
  }

  /** The preferred report of the metric's total for its latest period (by end date). */
  static Optional<Figure> latest(Dataset ds, Metric metric) {
    return ds.periods(metric, Segment.TOTAL).stream()
        .max(Comparator.comparing(ReportingPeriod::endInclusive))
        .flatMap(p -> ds.lookup(metric, Segment.TOTAL, p).findPreferred());
  }

  //-------------------------------------------------------------------------
  private static Optional<Panel> panel(String title, String axisLabel, Dataset ds,
      Map<Segment, Map<ReportingPeriod, Point>> bySegment) {
    Map<String, Map<ReportingPeriod, Point>> byName = new LinkedHashMap<>();
    bySegment.forEach((segment, points) -> byName.put(
        ds.segment(segment).map(SegmentDefinition::label).orElse(segment.id()), points));
    return panel(title, axisLabel, byName);
  }

  private static Optional<Panel> panel(String title, String axisLabel,
      Map<String, Map<ReportingPeriod, Point>> byName) {
    TreeSet<ReportingPeriod> periods = new TreeSet<>(Dataset.PERIOD_ORDER);
    byName.values().forEach(points -> periods.addAll(points.keySet()));
    if (periods.isEmpty()) {
      return Optional.empty();
    }
    List<Series> series = new ArrayList<>();
    byName.forEach((name, points) -> {
      if (!points.isEmpty()) {
        series.add(new Series(name, periods.stream().filter(points::containsKey).map(points::get).toList()));
      }
    });
    return Optional.of(new Panel(title, axisLabel, periods.stream().map(ReportingPeriod::toString).toList(), series));
  }

  // A chart draws every value with its range as a band or an error bar: a value bounded on one side
  // only has no such band, so charts leave it out (the tables show it, with its bound).
  private static List<Derived> derived(Analysis analysis, Measure measure) {
    return analysis.find(measure).stream().filter(Calculation::isMeaningful).map(Calculation::derived)
        .filter(d -> d.range().isBounded()).toList();
  }

  private static List<FiscalPeriod> spans(Dataset ds, Metric metric, Segment segment) {
    return ds.periods(metric, segment).stream()
        .filter(p -> p instanceof FiscalPeriod).map(p -> (FiscalPeriod) p).toList();
  }

  private static Optional<Figure> preferred(Dataset ds, Metric metric, Segment segment, ReportingPeriod period) {
    return ds.lookup(metric, segment, period).findPreferred().filter(f -> f.range().isBounded());
  }

  private static Point millions(ReportingPeriod period, Figure f) {
    return millions(period.toString(), f.value(), f.range());
  }

  private static Point millions(String category, BigDecimal value, DecimalRange range) {
    return new Point(category, toMillions(value), range.low().movePointLeft(6), range.high().movePointLeft(6));
  }

  static BigDecimal toMillions(BigDecimal value) {
    return value.movePointLeft(6);
  }

  static DecimalRange toMillions(DecimalRange range) {
    return DecimalRange.ofClosed(range.low().movePointLeft(6), range.high().movePointLeft(6));
  }
}
