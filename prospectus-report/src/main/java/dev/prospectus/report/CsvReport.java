package dev.prospectus.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.prospectus.analysis.Analysis;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.NotMeaningful;
import dev.prospectus.format.Formats;
import dev.prospectus.internal.Args;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FigureLookup;
import dev.prospectus.verify.Check;
import dev.prospectus.verify.Comparison;
import dev.prospectus.verify.Relation;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.WholeCount;
import dev.prospectus.verify.WholeMean;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders an {@link Analysis} as CSV for spreadsheets and programs: one kind of row per file, one
 * header line, the columns documented in {@code docs/report-csv.md}.
 * <p>
 * The figures ({@link Section#FIGURES}: one row per report of a figure), the calculations
 * ({@link Section#CALCULATIONS}: one row per calculation) or the verdicts ({@link Section#VERDICTS}:
 * one row per verdict). Every row starts with the dataset's name, so the rows of several datasets
 * can be put in one table.
 * <p>
 * Numbers are plain decimals at base scale (US dollars, not millions; {@code 12.2} for 12.2%), with
 * every digit the value has, trailing zeros included ({@code 3455000.50} stays so), never in exponent
 * form and without thousands separators, so that a spreadsheet reads them as numbers. A missing
 * value is an empty field. Fields are quoted and escaped as RFC 4180 has it, by Jackson's CSV
 * module; lines end with a line feed; the text is UTF-8. A text field that a spreadsheet would take
 * for a formula (one starting with {@code =}, {@code +}, {@code -} or {@code @}) is written with a
 * leading apostrophe, which spreadsheets show as text; number fields are never changed.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class CsvReport {

  /** The rows a CSV file holds: one kind per file. */
  public enum Section {
    /** One row per report of a figure. */
    FIGURES("figures", List.of("dataset", "key", "metric", "label", "segment", "period", "printed", "qualifier",
        "value", "low", "high", "unit", "preferred", "reports", "document", "locator", "quote", "currency_note",
        "note", "doubt")),
    /** One row per calculation of the analysis. */
    CALCULATIONS("calculations", List.of("dataset", "section", "measure", "label", "subject", "meaningful",
        "printed", "value", "low", "high", "unit", "formula", "reason", "notes")),
    /** One row per verdict on a claim. */
    VERDICTS("verdicts", List.of("dataset", "id", "verdict", "check", "claim", "relation", "computed",
        "computed_value", "computed_low", "computed_high", "reported", "reported_value", "reported_low",
        "reported_high", "unit", "reason", "document", "locator", "quote", "missing", "note"));

    private final String code;
    private final List<String> columns;

    Section(String code, List<String> columns) {
      this.code = code;
      this.columns = columns;
    }

    /**
     * The section's name on the command line, such as {@code "figures"}.
     *
     * @return the name
     */
    public String code() {
      return code;
    }

    /**
     * The section's columns, in order: the header line.
     *
     * @return the column names
     */
    public List<String> columns() {
      return columns;
    }

    /**
     * Finds a section by its name on the command line.
     *
     * @param code  the name, such as {@code "verdicts"}
     * @return the section, empty if no section has that name
     */
    public static Optional<Section> of(String code) {
      return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
  }

  // Quote a field only where RFC 4180 needs it; by default Jackson also quotes any field longer than
  // 24 characters, which would quote a long number.
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  /** What a spreadsheet reads as the start of a formula. */
  private static final String FORMULA_STARTS = "=+-@";
  /** Joins the parts of a list field: subject keys, notes, missing figures. */
  private static final String LIST_SEPARATOR = "; ";

  private CsvReport() {
  }

  /**
   * Renders one section of an analysis.
   *
   * @param analysis  the analysis
   * @param section  the rows to write
   * @return the CSV text: the header line, then one line (or more, for a field with line breaks)
   *     per row
   */
  public static String render(Analysis analysis, Section section) {
    Args.notNull(analysis, "analysis");
    Args.notNull(section, "section");
    switch (section) {
      case FIGURES:
        return figures(analysis.dataset());
      case CALCULATIONS:
        return calculations(analysis);
      default:
        return verdicts(analysis.dataset(), analysis.verdicts());
    }
  }

  /**
   * Every report of every figure of a dataset, in the order of the text report: by metric, segment
   * and period, the reports of one figure in the dataset's order.
   *
   * @param ds  the dataset
   * @return the CSV text
   */
  public static String figures(Dataset ds) {
    Args.notNull(ds, "ds");
    List<List<String>> rows = new ArrayList<>();
    for (FigureKey key : ds.keys().stream().sorted(TextReport.keyOrder(ds)).toList()) {
      FigureLookup lookup = ds.lookup(key);
      Figure preferred = lookup.preferred();
      for (Figure f : lookup.reports()) {
        rows.add(List.of(text(ds.name()), key.toString(), key.metric().id(), text(ds.label(key.metric())),
            key.segment().id(), key.period().toString(), text(f.amount().toString()), f.qualifier().code(),
            number(f.value()), number(f.range().lowerEnd()), number(f.range().upperEnd()), f.unit().code(),
            String.valueOf(f == preferred), String.valueOf(lookup.reports().size()), f.source().document().id(),
            text(f.source().locator()), text(f.source().quote()), text(f.currencyNote()), text(f.note()),
            text(f.doubt())));
      }
    }
    return write(Section.FIGURES, rows);
  }

  /**
   * Every calculation of an analysis, meaningful or not, section by section.
   *
   * @param analysis  the analysis
   * @return the CSV text
   */
  public static String calculations(Analysis analysis) {
    Args.notNull(analysis, "analysis");
    String dataset = text(analysis.dataset().name());
    List<List<String>> rows = new ArrayList<>();
    for (Analysis.Section section : analysis.sections()) {
      for (Calculation c : section.results()) {
        String subject = c.subject().stream().map(FigureKey::toString).collect(Collectors.joining(LIST_SEPARATOR));
        String measure = c.measure().name().toLowerCase(Locale.ROOT);
        if (c instanceof Derived d) {
          rows.add(List.of(dataset, section.title(), measure, text(d.label()), subject, "true", text(d.toString()),
              number(d.value()), number(d.range().lowerEnd()), number(d.range().upperEnd()), d.unit().code(),
              text(d.formula()), "", text(String.join(LIST_SEPARATOR, d.notes()))));
        } else {
          NotMeaningful nm = (NotMeaningful) c;
          rows.add(List.of(dataset, section.title(), measure, text(nm.label()), subject, "false", "", "", "", "", "",
              "", text(nm.explanation()), ""));
        }
      }
    }
    return write(Section.CALCULATIONS, rows);
  }

  /**
   * Verdicts on the claims about a dataset, in order. The computed value is printed as the verdict
   * table prints it; the reported one as the claim quotes it.
   *
   * @param ds  the dataset the claims are about
   * @param verdicts  the verdicts
   * @return the CSV text
   */
  public static String verdicts(Dataset ds, List<Verdict> verdicts) {
    Args.notNull(ds, "ds");
    Args.noNulls(verdicts, "verdicts");
    List<List<String>> rows = new ArrayList<>();
    for (Verdict v : verdicts) {
      Check check = v.claim().check();
      Optional<Derived> computed = v.computed();
      Optional<DecimalRange> computedRange = computed.map(Derived::range);
      String unit = computed.map(d -> d.unit().code())
          .or(() -> v.reported().map(r -> r.unit().code()))
          .or(() -> v.inputs().stream().findFirst().map(f -> f.figure().unit().code())).orElse("");
      rows.add(List.of(text(ds.name()), v.id(), v.status().name(),
          kind(check),
          text(check.describe()), v.relation().map(Relation::symbol).orElse(""),
          computed.map(d -> text(Formats.format(d.value(), d.range(), d.unit()))).orElse(""),
          computed.map(d -> number(d.value())).orElse(""), computedRange.map(r -> number(r.lowerEnd())).orElse(""),
          computedRange.map(r -> number(r.upperEnd())).orElse(""), v.reported().map(r -> text(r.text())).orElse(""),
          v.reported().map(r -> number(r.value())).orElse(""),
          v.reported().map(r -> number(r.range().lowerEnd())).orElse(""),
          v.reported().map(r -> number(r.range().upperEnd())).orElse(""), unit, text(v.reason()),
          v.claim().source().map(s -> s.document()).orElse(""),
          text(v.claim().source().flatMap(s -> s.locator())),
          text(v.claim().source().map(s -> s.quote())), String.join(LIST_SEPARATOR, v.missing()),
          text(v.claim().note())));
    }
    return write(Section.VERDICTS, rows);
  }

  private static String kind(Check check) {
    if (check instanceof Comparison) {
      return "comparison";
    }
    if (check instanceof WholeCount) {
      return "whole-count";
    }
    return check instanceof WholeMean ? "whole-mean" : "source-agreement";
  }

  //-------------------------------------------------------------------------
  private static String write(Section section, List<List<String>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder();
    section.columns().forEach(schema::addColumn);
    StringWriter text = new StringWriter();
    try (SequenceWriter writer = MAPPER.writer(schema.build().withHeader()).writeValues(text)) {
      for (List<String> row : rows) {
        writer.write(row);
      }
    } catch (IOException ex) {
      // A StringWriter does no I/O; keep the cause should that ever change.
      throw new UncheckedIOException("Unable to write the " + section.code() + " CSV", ex);
    }
    return text.toString();
  }

  /** A number as a spreadsheet reads it: plain digits, every one kept. */
  private static String number(BigDecimal value) {
    return value.toPlainString();
  }

  /** An end of a range in plain digits; the open end of a one-sided range is an empty cell. */
  private static String number(Optional<BigDecimal> end) {
    return end.map(BigDecimal::toPlainString).orElse("");
  }

  private static String text(Optional<String> value) {
    return value.map(CsvReport::text).orElse("");
  }

  /** A text field, with an apostrophe before what a spreadsheet would read as a formula. */
  private static String text(String value) {
    return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
