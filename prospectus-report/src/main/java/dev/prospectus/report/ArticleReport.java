package dev.prospectus.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prospectus.calc.Derived;
import dev.prospectus.format.Formats;
import dev.prospectus.internal.Args;
import dev.prospectus.text.ArticleCheck;
import dev.prospectus.text.ArticleVerdict;
import dev.prospectus.text.Basis;
import dev.prospectus.text.Candidate;
import dev.prospectus.text.Finding;
import dev.prospectus.verify.Check;
import dev.prospectus.verify.Comparison;
import dev.prospectus.verify.Expression;
import dev.prospectus.verify.InputFigure;
import dev.prospectus.verify.Operation;
import dev.prospectus.verify.Printed;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.WholeCount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the check of a text ({@link ArticleCheck}) as a table for the terminal, as JSON for
 * programs (format in {@code docs/checking-articles.md}), or as one self-contained HTML page: the
 * text itself with every number highlighted by its verdict, the details one click away
 * ({@code <details>}) and in the tooltip ({@code title}), no script, nothing loaded.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class ArticleReport {

  /** The format name of the JSON form. */
  public static final String FORMAT = "prospectus-analytics/article-check@1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> HEADER = List.of("LINE", "POS", "PRINTED", "VERDICT", "CLAIM", "COMPUTED",
      "INPUTS / REASON");
  private static final String GAP = "  ";
  private static final int PRINTED_WIDTH = 24;

  // No '>' and no quotes: the style is written as escaped text, which an HTML parser does not unescape.
  private static final String STYLE = String.join("\n",
      "body { font-family: DejaVu Sans, Noto Sans, Noto Sans CJK SC, WenQuanYi Zen Hei, Arial, sans-serif;",
      "  color: #222; margin: 0 auto; padding: 16px 24px; max-width: 1100px; font-size: 15px; line-height: 1.8; }",
      "h1 { font-size: 24px; margin: 8px 0 4px; }",
      "h2 { font-size: 19px; margin: 26px 0 8px; border-bottom: 2px solid #1f77b4; padding-bottom: 2px; }",
      "p.lead { color: #444; margin: 0 0 8px; line-height: 1.4; }",
      ".legend span { margin-right: 12px; padding: 0 4px; border-radius: 3px; }",
      "article div.para { margin: 0 0 10px; }",
      "details.n { display: inline-block; vertical-align: baseline; }",
      "details.n summary { display: inline; cursor: pointer; list-style: none; padding: 0 2px; border-radius: 3px; }",
      "details.n summary::-webkit-details-marker { display: none; }",
      "details.n span.detail { display: block; max-width: 60em; margin: 4px 0 8px; padding: 6px 10px; font-size: 13px;",
      "  line-height: 1.45; border-left: 4px solid #999; background: #f7f7f7; }",
      ".v-consistent summary, .k-consistent { background: #c8e6c9; }",
      ".v-inconsistent summary, .k-inconsistent { background: #ffcdd2; font-weight: bold; }",
      ".v-undecidable summary, .k-undecidable { background: #ffe0b2; }",
      ".v-unverifiable summary, .k-unverifiable { background: #e0e0e0; }",
      ".v-unexplained summary, .k-unexplained { background: #e1d5f0; }",
      ".v-not_a_claim summary, .k-not_a_claim { border-bottom: 1px dotted #999; }",
      "table { border-collapse: collapse; margin: 6px 0 10px; font-size: 13px; width: 100%; line-height: 1.4; }",
      "th, td { border: 1px solid #ddd; padding: 3px 7px; vertical-align: top; text-align: left;",
      "  overflow-wrap: anywhere; }",
      "th { background: #f1f3f5; }",
      "td.num { text-align: right; white-space: nowrap; }",
      "ul.rows { margin: 2px 0 2px 18px; padding: 0; }",
      "footer { margin-top: 32px; font-size: 12px; color: #666; }");

  private ArticleReport() {
  }

  //-------------------------------------------------------------------------
  /**
   * Renders the check as a table: one row per number (line, position, printed form, verdict, what
   * it claims, the computed value and range, the inputs used or the reason), each check and basis
   * on an indented row below it, and the counts at the end.
   *
   * @param check  the check
   * @return the table, lines ending in {@code \n}
   * @throws IllegalArgumentException if the check is null
   */
  public static String text(ArticleCheck check) {
    Args.notNull(check, "check");
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Finding f : check.findings()) {
      boolean one = f.bases().size() == 1;
      String computed = one ? computed(f.bases().get(0).verdict()) : "";
      String inputs = one && f.bases().get(0).verdict().status().name().equals(f.verdict().name())
          ? inputs(f.bases().get(0)) + " | " + f.reason() : f.reason();
      rows.add(List.of(Integer.toString(f.line()), Integer.toString(f.start()), cut(f.printed()),
          f.verdict().name(), f.reading().describe(), computed, inputs));
      if (!one) {
        for (Basis b : f.bases()) {
          rows.add(List.of("", "", "", "  " + b.verdict().status().name(), "  " + b.check()
              + (b.basis().isEmpty() ? "" : " [" + b.basis() + "]"), computed(b.verdict()),
              inputs(b) + " | " + b.verdict().reason()));
        }
      }
    }
    int[] widths = new int[HEADER.size() - 1];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], TextTable.width(row.get(i)));
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("Article check against ").append(check.datasetName()).append(": ").append(check.subject())
        .append('\n');
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(row.get(i)).append(" ".repeat(widths[i] - TextTable.width(row.get(i)))).append(GAP);
      }
      line.append(row.get(widths.length));
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    sb.append(summary(check)).append('\n');
    return sb.toString();
  }

  /** The counts in words: {@code 105 findings: 37 consistent, 1 inconsistent, ...}. */
  static String summary(ArticleCheck check) {
    List<String> parts = new ArrayList<>();
    check.counts().forEach((v, n) -> parts.add(n + " " + v.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    int n = check.findings().size();
    return n + (n == 1 ? " finding: " : " findings: ") + String.join(", ", parts);
  }

  private static String cut(String printed) {
    String p = printed.replaceAll("\\s+", " ");
    return p.codePointCount(0, p.length()) <= PRINTED_WIDTH ? p
        : p.substring(0, p.offsetByCodePoints(0, PRINTED_WIDTH - 1)) + "…";
  }

  private static String computed(Verdict v) {
    return v.computed().map(ArticleReport::computed).orElse("-");
  }

  private static String computed(Derived d) {
    return Formats.format(d.value(), d.range(), d.unit());
  }

  /** The inputs of a row: the numbers the text prints, and the dataset's reports with their documents. */
  static String inputs(Basis b) {
    List<String> parts = new ArrayList<>();
    printed(b.claim().check(), parts);
    for (InputFigure f : b.verdict().inputs()) {
      parts.add(f.reference() + " = " + f.figure().amount() + " (" + f.figure().source().document().id() + ")");
    }
    if (b.fromVerifier()) {
      b.verdict().missing().forEach(m -> parts.add("missing " + m));
    }
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }

  private static void printed(Check check, List<String> parts) {
    if (check instanceof Comparison c) {
      printedInputs(c.computed(), parts);
      if (!(c.reported() instanceof Printed)) {
        printedInputs(c.reported(), parts);
      }
    } else if (check instanceof WholeCount w) {
      printedInputs(w.count(), parts);
    }
  }

  private static void printedInputs(Expression e, List<String> parts) {
    if (e instanceof Printed p) {
      parts.add("'" + p.text() + "' as printed");
    } else if (e instanceof Operation o) {
      o.inputs().values().forEach(x -> printedInputs(x, parts));
      o.terms().forEach(x -> printedInputs(x, parts));
    }
  }

  //-------------------------------------------------------------------------
  /**
   * Renders the check as JSON text, in the format of {@code docs/checking-articles.md}.
   *
   * @param check  the check
   * @return the JSON text
   * @throws IllegalArgumentException if the check is null
   */
  public static String json(ArticleCheck check) {
    return JsonReport.write(toJson(check));
  }

  /**
   * Converts the check to a JSON object: the dataset, the subject, the counts and one object per
   * finding, with its rows as verdict objects ({@code docs/claims.md}).
   *
   * @param check  the check
   * @return the object
   * @throws IllegalArgumentException if the check is null
   */
  public static ObjectNode toJson(ArticleCheck check) {
    Args.notNull(check, "check");
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("dataset", check.datasetName());
    root.put("document", check.document().orElse(null));
    root.put("subject", check.subject());
    ObjectNode counts = root.putObject("counts");
    check.counts().forEach((v, n) -> counts.put(v.name(), n));
    ArrayNode findings = root.putArray("findings");
    for (Finding f : check.findings()) {
      ObjectNode o = findings.addObject();
      o.put("start", f.start());
      o.put("end", f.end());
      o.put("line", f.line());
      o.put("printed", f.printed());
      o.put("kind", f.mention().map(m -> m.kind().name().toLowerCase(Locale.ROOT)).orElse("words"));
      o.put("sentence", check.sentence(f));
      ObjectNode reading = o.putObject("reading");
      reading.put("claim", f.reading().kind().name().toLowerCase(Locale.ROOT));
      reading.put("metric", f.reading().metric().map(Object::toString).orElse(null));
      reading.put("segment", f.reading().segment().id());
      reading.put("period", f.reading().period().map(Object::toString).orElse(null));
      reading.put("relation", f.reading().relation().symbol());
      reading.put("description", f.reading().describe());
      ArrayNode words = reading.putArray("words");
      f.reading().words().forEach(words::add);
      ArrayNode keys = reading.putArray("keys");
      f.reading().keys().forEach(keys::add);
      o.put("verdict", f.verdict().name());
      o.put("reason", f.reason());
      ArrayNode rows = o.putArray("rows");
      for (Basis b : f.bases()) {
        ObjectNode row = rows.addObject();
        row.put("check", b.check());
        row.put("basis", b.basis());
        row.put("fromVerifier", b.fromVerifier());
        row.set("verdict", VerdictJson.toJson(b.verdict()));
      }
      ArrayNode candidates = o.putArray("candidates");
      for (Candidate c : f.candidates()) {
        ObjectNode n = candidates.addObject();
        n.put("description", c.description());
        n.put("value", plain(c.value()));
        // An unbounded end has no number: null says so, as in the verdict JSON.
        n.put("low", c.range().lowerEnd().map(ArticleReport::plain).orElse(null));
        n.put("high", c.range().upperEnd().map(ArticleReport::plain).orElse(null));
        n.put("unit", c.unit().code());
      }
    }
    return root;
  }

  private static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  //-------------------------------------------------------------------------
  /**
   * Renders the check as one HTML page: the text with every number (and every claim made in
   * words) highlighted by its verdict, its reading and rows in a {@code <details>} element that
   * opens on a click and in the {@code title} of the highlight, then a table of all findings.
   *
   * @param check  the check
   * @return the page, XHTML, with one inline style, no script, loading nothing
   * @throws IllegalArgumentException if the check is null
   */
  public static String html(ArticleCheck check) {
    Args.notNull(check, "check");
    HtmlWriter w = new HtmlWriter();
    w.startPage("zh", "Article check against " + check.datasetName() + " - prospectus-analytics", STYLE);
    w.element("h1", "Article check against " + check.datasetName()).newline();
    w.element("p", check.subject() + ". " + summary(check) + ".", "class", "lead").newline();
    w.open("p", "class", "legend lead");
    for (ArticleVerdict v : ArticleVerdict.values()) {
      w.element("span", v.name(), "class", "k-" + v.name().toLowerCase(Locale.ROOT));
    }
    w.close("p").newline();
    w.element("h2", "The text").newline();
    article(w, check);
    w.element("h2", "Every finding").newline();
    table(w, check);
    w.open("footer").text("prospectus-analytics: every number of the text with the verdict on the claim its "
        + "context makes; rows name the dataset reports used. Format: docs/checking-articles.md.").close("footer");
    w.newline().close("body").newline().close("html").newline();
    return w.toString();
  }

  private static void article(HtmlWriter w, ArticleCheck check) {
    String text = check.text();
    // Findings at one place (a word that compares several pairs) share one highlight.
    Map<Long, List<Finding>> at = new LinkedHashMap<>();
    int last = -1;
    for (Finding f : check.findings()) {
      if (f.start() < last && !at.containsKey(key(f))) {
        continue;
      }
      at.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
      last = Math.max(last, f.end());
    }
    // Paragraphs are divisions: an HTML parser closes a <p> at the first <details> inside it.
    w.open("article").newline();
    w.open("div", "class", "para");
    int pos = 0;
    for (List<Finding> group : at.values()) {
      Finding first = group.get(0);
      paragraphs(w, text.substring(pos, first.start()));
      highlight(w, text.substring(first.start(), first.end()), group);
      pos = first.end();
    }
    paragraphs(w, text.substring(pos));
    w.close("div").newline();
    w.close("article").newline();
  }

  private static long key(Finding f) {
    return ((long) f.start() << 32) | f.end();
  }

  /** Text between highlights: a line break starts a new paragraph. */
  private static void paragraphs(HtmlWriter w, String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        w.close("div").newline().open("div", "class", "para");
      }
      w.text(lines[i]);
    }
  }

  private static void highlight(HtmlWriter w, String printed, List<Finding> group) {
    ArticleVerdict worst = group.stream().map(Finding::verdict).min(ArticleReport::severity).orElseThrow();
    String title = String.join(" | ", group.stream().map(f -> f.verdict() + ": " + f.reading().describe() + ": "
        + f.reason()).toList());
    w.open("details", "class", "n v-" + worst.name().toLowerCase(Locale.ROOT), "id", "n" + group.get(0).start());
    w.element("summary", printed, "title", title);
    w.open("span", "class", "detail");
    for (Finding f : group) {
      w.open("b").text(f.verdict().name()).close("b").text(" " + f.reading().describe() + ": " + f.reason());
      if (!f.bases().isEmpty()) {
        w.open("ul", "class", "rows");
        for (Basis b : f.bases()) {
          w.element("li", b.verdict().status() + " " + b.check() + (b.basis().isEmpty() ? "" : " [" + b.basis() + "]")
              + ": " + computed(b.verdict()) + "; " + inputs(b) + "; " + b.verdict().reason());
        }
        w.close("ul");
      }
      if (!f.candidates().isEmpty()) {
        w.open("ul", "class", "rows");
        for (Candidate c : f.candidates()) {
          w.element("li", "candidate, not an explanation: " + c);
        }
        w.close("ul");
      }
    }
    w.close("span");
    w.close("details");
  }

  private static int severity(ArticleVerdict a, ArticleVerdict b) {
    return Integer.compare(rank(a), rank(b));
  }

  private static int rank(ArticleVerdict v) {
    switch (v) {
      case INCONSISTENT:
        return 0;
      case UNDECIDABLE:
        return 1;
      case CONSISTENT:
        return 2;
      case UNVERIFIABLE:
        return 3;
      case UNEXPLAINED:
        return 4;
      default:
        return 5;
    }
  }

  private static void table(HtmlWriter w, ArticleCheck check) {
    w.open("table", "class", "findings").newline();
    w.open("thead").open("tr");
    for (String h : List.of("line", "printed", "verdict", "what it claims", "computed", "reason")) {
      w.element("th", h);
    }
    w.close("tr").close("thead").newline();
    w.open("tbody").newline();
    for (Finding f : check.findings()) {
      String css = "k-" + f.verdict().name().toLowerCase(Locale.ROOT);
      w.open("tr");
      w.element("td", Integer.toString(f.line()), "class", "num");
      w.open("td").open("a", "href", "#n" + f.start()).text(f.printed()).close("a").close("td");
      w.element("td", f.verdict().name(), "class", css);
      w.element("td", f.reading().describe());
      w.element("td", f.bases().size() == 1 ? computed(f.bases().get(0).verdict()) : "-", "class", "num");
      w.element("td", f.reason());
      w.close("tr").newline();
    }
    w.close("tbody").newline();
    w.close("table").newline();
  }
}
