package dev.prospectus.cli;

import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.AnalysisSettings;
import dev.prospectus.analysis.CompanyComparison;
import dev.prospectus.analysis.ComparisonSettings;
import dev.prospectus.analysis.PeriodAlignment;
import dev.prospectus.report.ComparisonHtml;
import dev.prospectus.report.ComparisonReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code compare} command: companies side by side.
 * <p>
 * {@code prospectus compare --dataset data/minimax --dataset data/zhipu} prints the measures both
 * companies compute, aligned by period, each in its own currency; {@code --currency USD} shows money
 * in one currency through each dataset's sourced exchange rates; {@code --format json|csv|html} gives
 * the other forms.
 */
final class CompareCommand {

  static final String USAGE = String.join("\n",
      "Usage: prospectus compare --dataset DIR|FILE|NAME --dataset DIR|FILE|NAME [--dataset ...]",
      "                          [--currency CODE] [--periods same-length|same-year] [--rows shared|all]",
      "                          [--format text|json|csv|html] [--out FILE]",
      "",
      "Companies side by side: the same measures (growth, margins, ratios to revenue, burn, runway, and any",
      "other the analysis computes) for two or more datasets, aligned by period, each with its range. A",
      "measure a company lacks is a cell that says why.",
      "",
      "  --dataset  a dataset folder, its dataset.json, or the name of a bundled dataset; two or more",
      "  --currency show money in this currency (ISO 4217, such as USD), converted only at each dataset's",
      "             own sourced exchange rates, the rate's range carried; without a rate, the cell says so",
      "             (default: each company in its own currency)",
      "  --periods  same-length (default): an interim only beside an interim of the same length, a date",
      "             beside the same date; same-year: interims of any length and dates of one year side by",
      "             side, each row whose periods differ says so",
      "  --rows     with text: shared (default), the rows more than one company computes; all: every row",
      "  --format   text (default), one screen; json and csv: every row (docs/compare.md); html: one",
      "             self-contained page with charts side by side",
      "  --out      write to FILE instead of standard output, creating its folder if needed",
      "  --help     this text",
      "");

  private static final Set<String> OPTIONS = Set.of("--dataset", "--currency", "--periods", "--rows", "--format",
      "--out");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private CompareCommand() {
  }

  /**
   * Runs the command.
   *
   * @param args  the arguments after {@code compare}
   * @param out  where the document goes
   * @param err  where messages go
   * @return the exit status
   */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    List<String> datasets = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--help") || arg.equals("-h")) {
        out.print(USAGE);
        return Main.OK;
      }
      if (!OPTIONS.contains(arg)) {
        throw new Main.UsageException(arg.startsWith("-") ? "unknown option '" + arg + "'"
            : "unexpected argument '" + arg + "'");
      }
      if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
        throw new Main.UsageException("option '" + arg + "' needs a value");
      }
      String value = args.get(++i);
      // --dataset is the one option given more than once: one per company, in column order.
      if (arg.equals("--dataset")) {
        datasets.add(value);
      } else if (options.put(arg, value) != null) {
        throw new Main.UsageException("option '" + arg + "' given twice");
      }
    }
    if (datasets.size() < 2) {
      throw new Main.UsageException("compare needs two or more --dataset options but has " + datasets.size());
    }
    String format = options.getOrDefault("--format", "text");
    if (!List.of("text", "json", "csv", "html").contains(format)) {
      throw new Main.UsageException("unknown format '" + format + "': expected text, json, csv or html");
    }
    ComparisonSettings settings = ComparisonSettings.DEFAULT.withPeriods(periods(options.get("--periods")));
    String code = options.get("--currency");
    if (code != null) {
      settings = settings.withCurrency(currency(code));
    }
    boolean allRows = rows(options.get("--rows"), format);
    List<Analysis> analyses = new ArrayList<>();
    for (String option : datasets) {
      // Projections are not compared: the calculations are all a comparison reads.
      analyses.add(Analysis.of(DatasetSource.resolve(option).dataset(), List.of(),
          AnalysisSettings.CALCULATIONS_ONLY));
    }
    CompanyComparison comparison = CompanyComparison.of(analyses, settings);
    String text;
    switch (format) {
      case "json":
        text = ComparisonReport.json(comparison);
        break;
      case "csv":
        text = ComparisonReport.csv(comparison);
        break;
      case "html":
        text = ComparisonHtml.render(comparison);
        break;
      default:
        text = ComparisonReport.text(comparison, allRows);
    }
    Main.write(text, options.get("--out"), out, err);
    return Main.OK;
  }

  private static PeriodAlignment periods(String option) {
    if (option == null) {
      return PeriodAlignment.SAME_LENGTH;
    }
    return Arrays.stream(PeriodAlignment.values()).filter(p -> p.code().equals(option)).findFirst()
        .orElseThrow(() -> new Main.UsageException("unknown --periods '" + option
            + "': expected same-length or same-year"));
  }

  private static Currency currency(String code) {
    if (CURRENCY.matcher(code).matches()) {
      try {
        return Currency.getInstance(code);
      } catch (IllegalArgumentException ex) {
        // Falls through to the message below: three letters that are no ISO 4217 code.
      }
    }
    throw new Main.UsageException("unknown currency '" + code + "': expected an ISO 4217 code such as USD");
  }

  private static boolean rows(String option, String format) {
    if (option == null) {
      return false;
    }
    if (!format.equals("text")) {
      throw new Main.UsageException("option '--rows' is for --format text; the other formats hold every row");
    }
    switch (option) {
      case "shared":
        return false;
      case "all":
        return true;
      default:
        throw new Main.UsageException("unknown --rows '" + option + "': expected shared or all");
    }
  }
}
