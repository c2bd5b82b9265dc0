package dev.prospectus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MainTest {

  private static final String FIXTURE = "prospectus-report/src/test/resources/report/charts";

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
            "unknown format 'pdf': expected text, json or html (try 'prospectus report --help')"),
        Arguments.of(new String[] {"verify", "--format", "html"},
            "unknown format 'html': expected text or json (try 'prospectus verify --help')"),
        Arguments.of(new String[] {"report", "--dataset"},
            "option '--dataset' needs a value (try 'prospectus report --help')"),
        Arguments.of(new String[] {"report", "--out", "a.html", "--out", "b.html"},
            "option '--out' given twice (try 'prospectus report --help')"),
        Arguments.of(new String[] {"report", "extra"}, "unexpected argument 'extra' (try 'prospectus report --help')"),
        Arguments.of(new String[] {"--verbose"}, "unknown option '--verbose' (try 'prospectus report --help')"),
        Arguments.of(new String[] {"verify", "--out", "x"}, "unknown option '--out' (try 'prospectus verify --help')"),
        Arguments.of(new String[] {"verify", "--fail-on", "maybe"}, "unknown --fail-on 'maybe': expected "
            + "inconsistent, undecidable or unverifiable (try 'prospectus verify --help')"));
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
    assertThat(run.err()).isEqualTo("prospectus: No dataset at 'no/such/folder': no such file or folder\n");
  }

  @Test
  void test_run_datasetFolderOrFile() {
    // The fixture folder has no claims.json: the report has no verdicts section.
    String fromFolder = run("report", "--dataset", FIXTURE).out();
    String fromFile = run("report", "--dataset", FIXTURE + "/dataset.json").out();
    assertThat(fromFolder).startsWith("Widgetco (Widget & Co. AG), reporting currency EUR\n")
        .contains("revenue growth FY2024 over FY2023            100.00%  [98.50%, 101.51%]")
        .doesNotContain("Published claims");
    assertThat(fromFile).isEqualTo(fromFolder);
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
    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.out()).isEqualTo("Wrote " + file.toAbsolutePath() + "\n");
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.path("format").asText()).isEqualTo("prospectus-analytics/report@1");
    assertThat(json.path("dataset").path("name").asText()).isEqualTo("Widgetco");
  }

  @Test
  void test_run_htmlToFileInNewFolder(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("site/report.html");
    Run run = run("report", "--format", "html", "--out", file.toString());
    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.out()).isEqualTo("Wrote " + file.toAbsolutePath() + "\n");
    assertThat(run.err()).isEmpty();
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
    assertThat(run.err()).startsWith("prospectus: Unable to write '" + notAFolder + "/report.txt': ")
        .endsWith("\n").hasLineCount(1);
  }
}
