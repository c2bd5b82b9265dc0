package dev.prospectus.report;

import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.Projections;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.NotMeaningful;
import dev.prospectus.internal.Args;
import dev.prospectus.model.ChosenReport;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureConflict;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FigureLookup;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Metric;
import dev.prospectus.model.MetricDefinition;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Segment;
import dev.prospectus.model.SegmentDefinition;
import dev.prospectus.verify.Verdict;
import dev.prospectus.scenario.RunwayResult;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders an {@link Analysis} as a report for the terminal: the figures with units and sources,
 * the calculations with point values and ranges, and the conflicting reports.
 * <p>
 * Values and ranges are shown by {@link Formats}: money as analysts write it ({@code US$30.52M},
 * {@code US$1.10B}), each range with the digits its width needs, rounded outward so a printed range
 * still encloses the true one, and a one-sided range as its bound ({@code ≥ US$1.50B}).
 * <p>
 * This class is stateless and thread-safe.
 */
public final class TextReport {

  /** Widest metric label shown before it is shortened with an ellipsis. */
  private static final int LABEL_WIDTH = 40;

  private TextReport() {
  }

  /** Cuts text to a number of terminal columns, ending with an ellipsis, never inside a character. */
  static String shorten(String text, int width) {
    if (TextTable.width(text) <= width) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String next = new String(Character.toChars(cp));
      if (TextTable.width(sb + next) > width - 1) {
        break;
      }
      sb.append(next);
      i += Character.charCount(cp);
    }
    return sb.append('\u2026').toString();
  }

  /**
   * Renders the full report, ending with the verdicts on the claims the analysis judged (the
   * section is left out if it judged none).
   *
   * @param analysis  the analysis to render
   * @return the report, several lines ending in a newline
   */
  public static String render(Analysis analysis) {
    Args.notNull(analysis, "analysis");
    List<Verdict> verdicts = analysis.verdicts();
    Dataset ds = analysis.dataset();
    StringBuilder sb = new StringBuilder();
    sb.append(heading(ds.name() + " (" + ds.company() + "), reporting currency " + ds.currency().getCurrencyCode()));
    sb.append(ds.figures().size()).append(" reported figures of ").append(ds.keys().size())
        .append(" metric/segment/periods, from ").append(ds.documents().size()).append(" documents.\n\n");
    sb.append(figures(ds));
    for (Analysis.Section section : analysis.sections()) {
      sb.append('\n').append(heading(section.title())).append(calculations(section.results()));
    }
    sb.append('\n').append(projections(analysis.projections()));
    sb.append('\n').append(conflicts(ds));
    if (!verdicts.isEmpty()) {
      sb.append('\n').append(heading("Published claims and source checks"))
          .append(VerdictTable.render(verdicts));
    }
    return sb.toString();
  }

  static String heading(String title) {
    return title + "\n" + "=".repeat(TextTable.width(title)) + "\n";
  }

  /**
   * The figures table: one row per metric, segment and period, with the preferred report, its
   * range, its source, and how many other reports exist.
   *
   * @param ds  the dataset
   * @return the table with its heading
   */
  static String figures(Dataset ds) {
    TextTable table = new TextTable("metric", "segment", "period", "printed", "value", "range", "source",
        "reports").rightAligned(4, 7);
    List<FigureKey> keys = ds.keys().stream().sorted(keyOrder(ds)).toList();
    StringBuilder converted = new StringBuilder();
    for (FigureKey key : keys) {
      FigureLookup lookup = ds.lookup(key);
      ChosenReport chosen = ds.choose(key).orElseThrow();
      Quantity v = chosen.value();
      String count = lookup.reports().size() == 1 ? "1"
          : lookup.reports().size() + (ds.agreement(key).agrees() ? "" : " !");
      table.row(shorten(ds.label(key.metric()), LABEL_WIDTH), key.segment().isTotal() ? "" : key.segment().id(),
          key.period().toString(), printed(chosen), Formats.formatValue(v.value(), v.range(), v.unit()),
          Formats.format(v.range(), v.unit()), chosen.report().source().document().id(), count);
      chosen.rate().ifPresent(r -> converted.append("  - ").append(key).append(": ")
          .append(printed(chosen.report())).append(" converted at ").append(r).append('\n'));
    }
    return heading("Figures (the report the rule picks for each; '!' = its reports conflict)") + table.render("")
        + (converted.length() == 0 ? "" : "Converted into " + ds.currency().getCurrencyCode() + ":\n" + converted);
  }

  /** The chosen report as printed, marked when doubted or converted from another currency. */
  static String printed(ChosenReport chosen) {
    return printed(chosen.report()) + (chosen.isConverted() ? " (converted)" : "");
  }

  /** The amount as printed, with its qualifier when it has one ("over 1365 %"), marked when doubted. */
  static String printed(Figure f) {
    return f.qualifier().describe(f.amount())
        + (f.isDoubted() ? " (doubted)" : "");
  }

  /** Orders keys by metric as declared, then segment as declared, then period. */
  static Comparator<FigureKey> keyOrder(Dataset ds) {
    List<Metric> metrics = ds.metrics().stream().map(MetricDefinition::metric).toList();
    List<Segment> segments = ds.segments().stream().map(SegmentDefinition::segment).toList();
    return Comparator.comparing((FigureKey k) -> metrics.indexOf(k.metric()))
        .thenComparing(k -> segments.indexOf(k.segment()))
        .thenComparing(FigureKey::period, Dataset.PERIOD_ORDER);
  }

  /**
   * The calculations of one section: measure, value, range, formula, then notes.
   *
   * @param results  the calculations
   * @return the table and notes
   */
  static String calculations(List<Calculation> results) {
    TextTable table = new TextTable("measure", "value", "range", "formula").rightAligned(1);
    StringBuilder notes = new StringBuilder();
    for (Calculation c : results) {
      if (c instanceof Derived d) {
        table.row(d.label(), Formats.formatValue(d.value(), d.range(), d.unit()), Formats.format(d.range(), d.unit()),
            d.formula());
        d.notes().forEach(n -> notes.append("  - ").append(d.label()).append(": ").append(n).append('\n'));
      } else if (c instanceof NotMeaningful nm) {
        table.row(nm.label(), "n/m", "", "not meaningful: " + nm.explanation());
      }
    }
    return table.render("") + (notes.length() == 0 ? "" : "Notes:\n" + notes);
  }

  /**
   * The projections: runway scenarios, Monte Carlo, sensitivity, trend and break-even, each with
   * the assumptions it rests on.
   *
   * @param p  the projections
   * @return the section with its heading
   */
  static String projections(Projections p) {
    StringBuilder sb = new StringBuilder(heading("Projections (under stated assumptions; not forecasts)"));
    p.cash().ifPresent(c -> sb.append("Starting cash: ").append(c.label()).append(" = ")
        .append(Formats.format(c.value(), c.range(), c.unit())).append(" (").append(c.source().document().id())
        .append(")\n\n"));
    if (!p.runways().isEmpty()) {
      TextTable table = new TextTable("scenario", "runway", "across rounding", "cash out").rightAligned(1);
      for (Projections.LabelledRunway r : p.runways()) {
        RunwayResult result = r.result();
        table.row(r.label(), result.runway().toShortString() + " months", "[" + result.shortestAcrossRounding()
            .toShortString() + ", " + result.longestAcrossRounding().toShortString() + "]",
            result.cashOutDate().map(d -> YearMonth.from(d).toString()).orElse("beyond horizon"));
      }
      sb.append(table.render("")).append('\n');
    }
    p.monteCarlo().ifPresent(m -> sb.append(String.format(Locale.ROOT,
        "Monte Carlo (%d runs, seed %d): runway P5 %s, P50 %s, P95 %s; %.1f%% of runs run out within %d months%n",
        m.runs(), m.config().seed(), m.p5(), m.p50(), m.p95(), 100 * m.probabilityOfCashOutWithinHorizon(),
        m.horizonMonths())));
    p.tornado().ifPresent(t -> sb.append(t).append('\n'));
    p.revenueTrend().ifPresent(t -> sb.append(String.format(Locale.ROOT,
        "Revenue trend: %+.1f%% a year [%.1f%%, %.1f%%] at %.0f%% confidence, R\u00b2 %.3f over %d periods%n",
        100 * t.growthPerYear(), 100 * t.growthLow(), 100 * t.growthHigh(), 100 * t.confidenceLevel(),
        t.rSquared(), t.points().size())));
    p.breakEven().ifPresent(b -> sb.append("Break-even: ").append(b.date()
        .map(d -> "fitted loss reaches zero in " + YearMonth.from(d))
        .orElse("none within " + b.horizonMonths() + " months")).append('\n'));
    Set<String> assumptions = new LinkedHashSet<>();
    p.runways().forEach(r -> assumptions.addAll(r.result().assumptions()));
    p.monteCarlo().ifPresent(m -> assumptions.addAll(m.assumptions()));
    p.revenueTrend().ifPresent(t -> assumptions.addAll(t.assumptions()));
    p.breakEven().ifPresent(b -> assumptions.addAll(b.assumptions()));
    if (!assumptions.isEmpty()) {
      sb.append("Assumptions:\n");
      assumptions.forEach(a -> sb.append("  - ").append(a).append('\n'));
    }
    if (!p.notMade().isEmpty()) {
      sb.append("Not projected:\n");
      p.notMade().forEach(n -> sb.append("  - ").append(n).append('\n'));
    }
    return sb.toString();
  }

  /**
   * The reports that cannot both be true.
   *
   * @param ds  the dataset
   * @return the list with its heading
   */
  /** The second report's range, and in the first's currency at the rate when it was converted. */
  static String conflictRange(FigureConflict c) {
    Figure b = c.second();
    return Formats.format(b.range(), b.unit()) + c.rate().map(r -> " = " + Formats.format(c.secondCompared().range(),
        c.secondCompared().unit()) + " at rate " + r.id()).orElse("");
  }

  static String conflicts(Dataset ds) {
    List<FigureConflict> conflicts = ds.conflicts();
    StringBuilder sb = new StringBuilder(heading("Conflicting reports (" + conflicts.size() + ")"));
    if (conflicts.isEmpty()) {
      return sb.append("Every figure reported more than once agrees within rounding.\n").toString();
    }
    TextTable table = new TextTable("figure", "report", "range", "source", "vs report", "range", "source");
    for (FigureConflict c : conflicts) {
      Figure a = c.first();
      Figure b = c.second();
      table.row(a.key().toString(), printed(a), Formats.format(a.range(), a.unit()),
          a.source().document().id(), printed(b), conflictRange(c), b.source().document().id());
    }
    return sb.append(table.render("")).toString();
  }
}
