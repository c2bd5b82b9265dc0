package dev.prospectus.cli;

import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.report.Analysis;
import dev.prospectus.report.JsonReport;
import dev.prospectus.report.TextReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line: {@code report} prints the analysis of a dataset, {@code verify} judges its
 * published claims.
 * <p>
 * With no arguments it runs {@code report} on the default bundled dataset (named in the jar's
 * {@code /datasets/index.json}). Exit status: 0 when the command ran, 1 when the data could not
 * be read or written, 2 for a usage error.
 */
public final class Main {

  /** Exit status when the command ran. */
  public static final int OK = 0;
  /** Exit status when data could not be read or written. */
  public static final int DATA_ERROR = 1;
  /** Exit status for a usage error. */
  public static final int USAGE = 2;

  private static final String USAGE_TEXT = String.join("\n",
      "Usage: prospectus [COMMAND] [OPTIONS]",
      "",
      "Commands:",
      "  report   print the analysis of a dataset: figures, growth, margins, ratios, runway (default)",
      "",
      "Run 'prospectus COMMAND --help' for a command's options.",
      "");

  private static final String REPORT_USAGE = String.join("\n",
      "Usage: prospectus report [--dataset DIR|FILE|NAME] [--format text|json] [--out FILE]",
      "",
      "  --dataset  a dataset folder, its dataset.json, or the name of a bundled dataset",
      "             (default: the bundled default dataset)",
      "  --format   text (default) for people, json for programs",
      "  --out      write to FILE instead of standard output",
      "");

  private static final Pattern DEFAULT_NAME = Pattern.compile("\"default\"\\s*:\\s*\"([a-z0-9_-]+)\"");

  private Main() {
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args  the arguments
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != OK) {
      System.exit(status);
    }
  }

  /**
   * Runs the command line, writing to the given streams.
   *
   * @param args  the arguments
   * @param out  where results go
   * @param err  where errors go
   * @return the exit status: {@link #OK}, {@link #DATA_ERROR} or {@link #USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> list = new ArrayList<>(List.of(args));
    if (!list.isEmpty() && (list.get(0).equals("--help") || list.get(0).equals("-h"))) {
      out.print(USAGE_TEXT);
      return OK;
    }
    String command = list.isEmpty() || list.get(0).startsWith("-") ? "report" : list.remove(0);
    try {
      switch (command) {
        case "report":
          return report(list, out);
        case "help":
          out.print(USAGE_TEXT);
          return OK;
        default:
          throw new UsageException("unknown command '" + command + "'");
      }
    } catch (UsageException ex) {
      err.println("prospectus: " + ex.getMessage() + " (try --help)");
      return USAGE;
    } catch (IllegalArgumentException | IOException ex) {
      err.println("prospectus: " + ex.getMessage());
      return DATA_ERROR;
    }
  }

  private static int report(List<String> args, PrintStream out) throws IOException {
    Map<String, String> options = options(args, Set.of("--dataset", "--format", "--out"));
    if (options.containsKey("--help")) {
      out.print(REPORT_USAGE);
      return OK;
    }
    String format = options.getOrDefault("--format", "text");
    Dataset dataset = dataset(options.get("--dataset"));
    Analysis analysis = Analysis.of(dataset);
    String text;
    switch (format) {
      case "text":
        text = TextReport.render(analysis);
        break;
      case "json":
        text = JsonReport.render(analysis);
        break;
      default:
        throw new UsageException("unknown format '" + format + "': expected text or json");
    }
    write(text, options.get("--out"), out);
    return OK;
  }

  private static void write(String text, String outFile, PrintStream out) throws IOException {
    if (outFile == null) {
      out.print(text);
      out.flush();
    } else {
      Files.writeString(Path.of(outFile), text, StandardCharsets.UTF_8);
    }
  }

  /**
   * Reads the dataset an option names: a folder or file if one exists at that path, else a
   * bundled dataset of that name; without the option, the bundled default.
   */
  static Dataset dataset(String option) throws IOException {
    if (option == null) {
      return DatasetReader.bundled(defaultDatasetName());
    }
    Path path = Path.of(option);
    if (Files.exists(path)) {
      return DatasetReader.read(path);
    }
    if (option.matches("[a-z0-9_-]+")) {
      return DatasetReader.bundled(option);
    }
    throw new IllegalArgumentException("No dataset at '" + option + "': no such file or folder");
  }

  /** The default dataset's name, which the data (not the code) chooses. */
  static String defaultDatasetName() throws IOException {
    try (InputStream in = Main.class.getResourceAsStream("/datasets/index.json")) {
      if (in == null) {
        throw new IllegalArgumentException("No bundled datasets: resource '/datasets/index.json' is missing");
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher matcher = DEFAULT_NAME.matcher(json);
      if (!matcher.find()) {
        throw new IllegalArgumentException("Resource '/datasets/index.json' names no \"default\" dataset");
      }
      return matcher.group(1);
    }
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
        throw new UsageException(arg.startsWith("-") ? "unknown option '" + arg + "'" : "unexpected argument '"
            + arg + "'");
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

  /** A mistake in the command line: reported on one line with exit status 2. */
  static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
