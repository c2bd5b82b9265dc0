package dev.prospectus.cli;

import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.AnalysisSettings;
import dev.prospectus.format.Printable;
import dev.prospectus.report.CsvReport;
import dev.prospectus.report.HtmlReport;
import dev.prospectus.report.JsonReport;
import dev.prospectus.report.TextReport;
import dev.prospectus.verify.Verdict;
import dev.prospectus.report.VerdictJson;
import dev.prospectus.verify.VerdictStatus;
import dev.prospectus.report.VerdictTable;
import dev.prospectus.verify.Verifier;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code report} prints the analysis of a dataset, {@code verify} judges its
 * published claims.
 * <p>
 * For example {@code prospectus report --format html --out report.html} writes the analysis of the
 * default bundled dataset as one self-contained HTML page with charts; {@code prospectus verify
 * --dataset data/zhipu} prints the verdicts on that dataset's claims as a table. Every command
 * takes {@code --help}.
 * <p>
 * With no arguments it runs {@code report} on the default bundled dataset (named in the jar's
 * {@code /datasets/index.json}). Exit status: 0 when the command ran (whatever the verdicts, unless
 * {@code --fail-on} says otherwise), 1 when data could not be read or written or {@code --fail-on}
 * found what it looks for, 2 for a usage error.
 */
public final class Main {

  /** Exit status when the command ran. */
  public static final int OK = 0;
  /** Exit status when data could not be read or written, or {@code --fail-on} matched a verdict. */
  public static final int FAILED = 1;
  /** Exit status for a usage error. */
  public static final int USAGE = 2;

  /** Bytes of standard output buffered before a write: a document is written in few system calls. */
  private static final int BUFFER = 1 << 16;

  private static final String USAGE_TEXT = String.join("\n",
      "Usage: prospectus [COMMAND] [OPTIONS]",
      "",
      "Analyses the figures of an IPO prospectus and its press coverage, with the range each figure's",
      "rounding allows, and checks the published claims.",
      "",
      "Commands:",
      "  report   the analysis of a dataset: figures, growth, margins, ratios, runway, verdicts (default)",
      "  verify   judge a dataset's published claims: consistent, inconsistent, undecidable, unverifiable",
      "  check    the verdict on every number of a text: a press article or a prospectus passage",
      "  compare  companies side by side: the same measures, aligned by period, each with its range",
      "  batch    many datasets in, one JSON Lines or CSV row per verdict and per measure out",
      "  help     this text, or 'help COMMAND' for a command's options",
      "",
      "Options:",
      "  -h, --help  this text; 'prospectus COMMAND --help' gives a command's options",
      "",
      "Examples:",
      "  prospectus                                          the report on the default bundled dataset",
      "  prospectus report --format html --out report.html   the report as an HTML page with charts",
      "  prospectus verify --dataset data/zhipu              the verdicts on another dataset's claims",
      "  prospectus verify --format csv --out verdicts.csv   the verdicts as a spreadsheet's rows",
      "  prospectus check article.txt --format html --out article.html   every number of a text, judged",
      "  prospectus compare --dataset minimax --dataset zhipu   two companies side by side",
      "  prospectus batch filings --out rows.jsonl             every dataset folder under filings, in rows",
      "",
      "From a clone: mvn -q compile exec:java -Dexec.args=\"report --format html --out report.html\"",
      "or, once 'mvn -B verify' has built it: java -jar prospectus-cli/target/prospectus.jar report",
      "Exit status: 0 done, 1 data could not be read or written (or --fail-on matched), 2 usage error.",
      "");

  private static final String REPORT_USAGE = String.join("\n",
      "Usage: prospectus report [--dataset DIR|FILE|NAME] [--claims FILE] [--format text|json|html|csv]",
      "                         [--full | --section NAME] [--out FILE]",
      "",
      "The analysis of a dataset: its figures with sources, growth, margins and the segment mix they imply,",
      "ratios to revenue, cash burn and runway, conflicting reports, and the verdicts on its claims.",
      "As text it is a one-screen summary: the key measures with their ranges, cash and runway, the verdict",
      "counts and inconsistent claims, and conflicts on those figures; --full or --section for the rest.",
      "",
      "  --dataset  a dataset folder, its dataset.json, or the name of a bundled dataset",
      "             (default: the bundled default dataset)",
      "  --claims   a claims file (default: the claims.json beside the dataset, if any)",
      "  --format   text (default) for people at a terminal; json for programs; html for one",
      "             self-contained page with charts (open it in a browser); csv for spreadsheets,",
      "             one section per file (docs/report-csv.md)",
      "  --full     with text: every section, not only the one-screen summary",
      "  --section  with text: one section, summary, figures, calculations, projections, conflicts or",
      "             verdicts; with csv: the file's rows, figures (default), calculations or verdicts",
      "  --out      write to FILE instead of standard output, creating its folder if needed",
      "  --help     this text",
      "");

  private static final String VERIFY_USAGE = String.join("\n",
      "Usage: prospectus verify [--dataset DIR|FILE|NAME] [--claims FILE] [--format text|json|csv]",
      "                         [--fail-on inconsistent|undecidable|unverifiable] [--out FILE]",
      "",
      "Judges each published claim against the figures it was derived from, rounding included.",
      "",
      "  --dataset  a dataset folder, its dataset.json, or the name of a bundled dataset",
      "             (default: the bundled default dataset)",
      "  --claims   a claims file (default: the claims.json beside the dataset)",
      "  --format   text (default): an aligned table; json: one object per claim; csv: one row per",
      "             verdict (docs/report-csv.md)",
      "  --fail-on  exit with status 1 when any verdict has this status",
      "  --out      write to FILE instead of standard output, creating its folder if needed",
      "  --help     this text",
      "");

  private Main() {
  }

  /**
   * Runs the command line and exits with its status.
   * <p>
   * Standard output and standard error are written in UTF-8, whatever the platform's default: the
   * documents are UTF-8 (the HTML page says so), and a pipe to another program must not depend on
   * the locale of the shell that starts it.
   *
   * @param args  the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), BUFFER),
        false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    if (status != OK) {
      System.exit(status);
    }
  }

  /**
   * Runs the command line, writing to the given streams.
   * <p>
   * A command's document goes to {@code out}, or to the file {@code --out} names; nothing else
   * does. Messages, including "Wrote FILE", go to {@code err}. A document that cannot be written
   * in full, to the file or to {@code out} (a closed pipe, a full disk), fails the command with
   * {@link #FAILED}.
   *
   * @param args  the arguments
   * @param out  where documents go
   * @param err  where messages and errors go
   * @return the exit status: {@link #OK}, {@link #FAILED} or {@link #USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, AnalysisSettings.DEFAULT);
  }

  /**
   * Runs the command line with other analysis settings: for tests that run {@code report} many
   * times, with fewer Monte Carlo runs.
   */
  static int run(String[] args, PrintStream out, PrintStream err, AnalysisSettings settings) {
    List<String> list = new ArrayList<>(List.of(args));
    boolean generalHelp = !list.isEmpty() && (list.get(0).equals("--help") || list.get(0).equals("-h"));
    String command = generalHelp ? "help" : list.isEmpty() || list.get(0).startsWith("-") ? "report" : list.remove(0);
    try {
      int status = generalHelp ? help(List.of(), out) : command(command, list, out, err, settings);
      if (out.checkError()) {
        throw new StandardOutputException();
      }
      return status;
    } catch (UsageException ex) {
      err.println(message(ex.getMessage() + " (try 'prospectus "
          + (List.of("report", "verify", "check", "compare", "batch").contains(command) ? command + " " : "")
          + "--help')"));
      return USAGE;
    } catch (IllegalArgumentException | UncheckedIOException ex) {
      err.println(message(ex.getMessage()));
      return FAILED;
    }
  }

  /**
   * An error for standard error, on one line: it may quote an argument, a file name or a value,
   * whose controls and line feeds are escaped.
   */
  private static String message(String text) {
    return "prospectus: " + Printable.escapeLine(text);
  }

  /** Runs one command; a new command is one more case here and its usage text. */
  private static int command(String command, List<String> args, PrintStream out, PrintStream err,
      AnalysisSettings settings) {
    switch (command) {
      case "report":
        return report(args, out, err, settings);
      case "verify":
        return verify(args, out, err);
      case "check":
        return ArticleCommand.run(args, out, err);
      case "compare":
        return CompareCommand.run(args, out, err);
      case "batch":
        return BatchCommand.run(args, out, err);
      case "help":
        return help(args, out);
      default:
        throw new UsageException("unknown command '" + command + "'");
    }
  }

  private static int help(List<String> args, PrintStream out) {
    if (args.size() > 1) {
      throw new UsageException("unexpected argument '" + args.get(1) + "'");
    }
    String topic = args.isEmpty() ? "" : args.get(0);
    switch (topic) {
      case "":
        out.print(USAGE_TEXT);
        return OK;
      case "report":
        out.print(REPORT_USAGE);
        return OK;
      case "verify":
        out.print(VERIFY_USAGE);
        return OK;
      case "check":
        out.print(ArticleCommand.USAGE);
        return OK;
      case "compare":
        out.print(CompareCommand.USAGE);
        return OK;
      case "batch":
        out.print(BatchCommand.USAGE);
        return OK;
      default:
        throw new UsageException("unknown command '" + topic + "'");
    }
  }

  private static int report(List<String> args, PrintStream out, PrintStream err, AnalysisSettings settings) {
    // --full is the one option without a value: taken out before the options that have one are read.
    List<String> rest = new ArrayList<>(args);
    boolean full = rest.remove("--full");
    if (rest.contains("--full")) {
      throw new UsageException("option '--full' given twice");
    }
    Map<String, String> options = options(rest, Set.of("--dataset", "--claims", "--format", "--section", "--out"));
    if (options.containsKey("--help")) {
      out.print(REPORT_USAGE);
      return OK;
    }
    String format = format(options, "text", "json", "html", "csv");
    String textSection = textSection(options, format, full);
    CsvReport.Section section = format.equals("text") ? CsvReport.Section.FIGURES : section(options, format);
    DatasetSource source = DatasetSource.resolve(options.get("--dataset"));
    DatasetSource.Claims claims = source.claimsFile(options.get("--claims"));
    Analysis analysis = claims.check(() -> Analysis.of(source.dataset(), claims.claims(), settings));
    String text;
    switch (format) {
      case "json":
        text = JsonReport.render(analysis);
        break;
      case "html":
        text = HtmlReport.render(analysis);
        break;
      case "csv":
        text = CsvReport.render(analysis, section);
        break;
      default:
        text = full ? TextReport.full(analysis)
            : textSection == null ? TextReport.render(analysis) : TextReport.section(analysis, textSection);
    }
    write(text, options.get("--out"), out, err);
    return OK;
  }

  /** The text section {@code --section} names, null for the summary; {@code --full} is for text only. */
  private static String textSection(Map<String, String> options, String format, boolean full) {
    if (full && !format.equals("text")) {
      throw new UsageException("option '--full' is for --format text; json and html always hold everything");
    }
    String option = options.get("--section");
    if (!format.equals("text") || option == null) {
      return null;
    }
    if (full) {
      throw new UsageException("options '--full' and '--section' exclude each other");
    }
    List<String> names = TextReport.SECTIONS.stream().map(TextReport.Section::name).toList();
    if (!names.contains(option)) {
      throw new UsageException("unknown section '" + option + "': expected " + String.join(", ", names));
    }
    return option;
  }

  /** The CSV section {@code --section} names; the option is for CSV only, whose files hold one each. */
  private static CsvReport.Section section(Map<String, String> options, String format) {
    String option = options.get("--section");
    if (option == null) {
      return CsvReport.Section.FIGURES;
    }
    if (!format.equals("csv")) {
      throw new UsageException("option '--section' is for --format text or csv");
    }
    return CsvReport.Section.of(option).orElseThrow(() -> new UsageException("unknown section '" + option
        + "': expected figures, calculations or verdicts"));
  }

  private static int verify(List<String> args, PrintStream out, PrintStream err) {
    Map<String, String> options = options(args, Set.of("--dataset", "--claims", "--format", "--fail-on", "--out"));
    if (options.containsKey("--help")) {
      out.print(VERIFY_USAGE);
      return OK;
    }
    String format = format(options, "text", "json", "csv");
    VerdictStatus failOn = failOn(options.get("--fail-on"));
    DatasetSource source = DatasetSource.resolve(options.get("--dataset"));
    DatasetSource.Claims claims = source.claimsFile(options.get("--claims"));
    List<Verdict> verdicts = claims.check(() -> Verifier.verify(source.dataset(), claims.claims()));
    String text;
    switch (format) {
      case "json":
        text = JsonReport.write(VerdictJson.toJson(verdicts));
        break;
      case "csv":
        text = CsvReport.verdicts(source.dataset(), verdicts);
        break;
      default:
        text = VerdictTable.render(verdicts);
    }
    write(text, options.get("--out"), out, err);
    if (failOn != null) {
      long matching = verdicts.stream().filter(v -> v.status() == failOn).count();
      if (matching > 0) {
        err.println("prospectus: " + matching + " verdict(s) " + failOn.name().toLowerCase(Locale.ROOT));
        return FAILED;
      }
    }
    return OK;
  }

  private static String format(Map<String, String> options, String... allowed) {
    String format = options.getOrDefault("--format", allowed[0]);
    if (!List.of(allowed).contains(format)) {
      String expected = allowed.length == 2 ? allowed[0] + " or " + allowed[1]
          : String.join(", ", List.of(allowed).subList(0, allowed.length - 1)) + " or " + allowed[allowed.length - 1];
      throw new UsageException("unknown format '" + format + "': expected " + expected);
    }
    return format;
  }

  private static VerdictStatus failOn(String option) {
    if (option == null) {
      return null;
    }
    switch (option) {
      case "inconsistent":
        return VerdictStatus.INCONSISTENT;
      case "undecidable":
        return VerdictStatus.UNDECIDABLE;
      case "unverifiable":
        return VerdictStatus.UNVERIFIABLE;
      default:
        throw new UsageException("unknown --fail-on '" + option + "': expected inconsistent, undecidable or "
            + "unverifiable");
    }
  }

  /**
   * Writes a document to the file {@code --out} names, creating its folder, or else to standard
   * output; says on standard error where a file went.
   */
  static void write(String text, String outFile, PrintStream out, PrintStream err) {
    if (outFile == null) {
      out.print(text);
      if (out.checkError()) {
        throw new StandardOutputException();
      }
      return;
    }
    Path file;
    try {
      file = Path.of(outFile).toAbsolutePath().normalize();
    } catch (InvalidPathException ex) {
      throw new IllegalArgumentException("cannot write '" + outFile + "': not a valid path", ex);
    }
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write '" + outFile + "': " + FileProblems.describe(ex), ex);
    }
    err.println("Wrote " + Printable.escape(file.toString()));
  }

  /** Parses {@code --name value} pairs and the bare flag {@code --help}. */
  static Map<String, String> options(List<String> args, Set<String> allowed) {
    Map<String, String> result = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--help") || arg.equals("-h")) {
        result.put("--help", "");
        continue;
      }
      if (!allowed.contains(arg)) {
        throw new UsageException(arg.startsWith("-") ? "unknown option '" + arg + "'"
            : "unexpected argument '" + arg + "'");
      }
      if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
        throw new UsageException("option '" + arg + "' needs a value");
      }
      if (result.put(arg, args.get(++i)) != null) {
        throw new UsageException("option '" + arg + "' given twice");
      }
    }
    return result;
  }

  /**
   * Standard output did not take the whole document: the reader closed the pipe, or the disk or
   * device is full. {@link PrintStream} keeps the cause to itself, so the message names both.
   */
  static final class StandardOutputException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    StandardOutputException() {
      super("cannot write to standard output: it was closed (a pipe whose reader stopped) or is full",
          new IOException("PrintStream.checkError() is true"));
    }
  }

  /** A mistake in the command line: reported on one line with exit status 2. */
  static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
