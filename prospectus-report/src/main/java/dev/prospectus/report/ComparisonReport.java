package dev.prospectus.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.AlignedKey;
import dev.prospectus.analysis.ComparedCell;
import dev.prospectus.analysis.CompanyComparison;
import dev.prospectus.analysis.PeriodAlignment;
import dev.prospectus.analysis.ComparisonRow;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.Measure;
import dev.prospectus.calc.NotMeaningful;
import dev.prospectus.format.Formats;
import dev.prospectus.internal.Args;
import dev.prospectus.model.ConvertedReport;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.FigureKey;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a {@link CompanyComparison} (companies side by side) as text, JSON or CSV; {@link ComparisonHtml}
 * renders it as a page with charts.
 * <p>
 * The text fits one screen by default: the rows that more than one company computes, grouped by
 * measure, one column per company, each value with its range, lines of at most
 * {@link #MAX_WIDTH} columns (a row whose cells do not fit beside its label goes under it). JSON and
 * CSV hold every row. The CSV has the columns of the report's calculations
 * ({@code docs/report-csv.md}) with the company beside the dataset's name, one line per company and
 * row, and what the comparison adds: the row, the cell's status, the rate converted at and the row's
 * notes ({@code docs/compare.md}).
 * <p>
 * This class is stateless and thread-safe.
 */
public final class ComparisonReport {

  /** The JSON format's name and version. */
  public static final String FORMAT = "prospectus-analytics/compare@1";
  /** The widest line of the text form. */
  public static final int MAX_WIDTH = 120;
  /** The CSV columns, in order. */
  public static final List<String> CSV_COLUMNS = List.of("dataset", "company", "section", "measure", "label",
      "subject", "meaningful", "printed", "value", "low", "high", "unit", "formula", "reason", "notes", "row", "cell",
      "rate", "row_notes");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final String FORMULA_STARTS = "=+-@";
  private static final String LIST_SEPARATOR = "; ";
  /** The widest label column before a row's cells go on the lines under its label. */
  private static final int MAX_LABEL = 48;
  /** The narrowest label column worth having; with less room, cells go under their labels. */
  private static final int MIN_LABEL = 24;

  private ComparisonReport() {
  }

  //-------------------------------------------------------------------------
  /**
   * The comparison as text for one screen: the rows more than one company computes.
   *
   * @param comparison  the comparison
   * @return the text
   */
  public static String text(CompanyComparison comparison) {
    return text(comparison, false);
  }

  /**
   * The comparison as text.
   *
   * @param comparison  the comparison
   * @param allRows  true for every row, false for the rows more than one company computes
   * @return the text, lines of at most {@link #MAX_WIDTH} columns where labels and values allow
   */
  public static String text(CompanyComparison comparison, boolean allRows) {
    Args.notNull(comparison, "comparison");
    List<ComparisonRow> rows = allRows ? comparison.rows() : comparison.shared();
    StringBuilder sb = new StringBuilder();
    String title = comparison.analyses().stream().map(a -> a.dataset().name() + " ("
        + a.dataset().currency().getCurrencyCode() + ")").collect(Collectors.joining(" beside "));
    sb.append(title).append('\n').append("=".repeat(TextTable.width(title))).append('\n');
    String hint = comparison.settings().periods() == PeriodAlignment.SAME_LENGTH
        ? " --periods same-year sets the latest interims side by side, each such row with a note." : "";
    wrap(sb, "", intro(comparison) + hint + " " + (allRows ? "All " + rows.size() + " rows." : rows.size() + " of "
        + comparison.rows().size() + " rows are computed for more than one company; every row: --rows all, or"
        + " --format csv, json or html."));
    List<String> names = comparison.names();
    List<List<String>> cells = rows.stream().map(r -> r.cells().stream().map(ComparisonReport::cellText).toList())
        .toList();
    int[] widths = new int[names.size()];
    for (int i = 0; i < names.size(); i++) {
      widths[i] = TextTable.width(names.get(i));
      for (List<String> row : cells) {
        widths[i] = Math.max(widths[i], TextTable.width(row.get(i)));
      }
    }
    int cellsWidth = 0;
    for (int w : widths) {
      cellsWidth += w + 2;
    }
    // The label column takes what the cells leave; a longer label goes on its own line, its cells under it.
    int label = Math.min(MAX_LABEL, Math.min(MAX_WIDTH - cellsWidth,
        rows.stream().mapToInt(r -> TextTable.width(r.label())).max().orElse(0)));
    // Cells beside labels where the label column is usable; else under them in columns; else one line each.
    Layout layout = label >= MIN_LABEL ? Layout.BESIDE : 2 + cellsWidth <= MAX_WIDTH ? Layout.UNDER : Layout.EACH;
    int indent = layout == Layout.BESIDE ? label + 2 : 2;
    if (layout != Layout.EACH) {
      sb.append('\n').append(pad("", indent));
      for (int i = 0; i < names.size(); i++) {
        sb.append(pad(names.get(i), widths[i] + 2));
      }
      trimEnd(sb);
      sb.append('\n');
    }
    Measure section = null;
    for (int r = 0; r < rows.size(); r++) {
      ComparisonRow row = rows.get(r);
      if (row.measure() != section) {
        section = row.measure();
        sb.append('\n').append(heading(section)).append('\n');
      }
      if (layout == Layout.EACH) {
        wrap(sb, "", "    ", row.label());
        int name = names.stream().mapToInt(TextTable::width).max().orElse(0);
        for (int i = 0; i < names.size(); i++) {
          sb.append("  ").append(pad(names.get(i), name + 2)).append(cells.get(r).get(i)).append('\n');
        }
      } else {
        boolean beside = layout == Layout.BESIDE && TextTable.width(row.label()) <= label;
        if (beside) {
          sb.append(pad(row.label(), indent));
        } else {
          wrap(sb, "", "    ", row.label());
          sb.append(pad("", indent));
        }
        for (int i = 0; i < names.size(); i++) {
          sb.append(pad(cells.get(r).get(i), widths[i] + 2));
        }
        trimEnd(sb);
        sb.append('\n');
      }
      for (String note : row.notes()) {
        wrap(sb, "  note: ", note);
      }
    }
    rates(sb, comparison, rows);
    return sb.toString();
  }

  private enum Layout { BESIDE, UNDER, EACH }

  /** What the comparison shows: the currency and the period alignment, in words. */
  static String intro(CompanyComparison c) {
    String currency = c.settings().currency().map(t -> "Money in " + t.getCurrencyCode() + ", converted only at"
        + " each company's own sourced exchange rates (the rate's range carried); a cell with no such rate says so.")
        .orElse("Each company in its own currency.");
    String periods = switch (c.settings().periods()) {
      case SAME_LENGTH -> "Periods aligned by same-length: a fiscal year beside the same fiscal year, an interim only"
          + " beside an interim of the same length (a 9-month period is never beside a 6-month one), a date beside"
          + " the same date.";
      case SAME_YEAR -> "Periods aligned by same-year, as asked: interims of any length and dates within one year"
          + " side by side, the latest of each company; a row whose periods differ says so in a note.";
    };
    return currency + " " + periods;
  }

  /** A measure as a heading: {@code RATIO_TO_REVENUE} is "Ratio to revenue". */
  static String heading(Measure measure) {
    String words = measure.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A cell as the text form shows it: the value with its range, or why there is none, briefly. */
  static String cellText(ComparedCell cell) {
    if (cell instanceof ComparedCell.Computed c) {
      return Formats.format(c.value(), c.range(), c.unit()) + (c.converted().isPresent() ? " *" : "");
    }
    ComparedCell.Missing m = (ComparedCell.Missing) cell;
    switch (m.reason()) {
      case NOT_COMPUTED:
        return "-";
      case NOT_MEANINGFUL:
        return "not meaningful: " + ((NotMeaningful) m.calculation().orElseThrow()).reason().name()
            .toLowerCase(Locale.ROOT).replace('_', ' ');
      default:
        // The value in its own currency, without its range: a hint, not the compared cell.
        Derived d = m.calculation().orElseThrow().derived();
        return "no rate: " + Formats.formatValue(d.value(), d.range(), d.unit());
    }
  }

  private static void rates(StringBuilder sb, CompanyComparison c, List<ComparisonRow> rows) {
    Map<String, Set<ExchangeRate>> used = new LinkedHashMap<>();
    boolean noRate = false;
    boolean notComputed = false;
    for (ComparisonRow row : rows) {
      for (int i = 0; i < row.cells().size(); i++) {
        ComparedCell cell = row.cells().get(i);
        if (cell instanceof ComparedCell.Computed v && v.converted().isPresent()) {
          used.computeIfAbsent(c.names().get(i), k -> new LinkedHashSet<>()).add(v.converted().get().rate());
        }
        noRate |= cell instanceof ComparedCell.Missing m && m.reason() == ComparedCell.Reason.NO_EXCHANGE_RATE;
        notComputed |= cell instanceof ComparedCell.Missing m && m.reason() == ComparedCell.Reason.NOT_COMPUTED;
      }
    }
    if (!used.isEmpty() || noRate || notComputed) {
      sb.append('\n');
    }
    if (notComputed) {
      sb.append("-  not computed: the company's dataset lacks a figure the row reads\n");
    }
    for (Map.Entry<String, Set<ExchangeRate>> e : used.entrySet()) {
      for (ExchangeRate r : e.getValue()) {
        wrap(sb, "*  ", e.getKey() + " converted at " + r.id() + ", " + Formats.formatRate(r.value(), r.range(),
            r.to(), r.from()) + ", " + (r.isImplied() ? "implied by " : "printed by ") + r.document().id());
      }
    }
    if (noRate) {
      wrap(sb, "", "no rate: the company's dataset states no exchange rate that applies to the row's periods; the"
          + " value is shown in its own currency, not converted.");
    }
  }

  private static void wrap(StringBuilder sb, String first, String text) {
    wrap(sb, first, " ".repeat(first.length()), text);
  }

  // A label too long for a line breaks between words, its further lines indented under it.
  private static void wrap(StringBuilder sb, String first, String indent, String text) {
    StringBuilder line = new StringBuilder(first);
    for (String word : text.split(" ")) {
      if (line.length() > indent.length() && TextTable.width(line.toString()) + 1 + TextTable.width(word) > MAX_WIDTH) {
        sb.append(line).append('\n');
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    sb.append(line).append('\n');
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - TextTable.width(s)));
  }

  private static void trimEnd(StringBuilder sb) {
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
      sb.setLength(sb.length() - 1);
    }
  }

  //-------------------------------------------------------------------------
  /**
   * The comparison as JSON text: every row ({@code docs/compare.md}).
   *
   * @param comparison  the comparison
   * @return the JSON text, pretty-printed
   */
  public static String json(CompanyComparison comparison) {
    return JsonReport.write(toJson(comparison));
  }

  /**
   * The comparison as a JSON tree: the companies, the settings, and every row with one cell per
   * company, each with its status, its value and range where it has one, the calculation behind it
   * (as in the report's JSON), the conversion and its rate, or the reason it has none.
   *
   * @param comparison  the comparison
   * @return the tree
   */
  public static ObjectNode toJson(CompanyComparison comparison) {
    Args.notNull(comparison, "comparison");
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    ArrayNode companies = root.putArray("companies");
    for (Analysis a : comparison.analyses()) {
      Dataset ds = a.dataset();
      companies.addObject().put("dataset", ds.name()).put("company", ds.company())
          .put("currency", ds.currency().getCurrencyCode());
    }
    comparison.settings().currency().ifPresentOrElse(c -> root.put("currency", c.getCurrencyCode()),
        () -> root.putNull("currency"));
    root.put("periods", comparison.settings().periods().code());
    ArrayNode rows = root.putArray("rows");
    for (ComparisonRow row : comparison.rows()) {
      ObjectNode r = rows.addObject();
      r.put("measure", code(row.measure()));
      r.put("label", row.label());
      ArrayNode subject = r.putArray("subject");
      row.subject().forEach(k -> subject.add(k.toString()));
      r.put("mixedPeriods", row.mixedPeriods());
      ArrayNode notes = r.putArray("notes");
      row.notes().forEach(notes::add);
      ArrayNode cells = r.putArray("cells");
      for (int i = 0; i < row.cells().size(); i++) {
        cells.add(cell(comparison.names().get(i), row.cells().get(i)));
      }
    }
    return root;
  }

  private static JsonNode cell(String dataset, ComparedCell cell) {
    ObjectNode node = NODES.objectNode();
    node.put("dataset", dataset);
    node.put("status", status(cell));
    if (cell instanceof ComparedCell.Computed c) {
      node.put("unit", c.unit().code());
      putValue(node, c.value(), c.range());
      node.put("display", Formats.format(c.value(), c.range(), c.unit()));
      c.converted().ifPresent(conv -> node.set("converted", converted(conv)));
    } else {
      ComparedCell.Missing m = (ComparedCell.Missing) cell;
      node.put("reason", m.reason().name().toLowerCase(Locale.ROOT));
      node.put("explanation", m.explanation());
    }
    cell.calculation().ifPresent(c -> node.set("calculation", JsonReport.calculation(c)));
    return node;
  }

  private static ObjectNode converted(ConvertedReport conv) {
    ObjectNode node = NODES.objectNode();
    ExchangeRate r = conv.rate();
    node.put("from", conv.original().unit().code());
    ObjectNode rate = node.putObject("rate");
    rate.put("id", r.id());
    rate.put("from", r.from().code());
    rate.put("to", r.to().code());
    putValue(rate, r.value(), r.range());
    rate.put("appliesTo", r.appliesTo().toString());
    rate.put("origin", r.origin());
    return node;
  }

  private static void putValue(ObjectNode node, BigDecimal value, DecimalRange range) {
    // Numbers as plain-digit strings, every digit kept, as the report's JSON writes them.
    node.put("value", value.toPlainString());
    // An open end of a one-sided range is null: there is no number to give.
    node.put("low", range.lowerEnd().map(BigDecimal::toPlainString).orElse(null));
    node.put("high", range.upperEnd().map(BigDecimal::toPlainString).orElse(null));
  }

  private static String status(ComparedCell cell) {
    return cell instanceof ComparedCell.Missing m ? m.reason().name().toLowerCase(Locale.ROOT) : "computed";
  }

  private static String code(Measure measure) {
    return measure.name().toLowerCase(Locale.ROOT);
  }

  //-------------------------------------------------------------------------
  /**
   * The comparison as CSV: one line per row and company, every row, columns {@link #CSV_COLUMNS}.
   * Numbers are plain decimals at base scale as in {@link CsvReport}; a converted value is in the
   * target currency, with the rate's id in {@code rate}.
   *
   * @param comparison  the comparison
   * @return the CSV text
   */
  public static String csv(CompanyComparison comparison) {
    Args.notNull(comparison, "comparison");
    List<List<String>> lines = new ArrayList<>();
    for (ComparisonRow row : comparison.rows()) {
      String rowNotes = text(String.join(LIST_SEPARATOR, row.notes()));
      for (int i = 0; i < row.cells().size(); i++) {
        Dataset ds = comparison.analyses().get(i).dataset();
        ComparedCell cell = row.cells().get(i);
        Optional<Calculation> calc = cell.calculation();
        String subject = calc.map(c -> c.subject().stream().map(FigureKey::toString)
            .collect(Collectors.joining(LIST_SEPARATOR)))
            .orElse(row.subject().stream().map(AlignedKey::toString).collect(Collectors.joining(LIST_SEPARATOR)));
        String label = text(calc.map(Calculation::label).orElse(row.label()));
        List<String> line = new ArrayList<>(List.of(text(ds.name()), text(ds.company()), heading(row.measure()),
            code(row.measure()), label, subject));
        if (cell instanceof ComparedCell.Computed c) {
          Derived d = c.derived();
          line.addAll(List.of("true", text(Formats.format(c.value(), c.range(), c.unit())), c.value().toPlainString(),
              end(c.range().lowerEnd()), end(c.range().upperEnd()), c.unit().code(), text(d.formula()), "",
              text(String.join(LIST_SEPARATOR, d.notes()))));
        } else {
          ComparedCell.Missing m = (ComparedCell.Missing) cell;
          String meaningful = m.reason() == ComparedCell.Reason.NOT_COMPUTED ? ""
              : String.valueOf(calc.orElseThrow().isMeaningful());
          Optional<Derived> own = calc.filter(Calculation::isMeaningful).map(Calculation::derived);
          line.addAll(List.of(meaningful, own.map(d -> text(d.toString())).orElse(""),
              own.map(d -> d.value().toPlainString()).orElse(""), own.map(d -> end(d.range().lowerEnd())).orElse(""),
              own.map(d -> end(d.range().upperEnd())).orElse(""), own.map(d -> d.unit().code()).orElse(""),
              own.map(d -> text(d.formula())).orElse(""), text(m.explanation()),
              own.map(d -> text(String.join(LIST_SEPARATOR, d.notes()))).orElse("")));
        }
        line.addAll(List.of(text(row.label()), status(cell), cell instanceof ComparedCell.Computed c
            ? c.converted().map(conv -> conv.rate().id()).orElse("") : "", rowNotes));
        lines.add(line);
      }
    }
    CsvSchema.Builder schema = CsvSchema.builder();
    CSV_COLUMNS.forEach(schema::addColumn);
    StringWriter out = new StringWriter();
    try (SequenceWriter writer = CSV.writer(schema.build().withHeader()).writeValues(out)) {
      for (List<String> line : lines) {
        writer.write(line);
      }
    } catch (IOException ex) {
      // A StringWriter does no I/O; keep the cause should that ever change.
      throw new UncheckedIOException("Unable to write the comparison CSV", ex);
    }
    return out.toString();
  }

  private static String end(Optional<BigDecimal> end) {
    return end.map(BigDecimal::toPlainString).orElse("");
  }

  /** A text field, with an apostrophe before what a spreadsheet would read as a formula. */
  private static String text(String value) {
    return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
