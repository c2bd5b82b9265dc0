package dev.prospectus.report;

import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.Projections;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.NotMeaningful;
import dev.prospectus.internal.Args;
import dev.prospectus.model.ChosenReport;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Document;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureConflict;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FigureLookup;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Source;
import dev.prospectus.model.Unit;
import dev.prospectus.scenario.RunwayResult;
import dev.prospectus.verify.ClaimSource;
import dev.prospectus.verify.Relation;
import dev.prospectus.verify.Reported;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.VerdictCounts;
import dev.prospectus.verify.VerdictStatus;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;

/**
 * Renders an {@link Analysis} as one self-contained HTML page for people: first the summary the text
 * report opens with (headline figures with their ranges, cash and runway, verdict counts, the
 * inconsistent claims, conflicts on those figures), then charts, the verdicts on
 * the published claims coloured by verdict, the calculations, every figure with a link to its
 * source, and the conflicting reports.
 * <p>
 * The page is XHTML (it parses as XML), has one inline {@code <style>}, no script, and loads
 * nothing: the charts are inline {@code <svg>} elements drawn by JFreeChart on JFreeSVG. The only
 * URLs are links to the source documents, which a reader may follow. Charts appear where the
 * dataset has their inputs:
 * <ul>
 * <li>{@value #CHART_REVENUE}: revenue by period, stacked by segment;
 * <li>{@value #CHART_MARGIN}: gross margin over time, for the whole company and each segment;
 * <li>{@value #CHART_RATIOS}: training compute and adjusted net loss as a share of revenue;
 * <li>{@value #CHART_RUNWAY}{@code -1}, {@code -2}...: each cash balance running down at every
 *     burn definition to its runway, with the range rounding allows;
 * <li>{@value #CHART_SCENARIOS}: the cash path of each runway scenario of the projections;
 * <li>{@value #CHART_FAN}: the Monte Carlo runway fan, median cash between the 5th and 95th percentiles;
 * <li>{@value #CHART_TORNADO}: the sensitivity of the runway to each input.
 * </ul>
 * For example {@code HtmlReport.render(Analysis.of(dataset, claims, AnalysisSettings.DEFAULT))} gives the page that
 * {@code prospectus report --format html --out report.html} writes.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class HtmlReport {

  /** The title of the analysis's offering section, where the offering chart is drawn. */
  static final String OFFERING_SECTION = "Offering and valuation";
  /** The id of the revenue chart's {@code <figure>} element; its {@code <svg>} adds {@code -svg}. */
  public static final String CHART_REVENUE = "chart-revenue";
  /** The id of the gross margin chart. */
  public static final String CHART_MARGIN = "chart-gross-margin";
  /** The id of the ratios to revenue chart. */
  public static final String CHART_RATIOS = "chart-ratios";
  /** The id prefix of the cash runway charts, numbered from 1. */
  public static final String CHART_RUNWAY = "chart-runway";
  /** The id of the runway scenarios chart. */
  public static final String CHART_SCENARIOS = "chart-scenarios";
  /** The id of the Monte Carlo runway fan chart. */
  public static final String CHART_FAN = "chart-fan";
  /** The id of the runway sensitivity (tornado) chart. */
  public static final String CHART_TORNADO = "chart-tornado";
  /** The id of the offering chart, in the "Offering and valuation" section: price from the range to the first day. */
  public static final String CHART_OFFERING = "chart-offering";

  private static final String STYLE = String.join("\n",
      "body { font-family: 'DejaVu Sans', 'Noto Sans', 'Noto Sans CJK SC', Arial, sans-serif; color: #222;",
      "  margin: 0 auto; padding: 16px 24px; max-width: 1240px; font-size: 14px; line-height: 1.4; }",
      "h1 { font-size: 26px; margin: 8px 0 4px; }",
      "h2 { font-size: 20px; margin: 28px 0 8px; border-bottom: 2px solid #1f77b4; padding-bottom: 2px; }",
      "h3 { font-size: 16px; margin: 18px 0 6px; }",
      "p.lead { color: #444; margin: 0 0 8px; }",
      "nav a { margin-right: 14px; }",
      "a { color: #1a5fa0; }",
      ".charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 16px; }",
      "figure.chart { margin: 0; border: 1px solid #ddd; border-radius: 4px; padding: 6px; background: #fff; }",
      "figure.chart svg { display: block; width: 100%; height: auto; }",
      "figcaption { font-size: 12px; color: #555; padding: 4px 6px 0; }",
      "table { border-collapse: collapse; margin: 6px 0 10px; font-size: 13px; width: 100%; }",
      "th, td { border: 1px solid #ddd; padding: 3px 7px; vertical-align: top; text-align: left;",
      "  overflow-wrap: anywhere; }",
      "table.verdicts { table-layout: fixed; }",
      "table.verdicts td.num { white-space: normal; }",
      "th { background: #f1f3f5; position: sticky; top: 0; }",
      "td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }",
      "tbody tr:nth-child(even) { background: #fafafa; }",
      "td.formula { font-family: 'DejaVu Sans Mono', monospace; font-size: 12px; color: #333; }",
      "tr.verdict-consistent { background: #e6f4ea !important; }",
      "tr.verdict-inconsistent { background: #fde7e9 !important; }",
      "tr.verdict-undecidable { background: #fff4e0 !important; }",
      "tr.verdict-unverifiable { background: #eceff1 !important; }",
      ".badge { display: inline-block; padding: 1px 6px; border-radius: 3px; font-weight: bold;",
      "  font-size: 12px; color: #fff; white-space: nowrap; }",
      ".badge.consistent { background: #2e7d32; }",
      ".badge.inconsistent { background: #c62828; }",
      ".badge.undecidable { background: #ef6c00; }",
      ".badge.unverifiable { background: #607d8b; }",
      ".conflict { color: #c62828; font-weight: bold; }",
      ".quote { color: #555; font-size: 12px; }",
      "ul.notes { font-size: 12px; color: #444; margin: 0 0 8px; }",
      "table.headline td.num { font-size: 15px; }",
      "span.range { display: block; color: #555; font-size: 12px; }",
      "footer { margin-top: 32px; font-size: 12px; color: #666; }");

  private HtmlReport() {
  }

  /**
   * Renders the analysis as an HTML page, with the verdicts on the claims it judged (the section is
   * left out if it judged none).
   *
   * @param analysis  the analysis
   * @return the page, XHTML
   * @throws IllegalArgumentException if the analysis is null
   */
  public static String render(Analysis analysis) {
    Args.notNull(analysis, "analysis");
    List<Verdict> verdicts = analysis.verdicts();
    Dataset ds = analysis.dataset();
    HtmlWriter w = new HtmlWriter();
    w.startPage("en", ds.name() + " - prospectus-analytics report", STYLE);
    header(w, ds, !verdicts.isEmpty());
    summary(w, analysis);
    charts(w, analysis);
    if (!verdicts.isEmpty()) {
      verdicts(w, ds, verdicts);
    }
    calculations(w, analysis);
    projections(w, analysis.projections());
    figures(w, ds);
    conflicts(w, ds);
    w.open("footer").text("Generated by prospectus-analytics. Every value is shown with the range its inputs' "
        + "rounding allows, with the digits its width needs, rounded outward; a value bounded on one side only shows "
        + "its bound (\u2265, \u2264); money is in thousands (K), millions (M) or billions (B) of its currency. "
        + "This page is self-contained: "
        + "no script, nothing loaded from the network; links lead to the source documents.").close("footer")
        .newline();
    w.close("body").newline().close("html").newline();
    return w.toString();
  }

  private static void header(HtmlWriter w, Dataset ds, boolean hasVerdicts) {
    w.element("h1", ds.name() + " (" + ds.company() + ")").newline();
    w.element("p", "Reporting currency " + ds.currency().getCurrencyCode() + ". " + ds.figures().size()
        + " reported figures of " + ds.keys().size() + " metric/segment/periods, from " + ds.documents().size()
        + " documents; " + ds.conflicts().size() + " pairs of reports conflict.", "class", "lead").newline();
    w.open("nav").element("a", "Summary", "href", "#summary").element("a", "Charts", "href", "#charts");
    if (hasVerdicts) {
      w.element("a", "Verdicts", "href", "#verdicts");
    }
    w.element("a", "Calculations", "href", "#calculations").element("a", "Projections", "href", "#projections")
        .element("a", "Figures", "href", "#figures")
        .element("a", "Conflicting reports", "href", "#conflicts").close("nav").newline();
  }

  //-------------------------------------------------------------------------
  /**
   * The summary the page opens with, as the text report's ({@link ReportSummary}): headline figures
   * with their ranges, cash and the runway on each burn definition, the verdict counts, the
   * inconsistent published claims, and the conflicts on the figures those measures read.
   */
  private static void summary(HtmlWriter w, Analysis analysis) {
    Dataset ds = analysis.dataset();
    ReportSummary summary = ReportSummary.of(analysis);
    w.element("h2", "Summary", "id", "summary").newline();
    if (!summary.measures().isEmpty()) {
      w.element("p", "Key measures of the latest periods: each value with the range the rounding of the printed "
          + "figures allows.").newline();
      w.open("table", "class", "headline").open("thead").open("tr").element("th", "measure");
      summary.periods().forEach(p -> w.element("th", p.toString()));
      w.close("tr").close("thead").newline().open("tbody").newline();
      for (ReportSummary.Row row : summary.measures()) {
        w.open("tr").element("td", row.label());
        for (int i = 0; i < row.cells().size(); i++) {
          Optional<Quantity> q = row.cells().get(i);
          boolean reported = row.reported().get(i) && !row.label().equals(ds.label(Metric.REVENUE));
          w.open("td", "class", "num");
          if (q.isPresent()) {
            w.text(Formats.formatValue(q.get().value(), q.get().range(), q.get().unit()) + (reported ? " (as reported)"
                : "")).element("span", Formats.format(q.get().range(), q.get().unit()), "class", "range");
          } else {
            w.text("-");
          }
          w.close("td");
        }
        w.close("tr").newline();
      }
      w.close("tbody").close("table").newline();
    }
    if (!summary.runways().isEmpty()) {
      w.element("p", "Cash and the runway at a constant monthly burn on each definition.").newline();
      w.open("table", "class", "headline").open("thead").open("tr");
      for (String h : List.of("cash", "monthly burn, from", "runway")) {
        w.element("th", h);
      }
      w.close("tr").close("thead").newline().open("tbody").newline();
      for (ReportSummary.Runway r : summary.runways()) {
        Figure cash = r.cash();
        w.open("tr").open("td").text(ds.label(cash.key().metric()) + " " + cash.key().period() + ": "
            + Formats.formatValue(cash.value(), cash.range(), cash.unit()))
            .element("span", Formats.format(cash.range(), cash.unit()), "class", "range").close("td");
        w.element("td", Formats.formatValue(r.burn().value(), r.burn().range(), r.burn().unit()) + " a month, from "
            + ds.label(r.burnSource().key().metric()) + " " + r.burnSource().key().period());
        w.open("td", "class", "num");
        if (r.runway() instanceof Derived d) {
          w.text(Formats.formatValue(d.value(), d.range(), d.unit()))
              .element("span", Formats.format(d.range(), d.unit()), "class", "range");
        } else {
          w.text("n/m: " + ((NotMeaningful) r.runway()).explanation());
        }
        w.close("td").close("tr").newline();
      }
      w.close("tbody").close("table").newline();
    }
    if (!analysis.verdicts().isEmpty()) {
      tally(w, summary.counts().publishedClaims(), "published claim");
      VerdictCounts.readings(analysis.verdicts()).ifPresent(r -> w.element("p", r + ".", "class", "quote").newline());
      tally(w, summary.counts().sourceChecks(), "source check");
      if (!summary.inconsistent().isEmpty()) {
        w.open("table", "class", "headline").open("thead").open("tr");
        for (String h : List.of("inconsistent claim", "computed from the figures", "claimed")) {
          w.element("th", h);
        }
        w.close("tr").close("thead").newline().open("tbody").newline();
        for (Verdict v : summary.inconsistent()) {
          w.open("tr", "class", "verdict-inconsistent").element("td", v.id())
              .element("td", v.computed().map(d -> Formats.format(d.value(), d.range(), d.unit())).orElse("-"),
                  "class", "num")
              .element("td", (v.relation().map(Relation::symbol).orElse("") + " " + v.reported()
                  .map(x -> Formats.format(x.value(), x.range(), x.unit())).orElse("-")).strip(), "class", "num")
              .close("tr").newline();
        }
        w.close("tbody").close("table").newline();
      }
    }
    if (!summary.conflicts().isEmpty()) {
      w.element("p", "Conflicting reports of the figures above:").newline();
      w.open("ul", "class", "notes");
      summary.conflicts().forEach(c -> w.element("li", TextReport.conflictText(ds, c)));
      w.close("ul").newline();
    }
  }

  //-------------------------------------------------------------------------
  /**
   * The charts the dataset has inputs for, in page order.
   *
   * @param analysis  the analysis
   * @return each chart's figure id, caption and chart
   */
  static List<Chart> charts(Analysis analysis) {
    List<Chart> charts = new ArrayList<>();
    ChartData.revenueBySegment(analysis).ifPresent(p -> charts.add(new Chart(CHART_REVENUE,
        revenueCaption(analysis.dataset(), p), ChartSvg.stackedBars(p))));
    ChartData.grossMarginBySegment(analysis).ifPresent(p -> charts.add(new Chart(CHART_MARGIN,
        "Gross margin as reported, or computed from revenue and gross profit or cost; error bars show the "
        + "range rounding allows.", ChartSvg.linesWithRanges(p))));
    ChartData.ratiosToRevenue(analysis).ifPresent(p -> charts.add(new Chart(CHART_RATIOS,
        p.series().stream().map(ChartData.Series::name).collect(Collectors.joining(" and ")) + ", in percent of the "
        + "revenue of the same period, with the range rounding allows.", ChartSvg.linesWithRanges(p))));
    List<ChartData.CashRunway> runways = ChartData.cashRunways(analysis);
    for (int i = 0; i < runways.size(); i++) {
      charts.add(new Chart(CHART_RUNWAY + "-" + (i + 1), "Cash falls at a constant monthly burn on each "
          + "definition until it reaches zero at the runway; the band is the range that the rounding of cash and "
          + "burn allows. A constant burn is an assumption: no growth, cost change or new funding.",
          ChartSvg.cashRunway(runways.get(i))));
    }
    ChartData.runwayScenarios(analysis).ifPresent(p -> charts.add(new Chart(CHART_SCENARIOS,
        "Projected cash under each runway scenario of the projections (constant burn on each definition, burn "
        + "shrinking or growing, offering proceeds added), until it runs out. Projections under stated "
        + "assumptions, not forecasts.", ChartSvg.paths(p))));
    ChartData.runwayFan(analysis).ifPresent(p -> charts.add(new Chart(CHART_FAN,
        "Monte Carlo runway fan: the median of projected cash month by month, shaded between the 5th and 95th "
        + "percentiles of the runs; below zero, the shortfall of the runs that ran out (the axis stops at half the "
        + "peak cash below zero). The distributions of burn and its growth are assumptions, not data.",
        ChartSvg.paths(p))));
    ChartData.tornado(analysis).ifPresent(t -> charts.add(new Chart(CHART_TORNADO,
        "Which input moves the runway most: each input moved down and up in turn, the others held; bars run "
        + "from the base runway to the runway at each end.", ChartSvg.tornado(t))));
    return charts;
  }

  /**
   * The revenue chart's caption, from the periods it draws: the dataset's own period names, and for
   * interim periods the comparison that holds (the latest interim against the same months a year
   * before, when the dataset has both), never a period length the dataset does not use.
   */
  static String revenueCaption(Dataset ds, ChartData.Panel panel) {
    StringBuilder sb = new StringBuilder("Revenue of each period (" + String.join(", ", panel.categories()) + ")");
    List<String> parts = panel.series().stream().map(ChartData.Series::name).toList();
    sb.append(parts.size() > 1 ? ", stacked: " + String.join(", ", parts) : "").append(" (the preferred report of "
        + "each figure).");
    List<FiscalPeriod> interims = panel.categories().stream().map(ds::period)
        .filter(p -> p instanceof FiscalPeriod f && !ds.isFiscalYear(f)).map(p -> (FiscalPeriod) p).toList();
    if (!interims.isEmpty()) {
      FiscalPeriod latest = interims.get(interims.size() - 1);
      String before = latest.minusYears(1).toString();
      sb.append(" ").append(String.join(", ", interims.stream().map(FiscalPeriod::toString).toList()))
          .append(interims.size() == 1 ? " is" : " are").append(" shorter than a year");
      sb.append(panel.categories().contains(before) ? ": compare " + latest + " with " + before + ", not with a "
          + "full year." : ": compare " + (interims.size() == 1 ? "it" : "each") + " with the same months of another"
          + " year, not with a full year.");
    }
    return sb.toString();
  }

  /**
   * A chart on the page.
   *
   * @param id  the id of its {@code <figure>}
   * @param caption  what it shows and how to read it
   * @param chart  the chart
   */
  record Chart(String id, String caption, JFreeChart chart) {
  }

  private static void charts(HtmlWriter w, Analysis analysis) {
    w.element("h2", "Charts", "id", "charts").newline();
    List<Chart> charts = charts(analysis);
    if (charts.isEmpty()) {
      w.element("p", "The dataset has no revenue, margin, ratio or runway to chart.").newline();
      return;
    }
    w.open("div", "class", "charts").newline();
    for (Chart c : charts) {
      chart(w, c);
    }
    w.close("div").newline();
  }

  private static void chart(HtmlWriter w, Chart c) {
    w.open("figure", "class", "chart", "id", c.id()).newline();
    w.raw(ChartSvg.toSvg(c.chart(), c.id() + "-svg")).newline();
    w.element("figcaption", c.caption()).newline();
    w.close("figure").newline();
  }

  //-------------------------------------------------------------------------
  private static void verdicts(HtmlWriter w, Dataset ds, List<Verdict> verdicts) {
    w.element("h2", "Published claims and source checks", "id", "verdicts").newline();
    // Counted apart: a published claim is judged by arithmetic, a source check compares the sources.
    VerdictCounts counts = VerdictCounts.of(verdicts);
    tally(w, counts.publishedClaims(), "published claim");
    tally(w, counts.sourceChecks(), "source check");
    w.open("table", "class", "verdicts").newline();
    w.open("colgroup");
    for (String width : List.of("15%", "10%", "15%", "4%", "15%", "21%", "20%")) {
      w.raw("<col style=\"width: " + width + "\"/>");
    }
    w.close("colgroup").newline();
    w.open("thead").open("tr");
    for (String h : List.of("claim", "verdict", "computed", "rel", "reported", "reason", "source")) {
      w.element("th", h);
    }
    w.close("tr").close("thead").newline().open("tbody").newline();
    for (Verdict v : verdicts) {
      w.open("tr", "class", "verdict-" + name(v.status()));
      w.element("td", v.id());
      w.open("td").element("span", v.status().name(), "class", "badge " + name(v.status())).close("td");
      if (v.computed().isEmpty() && v.relation().isEmpty() && v.reported().isEmpty()) {
        // A check with nothing computed, such as sources agreeing: the reason has the row's width.
        w.element("td", v.reason(), "colspan", "4");
      } else {
        w.element("td", v.computed().map(d -> Formats.format(d.value(), d.range(), d.unit())).orElse("-"),
            "class", "num");
        w.element("td", v.relation().map(Relation::symbol).orElse("-"));
        w.element("td", v.reported().map(Reported::toString).orElse("-"), "class", "num");
        w.element("td", v.reason());
      }
      w.open("td");
      Optional<ClaimSource> source = v.claim().source();
      if (source.isPresent()) {
        documentLink(w, ds.document(source.get().document()), source.get().document());
        w.raw("<br/>").element("span", "\u201c" + source.get().quote() + "\u201d", "class", "quote");
      } else {
        w.text("-");
      }
      w.close("td").close("tr").newline();
    }
    w.close("tbody").close("table").newline();
  }

  private static void tally(HtmlWriter w, VerdictCounts.Tally tally, String noun) {
    if (tally.total() == 0) {
      return;
    }
    w.open("p").text(tally.total() + " " + noun + (tally.total() == 1 ? ": " : "s: "));
    for (VerdictStatus s : VerdictStatus.values()) {
      String within = s == VerdictStatus.CONSISTENT && tally.onlyWithinRounding() > 0
          ? " (" + tally.onlyWithinRounding() + " only within rounding)" : "";
      w.element("span", tally.count(s) + " " + name(s) + within, "class", "badge " + name(s)).text(" ");
    }
    w.close("p").newline();
  }

  private static String name(VerdictStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  //-------------------------------------------------------------------------
  private static void calculations(HtmlWriter w, Analysis analysis) {
    w.element("h2", "Calculations", "id", "calculations").newline();
    for (Analysis.Section section : analysis.sections()) {
      w.element("h3", section.title()).newline();
      w.open("table").open("thead").open("tr");
      for (String h : List.of("measure", "value", "range", "formula")) {
        w.element("th", h);
      }
      w.close("tr").close("thead").newline().open("tbody").newline();
      List<String> notes = new ArrayList<>();
      for (Calculation c : section.results()) {
        w.open("tr").element("td", c.label());
        if (c instanceof Derived d) {
          w.element("td", Formats.formatValue(d.value(), d.range(), d.unit()), "class", "num")
              .element("td", Formats.format(d.range(), d.unit()), "class", "num")
              .element("td", d.formula(), "class", "formula");
          d.notes().forEach(n -> notes.add(d.label() + ": " + n));
        } else if (c instanceof NotMeaningful nm) {
          w.element("td", "n/m", "class", "num").element("td", "").element("td", "not meaningful: " + nm.explanation());
        }
        w.close("tr").newline();
      }
      w.close("tbody").close("table").newline();
      if (!notes.isEmpty()) {
        w.open("ul", "class", "notes");
        notes.stream().distinct().forEach(n -> w.element("li", n));
        w.close("ul").newline();
      }
      if (section.title().equals(OFFERING_SECTION)) {
        offeringChart(analysis).ifPresent(c -> chart(w, c));
      }
    }
  }

  /**
   * The offering chart: the share price from the offer price range to the offer price and the first
   * day's open and close, each with its range as an error bar; empty when the dataset has no offer
   * price or nothing to draw beside it.
   *
   * @param analysis  the analysis
   * @return the chart
   */
  static Optional<Chart> offeringChart(Analysis analysis) {
    return ChartData.offeringPrices(analysis).map(p -> new Chart(CHART_OFFERING, offeringCaption(analysis.dataset(),
        p), ChartSvg.linesWithRanges(p)));
  }

  /** The offering chart's caption, from the prices it draws, each as a value with its range. */
  static String offeringCaption(Dataset ds, ChartData.Panel panel) {
    String points = panel.series().get(0).points().stream().map(p -> p.category().toLowerCase(Locale.ROOT) + " "
        + Formats.format(p.value(), DecimalRange.ofClosed(p.low(), p.high()), offerCurrency(ds)))
        .collect(Collectors.joining(", "));
    return "Share price of " + ds.name() + ", as printed: " + points + "; each with the range its printed rounding"
        + " allows as an error bar.";
  }

  /** The currency the offering chart draws in: the offer price's, as {@link ChartData#offeringPrices} takes it. */
  private static Unit offerCurrency(Dataset ds) {
    return ChartData.latest(ds, Metric.IPO_OFFER_PRICE).map(Figure::unit).orElseThrow();
  }

  //-------------------------------------------------------------------------
  private static void projections(HtmlWriter w, Projections p) {
    w.element("h2", "Projections (under stated assumptions; not forecasts)", "id", "projections").newline();
    p.cash().ifPresent(c -> w.element("p", "Starting cash: " + c.label() + " = "
        + Formats.format(c.value(), c.range(), c.unit()) + " (" + c.source().document().id() + ").").newline());
    if (!p.runways().isEmpty()) {
      w.open("table").open("thead").open("tr");
      for (String h : List.of("scenario", "runway", "across rounding", "cash out")) {
        w.element("th", h);
      }
      w.close("tr").close("thead").newline().open("tbody").newline();
      for (Projections.LabelledRunway r : p.runways()) {
        RunwayResult result = r.result();
        w.open("tr").element("td", r.label())
            .element("td", result.runway().toShortString() + " months", "class", "num")
            .element("td", "[" + result.shortestAcrossRounding().toShortString() + ", "
                + result.longestAcrossRounding().toShortString() + "]", "class", "num")
            .element("td", result.cashOutDate().map(d -> YearMonth.from(d).toString()).orElse("beyond horizon"))
            .close("tr").newline();
      }
      w.close("tbody").close("table").newline();
    }
    List<String> lines = new ArrayList<>();
    p.monteCarlo().ifPresent(m -> lines.add(String.format(Locale.ROOT,
        "Monte Carlo (%d runs, seed %d): runway P5 %s, P50 %s, P95 %s; %.1f%% of runs run out within %d months.",
        m.runs(), m.config().seed(), m.p5(), m.p50(), m.p95(), 100 * m.probabilityOfCashOutWithinHorizon(),
        m.horizonMonths())));
    p.tornado().ifPresent(t -> lines.addAll(t.toString().lines().map(String::strip).toList()));
    p.revenueTrend().ifPresent(t -> lines.add(ProjectionText.trend(t) + "."));
    p.breakEven().ifPresent(b -> lines.add(ProjectionText.breakEven(b) + "."));
    if (!lines.isEmpty()) {
      w.open("ul");
      lines.forEach(l -> w.element("li", l));
      w.close("ul").newline();
    }
    Set<String> assumptions = new LinkedHashSet<>();
    p.runways().forEach(r -> assumptions.addAll(r.result().assumptions()));
    p.monteCarlo().ifPresent(m -> assumptions.addAll(m.assumptions()));
    p.revenueTrend().ifPresent(t -> assumptions.addAll(t.assumptions()));
    p.breakEven().ifPresent(b -> assumptions.addAll(b.assumptions()));
    list(w, "Assumptions", assumptions);
    list(w, "Not projected", p.notMade());
  }

  private static void list(HtmlWriter w, String title, Collection<String> items) {
    if (!items.isEmpty()) {
      w.element("h3", title).newline().open("ul", "class", "notes");
      items.forEach(i -> w.element("li", i));
      w.close("ul").newline();
    }
  }

  //-------------------------------------------------------------------------
  private static void figures(HtmlWriter w, Dataset ds) {
    w.element("h2", "Figures", "id", "figures").newline();
    w.element("p", "The report the rule picks for each figure (undoubted first, then the company's filing, a "
        + "compilation of it, the press; then an original in the dataset's currency before one converted at an "
        + "exchange rate; then the narrowest range; then the first listed), with its source; the last column counts "
        + "the reports and marks with '!' those that conflict.").newline();
    w.open("table", "class", "figures").open("thead").open("tr");
    for (String h : List.of("metric", "segment", "period", "printed", "value", "range", "source", "reports")) {
      w.element("th", h);
    }
    w.close("tr").close("thead").newline().open("tbody").newline();
    for (FigureKey key : ds.keys().stream().sorted(TextReport.keyOrder(ds)).toList()) {
      FigureLookup lookup = ds.lookup(key);
      ChosenReport chosen = ds.choose(key).orElseThrow();
      Figure f = chosen.report();
      Quantity v = chosen.value();
      w.open("tr").element("td", ds.label(key.metric()))
          .element("td", key.segment().isTotal() ? "" : ds.segment(key.segment())
              .map(s -> s.label()).orElse(key.segment().id()))
          .element("td", key.period().toString())
          .element("td", TextReport.printed(chosen) + chosen.rate().map(r -> " at rate " + r.id()).orElse(""))
          .element("td", Formats.formatValue(v.value(), v.range(), v.unit()), "class", "num")
          .element("td", Formats.format(v.range(), v.unit()), "class", "num");
      w.open("td");
      source(w, f.source());
      w.close("td");
      w.open("td", "class", "num").text(String.valueOf(lookup.reports().size()));
      if (!ds.agreement(key).agrees()) {
        w.text(" ").element("span", "!", "class", "conflict", "title", "its reports conflict");
      }
      w.close("td").close("tr").newline();
    }
    w.close("tbody").close("table").newline();
  }

  private static void source(HtmlWriter w, Source source) {
    documentLink(w, Optional.of(source.document()), source.document().id());
    w.raw("<br/>").element("span", source.locator() + ": \u201c" + source.quote() + "\u201d", "class", "quote");
  }

  private static void documentLink(HtmlWriter w, Optional<Document> document, String id) {
    Optional<String> url = document.flatMap(Document::url).map(Object::toString);
    String title = document.map(Document::title).orElse(id);
    if (url.isPresent()) {
      w.element("a", id, "href", url.get(), "title", title, "rel", "noreferrer");
    } else {
      w.element("span", id, "title", title);
    }
  }

  //-------------------------------------------------------------------------
  private static void conflicts(HtmlWriter w, Dataset ds) {
    List<FigureConflict> conflicts = ds.conflicts();
    w.element("h2", "Conflicting reports (" + conflicts.size() + ")", "id", "conflicts").newline();
    if (conflicts.isEmpty()) {
      w.element("p", "Every figure reported more than once agrees within rounding.").newline();
      return;
    }
    w.element("p", "Pairs of reports of one figure whose ranges do not overlap: both cannot be true.").newline();
    w.open("table", "class", "conflicts").open("thead").open("tr");
    for (String h : List.of("figure", "report", "range", "source", "vs report", "range", "source")) {
      w.element("th", h);
    }
    w.close("tr").close("thead").newline().open("tbody").newline();
    for (FigureConflict c : conflicts) {
      w.open("tr").element("td", c.first().key().toString());
      for (Figure f : List.of(c.first(), c.second())) {
        String range = f == c.first() ? Formats.format(f.range(), f.unit()) : TextReport.conflictRange(c);
        w.element("td", TextReport.printed(f)).element("td", range, "class", "num");
        w.open("td");
        documentLink(w, Optional.of(f.source().document()), f.source().document().id());
        w.close("td");
      }
      w.close("tr").newline();
    }
    w.close("tbody").close("table").newline();
  }
}
