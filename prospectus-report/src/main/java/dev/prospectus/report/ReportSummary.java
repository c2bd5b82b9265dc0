package dev.prospectus.report;

import dev.prospectus.analysis.Analysis;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.Measure;
import dev.prospectus.internal.Args;
import dev.prospectus.model.Agreement;
import dev.prospectus.model.ChosenReport;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureConflict;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Segment;
import dev.prospectus.model.Unit;
import dev.prospectus.verify.PrintedClaims;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.VerdictCounts;
import dev.prospectus.verify.VerdictStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a reader needs first, taken from an {@link Analysis}: the key measures of the latest periods
 * with their ranges, cash and the runway on each burn definition, the verdict counts, the
 * inconsistent published claims, and the conflicts that remain on the figures those measures read.
 * The text report and the HTML page both open with it.
 * <p>
 * Every measure is found by its {@link Measure} and the figure keys it reads, never by its label:
 * revenue and its growth, the gross margin (computed, else as reported), training compute and the
 * adjusted net loss as shares of revenue. The periods are the dataset's own: its latest fiscal year
 * and the latest interim period after it (six or nine months, as the dataset reports them), or its
 * last two fiscal years when it has no later interim.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param periods  the periods of the key measures' columns, oldest first
 * @param measures  the key measures, one row each, rows with no value in any period left out
 * @param runways  each cash balance at each burn definition, in the analysis's order
 * @param counts  the verdict counts
 * @param inconsistent  the published claims judged INCONSISTENT, in the claims' order (a claim read
 *     more than one way only when no reading fits, by its first reading)
 * @param conflicts  the figures the summary reads whose reports conflict, in the order read
 */
record ReportSummary(List<ReportingPeriod> periods, List<Row> measures, List<Runway> runways, VerdictCounts counts,
    List<Verdict> inconsistent, List<Conflicted> conflicts) {

  /** Ratios to revenue the summary shows, in order. */
  private static final List<Metric> RATIOS = List.of(Metric.TRAINING_COMPUTE_SPEND, Metric.ADJUSTED_NET_LOSS);

  ReportSummary {
    periods = List.copyOf(periods);
    measures = List.copyOf(measures);
    runways = List.copyOf(runways);
    inconsistent = List.copyOf(inconsistent);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * One key measure across the summary's periods.
   *
   * @param label  what it measures, from the dataset's metric labels
   * @param cells  one per period: the value, or empty where the analysis has none
   * @param reported  one per period: whether the value is a reported figure rather than a calculation
   */
  record Row(String label, List<Optional<Quantity>> cells, List<Boolean> reported) {
    Row {
      cells = List.copyOf(cells);
      reported = List.copyOf(reported);
    }
  }

  /**
   * A runway: a cash balance lasting at one monthly burn.
   *
   * @param cash  the cash figure
   * @param burn  the monthly burn
   * @param burnSource  the figure the burn spreads over its months
   * @param runway  the runway, meaningful or not
   */
  record Runway(Figure cash, Derived burn, Figure burnSource, Calculation runway) {
  }

  /**
   * A figure the summary reads whose reports conflict.
   *
   * @param key  the figure
   * @param chosen  the report the rule picks
   * @param agreement  the comparisons of its reports
   */
  record Conflicted(FigureKey key, ChosenReport chosen, Agreement agreement) {

    /**
     * The reports that conflict with the chosen one, each printed form once; empty when the
     * conflicts are among the other reports only.
     */
    List<Figure> against() {
      Set<String> seen = new LinkedHashSet<>();
      List<Figure> out = new ArrayList<>();
      for (FigureConflict c : agreement.conflicts()) {
        Figure other = c.first().equals(chosen.report()) ? c.second()
            : c.second().equals(chosen.report()) ? c.first() : null;
        if (other != null && seen.add(TextReport.printed(other))) {
          out.add(other);
        }
      }
      return out;
    }
  }

  /**
   * Takes the summary from an analysis.
   *
   * @param analysis  the analysis
   * @return the summary
   */
  static ReportSummary of(Analysis analysis) {
    Args.notNull(analysis, "analysis");
    Dataset ds = analysis.dataset();
    List<ReportingPeriod> periods = periods(ds);
    Set<FigureKey> read = new LinkedHashSet<>();
    List<Row> rows = new ArrayList<>();
    addRow(rows, ds.label(Metric.REVENUE), periods, p -> {
      FigureKey key = FigureKey.of(Metric.REVENUE, Segment.TOTAL, p);
      read.add(key);
      return ds.choose(key).map(ChosenReport::value);
    }, p -> true);
    // Growth over the same period a year before: the subject is exactly [this period, that period].
    addRow(rows, ds.label(Metric.REVENUE) + " growth", periods, p -> calculation(analysis, Measure.GROWTH,
        s -> p instanceof FiscalPeriod f && s.equals(List.of(revenue(p), revenue(f.minusYears(1)))), read),
        p -> false);
    // A gross margin of the company as a whole: it reads revenue of the period and figures of that period only.
    Function<ReportingPeriod, Predicate<List<FigureKey>>> margin = p -> s ->
        s.contains(revenue(p)) && s.stream().allMatch(k -> k.segment().isTotal() && k.period().equals(p));
    addRow(rows, ds.label(Metric.GROSS_MARGIN), periods, p -> calculation(analysis, Measure.GROSS_MARGIN,
        margin.apply(p), read).or(() -> reported(ds, FigureKey.of(Metric.GROSS_MARGIN, Segment.TOTAL, p), read)),
        p -> calculation(analysis, Measure.GROSS_MARGIN, margin.apply(p), new LinkedHashSet<>()).isEmpty());
    for (Metric metric : RATIOS) {
      addRow(rows, ds.label(metric) + " to revenue", periods, p -> analysis.find(Measure.RATIO_TO_REVENUE,
          List.of(FigureKey.of(metric, Segment.TOTAL, p), revenue(p))).filter(Calculation::isMeaningful)
          .map(c -> {
            read.addAll(c.subject());
            return (Quantity) c.derived();
          }), p -> false);
    }
    List<Runway> runways = new ArrayList<>();
    for (Calculation c : analysis.find(Measure.RUNWAY)) {
      Optional<Figure> cash = c.inputs().stream().filter(q -> q instanceof Figure).map(q -> (Figure) q).findFirst();
      Optional<Derived> burn = c.inputs().stream().filter(q -> q instanceof Derived d
          && d.measure() == Measure.MONTHLY_BURN).map(q -> (Derived) q).findFirst();
      Optional<Figure> source = burn.flatMap(b -> b.inputs().stream().filter(q -> q instanceof Figure)
          .map(q -> (Figure) q).findFirst());
      if (cash.isPresent() && burn.isPresent() && source.isPresent()) {
        runways.add(new Runway(cash.get(), burn.get(), source.get(), c));
        read.addAll(c.subject());
      }
    }
    // A claim read more than one way is inconsistent only when no reading fits.
    List<Verdict> inconsistent = PrintedClaims.best(analysis.verdicts()).stream()
        .filter(v -> !v.isSourceCheck() && v.status() == VerdictStatus.INCONSISTENT).toList();
    List<Conflicted> conflicts = new ArrayList<>();
    for (FigureKey key : read) {
      Agreement agreement = ds.agreement(key);
      if (!agreement.agrees()) {
        conflicts.add(new Conflicted(key, ds.choose(key).orElseThrow(), agreement));
      }
    }
    return new ReportSummary(periods, rows, runways, VerdictCounts.of(analysis.verdicts()), inconsistent, conflicts);
  }

  private static FigureKey revenue(ReportingPeriod period) {
    return FigureKey.of(Metric.REVENUE, Segment.TOTAL, period);
  }

  /** The first meaningful calculation of a measure whose subject (the keys it reads) matches. */
  private static Optional<Quantity> calculation(Analysis analysis, Measure measure,
      Predicate<List<FigureKey>> subject, Set<FigureKey> read) {
    Optional<Calculation> found = analysis.find(measure).stream()
        .filter(c -> c.isMeaningful() && subject.test(c.subject()))
        .findFirst();
    found.ifPresent(c -> read.addAll(c.subject()));
    return found.map(c -> (Quantity) c.derived());
  }

  private static Optional<Quantity> reported(Dataset ds, FigureKey key, Set<FigureKey> read) {
    Optional<Quantity> value = ds.choose(key).map(ChosenReport::value);
    value.ifPresent(v -> read.add(key));
    return value;
  }

  private static void addRow(List<Row> rows, String label, List<ReportingPeriod> periods,
      Function<ReportingPeriod, Optional<Quantity>> cell,
      Predicate<ReportingPeriod> isReported) {
    List<Optional<Quantity>> cells = new ArrayList<>();
    List<Boolean> reported = new ArrayList<>();
    for (ReportingPeriod p : periods) {
      Optional<Quantity> q = cell.apply(p);
      cells.add(q);
      reported.add(q.isPresent() && isReported.test(p));
    }
    if (cells.stream().anyMatch(Optional::isPresent)) {
      rows.add(new Row(label, cells, reported));
    }
  }

  /**
   * The latest fiscal year with revenue in the dataset's currency and the latest interim period
   * after it; without such an interim, the last two such periods.
   */
  static List<ReportingPeriod> periods(Dataset ds) {
    Unit currency = ds.currencyUnit();
    List<FiscalPeriod> spans = ds.periods(Metric.REVENUE, Segment.TOTAL).stream()
        .filter(p -> p instanceof FiscalPeriod).map(p -> (FiscalPeriod) p)
        .filter(p -> ds.choose(revenue(p)).map(c -> c.value().unit().equals(currency)).orElse(false))
        .sorted(Dataset.PERIOD_ORDER).toList();
    Optional<FiscalPeriod> year = spans.stream().filter(ds::isFiscalYear).reduce((a, b) -> b);
    Optional<FiscalPeriod> interim = spans.stream().filter(p -> !ds.isFiscalYear(p))
        .filter(p -> year.isEmpty() || p.endInclusive().isAfter(year.get().endInclusive())).reduce((a, b) -> b);
    if (year.isPresent() && interim.isPresent()) {
      return List.of(year.get(), interim.get());
    }
    List<FiscalPeriod> years = spans.stream().filter(ds::isFiscalYear).toList();
    List<FiscalPeriod> last = years.isEmpty() ? spans : years;
    return List.copyOf(last.subList(Math.max(0, last.size() - 2), last.size()));
  }
}
