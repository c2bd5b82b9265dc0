package dev.prospectus.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prospectus.calc.Derived;
import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.verify.Check;
import dev.prospectus.verify.Comparison;
import dev.prospectus.verify.InputFigure;
import dev.prospectus.verify.Relation;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.WholeCount;
import dev.prospectus.verify.WholeMean;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Verdicts as JSON for programs: an array with one object per verdict. The format is documented in
 * {@code docs/claims.md}.
 * <p>
 * Each object has {@code id}, {@code verdict} (the status name), {@code check} ({@code comparison},
 * {@code whole-count}, {@code whole-mean} or {@code source-agreement}), {@code claim} (the check in words),
 * {@code source}, {@code relation}, {@code computed} ({@code measure}, {@code value}, {@code low},
 * {@code high}, {@code formula}, {@code notes}), {@code reported} ({@code text}, {@code value},
 * {@code low}, {@code high}), {@code unit}, {@code reason}, {@code onlyWithinRounding} (a
 * CONSISTENT verdict whose computed point disagrees with the reported number at its printed
 * digits), {@code inputs} (each figure used with its printed amount, range, source, which report it
 * was, and the exchange rate it was converted at and its doubt when they apply) and
 * {@code missing}; a verdict on one reading of a claim that can be read more than one way also has
 * {@code readingOf} (the printed claim's id) and {@code reading}. Members that do not apply are
 * {@code null}. Numbers are JSON numbers at base
 * scale (US dollars, not millions; 12.2 for 12.2%), exact or rounded outward to 34 significant
 * digits, never in exponent form.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class VerdictJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private VerdictJson() {
  }

  /**
   * Converts verdicts to a JSON array, one object per verdict, in order.
   *
   * @param verdicts  the verdicts
   * @return the array
   */
  public static ArrayNode toJson(List<Verdict> verdicts) {
    Args.noNulls(verdicts, "verdicts");
    ArrayNode array = NODES.arrayNode();
    verdicts.forEach(v -> array.add(toJson(v)));
    return array;
  }

  /**
   * Converts one verdict to a JSON object.
   *
   * @param verdict  the verdict
   * @return the object
   */
  public static ObjectNode toJson(Verdict verdict) {
    Args.notNull(verdict, "verdict");
    ObjectNode o = NODES.objectNode();
    o.put("id", verdict.id());
    o.put("verdict", verdict.status().name());
    Check check = verdict.claim().check();
    o.put("check", check instanceof Comparison ? "comparison" : check instanceof WholeCount ? "whole-count"
        : check instanceof WholeMean ? "whole-mean" : "source-agreement");
    o.put("claim", check.describe());
    verdict.claim().source().ifPresentOrElse(s -> {
      ObjectNode source = o.putObject("source");
      source.put("document", s.document());
      source.put("locator", s.locator().orElse(null));
      source.put("quote", s.quote());
    }, () -> o.putNull("source"));
    o.put("relation", verdict.relation().map(Relation::symbol).orElse(null));
    verdict.computed().ifPresentOrElse(d -> computed(o.putObject("computed"), d), () -> o.putNull("computed"));
    verdict.reported().ifPresentOrElse(r -> {
      ObjectNode reported = o.putObject("reported");
      reported.put("text", r.text());
      reported.put("value", plain(r.value()));
      range(reported, r.range());
    }, () -> o.putNull("reported"));
    o.put("unit", verdict.computed().map(d -> d.unit().code())
        .or(() -> verdict.reported().map(r -> r.unit().code()))
        .or(() -> verdict.inputs().stream().findFirst().map(f -> f.figure().unit().code())).orElse(null));
    o.put("reason", verdict.reason());
    o.put("onlyWithinRounding", verdict.onlyWithinRounding());
    ArrayNode inputs = o.putArray("inputs");
    verdict.inputs().forEach(f -> input(inputs.addObject(), f));
    ArrayNode missing = o.putArray("missing");
    verdict.missing().forEach(missing::add);
    verdict.claim().note().ifPresent(n -> o.put("note", n));
    verdict.claim().reading().ifPresent(r -> {
      o.put("readingOf", r.of());
      o.put("reading", r.reading());
    });
    return o;
  }

  /**
   * Writes one verdict's members, as {@link #toJson(Verdict)} has them and in the same order, into
   * the object a generator is in: the same text as the object's, without building it, for writers
   * of many verdicts such as the batch.
   *
   * @param verdict  the verdict
   * @param g  the generator, inside an object (after its start and any members before these)
   * @throws IOException if the generator cannot write
   */
  public static void write(Verdict verdict, JsonGenerator g) throws IOException {
    Args.notNull(verdict, "verdict");
    Args.notNull(g, "g");
    g.writeStringField("id", verdict.id());
    g.writeStringField("verdict", verdict.status().name());
    Check check = verdict.claim().check();
    g.writeStringField("check", check instanceof Comparison ? "comparison" : check instanceof WholeCount
        ? "whole-count" : check instanceof WholeMean ? "whole-mean" : "source-agreement");
    g.writeStringField("claim", check.describe());
    var source = verdict.claim().source();
    if (source.isPresent()) {
      g.writeObjectFieldStart("source");
      g.writeStringField("document", source.get().document());
      g.writeStringField("locator", source.get().locator().orElse(null));
      g.writeStringField("quote", source.get().quote());
      g.writeEndObject();
    } else {
      g.writeNullField("source");
    }
    g.writeStringField("relation", verdict.relation().map(Relation::symbol).orElse(null));
    var computed = verdict.computed();
    if (computed.isPresent()) {
      Derived d = computed.get();
      g.writeObjectFieldStart("computed");
      g.writeStringField("measure", d.label());
      g.writeNumberField("value", plain(d.value()));
      range(g, d.range());
      g.writeStringField("formula", d.formula());
      strings(g, "notes", d.notes());
      g.writeEndObject();
    } else {
      g.writeNullField("computed");
    }
    var reported = verdict.reported();
    if (reported.isPresent()) {
      g.writeObjectFieldStart("reported");
      g.writeStringField("text", reported.get().text());
      g.writeNumberField("value", plain(reported.get().value()));
      range(g, reported.get().range());
      g.writeEndObject();
    } else {
      g.writeNullField("reported");
    }
    g.writeStringField("unit", verdict.computed().map(d -> d.unit().code())
        .or(() -> verdict.reported().map(r -> r.unit().code()))
        .or(() -> verdict.inputs().stream().findFirst().map(f -> f.figure().unit().code())).orElse(null));
    g.writeStringField("reason", verdict.reason());
    g.writeBooleanField("onlyWithinRounding", verdict.onlyWithinRounding());
    g.writeArrayFieldStart("inputs");
    for (InputFigure input : verdict.inputs()) {
      input(g, input);
    }
    g.writeEndArray();
    strings(g, "missing", verdict.missing());
    var note = verdict.claim().note();
    if (note.isPresent()) {
      g.writeStringField("note", note.get());
    }
    var reading = verdict.claim().reading();
    if (reading.isPresent()) {
      g.writeStringField("readingOf", reading.get().of());
      g.writeStringField("reading", reading.get().reading());
    }
  }

  private static void input(JsonGenerator g, InputFigure input) throws IOException {
    Figure f = input.figure();
    g.writeStartObject();
    g.writeStringField("reference", input.reference());
    g.writeStringField("metric", f.metric().id());
    g.writeStringField("segment", f.segment().id());
    g.writeStringField("period", f.period().toString());
    g.writeStringField("printed", f.amount().toString());
    g.writeStringField("qualifier", f.qualifier().code());
    g.writeNumberField("value", plain(f.value()));
    range(g, f.range());
    g.writeStringField("unit", f.unit().code());
    g.writeStringField("document", f.source().document().id());
    g.writeStringField("locator", f.source().locator());
    g.writeStringField("quote", f.source().quote());
    g.writeStringField("report", input.choice().code());
    g.writeNumberField("reports", input.reportCount());
    var rate = input.rate();
    if (rate.isPresent()) {
      g.writeStringField("rate", rate.get().id());
    }
    var doubt = f.doubt();
    if (doubt.isPresent()) {
      g.writeStringField("doubt", doubt.get());
    }
    if (!f.isReported()) {
      g.writeStringField("basis", f.basis().word());
    }
    g.writeEndObject();
  }

  private static void range(JsonGenerator g, DecimalRange range) throws IOException {
    g.writeNumberField("low", range.lowerEnd().map(VerdictJson::plain).orElse(null));
    g.writeNumberField("high", range.upperEnd().map(VerdictJson::plain).orElse(null));
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private static void computed(ObjectNode node, Derived d) {
    node.put("measure", d.label());
    node.put("value", plain(d.value()));
    range(node, d.range());
    node.put("formula", d.formula());
    ArrayNode notes = node.putArray("notes");
    d.notes().forEach(notes::add);
  }

  private static void input(ObjectNode node, InputFigure input) {
    Figure f = input.figure();
    node.put("reference", input.reference());
    node.put("metric", f.metric().id());
    node.put("segment", f.segment().id());
    node.put("period", f.period().toString());
    node.put("printed", f.amount().toString());
    node.put("qualifier", f.qualifier().code());
    node.put("value", plain(f.value()));
    range(node, f.range());
    node.put("unit", f.unit().code());
    node.put("document", f.source().document().id());
    node.put("locator", f.source().locator());
    node.put("quote", f.source().quote());
    node.put("report", input.choice().code());
    node.put("reports", input.reportCount());
    input.rate().ifPresent(r -> node.put("rate", r.id()));
    f.doubt().ifPresent(d -> node.put("doubt", d));
    if (!f.isReported()) {
      node.put("basis", f.basis().word());
    }
  }

  private static void range(ObjectNode node, DecimalRange range) {
    // An unbounded end ("over 15億") has no number: null says so.
    node.put("low", range.lowerEnd().map(VerdictJson::plain).orElse(null));
    node.put("high", range.upperEnd().map(VerdictJson::plain).orElse(null));
  }

  /** A negative scale would print in exponent form ({@code 1.102E+9}); JSON readers want digits. */
  private static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }
}
