package dev.prospectus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MainTest {

  private static final String FIXTURE = "prospectus-report/src/test/resources/report/charts";
  private static final String NORDWIND = "prospectus-analysis/src/test/resources/report/nordwind";

  /** One run of the command line: status, standard output and standard error. */
  record Run(int status, String out, String err) {
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * The command ran and wrote its document to the file: standard output carries only documents,
   * so it is empty, and where the file went is a message.
   */
  static void assertWroteOnly(Run run, Path file) {
    assertThat(run.status()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("Wrote " + file.toAbsolutePath() + "\n");
  }

  //-------------------------------------------------------------------------
  static Stream<Arguments> data_help() {
    return Stream.of(
        Arguments.of(new String[] {"--help"}, "Usage: prospectus [COMMAND] [OPTIONS]\n"),
        Arguments.of(new String[] {"-h"}, "Usage: prospectus [COMMAND] [OPTIONS]\n"),
        Arguments.of(new String[] {"help"}, "Usage: prospectus [COMMAND] [OPTIONS]\n"),
        Arguments.of(new String[] {"report", "--help"}, "Usage: prospectus report [--dataset DIR|FILE|NAME]"),
        Arguments.of(new String[] {"help", "report"}, "Usage: prospectus report [--dataset DIR|FILE|NAME]"),
        Arguments.of(new String[] {"report", "--format", "html", "-h"}, "Usage: prospectus report "),
        Arguments.of(new String[] {"verify", "--help"}, "Usage: prospectus verify [--dataset DIR|FILE|NAME]"),
        Arguments.of(new String[] {"help", "verify"}, "Usage: prospectus verify [--dataset DIR|FILE|NAME]"));
  }

  @ParameterizedTest
  @MethodSource("data_help")
  void test_run_help(String[] args, String start) {
    Run run = run(args);
    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.out()).startsWith(start).endsWith("\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void test_run_helpNamesCommandsExamplesAndExitStatus() {
    String help = run("--help").out();
    assertThat(help).contains("  report   ", "  verify   ", "  help     ",
        "prospectus report --format html --out report.html", "mvn -q compile exec:java -Dexec.args=",
        "Exit status: 0 done, 1 data could not be read or written (or --fail-on matched), 2 usage error.");
    assertThat(run("report", "--help").out()).contains("--format   text (default) for people at a terminal; "
        + "json for programs; html for one", "--out      write to FILE instead of standard output");
  }

  static Stream<Arguments> data_usageError() {
    return Stream.of(
        Arguments.of(new String[] {"frobnicate"}, "unknown command 'frobnicate' (try 'prospectus --help')"),
        Arguments.of(new String[] {"help", "frobnicate"}, "unknown command 'frobnicate' (try 'prospectus --help')"),
        Arguments.of(new String[] {"help", "report", "verify"}, "unexpected argument 'verify' (try 'prospectus "
            + "--help')"),
        Arguments.of(new String[] {"report", "--format", "pdf"},
            "unknown format 'pdf': expected text, json, html or csv (try 'prospectus report --help')"),
        Arguments.of(new String[] {"report", "--dataset"},
            "option '--dataset' needs a value (try 'prospectus report --help')"),
        Arguments.of(new String[] {"report", "--out", "a.html", "--out", "b.html"},
            "option '--out' given twice (try 'prospectus report --help')"),
        Arguments.of(new String[] {"report", "extra"}, "unexpected argument 'extra' (try 'prospectus report --help')"),
        Arguments.of(new String[] {"--verbose"}, "unknown option '--verbose' (try 'prospectus report --help')"),
        Arguments.of(new String[] {"verify", "--output", "x"}, "unknown option '--output' (try 'prospectus verify "
            + "--help')"),
        Arguments.of(new String[] {"verify", "--fail-on", "maybe"}, "unknown --fail-on 'maybe': expected "
            + "inconsistent, undecidable or unverifiable (try 'prospectus verify --help')"),
        Arguments.of(new String[] {"report", "--format", "json", "--section", "figures"},
            "option '--section' is for --format text or csv (try 'prospectus report --help')"),
        Arguments.of(new String[] {"report", "--section", "charts"}, "unknown section 'charts': expected summary,"
            + " figures, calculations, projections, conflicts, verdicts (try 'prospectus report --help')"),
        Arguments.of(new String[] {"report", "--format", "html", "--full"}, "option '--full' is for --format text;"
            + " json and html always hold everything (try 'prospectus report --help')"),
        Arguments.of(new String[] {"report", "--full", "--section", "figures"},
            "options '--full' and '--section' exclude each other (try 'prospectus report --help')"),
        Arguments.of(new String[] {"report", "--full", "--full"},
            "option '--full' given twice (try 'prospectus report --help')"),
        Arguments.of(new String[] {"report", "--format", "csv", "--section", "all"},
            "unknown section 'all': expected figures, calculations or verdicts (try 'prospectus report --help')"),
        Arguments.of(new String[] {"verify", "--format", "csv", "--section", "figures"},
            "unknown option '--section' (try 'prospectus verify --help')"),
        Arguments.of(new String[] {"verify", "--format", "html"},
            "unknown format 'html': expected text, json or csv (try 'prospectus verify --help')"));
  }

  @ParameterizedTest
  @MethodSource("data_usageError")
  void test_run_usageErrorExitsTwoWithOneLine(String[] args, String message) {
    Run run = run(args);
    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.err()).isEqualTo("prospectus: " + message + "\n");
    assertThat(run.out()).isEmpty();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_run_missingDatasetFailsWithOneLine() {
    Run run = run("report", "--dataset", "no/such/folder");
    assertThat(run.status()).isEqualTo(Main.FAILED);
    assertThat(run.err()).isEqualTo("prospectus: no dataset at 'no/such/folder': no such file or folder\n");
  }

  @Test
  void test_run_datasetFolderOrFile() {
    // The fixture folder has no claims.json: the report has no verdicts section.
    String fromFolder = run("report", "--dataset", FIXTURE, "--full").out();
    String fromFile = run("report", "--dataset", FIXTURE + "/dataset.json", "--full").out();
    assertThat(fromFolder).startsWith("Widgetco (Widget & Co. AG), reporting currency EUR\n")
        .contains("\nrevenue growth FY2024 over FY2023          100.00%  [98.50%, 101.51%]  (revenue FY2024 / revenue")
        .doesNotContain("Published claims");
    assertThat(fromFile).isEqualTo(fromFolder);
  }

  @Test
  void test_run_reportSummaryFullAndSection() {
    // The default is the one-screen summary; --full adds every section; --section prints one.
    String summary = run("report", "--dataset", FIXTURE).out();
    assertThat(summary).contains("\nRevenue growth                     100.00% [98.50%, 101.51%]            -\n")
        .endsWith("\nMore: --full, or --section summary|figures|calculations|projections|conflicts|verdicts\n")
        .doesNotContain("Figures (the report");
    String full = run("report", "--dataset", FIXTURE, "--full").out();
    assertThat(full).startsWith(summary.substring(0, summary.indexOf("\nMore: "))).contains("\nFigures (the report");
    assertThat(run("report", "--dataset", FIXTURE, "--section", "conflicts").out())
        .isEqualTo("Conflicting reports (0)\n=======================\n"
            + "Every figure reported more than once agrees within rounding.\n");
  }

  @Test
  void test_run_bundledDatasetByName() {
    Run run = run("verify", "--dataset", "zhipu");
    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.out()).startsWith("ID  ").containsPattern("\n\\d+ published claims: \\d+ consistent( \\(\\d+ only"
        + " within rounding\\))?, \\d+ inconsistent, \\d+ undecidable, \\d+ unverifiable; \\d+ source checks: \\d+"
        + " consistent, \\d+ inconsistent, \\d+ undecidable, \\d+ unverifiable\n$");
  }

  @Test
  void test_run_verifyWithoutClaims() {
    Run run = run("verify", "--dataset", FIXTURE);
    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.out()).endsWith("0 published claims: 0 consistent, 0 inconsistent, 0 undecidable, 0 unverifiable\n");
  }

  @Test
  void test_run_failOnMatchingVerdict() {
    Run run = run("verify", "--fail-on", "inconsistent");
    assertThat(run.status()).isEqualTo(Main.FAILED);
    assertThat(run.err()).matches("prospectus: \\d+ verdict\\(s\\) inconsistent\n");
  }

  @Test
  void test_run_json(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.json");
    Run run = run("report", "--dataset", FIXTURE, "--format", "json", "--out", file.toString());
    assertWroteOnly(run, file);
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.path("format").asText()).isEqualTo("prospectus-analytics/report@1");
    assertThat(json.path("dataset").path("name").asText()).isEqualTo("Widgetco");
  }

  @Test
  void test_run_htmlToFileInNewFolder(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("site/report.html");
    Run run = run("report", "--format", "html", "--out", file.toString());
    assertWroteOnly(run, file);
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">")
        .contains("id=\"chart-revenue\"", "id=\"verdicts\"");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    assertThat(factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement().getLocalName())
        .isEqualTo("html");
  }

  @Test
  void test_run_htmlToStandardOutput() {
    Run run = run("report", "--dataset", FIXTURE, "--format", "html");
    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void test_run_unwritableOutFails(@TempDir Path dir) throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("file"), "x");
    Run run = run("report", "--dataset", FIXTURE, "--out", notAFolder + "/report.txt");
    assertThat(run.status()).isEqualTo(Main.FAILED);
    assertThat(run.err()).isEqualTo("prospectus: cannot write '" + notAFolder + "/report.txt': '" + notAFolder
        + "' is a file, not a folder\n");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_run_verifyToFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("verdicts/nordwind.json");
    Run run = run("verify", "--dataset", NORDWIND, "--format", "json", "--out", file.toString());
    assertWroteOnly(run, file);
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    // nordwind/claims.json holds two comparisons and an agreement check of every figure with several reports
    assertThat(json).extracting(v -> v.path("id").asText()).containsExactly("revenue-growth-fy2025",
        "revenue-growth-fy2025-press", "conflict:revenue/total/2024-04-01..2025-03-31",
        "conflict:cash_reserves/total/2025-12-31", "conflict:robots_in_service/total/2025-12-31");
  }

  @Test
  void test_run_verifyFailOnStillWritesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("verdicts.txt");
    Run run = run("verify", "--fail-on", "inconsistent", "--out", file.toString());
    assertThat(run.status()).isEqualTo(Main.FAILED);
    assertThat(run.err()).matches("Wrote .*verdicts.txt\nprospectus: \\d+ verdict\\(s\\) inconsistent\n");
    assertThat(Files.readString(file)).startsWith("ID  ");
  }

  /** An output stream that fails as a closed pipe or a full disk does. */
  private static final class FailingStream extends OutputStream {
    private final String problem;

    FailingStream(String problem) {
      this.problem = problem;
    }

    @Override
    public void write(int b) throws IOException {
      throw new IOException(problem);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException(problem);
    }
  }

  static Stream<Arguments> data_standardOutputFails() {
    return Stream.of(
        Arguments.of((Object) new String[] {"report", "--dataset", FIXTURE}),
        Arguments.of((Object) new String[] {"report", "--dataset", FIXTURE, "--format", "json"}),
        Arguments.of((Object) new String[] {"verify", "--dataset", "zhipu"}),
        Arguments.of((Object) new String[] {"--help"}),
        Arguments.of((Object) new String[] {"help", "verify"}));
  }

  @ParameterizedTest
  @MethodSource("data_standardOutputFails")
  void test_run_failedWriteToStandardOutputFails(String[] args) {
    for (String problem : List.of("Broken pipe", "No space left on device")) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.run(args, new PrintStream(new FailingStream(problem), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(status).isEqualTo(Main.FAILED);
      assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("prospectus: cannot write to standard output: "
          + "it was closed (a pipe whose reader stopped) or is full\n");
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_run_outIsAFolderFails(@TempDir Path dir) {
    Run run = run("verify", "--dataset", FIXTURE, "--out", dir.toString());
    assertThat(run.status()).isEqualTo(Main.FAILED);
    assertThat(run.err()).isEqualTo("prospectus: cannot write '" + dir + "': is a directory\n");
  }

  @Test
  void test_run_folderWithoutDatasetSaysSo(@TempDir Path dir) {
    Run run = run("report", "--dataset", dir.toString());
    assertThat(run.status()).isEqualTo(Main.FAILED);
    assertThat(run.err()).isEqualTo("prospectus: no dataset.json in " + dir + "\n");
    assertThat(run.out()).isEmpty();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_run_csvSections() {
    Run figures = run("report", "--dataset", NORDWIND, "--format", "csv");
    assertThat(figures.status()).isEqualTo(Main.OK);
    assertThat(figures.out()).startsWith("dataset,key,metric,label,segment,period,printed,qualifier,value,low,high,"
        + "unit,preferred,reports,document,locator,quote,currency_note,note,doubt\nNordwind,");
    assertThat(run("report", "--dataset", NORDWIND, "--format", "csv", "--section", "figures").out())
        .isEqualTo(figures.out());
    assertThat(run("report", "--dataset", NORDWIND, "--format", "csv", "--section", "calculations").out())
        .startsWith("dataset,section,measure,label,subject,meaningful,printed,value,low,high,unit,formula,reason,"
            + "notes\nNordwind,Growth,");
    // The verdicts of 'verify' are the verdicts of the report.
    Run verdicts = run("verify", "--dataset", NORDWIND, "--format", "csv");
    assertThat(verdicts.out()).startsWith("dataset,id,verdict,check,").hasLineCount(6);
    assertThat(run("report", "--dataset", NORDWIND, "--format", "csv", "--section", "verdicts").out())
        .isEqualTo(verdicts.out());
  }

  @Test
  void test_run_verifyCsvToFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("f.csv");
    assertWroteOnly(run("verify", "--dataset", NORDWIND, "--format", "csv", "--out", file.toString()), file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(run("verify", "--dataset", NORDWIND,
        "--format", "csv").out());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_run_errorsQuoteArgumentsEscaped() {
    // An argument that would retitle the terminal and ring its bell is shown, not obeyed.
    Run run = run("report", "--dataset", "\u001b]0;owned\u0007");
    assertThat(run.status()).isEqualTo(Main.FAILED);
    assertThat(run.err()).isEqualTo("prospectus: no dataset at '\\u001b]0;owned\\u0007': no such file or folder\n");
    Run usage = run("report", "--format", "\u202etxt");
    assertThat(usage.err()).isEqualTo("prospectus: unknown format '\\u202etxt': expected text, json, html or csv"
        + " (try 'prospectus report --help')\n");
  }

  @Test
  void test_run_controlCharacterInDataRefusedNamingFileAndPointer(@TempDir Path dir) throws Exception {
    String json = Files.readString(Path.of(FIXTURE, "dataset.json"), StandardCharsets.UTF_8);
    String quote = "revenue total FY2023: 10.0 million EUR";
    assertThat(json).contains(quote);
    Files.writeString(dir.resolve("dataset.json"), json.replace(quote, "\\u001b[2J" + quote),
        StandardCharsets.UTF_8);
    Run run = run("report", "--dataset", dir.toString());
    assertThat(run.status()).isEqualTo(Main.FAILED);
    assertThat(run.err()).isEqualTo("prospectus: " + dir.resolve("dataset.json") + " at /figures/0/source/quote: '"
        + "\\u001b[2J" + quote + "' is holding ESCAPE (U+001B) at character 0: control characters and"
        + " bidirectional overrides are refused, as a terminal would obey them rather than show them\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void test_run_claimThatCannotBeCheckedIsItsVerdict(@TempDir Path dir) throws Exception {
    // Units that cannot be compared and a reported value of the wrong kind: each is that claim's verdict,
    // UNVERIFIABLE with its pointer and reason, and the claims around them are still judged.
    Files.copy(Path.of(FIXTURE, "dataset.json"), dir.resolve("dataset.json"));
    String growth = "   \"compute\": {\"calc\": \"growth\", \"current\": \"revenue/total/FY2024\","
        + " \"prior\": \"revenue/total/FY2023\"}, ";
    Files.writeString(dir.resolve("claims.json"), String.join("\n",
        "{\"claims\": [",
        "  {\"id\": \"fine\", \"source\": {\"document\": \"widget-news\", \"quote\": \"doubled\"},",
        growth + "\"reported\": \"100%\"},",
        "  {\"id\": \"apples-and-pears\", \"source\": {\"document\": \"widget-news\", \"quote\": \"q\"},",
        "   \"compute\": {\"calc\": \"difference\", \"value\": \"revenue/total/FY2024\","
            + " \"minus\": \"gross_margin/total/FY2024\"}, \"reported\": \"5%\"},",
        "  {\"id\": \"growth-in-people\", \"source\": {\"document\": \"widget-news\", \"quote\": \"q\"},",
        growth + "\"reported\": \"5 people\"},",
        "  {\"id\": \"also-fine\", \"source\": {\"document\": \"widget-news\", \"quote\": \"doubled\"},",
        growth + "\"reported\": \"about 100%\"}",
        "]}"), StandardCharsets.UTF_8);
    Run verify = run("verify", "--dataset", dir.toString(), "--format", "csv");
    assertThat(verify.status()).isEqualTo(Main.OK);
    assertThat(verify.out().lines().skip(1).map(l -> l.split(",")[1] + " " + l.split(",")[2]).toList())
        .containsExactly("fine CONSISTENT", "apples-and-pears UNVERIFIABLE", "growth-in-people UNVERIFIABLE",
            "also-fine CONSISTENT");
    Run text = run("verify", "--dataset", dir.toString());
    assertThat(text.out()).contains("cannot be checked (claim at /claims/1): Calculation 'difference' needs one unit"
        + " but 'gross_margin FY2024' is in '%', not 'EUR'\n")
        .contains("cannot be checked (claim at /claims/2): Cannot compare 'revenue growth FY2024 over FY2023' in '%'"
            + " with '5 people' in 'people'\n")
        .endsWith("4 published claims: 2 consistent, 0 inconsistent, 0 undecidable, 2 unverifiable\n");
    Run report = run("report", "--dataset", dir.toString());
    assertThat(report.status()).isEqualTo(Main.OK);
    assertThat(report.out()).contains("\n4 published claims: 2 consistent, 0 inconsistent, 0 undecidable,"
        + " 2 unverifiable\n");
  }
}
