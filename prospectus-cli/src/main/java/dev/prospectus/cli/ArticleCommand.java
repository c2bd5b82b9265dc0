package dev.prospectus.cli;

import dev.prospectus.io.ClaimsWriter;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.report.ArticleReport;
import dev.prospectus.text.ArticleCheck;
import dev.prospectus.text.ArticleChecker;
import dev.prospectus.text.ArticleText;
import dev.prospectus.text.Lexicon;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code check} command: the verdict on every number of a text.
 * <p>
 * {@code prospectus check article.txt} reads the text (UTF-8 unless {@code --encoding} says
 * otherwise), picks the bundled dataset of the one company it names unless {@code --dataset} says
 * which, and prints one row per number; {@code --format json} and {@code --format html} give the
 * other forms, {@code --emit-claims} the claims judged as a claims file.
 */
final class ArticleCommand {

  static final String USAGE = String.join("\n",
      "Usage: prospectus check FILE [--dataset DIR|FILE|NAME] [--format text|json|html] [--out FILE]",
      "                        [--emit-claims FILE] [--document ID] [--encoding UTF-8|GB18030|Big5]",
      "                        [--lexicon FILE] [--date YYYY-MM-DD]",
      "",
      "Finds every number of a text (a press article, a prospectus passage; Chinese or English), works out",
      "from its context what it claims, and judges it against a dataset: a figure against the dataset's",
      "report of it, a derived number by the calculation its context names. Where the text leaves a basis",
      "open (a runway on which burn?) there is one row per basis; where the context names no calculation",
      "the number is UNEXPLAINED, with the nearest candidates, never taken as the explanation.",
      "",
      "  --dataset      a dataset folder, its dataset.json, or a bundled name; may be left out when the",
      "                 text names exactly one bundled company (by its name or an alias)",
      "  --format       text (default): one row per number; json: docs/checking-articles.md; html: the",
      "                 text with every number highlighted by verdict, one self-contained page",
      "  --out          write the report to FILE instead of standard output",
      "  --emit-claims  write the claims judged, in the claims.json format, to FILE (needs --document)",
      "  --document     the dataset's id for the document the text is: its own reports are not used",
      "                 to check it, and the emitted claims cite it",
      "  --encoding     the text's encoding (default UTF-8); undecodable bytes are refused by offset",
      "  --lexicon      a lexicon file of more words (docs/checking-articles.md), added to the",
      "                 standard lexicon and the dataset's own",
      "  --date         the text's date, which relative years count from (default: the dataset's latest",
      "                 year, or the next if the text prints it)",
      "  --help         this text",
      "");

  private ArticleCommand() {
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.print(USAGE);
      return Main.OK;
    }
    if (args.isEmpty() || args.get(0).startsWith("-")) {
      throw new Main.UsageException("check needs the FILE of the text to check");
    }
    String file = args.get(0);
    Map<String, String> options = Main.options(args.subList(1, args.size()), Set.of("--dataset", "--format", "--out",
        "--emit-claims", "--document", "--encoding", "--lexicon", "--date"));
    String format = options.getOrDefault("--format", "text");
    if (!List.of("text", "json", "html").contains(format)) {
      throw new Main.UsageException("unknown format '" + format + "': expected text, json or html");
    }
    if (options.containsKey("--emit-claims") && !options.containsKey("--document")) {
      throw new Main.UsageException("--emit-claims needs --document ID: claims cite the document they come from, "
          + "and a claims file cites only documents the dataset declares (add the text to its documents first)");
    }
    String text = read(file, options.getOrDefault("--encoding", "UTF-8"));
    DatasetSource source = options.containsKey("--dataset") ? DatasetSource.resolve(options.get("--dataset"))
        : named(text);
    Lexicon lexicon = source.lexicon();
    if (options.containsKey("--lexicon")) {
      lexicon = lexicon.with(Lexicon.read(Path.of(options.get("--lexicon"))));
    }
    ArticleChecker checker = ArticleChecker.of(source.dataset(), lexicon).withOtherCompanies(others(source.dataset()));
    if (options.containsKey("--document")) {
      checker = checker.withDocument(options.get("--document"));
    }
    if (options.containsKey("--date")) {
      checker = checker.withDate(date(options.get("--date")));
    }
    ArticleCheck check = checker.check(text);
    String report;
    switch (format) {
      case "json":
        report = ArticleReport.json(check);
        break;
      case "html":
        report = ArticleReport.html(check);
        break;
      default:
        report = ArticleReport.text(check);
    }
    Main.write(report, options.get("--out"), out, err);
    if (options.containsKey("--emit-claims")) {
      Main.write(ClaimsWriter.write(check.claims(options.get("--document"))), options.get("--emit-claims"), out, err);
    }
    return Main.OK;
  }

  private static String read(String file, String encoding) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException ex) {
      throw new IllegalArgumentException("No text at '" + file + "': no such file", ex);
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to read '" + file + "': " + ex.getMessage(), ex);
    }
    String text = ArticleText.decode(bytes, encoding, file);
    if (text.isBlank()) {
      throw new IllegalArgumentException("'" + file + "' is empty: there is no text to check");
    }
    return text;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException ex) {
      throw new Main.UsageException("--date '" + text + "' is not a date: expected YYYY-MM-DD");
    }
  }

  /** The bundled dataset of the one company the text names. */
  private static DatasetSource named(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Map<String, String> found = new LinkedHashMap<>();
    List<String> all = new ArrayList<>();
    for (String name : DatasetReader.bundledNames()) {
      Dataset d = DatasetReader.bundled(name);
      List<String> names = ArticleChecker.names(d);
      all.add(name + " (" + String.join(", ", names) + ")");
      names.stream().filter(n -> lower.contains(n.toLowerCase(Locale.ROOT))).findFirst()
          .ifPresent(n -> found.put(name, n));
    }
    if (found.size() == 1) {
      return DatasetSource.resolve(found.keySet().iterator().next());
    }
    if (found.isEmpty()) {
      throw new Main.UsageException("the text names no bundled company, so give --dataset; the bundled ones are "
          + String.join("; ", all));
    }
    throw new Main.UsageException("the text names " + found.size() + " bundled companies (" + String.join(", ",
        found.values()) + "), so give --dataset to say which to check it against");
  }

  /** The names of the other bundled companies, whose figures are not the dataset's. */
  private static List<String> others(Dataset dataset) {
    List<String> names = new ArrayList<>();
    for (String name : DatasetReader.bundledNames()) {
      Dataset d = DatasetReader.bundled(name);
      if (!d.name().equals(dataset.name())) {
        names.addAll(ArticleChecker.names(d));
      }
    }
    return names;
  }
}
