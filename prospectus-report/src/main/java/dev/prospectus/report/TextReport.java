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
import dev.prospectus.verify.ClaimReading;
import dev.prospectus.verify.PrintedClaims;
import dev.prospectus.verify.Verdict;
import dev.prospectus.scenario.RunwayResult;
import java.time.YearMonth;
import dev.prospectus.verify.Relation;
import dev.prospectus.verify.Reported;
import dev.prospectus.verify.VerdictCounts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;

/**
 * Renders an {@link Analysis} as a report for the terminal, in lines of at most
 * {@value TextTable#MAX_WIDTH} columns.
 * <p>
 * {@link #render} gives a summary that fits one screen: the key measures of the latest periods
 * with their ranges, cash and the runway on each burn definition, the verdict counts with every
 * inconsistent published claim on a line, and the conflicts left on the figures those measures
 * read. {@link #full} gives every section ({@link #SECTIONS}): the figures with units and sources,
 * the calculations with point values, ranges and formulas, the projections, the conflicting reports
 * and the verdicts. {@link #section} gives one section.
 * <p>
 * Values and ranges are shown by {@link Formats}: money as analysts write it ({@code US$30.52M},
 * {@code US$1.10B}), each range with the digits its width needs, rounded outward so a printed range
 * still encloses the true one, and a one-sided range as its bound ({@code ≥ US$1.50B}). Tables wider
 * than a terminal wrap their widest columns at spaces, never inside a word; notes repeated by
 * several rows are numbered and said once.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class TextReport {

  /**
   * A section of the report: a name for {@code --section}, and what renders it.
   *
   * @param name  the name, such as {@code figures}
   * @param description  what it holds, for usage texts
   * @param renderer  renders it, empty text when the analysis has nothing for it
   */
  public record Section(String name, String description, Function<Analysis, String> renderer) {

    /**
     * Creates a section.
     *
     * @param name  the name, not blank
     * @param description  the description, not blank
     * @param renderer  the renderer, not null
     * @throws IllegalArgumentException if an argument is null or blank
     */
    public Section {
      Args.notBlank(name, "name");
      Args.notBlank(description, "description");
      Args.notNull(renderer, "renderer");
    }
  }

  /**
   * The lines the summary aims at, one screen. Every inconsistent claim keeps its own line, so a
   * dataset with more than about twenty of them passes this by those lines.
   */
  static final int SUMMARY_LINES = 60;

  /**
   * The sections of the full report, in order. A new section is one more entry here; the command
   * line's {@code --section} takes its name.
   */
  public static final List<Section> SECTIONS = List.of(
      new Section("summary", "the key measures, verdict counts, inconsistent claims and conflicts on key figures",
          TextReport::summary),
      new Section("figures", "every figure: the report the rule picks, its range and source",
          a -> figures(a.dataset())),
      new Section("calculations", "growth, margins, ratios to revenue, cash burn and runway, per unit",
          TextReport::calculations),
      new Section("projections", "runway scenarios, Monte Carlo, sensitivity, trend and break-even",
          a -> projections(a.projections())),
      new Section("conflicts", "the pairs of reports that cannot both be true", a -> conflicts(a.dataset())),
      new Section("verdicts", "the verdict on every published claim and source check", TextReport::verdicts));

  private TextReport() {
  }

  /**
   * Renders the summary, one screen: about {@value #SUMMARY_LINES} lines of at most
   * {@value TextTable#MAX_WIDTH} columns, ending with how to see the rest. Every inconsistent claim
   * has a line; when they fill the screen, the conflicting reports are named in one paragraph
   * instead of one line each.
   *
   * @param analysis  the analysis to render
   * @return the summary, lines ending in a newline
   * @throws IllegalArgumentException if the analysis is null
   */
  public static String render(Analysis analysis) {
    Args.notNull(analysis, "analysis");
    return summary(analysis) + "\n" + TextTable.paragraph("", "More: --full, or --section "
        + String.join("|", SECTIONS.stream().map(Section::name).toList()), TextTable.MAX_WIDTH);
  }

  /**
   * Renders the full report: every section in order, each left out if the analysis has nothing for
   * it (the verdicts when no claims were judged).
   *
   * @param analysis  the analysis to render
   * @return the report, lines ending in a newline
   * @throws IllegalArgumentException if the analysis is null
   */
  public static String full(Analysis analysis) {
    Args.notNull(analysis, "analysis");
    return SECTIONS.stream().map(s -> s.renderer().apply(analysis)).filter(t -> !t.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  /**
   * Renders one section of the report.
   *
   * @param analysis  the analysis to render
   * @param name  the section's name, one of {@link #SECTIONS}
   * @return the section, empty if the analysis has nothing for it
   * @throws IllegalArgumentException if an argument is null or no section has the name
   */
  public static String section(Analysis analysis, String name) {
    Args.notNull(analysis, "analysis");
    Args.notNull(name, "name");
    return SECTIONS.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown section '" + name + "': expected one of "
            + SECTIONS.stream().map(Section::name).toList()))
        .renderer().apply(analysis);
  }

  //-------------------------------------------------------------------------
  /** The summary section: title, key measures, cash and runway, claims, conflicts on key figures. */
  static String summary(Analysis analysis) {
    Dataset ds = analysis.dataset();
    ReportSummary summary = ReportSummary.of(analysis);
    StringBuilder sb = new StringBuilder(heading(ds.name() + " (" + ds.company() + "), reporting currency "
        + ds.currency().getCurrencyCode()));
    sb.append(ds.figures().size()).append(" reported figures of ").append(ds.keys().size())
        .append(" metric/segment/periods, from ").append(ds.documents().size()).append(" documents.\n");
    if (!summary.measures().isEmpty()) {
      sb.append("\nKey measures: value [the range the rounding of the printed figures allows]\n");
      List<String> headers = new ArrayList<>(List.of("measure"));
      summary.periods().forEach(p -> headers.add(p.toString()));
      TextTable table = new TextTable(headers.toArray(String[]::new));
      for (ReportSummary.Row row : summary.measures()) {
        List<String> cells = new ArrayList<>(List.of(row.label()));
        for (int i = 0; i < row.cells().size(); i++) {
          boolean reported = row.reported().get(i) && !row.label().equals(ds.label(Metric.REVENUE));
          cells.add(row.cells().get(i).map(q -> Formats.format(q.value(), q.range(), q.unit())
              + (reported ? " as reported" : "")).orElse("-"));
        }
        table.row(cells.toArray(String[]::new));
      }
      sb.append(table.render(""));
    }
    if (!summary.runways().isEmpty()) {
      sb.append("\nCash and runway at a constant monthly burn on each definition\n");
      sb.append(runways(ds, summary.runways()));
    }
    if (!analysis.verdicts().isEmpty()) {
      sb.append("\nClaims\n");
      VerdictCounts counts = summary.counts();
      if (counts.publishedClaims().total() > 0) {
        sb.append(TextTable.paragraph("", counts.publishedClaims().describe("published claim"), TextTable.MAX_WIDTH));
      }
      VerdictCounts.readings(analysis.verdicts()).ifPresent(r -> sb.append(TextTable.paragraph("", "(" + r
          + ": --section verdicts)", TextTable.MAX_WIDTH)));
      if (counts.sourceChecks().total() > 0) {
        sb.append(TextTable.paragraph("", counts.sourceChecks().describe("source check"), TextTable.MAX_WIDTH));
      }
      if (!summary.inconsistent().isEmpty()) {
        sb.append(inconsistent(summary.inconsistent()));
      }
    }
    if (!summary.conflicts().isEmpty()) {
      StringBuilder each = new StringBuilder("\nConflicting reports of the figures above (--section conflicts lists"
          + " each pair)\n");
      for (ReportSummary.Conflicted c : summary.conflicts()) {
        each.append(conflictLine(ds, c));
      }
      // Every inconsistent claim keeps its line; when they fill the screen, the conflicts give theirs up first.
      if (sb.toString().lines().count() + each.toString().lines().count() + 2 > SUMMARY_LINES) {
        sb.append('\n').append(TextTable.paragraph("", "Conflicting reports of " + summary.conflicts().size()
            + " figures above: " + summary.conflicts().stream().map(c -> ds.label(c.key().metric())
            + (c.key().segment().isTotal() ? "" : " (" + c.key().segment().id() + ")") + " " + c.key().period())
            .collect(Collectors.joining(", ")) + " (--section conflicts lists each pair)", TextTable.MAX_WIDTH));
      } else {
        sb.append(each);
      }
    }
    return sb.toString();
  }

  /** Each cash balance with its runways: the cash over three lines (label, date and value, range). */
  private static String runways(Dataset ds, List<ReportSummary.Runway> runways) {
    TextTable table = new TextTable("cash", "monthly burn, from", "runway", "range").rightAligned(2).wrapFirst(1);
    Figure current = null;
    List<String> cashLines = new ArrayList<>();
    for (ReportSummary.Runway r : runways) {
      if (!r.cash().equals(current)) {
        flushCash(table, cashLines);
        current = r.cash();
        cashLines.add(ds.label(r.cash().key().metric()));
        cashLines.add(r.cash().key().period() + "  " + Formats.formatValue(r.cash().value(), r.cash().range(),
            r.cash().unit()));
        cashLines.add(Formats.format(r.cash().range(), r.cash().unit()));
      }
      Derived burn = r.burn();
      String from = Formats.formatValue(burn.value(), burn.range(), burn.unit()) + "  "
          + ds.label(r.burnSource().key().metric()) + " " + r.burnSource().key().period();
      String cash = cashLines.isEmpty() ? "" : cashLines.remove(0);
      if (r.runway() instanceof Derived d) {
        table.row(cash, from, Formats.formatValue(d.value(), d.range(), d.unit()), Formats.format(d.range(), d.unit()));
      } else {
        table.row(cash, from, "n/m", ((NotMeaningful) r.runway()).explanation());
      }
    }
    flushCash(table, cashLines);
    return table.render("");
  }

  private static void flushCash(TextTable table, List<String> cashLines) {
    while (!cashLines.isEmpty()) {
      table.row(cashLines.remove(0), "", "", "");
    }
  }

  /** The inconsistent claims, one line each: with ranges when that fits, else point values. */
  private static String inconsistent(List<Verdict> verdicts) {
    for (boolean ranges : List.of(true, false)) {
      TextTable table = new TextTable("inconsistent claim", "computed from the figures", "claimed");
      for (Verdict v : verdicts) {
        String computed = v.computed().map(d -> ranges ? Formats.format(d.value(), d.range(), d.unit())
            : Formats.formatValue(d.value(), d.range(), d.unit())).orElse("-");
        String claimed = v.relation().map(Relation::symbol).orElse("") + " " + v.reported()
            .map(r -> ranges ? Formats.format(r.value(), r.range(), r.unit())
                : Formats.formatValue(r.value(), r.range(), r.unit())).orElse("-");
        table.row(v.id(), computed, claimed.strip());
      }
      String text = table.render("", Integer.MAX_VALUE);
      if (!ranges || text.lines().allMatch(l -> TextTable.width(l) <= TextTable.MAX_WIDTH)) {
        return ranges ? text : table.render("");
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** A figure whose reports conflict, wrapped: the report used, those that conflict with it, how many pairs. */
  private static String conflictLine(Dataset ds, ReportSummary.Conflicted c) {
    return TextTable.paragraph("", "  ", conflictText(ds, c), TextTable.MAX_WIDTH);
  }

  /** A figure whose reports conflict, in one sentence, for the text report and the HTML page. */
  static String conflictText(Dataset ds, ReportSummary.Conflicted c) {
    FigureKey key = c.key();
    List<String> against = c.against().stream().map(TextReport::printed).toList();
    String text = ds.label(key.metric()) + (key.segment().isTotal() ? "" : " (" + key.segment().id() + ")") + " "
        + key.period() + ": " + c.agreement().conflicts().size() + " of " + c.agreement().compared()
        + " pairs conflict; " + printed(c.chosen()) + " (used)"
        + (against.isEmpty() ? " conflicts with none" : " vs " + String.join(", ", against));
    return text;
  }

  //-------------------------------------------------------------------------
  /** Every section of calculations, each under its title. */
  static String calculations(Analysis analysis) {
    return analysis.sections().stream().map(s -> heading(s.title()) + calculations(s.results()))
        .collect(Collectors.joining("\n"));
  }

  /** The verdicts on the claims judged, with their counts; empty when none were judged. */
  static String verdicts(Analysis analysis) {
    List<Verdict> verdicts = analysis.verdicts();
    if (verdicts.isEmpty()) {
      return "";
    }
    // One record a verdict: id, verdict and the comparison on a line, then the reason, indented.
    // Where each claim read more than one way has its last reading: what the readings say comes after it.
    Map<String, Verdict> lastReading = new HashMap<>();
    verdicts.forEach(v -> v.claim().reading().ifPresent(r -> lastReading.put(r.of(), v)));
    StringBuilder sb = new StringBuilder();
    for (Verdict v : verdicts) {
      String comparison = v.computed().isEmpty() && v.reported().isEmpty() ? ""
          : ": computed " + v.computed().map(d -> Formats.format(d.value(), d.range(), d.unit())).orElse("-")
          + " " + v.relation().map(Relation::symbol).orElse("vs") + " reported "
          + v.reported().map(Reported::toString).orElse("-");
      sb.append(TextTable.paragraph("", "    ", v.id() + " " + v.status() + comparison, TextTable.MAX_WIDTH));
      sb.append(TextTable.paragraph("    ", v.reason(), TextTable.MAX_WIDTH));
      // After the last reading of a claim read more than one way, what the readings say together.
      Optional<String> printed = v.claim().reading().map(ClaimReading::of);
      if (printed.isPresent() && lastReading.get(printed.get()) == v) {
        List<Verdict> readings = PrintedClaims.readings(verdicts, printed.get());
        sb.append(TextTable.paragraph("", "    ", printed.get() + ", read " + readings.size() + " ways: "
            + PrintedClaims.describe(readings), TextTable.MAX_WIDTH));
      }
    }
    return heading("Published claims and source checks") + sb
        + TextTable.paragraph("", VerdictCounts.of(verdicts).toString(), TextTable.MAX_WIDTH);
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
    TextTable table = new TextTable("figure", "period", "printed", "value [range]", "source", "reports")
        .rightAligned(5).wrapFirst(0, 2);
    List<FigureKey> keys = ds.keys().stream().sorted(keyOrder(ds)).toList();
    StringBuilder converted = new StringBuilder();
    for (FigureKey key : keys) {
      FigureLookup lookup = ds.lookup(key);
      ChosenReport chosen = ds.choose(key).orElseThrow();
      Quantity v = chosen.value();
      String count = lookup.reports().size() == 1 ? "1"
          : lookup.reports().size() + (ds.agreement(key).agrees() ? "" : " !");
      table.row(ds.label(key.metric()) + (key.segment().isTotal() ? "" : " (" + key.segment().id() + ")"),
          key.period().toString(), printed(chosen), Formats.format(v.value(), v.range(), v.unit()),
          chosen.report().source().document().id(), count);
      chosen.rate().ifPresent(r -> converted.append(TextTable.paragraph("  - ", key + ": "
          + printed(chosen.report()) + " converted at " + r, TextTable.MAX_WIDTH)));
    }
    return heading("Figures (the report the rule picks for each; '!' = its reports conflict)") + table.render("")
        + (converted.length() == 0 ? "" : "Converted into " + ds.currency().getCurrencyCode() + ":\n" + converted);
  }

  /** The chosen report as printed, marked when doubted or converted from another currency. */
  static String printed(ChosenReport chosen) {
    return printed(chosen.report()) + (chosen.isConverted() ? " (converted)" : "");
  }

  /**
   * The amount as printed, with its qualifier when it has one ("over 1365 %"), marked when guidance
   * or a forecast and when doubted.
   */
  static String printed(Figure f) {
    return f.qualifier().describe(f.amount())
        + (f.isReported() ? "" : " (" + f.basis().word() + ")")
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
   * The calculations of one section: measure, value, range, formula and the numbers of its notes,
   * then the notes, each said once however many calculations it applies to.
   *
   * @param results  the calculations
   * @return the table and notes
   */
  static String calculations(List<Calculation> results) {
    TextTable table = new TextTable("measure", "value", "range", "formula", "notes").rightAligned(1).wrapFirst(0, 3);
    List<String> notes = new ArrayList<>();
    for (Calculation c : results) {
      if (c instanceof Derived d) {
        List<String> refs = new ArrayList<>();
        for (String n : d.notes()) {
          if (!notes.contains(n)) {
            notes.add(n);
          }
          refs.add(String.valueOf(notes.indexOf(n) + 1));
        }
        table.row(d.label(), Formats.formatValue(d.value(), d.range(), d.unit()), Formats.format(d.range(), d.unit()),
            d.formula(), String.join(" ", refs));
      } else if (c instanceof NotMeaningful nm) {
        table.row(nm.label(), "n/m", "", "not meaningful: " + nm.explanation(), "");
      }
    }
    StringBuilder sb = new StringBuilder(table.render(""));
    if (!notes.isEmpty()) {
      sb.append("Notes:\n");
      for (int i = 0; i < notes.size(); i++) {
        String number = String.format(Locale.ROOT, "%3d. ", i + 1);
        sb.append(TextTable.paragraph(number, notes.get(i), TextTable.MAX_WIDTH));
      }
    }
    return sb.toString();
  }

  /**
   * The projections: runway scenarios, Monte Carlo, sensitivity, trend and break-even, each with
   * the assumptions it rests on.
   *
   * @param p  the projections
   * @return the section with its heading
   */
  static String projections(Projections p) {
    int max = TextTable.MAX_WIDTH;
    StringBuilder sb = new StringBuilder(heading("Projections (under stated assumptions; not forecasts)"));
    p.cash().ifPresent(c -> sb.append(TextTable.paragraph("", "Starting cash: " + c.label() + " = "
        + Formats.format(c.value(), c.range(), c.unit()) + " (" + c.source().document().id() + ")", max))
        .append('\n'));
    if (!p.runways().isEmpty()) {
      TextTable table = new TextTable("scenario", "runway", "across rounding", "cash out").rightAligned(1)
          .wrapFirst(0);
      for (Projections.LabelledRunway r : p.runways()) {
        RunwayResult result = r.result();
        table.row(r.label(), result.runway().toShortString() + " months", "[" + result.shortestAcrossRounding()
            .toShortString() + ", " + result.longestAcrossRounding().toShortString() + "]",
            result.cashOutDate().map(d -> YearMonth.from(d).toString()).orElse("beyond horizon"));
      }
      sb.append(table.render("")).append('\n');
    }
    p.monteCarlo().ifPresent(m -> sb.append(TextTable.paragraph("", String.format(Locale.ROOT,
        "Monte Carlo (%d runs, seed %d): runway P5 %s, P50 %s, P95 %s; %.1f%% of runs run out within %d months",
        m.runs(), m.config().seed(), m.p5(), m.p50(), m.p95(), 100 * m.probabilityOfCashOutWithinHorizon(),
        m.horizonMonths()), max)));
    p.tornado().ifPresent(t -> t.toString().lines().forEach(l -> {
      String indent = l.substring(0, l.length() - l.stripLeading().length());
      sb.append(TextTable.paragraph(indent, indent + "  ", l.stripLeading(), max));
    }));
    p.revenueTrend().ifPresent(t -> sb.append(TextTable.paragraph("", ProjectionText.trend(t), max)));
    p.breakEven().ifPresent(b -> sb.append(TextTable.paragraph("", ProjectionText.breakEven(b), max)));
    Set<String> assumptions = new LinkedHashSet<>();
    p.runways().forEach(r -> assumptions.addAll(r.result().assumptions()));
    p.monteCarlo().ifPresent(m -> assumptions.addAll(m.assumptions()));
    p.revenueTrend().ifPresent(t -> assumptions.addAll(t.assumptions()));
    p.breakEven().ifPresent(b -> assumptions.addAll(b.assumptions()));
    if (!assumptions.isEmpty()) {
      sb.append("Assumptions:\n");
      assumptions.forEach(a -> sb.append(TextTable.paragraph("  - ", a, max)));
    }
    if (!p.notMade().isEmpty()) {
      sb.append("Not projected:\n");
      p.notMade().forEach(n -> sb.append(TextTable.paragraph("  - ", n, max)));
    }
    return sb.toString();
  }

  /** The second report's range, and in the first's currency at the rate when it was converted. */
  static String conflictRange(FigureConflict c) {
    Figure b = c.second();
    return Formats.format(b.range(), b.unit()) + c.rate().map(r -> " = " + Formats.format(c.secondCompared().range(),
        c.secondCompared().unit()) + " at rate " + r.id()).orElse("");
  }

  /**
   * The reports that cannot both be true: each pair, each report with its range and source.
   *
   * @param ds  the dataset
   * @return the list with its heading
   */
  static String conflicts(Dataset ds) {
    List<FigureConflict> conflicts = ds.conflicts();
    StringBuilder sb = new StringBuilder(heading("Conflicting reports (" + conflicts.size() + ")"));
    if (conflicts.isEmpty()) {
      return sb.append("Every figure reported more than once agrees within rounding.\n").toString();
    }
    TextTable table = new TextTable("figure", "report, range, source", "vs report, range, source").wrapFirst(1, 2);
    for (FigureConflict c : conflicts) {
      Figure a = c.first();
      Figure b = c.second();
      table.row(a.key().toString(), printed(a) + " " + Formats.format(a.range(), a.unit()) + " "
          + a.source().document().id(), printed(b) + " " + conflictRange(c) + " " + b.source().document().id());
    }
    return sb.append(table.render("")).toString();
  }
}
