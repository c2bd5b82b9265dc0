package dev.prospectus.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.AnalysisSettings;
import dev.prospectus.analysis.Projections;
import dev.prospectus.calc.Calculation;
import dev.prospectus.internal.Args;
import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.FigureKey;
import dev.prospectus.report.CsvReport;
import dev.prospectus.report.JsonReport;
import dev.prospectus.report.VerdictJson;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.Verifier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a batch makes of one dataset: its analysis (the standard measures and the verdicts on its
 * claims), or the error that stopped it, and the rows that say so.
 * <p>
 * The dataset and claims files arrive as bytes, so that the local batch (which reads them from a
 * folder) and the Spark job (which receives them as strings) call the very same function,
 * {@link #analyse}, and get the same rows. Only the calculations are made, no projections: the
 * standard measures of {@link Analysis} with {@link AnalysisSettings#CALCULATIONS_ONLY}.
 * <p>
 * Instances are immutable and thread-safe; a batch keeps one only until its rows are written.
 */
public final class DatasetOutcome {

  // Decimals in plain digits, as the source printed them or the library computed them: no exponent form.
  private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  // As the report's CSV: quote a field only where RFC 4180 needs it.
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  /** What a spreadsheet reads as the start of a formula (as in the report's CSV). */
  private static final String FORMULA_STARTS = "=+-@";

  private final String source;
  private final Optional<Analysis> analysis;
  private final List<Problem> problems;

  /**
   * What stopped part of a dataset: the dataset or claims file that could not be read, the
   * standard measures that could not be computed, or one claim that could not be checked.
   *
   * @param id  {@code dataset}, {@code claims}, {@code measures} or {@code claim:<claim id>}
   * @param message  what went wrong, naming the file, claim or figure
   */
  public record Problem(String id, String message) {

    /**
     * Checks the fields.
     *
     * @param id  the part that failed, not blank
     * @param message  the message, not blank
     */
    public Problem {
      Args.notBlank(id, "id");
      Args.notBlank(message, "message");
    }
  }

  private DatasetOutcome(String source, Optional<Analysis> analysis, List<Problem> problems) {
    this.source = source;
    this.analysis = analysis;
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads a dataset and its claims, computes the standard measures and verifies the claims one by
   * one. A problem at any step (a file that breaks the format, a claim the library cannot check) is
   * a {@link Problem} of the outcome, never an exception: a claim that fails takes only its own
   * verdict with it, a file that fails the dataset's, and the batch goes on with the next dataset.
   *
   * @param source  the dataset's folder name, which rows give when the dataset cannot be read
   * @param datasetFile  the name error messages give the dataset file, such as {@code c000042/dataset.json}
   * @param dataset  the content of the dataset file
   * @param claimsFile  the name error messages give the claims file
   * @param claims  the content of the claims file, empty when the dataset has none
   * @return the outcome
   */
  public static DatasetOutcome analyse(String source, String datasetFile, byte[] dataset, String claimsFile,
      Optional<byte[]> claims) {
    Args.notBlank(source, "source");
    Args.notBlank(datasetFile, "datasetFile");
    Args.notNull(dataset, "dataset");
    Args.notBlank(claimsFile, "claimsFile");
    Args.notNull(claims, "claims");
    Dataset ds;
    try {
      ds = DatasetReader.read(dataset, datasetFile);
    } catch (RuntimeException ex) {
      return failed(source, "dataset", message(ex));
    }
    List<Claim> parsed;
    try {
      parsed = claims.isPresent() ? ClaimsReader.read(claims.get(), claimsFile) : List.of();
    } catch (RuntimeException ex) {
      return failed(source, "claims", message(ex));
    }
    List<Problem> problems = new ArrayList<>();
    Analysis measures;
    try {
      measures = Analysis.of(ds, List.of(), AnalysisSettings.CALCULATIONS_ONLY);
    } catch (RuntimeException ex) {
      problems.add(new Problem("measures", message(ex)));
      measures = new Analysis(ds, AnalysisSettings.CALCULATIONS_ONLY, List.of(), List.of(),
          Projections.of(ds, AnalysisSettings.CALCULATIONS_ONLY));
    }
    // One claim at a time, so that a claim the library cannot check costs only its own verdict.
    List<Verdict> verdicts = new ArrayList<>();
    for (Claim claim : parsed) {
      try {
        verdicts.addAll(Verifier.verify(ds, List.of(claim)));
      } catch (RuntimeException ex) {
        problems.add(new Problem("claim:" + claim.id(), message(ex)));
      }
    }
    Analysis a = new Analysis(ds, measures.settings(), measures.sections(), verdicts, measures.projections());
    return new DatasetOutcome(source, Optional.of(a), problems);
  }

  /**
   * The outcome of a dataset that could not be read, such as a folder whose files cannot be opened.
   *
   * @param source  the dataset's folder name
   * @param stage  what failed: {@code dataset} or {@code claims}
   * @param message  what went wrong, naming the file
   * @return the outcome
   */
  public static DatasetOutcome failed(String source, String stage, String message) {
    Args.notBlank(source, "source");
    return new DatasetOutcome(source, Optional.empty(), List.of(new Problem(stage, message)));
  }

  /** The library's messages name file, field and value; a bare exception (a bug) is named by its type. */
  private static String message(RuntimeException ex) {
    String text = ex.getMessage();
    return text == null || text.isBlank() ? ex.getClass().getName()
        : ex instanceof IllegalArgumentException ? text : ex.getClass().getName() + ": " + text;
  }

  /**
   * The folder name the dataset came from.
   *
   * @return the name
   */
  public String source() {
    return source;
  }

  /**
   * The analysis, empty when the dataset could not be read or analysed.
   *
   * @return the analysis
   */
  public Optional<Analysis> analysis() {
    return analysis;
  }

  /**
   * Whether the dataset could not be read.
   *
   * @return true when the dataset or its claims file could not be read
   */
  public boolean failed() {
    return analysis.isEmpty();
  }

  /**
   * What stopped part of the dataset, in order: each is an error row.
   *
   * @return the problems, empty when everything was checked
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The rows, in order: the verdicts in the order of the claims, then the measures in the order of
   * the report's sections; or the one error row.
   *
   * @return the rows
   */
  public List<BatchRow> rows() {
    String name = name();
    List<String[]> keys = new ArrayList<>();
    StringWriter out = new StringWriter(4096);
    try {
      write(out, keys);
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to write a JSON row of " + source, ex);
    }
    String text = out.toString();
    List<BatchRow> rows = new ArrayList<>(keys.size());
    int from = 0;
    for (String[] key : keys) {
      // A JSON string escapes its line breaks: each line feed ends a row.
      int to = text.indexOf('\n', from);
      rows.add(new BatchRow(name, key[0], key[1], text.substring(from, to)));
      from = to + 1;
    }
    return rows;
  }

  /**
   * The rows as JSON Lines, in the order of {@link #rows()}: each row's JSON followed by a line
   * feed, the very text of the rows' lines joined, made without keeping each row apart.
   *
   * @return the text, empty when there are no rows
   */
  public String jsonl() {
    StringWriter text = new StringWriter(4096);
    try {
      write(text, null);
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to write a JSON row of " + source, ex);
    }
    return text.toString();
  }

  /**
   * Writes the rows as JSON Lines, the text of {@link #jsonl()}, to a writer: a batch writes a
   * dataset's rows into its own buffer this way, with no string between.
   *
   * @param out  where the rows go; not flushed, not closed
   * @return how many rows were written
   * @throws IOException if the writer fails
   */
  public long writeJsonl(Writer out) throws IOException {
    Args.notNull(out, "out");
    return write(out, null);
  }

  /**
   * Writes the rows as JSON Lines in UTF-8, the bytes of the text of {@link #jsonl()}: a batch whose
   * rows go to a file writes each dataset's rows into its own byte buffer this way, so that the
   * thread that writes the file has nothing left to encode.
   *
   * @param out  where the rows go; not flushed, not closed
   * @return how many rows were written
   * @throws IOException if the stream fails, or a text holds a lone surrogate, which UTF-8 cannot encode
   */
  public long writeJsonl(OutputStream out) throws IOException {
    Args.notNull(out, "out");
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      return write(g, null);
    }
  }

  private String name() {
    return analysis.map(a -> a.dataset().name()).orElse(source);
  }

  /**
   * Writes every row as a line with one generator: streaming, rather than a tree per row, is what
   * keeps a large batch's writing cheap. Each row's kind and id are added to keys when given.
   */
  private long write(Writer out, List<String[]> keys) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      return write(g, keys);
    }
  }

  private long write(JsonGenerator g, List<String[]> keys) throws IOException {
    String name = name();
    long rows = 0;
    // The caller's writer stays open: closing the generator only flushes what it holds.
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    // Rows are lines: no separator between root values but the line feed written after each.
    g.setRootValueSeparator(null);
    if (analysis.isPresent()) {
      for (Verdict v : analysis.get().verdicts()) {
        head(g, name, BatchRow.VERDICT);
        VerdictJson.write(v, g);
        end(g, keys, BatchRow.VERDICT, v.id());
        rows++;
      }
    }
    for (Problem p : problems) {
      head(g, name, BatchRow.ERROR);
      g.writeStringField("id", p.id());
      g.writeStringField("error", p.message());
      end(g, keys, BatchRow.ERROR, p.id());
      rows++;
    }
    if (analysis.isPresent()) {
      Map<String, Integer> seen = new HashMap<>();
      for (Analysis.Section section : analysis.get().sections()) {
        for (Calculation c : section.results()) {
          String type = c.measure().name().toLowerCase(Locale.ROOT);
          String id = type + ":" + c.subject().stream().map(FigureKey::toString).collect(Collectors.joining(","));
          // The same measure of the same figures in two sections: the second is told apart by its place.
          int count = seen.merge(id, 1, Integer::sum);
          if (count > 1) {
            id = id + "#" + count;
          }
          head(g, name, BatchRow.MEASURE);
          g.writeStringField("id", id);
          g.writeStringField("section", section.title());
          g.writeStringField("type", type);
          g.writeArrayFieldStart("subject");
          for (FigureKey k : c.subject()) {
            g.writeString(k.toString());
          }
          g.writeEndArray();
          // The figures a measure reads are named in subject; their reports are in the dataset.
          JsonReport.writeWithoutInputs(c, g);
          end(g, keys, BatchRow.MEASURE, id);
          rows++;
        }
      }
    }
    return rows;
  }

  private void head(JsonGenerator g, String name, String kind) throws IOException {
    g.writeStartObject();
    g.writeStringField("dataset", name);
    g.writeStringField("folder", source);
    g.writeStringField("kind", kind);
  }

  private static void end(JsonGenerator g, List<String[]> keys, String kind, String id) throws IOException {
    g.writeEndObject();
    g.writeRaw('\n');
    if (keys != null) {
      keys.add(new String[] {kind, id});
    }
  }

  /**
   * The rows of one CSV section, without the header line: the report's CSV rows
   * ({@link CsvReport#verdicts} or {@link CsvReport#calculations}), or one error row whose
   * {@code verdict} is {@code ERROR} (verdicts) or whose {@code measure} is {@code error}
   * (calculations), with the error in {@code reason}.
   *
   * @param section  {@link CsvReport.Section#VERDICTS} or {@link CsvReport.Section#CALCULATIONS}
   * @return the rows, each ending with a line feed
   */
  public String csv(CsvReport.Section section) {
    Args.notNull(section, "section");
    Args.isTrue(section != CsvReport.Section.FIGURES, "a batch writes verdicts or calculations, not figures");
    StringBuilder text = new StringBuilder();
    analysis.ifPresent(a -> {
      String csv = section == CsvReport.Section.VERDICTS ? CsvReport.verdicts(a.dataset(), a.verdicts())
          : CsvReport.calculations(a);
      // The header is the first line: column names hold no line break.
      text.append(csv, csv.indexOf('\n') + 1, csv.length());
    });
    String name = analysis.map(a -> a.dataset().name()).orElse(source);
    List<List<String>> rows = new ArrayList<>();
    for (Problem p : problems) {
      // A claim's problem is a verdicts row, the measures' a calculations row; a file's is both.
      boolean claim = p.id().startsWith("claim:");
      if (section == CsvReport.Section.VERDICTS ? p.id().equals("measures") : claim) {
        continue;
      }
      String[] row = new String[section.columns().size()];
      Arrays.fill(row, "");
      row[0] = text(name);
      if (section == CsvReport.Section.VERDICTS) {
        row[1] = claim ? p.id().substring("claim:".length()) : p.id();
        row[2] = "ERROR";
      } else {
        row[1] = "error";
        row[2] = "error";
        row[3] = p.id();
        row[5] = "false";
      }
      row[section.columns().indexOf("reason")] = text(p.message());
      rows.add(List.of(row));
    }
    if (!rows.isEmpty()) {
      text.append(csvLines(section, rows));
    }
    return text.toString();
  }

  /**
   * How many CSV rows {@link #csv} gives for a section: records, not lines, since a quoted field
   * may hold a line break.
   *
   * @param section  {@link CsvReport.Section#VERDICTS} or {@link CsvReport.Section#CALCULATIONS}
   * @return the count
   */
  public long csvRows(CsvReport.Section section) {
    long errors = problems.stream().filter(p -> section == CsvReport.Section.VERDICTS ? !p.id().equals("measures")
        : !p.id().startsWith("claim:")).count();
    return errors + analysis.map(a -> section == CsvReport.Section.VERDICTS ? a.verdicts().size()
        : a.calculations().size()).orElse(0);
  }

  /**
   * The header line of a CSV section: the report's columns.
   *
   * @param section  the section
   * @return the header, ending with a line feed
   */
  public static String csvHeader(CsvReport.Section section) {
    return String.join(",", section.columns()) + "\n";
  }

  private String csvLines(CsvReport.Section section, List<List<String>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder();
    section.columns().forEach(schema::addColumn);
    StringWriter text = new StringWriter();
    try (SequenceWriter writer = CSV.writer(schema.build().withoutHeader()).writeValues(text)) {
      for (List<String> row : rows) {
        writer.write(row);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to write a CSV row of " + source, ex);
    }
    return text.toString();
  }

  private static String text(String value) {
    return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
