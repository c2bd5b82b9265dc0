package dev.prospectus.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.Projections;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.NotMeaningful;
import dev.prospectus.format.Formats;
import dev.prospectus.internal.Args;
import dev.prospectus.model.ChosenReport;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureConflict;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FigureLookup;
import dev.prospectus.model.Quantity;
import dev.prospectus.scenario.Runway;
import dev.prospectus.verify.VerdictCounts;
import dev.prospectus.verify.VerdictStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link Analysis} as JSON for programs: the same content as {@link TextReport}, with
 * full-precision decimals as JSON strings (so no digit is lost to binary floating point).
 * <p>
 * The format is documented in {@code docs/report-json.md}.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class JsonReport {

  /** The format identifier written as {@code "format"}. */
  public static final String FORMAT = "prospectus-analytics/report@1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {
  }

  /**
   * Renders the analysis as a JSON document, ending with the array {@code "verdicts"} on the
   * claims it judged (described in {@code docs/claims.md}; empty if it judged none).
   *
   * @param analysis  the analysis
   * @return the JSON text, pretty-printed
   */
  public static String render(Analysis analysis) {
    return write(toJson(analysis));
  }

  /**
   * Builds the JSON tree of the analysis, ending with its verdicts, for callers that add to it.
   *
   * @param analysis  the analysis
   * @return the tree
   */
  public static ObjectNode toJson(Analysis analysis) {
    Args.notNull(analysis, "analysis");
    Dataset ds = analysis.dataset();
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    ObjectNode dataset = root.putObject("dataset");
    dataset.put("name", ds.name());
    dataset.put("company", ds.company());
    dataset.put("currency", ds.currency().getCurrencyCode());
    dataset.put("fiscalYearEnd", ds.fiscalYearEnd().toString().substring(2));
    ArrayNode figures = root.putArray("figures");
    for (FigureKey key : ds.keys().stream().sorted(TextReport.keyOrder(ds)).toList()) {
      FigureLookup lookup = ds.lookup(key);
      ObjectNode node = figures.addObject();
      node.put("metric", key.metric().id());
      node.put("label", ds.label(key.metric()));
      node.put("segment", key.segment().id());
      node.put("period", key.period().toString());
      ChosenReport chosen = ds.choose(key).orElseThrow();
      node.put("preferred", lookup.reports().indexOf(chosen.report()));
      node.put("why", chosen.why());
      if (chosen.isConverted()) {
        ObjectNode value = node.putObject("converted");
        value.put("rate", chosen.rate().orElseThrow().id());
        value.put("unit", chosen.value().unit().code());
        putValue(value, chosen.value().value(), chosen.value().range());
        value.put("display", Formats.format(chosen.value().value(), chosen.value().range(), chosen.value().unit()));
      } else {
        node.putNull("converted");
      }
      ArrayNode reports = node.putArray("reports");
      lookup.reports().forEach(f -> reports.add(figure(f)));
    }
    ArrayNode rates = root.putArray("exchangeRates");
    ds.exchangeRates().forEach(r -> rates.add(rate(r)));
    ArrayNode sections = root.putArray("sections");
    for (Analysis.Section section : analysis.sections()) {
      ObjectNode s = sections.addObject();
      s.put("title", section.title());
      ArrayNode results = s.putArray("calculations");
      section.results().forEach(c -> results.add(calculation(c)));
    }
    root.set("projections", projections(analysis.projections()));
    ArrayNode conflicts = root.putArray("conflicts");
    for (FigureConflict c : ds.conflicts()) {
      ObjectNode node = conflicts.addObject();
      node.put("key", c.first().key().toString());
      node.set("first", figure(c.first()));
      node.set("second", figure(c.second()));
      node.put("rate", c.rate().map(r -> r.id()).orElse(null));
    }
    // Published claims and source checks answer different questions: counted apart.
    VerdictCounts counts = VerdictCounts.of(analysis.verdicts());
    ObjectNode tallies = root.putObject("verdictCounts");
    tally(tallies.putObject("publishedClaims"), counts.publishedClaims());
    tally(tallies.putObject("sourceChecks"), counts.sourceChecks());
    root.set("verdicts", VerdictJson.toJson(analysis.verdicts()));
    return root;
  }

  /**
   * Serialises a JSON tree as pretty-printed text.
   *
   * @param tree  the tree
   * @return the text
   */
  public static String write(JsonNode tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException("Unable to write JSON report", ex);
    }
  }

  /**
   * The JSON form of one report of a figure.
   *
   * @param f  the figure
   * @return the node
   */
  public static ObjectNode figure(Figure f) {
    ObjectNode node = NODES.objectNode();
    node.put("printed", f.amount().toString());
    node.put("qualifier", f.qualifier().code());
    node.put("unit", f.unit().code());
    putValue(node, f.value(), f.range());
    ObjectNode source = node.putObject("source");
    source.put("document", f.source().document().id());
    source.put("title", f.source().document().title());
    f.source().document().url().ifPresent(u -> source.put("url", u.toString()));
    source.put("locator", f.source().locator());
    source.put("quote", f.source().quote());
    f.currencyNote().ifPresent(n -> node.put("currencyNote", n));
    f.note().ifPresent(n -> node.put("note", n));
    f.doubt().ifPresent(n -> node.put("doubt", n));
    if (!f.isReported()) {
      node.put("basis", f.basis().word());
    }
    return node;
  }

  /**
   * The JSON form of a calculation, meaningful or not.
   *
   * @param c  the calculation
   * @return the node
   */
  public static ObjectNode calculation(Calculation c) {
    ObjectNode node = NODES.objectNode();
    node.put("measure", c.label());
    node.put("meaningful", c.isMeaningful());
    if (c instanceof Derived d) {
      node.put("unit", d.unit().code());
      putValue(node, d.value(), d.range());
      node.put("display", d.toString());
      node.put("formula", d.formula());
      ArrayNode notes = node.putArray("notes");
      d.notes().forEach(notes::add);
    } else if (c instanceof NotMeaningful nm) {
      node.put("reason", nm.explanation());
    }
    ArrayNode inputs = node.putArray("inputs");
    for (Quantity q : c.inputs()) {
      ObjectNode in = inputs.addObject();
      in.put("label", q.label());
      in.put("unit", q.unit().code());
      putValue(in, q.value(), q.range());
      if (q instanceof Figure f) {
        in.put("printed", f.amount().toString());
        in.put("document", f.source().document().id());
      }
    }
    return node;
  }

  /**
   * Writes a calculation's members, as {@link #calculation} has them and in the same order but
   * without {@code inputs}, into the object a generator is in: the same text without building the
   * object, for writers of many calculations such as the batch (whose rows name the inputs in
   * their subject).
   *
   * @param c  the calculation
   * @param g  the generator, inside an object
   * @throws IOException if the generator cannot write
   */
  public static void writeWithoutInputs(Calculation c, JsonGenerator g) throws IOException {
    Args.notNull(c, "c");
    Args.notNull(g, "g");
    g.writeStringField("measure", c.label());
    g.writeBooleanField("meaningful", c.isMeaningful());
    if (c instanceof Derived d) {
      g.writeStringField("unit", d.unit().code());
      g.writeStringField("value", d.value().toPlainString());
      g.writeStringField("low", d.range().lowerEnd().map(BigDecimal::toPlainString).orElse(null));
      g.writeStringField("high", d.range().upperEnd().map(BigDecimal::toPlainString).orElse(null));
      g.writeStringField("display", d.toString());
      g.writeStringField("formula", d.formula());
      g.writeArrayFieldStart("notes");
      for (String note : d.notes()) {
        g.writeString(note);
      }
      g.writeEndArray();
    } else if (c instanceof NotMeaningful nm) {
      g.writeStringField("reason", nm.explanation());
    }
  }

  /**
   * The JSON form of the projections: runway scenarios with their monthly cash paths, the Monte
   * Carlo percentiles and fan, the tornado rows, the revenue trend and the break-even estimate,
   * each with its assumptions.
   *
   * @param p  the projections
   * @return the node
   */
  public static ObjectNode projections(Projections p) {
    ObjectNode node = NODES.objectNode();
    p.cash().ifPresent(c -> {
      ObjectNode cash = node.putObject("cash");
      cash.put("label", c.label());
      cash.put("unit", c.unit().code());
      putValue(cash, c.value(), c.range());
    });
    ArrayNode runways = node.putArray("runways");
    for (Projections.LabelledRunway r : p.runways()) {
      ObjectNode n = runways.addObject();
      n.put("label", r.label());
      putRunway(n, "months", r.result().runway());
      putRunway(n, "shortestMonths", r.result().shortestAcrossRounding());
      putRunway(n, "longestMonths", r.result().longestAcrossRounding());
      r.result().cashOutDate().ifPresent(d -> n.put("cashOutDate", d.toString()));
      ArrayNode path = n.putArray("path");
      r.result().path().forEach(point -> path.addObject().put("month", point.month())
          .put("date", point.date().toString()).put("cash", point.cash().toPlainString()));
      strings(n.putArray("assumptions"), r.result().assumptions());
    }
    p.monteCarlo().ifPresent(m -> {
      ObjectNode n = node.putObject("monteCarlo");
      n.put("runs", m.runs());
      n.put("seed", m.config().seed());
      putRunway(n, "p5", m.p5());
      putRunway(n, "p50", m.p50());
      putRunway(n, "p95", m.p95());
      n.put("probabilityOfCashOutWithinHorizon", m.probabilityOfCashOutWithinHorizon());
      ArrayNode fan = n.putArray("fan");
      m.fan().forEach(f -> fan.addObject().put("month", f.month()).put("date", f.date().toString())
          .put("p5", f.p5().toPlainString()).put("p50", f.p50().toPlainString()).put("p95", f.p95().toPlainString()));
      strings(n.putArray("assumptions"), m.assumptions());
    });
    p.tornado().ifPresent(t -> {
      ObjectNode n = node.putObject("sensitivity");
      n.put("shockPercent", t.shockPercent().toPlainString());
      putRunway(n, "baseMonths", t.base());
      ArrayNode rows = n.putArray("rows");
      t.rows().forEach(row -> {
        ObjectNode r = rows.addObject();
        r.put("input", row.input());
        putRunway(r, "monthsAtLow", row.runwayAtLow());
        putRunway(r, "monthsAtHigh", row.runwayAtHigh());
        r.put("swingMonths", row.swingMonths());
      });
    });
    p.revenueTrend().ifPresent(t -> {
      ObjectNode n = node.putObject("revenueTrend");
      n.put("growthPerYear", t.growthPerYear());
      n.put("growthLow", t.growthLow());
      n.put("growthHigh", t.growthHigh());
      n.put("confidenceLevel", t.confidenceLevel());
      n.put("rSquared", t.rSquared());
      n.put("periods", t.points().size());
      n.put("meaningful", t.isMeaningful());
      n.put("display", ProjectionText.trend(t));
      strings(n.putArray("assumptions"), t.assumptions());
    });
    p.breakEven().ifPresent(b -> {
      ObjectNode n = node.putObject("breakEven");
      b.date().ifPresent(d -> n.put("date", d.toString()));
      if (b.date().isPresent()) {
        // The range across the trends' intervals; an end beyond the horizon is null.
        n.put("earliestDate", b.earliestDate().map(LocalDate::toString).orElse(null));
        n.put("latestDate", b.latestDate().map(LocalDate::toString).orElse(null));
      }
      n.put("meaningful", b.isMeaningful());
      n.put("horizonMonths", b.horizonMonths());
      n.put("display", ProjectionText.breakEven(b));
      strings(n.putArray("assumptions"), b.assumptions());
    });
    strings(node.putArray("notMade"), p.notMade());
    return node;
  }

  /** A runway in months as a number, or null when cash lasts beyond the horizon. */
  private static void putRunway(ObjectNode node, String field, Runway runway) {
    if (runway.months().isPresent()) {
      node.put(field, runway.months().getAsDouble());
    } else {
      node.putNull(field);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void tally(ObjectNode node, VerdictCounts.Tally tally) {
    node.put("total", tally.total());
    for (VerdictStatus s : VerdictStatus.values()) {
      node.put(s.name().toLowerCase(Locale.ROOT), tally.count(s));
    }
    node.put("onlyWithinRounding", tally.onlyWithinRounding());
  }

  private static ObjectNode rate(ExchangeRate r) {
    ObjectNode node = NODES.objectNode();
    node.put("id", r.id());
    node.put("from", r.from().code());
    node.put("to", r.to().code());
    node.put("appliesTo", r.appliesTo().toString());
    node.put("kind", r.isImplied() ? "implied" : "printed");
    putValue(node, r.value(), r.range());
    node.put("display", Formats.formatRate(r.value(), r.range(), r.to(), r.from()));
    ArrayNode figures = node.putArray("figures");
    r.figures().forEach(f -> figures.add(figure(f)));
    return node;
  }

  private static void putValue(ObjectNode node, BigDecimal value, DecimalRange range) {
    node.put("value", value.toPlainString());
    // An unbounded end ("over 15億") has no number: null says so.
    node.put("low", range.lowerEnd().map(BigDecimal::toPlainString).orElse(null));
    node.put("high", range.upperEnd().map(BigDecimal::toPlainString).orElse(null));
  }
}
