package dev.prospectus.cli;

import dev.prospectus.batch.Batch;
import dev.prospectus.format.Printable;
import dev.prospectus.report.CsvReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code batch} command: many datasets in, one row per verdict and per standard measure out.
 * <p>
 * {@code prospectus batch filings --out rows.jsonl} reads every dataset folder under
 * {@code filings} (or the folder itself, if it is one) and writes JSON Lines; {@code --format csv}
 * writes the report's CSV, one section per file. A dataset that cannot be read is an error row, and
 * the batch goes on (docs/batch.md).
 */
final class BatchCommand {

  static final String USAGE = String.join("\n",
      "Usage: prospectus batch DIR... [--out FILE] [--format jsonl|csv] [--section verdicts|calculations]",
      "                        [--threads N]",
      "",
      "Reads each dataset folder (a folder with a dataset.json, and its claims.json if any), or each",
      "dataset folder inside DIR in the order of their names, and writes one row per verdict on a claim",
      "and per standard measure (growth, margins, ratios, burn and runway). It streams: memory stays",
      "flat whatever the number of datasets. Rows come in the order of the datasets, whatever the",
      "number of threads. A dataset, claims file or claim that cannot be read or checked is an error",
      "row, and the batch goes on; the exit status is 0 unless the rows cannot be written.",
      "",
      "  --out      write to FILE instead of standard output, creating its folder if needed",
      "  --format   jsonl (default): one JSON object per line, verdicts, measures and errors;",
      "             csv: the report's CSV columns (docs/report-csv.md), one section per file",
      "  --section  with csv: verdicts (default) or calculations",
      "  --threads  datasets analysed at once (default: the available processors)",
      "  --help     this text",
      "");

  /** The file's write size: a batch writes gigabytes. */
  private static final int FILE_BUFFER = 1 << 20;

  private BatchCommand() {
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    List<String> roots = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("-")) {
        rest.add(arg);
        // an option's value, if it has one, is the next argument
        if (!arg.equals("--help") && !arg.equals("-h") && i + 1 < args.size()) {
          rest.add(args.get(++i));
        }
      } else {
        roots.add(arg);
      }
    }
    Map<String, String> options = Main.options(rest, Set.of("--out", "--format", "--section", "--threads"));
    if (options.containsKey("--help")) {
      out.print(USAGE);
      return Main.OK;
    }
    if (roots.isEmpty()) {
      throw new Main.UsageException("batch needs a DIR of datasets");
    }
    String formatName = options.getOrDefault("--format", "jsonl");
    Batch.Format format = Batch.Format.of(formatName).orElseThrow(() -> new Main.UsageException(
        "unknown format '" + formatName + "': expected jsonl or csv"));
    CsvReport.Section section = section(options.get("--section"), format);
    int threads = threads(options.get("--threads"));
    List<Path> folders = new ArrayList<>();
    for (String root : roots) {
      folders.addAll(Batch.folders(path(root)));
    }
    String outFile = options.get("--out");
    Batch.Summary summary;
    if (outFile == null) {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      summary = Batch.run(folders, format, section, threads, writer);
      if (out.checkError()) {
        throw new Main.StandardOutputException();
      }
    } else {
      Path file = path(outFile).toAbsolutePath().normalize();
      try {
        if (file.getParent() != null) {
          Files.createDirectories(file.getParent());
        }
        // UTF-8 made by the threads that analyse (refusing what it cannot encode, as
        // Files.newBufferedWriter does), and written in large writes: 8 KB writes were 600,000
        // system calls at 100k.
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), FILE_BUFFER)) {
          summary = Batch.run(folders, format, section, threads, stream);
        }
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot write '" + outFile + "': " + FileProblems.describe(ex), ex);
      }
      err.println("Wrote " + Printable.escape(file.toString()));
    }
    err.println("prospectus: batch of " + summary.datasets() + " dataset(s): " + summary.rows() + " row(s), "
        + summary.errors() + " error row(s), " + summary.failed() + " dataset(s) unreadable");
    return Main.OK;
  }

  private static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException ex) {
      throw new IllegalArgumentException("'" + name + "' is not a valid path", ex);
    }
  }

  private static CsvReport.Section section(String option, Batch.Format format) {
    if (option == null) {
      return CsvReport.Section.VERDICTS;
    }
    if (format != Batch.Format.CSV) {
      throw new Main.UsageException("option '--section' is for --format csv");
    }
    switch (option) {
      case "verdicts":
        return CsvReport.Section.VERDICTS;
      case "calculations":
        return CsvReport.Section.CALCULATIONS;
      default:
        throw new Main.UsageException("unknown section '" + option + "': expected verdicts or calculations");
    }
  }

  private static int threads(String option) {
    if (option == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    try {
      int n = Integer.parseInt(option);
      if (n >= 1 && n <= 1024) {
        return n;
      }
    } catch (NumberFormatException ex) {
      // refused below, with the value
    }
    throw new Main.UsageException("--threads must be a whole number from 1 to 1024, not '" + option + "'");
  }
}
