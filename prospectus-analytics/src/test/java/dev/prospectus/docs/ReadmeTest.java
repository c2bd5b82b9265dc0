package dev.prospectus.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prospectus.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's code runs, and JShell says what the README says it says. */
@ExtendWith(SharedJShellSession.class)
class ReadmeTest {

  static final Path README = Path.of("README.md");
  static final Path LAUNCHER = Path.of("jshell.sh");
  static final String LAUNCHER_JAR = "prospectus-cli/target/prospectus.jar";

  static String readme() throws Exception {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  /** The README's section under a second-level heading. */
  static String section(String markdown, String heading) {
    int start = markdown.indexOf("\n## " + heading + "\n");
    assertThat(start).as("README section '%s'", heading).isNotNegative();
    int end = markdown.indexOf("\n## ", start + 1);
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }

  static MarkdownCode.Block threeLines() throws Exception {
    return MarkdownCode.blocks(section(readme(), "In JShell")).get(0);
  }

  @Test
  void test_inJShell_threeLinesGiveGrowthWithRangeAndVerdict(JShellSession session) throws Exception {
    MarkdownCode.Block block = threeLines();
    List<String> code = block.code().lines().filter(l -> !l.isBlank() && !l.strip().startsWith("//")).toList();
    assertThat(code).hasSize(3);
    assertThat(block.steps()).hasSize(2);
    // The preferred reports: 30523 / 3460 - 1 = 782.17%; the claim: 3052萬 / 346萬 - 1 = 782.08%.
    assertThat(block.steps().get(0).expectedValue()).contains("782.17% [782.02%, 782.31%]");
    assertThat(block.steps().get(1).expectedValue()).hasValueSatisfying(v -> assertThat(v)
        .startsWith("revenue-growth-fy2024  CONSISTENT  computed 782.08% [780.66%, 783.51%]"));
    DocCheck.run("README.md", session, List.of(block));
  }

  @Test
  void test_readme_everyJavaBlockRuns(JShellSession session) throws Exception {
    List<MarkdownCode.Block> blocks = MarkdownCode.blocks(readme());
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(1);
    DocCheck.run("README.md", session, blocks);
  }

  @Test
  void test_readme_setUpCommandsAndLauncher() throws Exception {
    String readme = readme();
    assertThat(section(readme, "Set up")).contains("`mvn -q compile exec:java`", "`mvn -B verify`");
    assertThat(section(readme, "In JShell")).contains("`./jshell.sh`", "--startup DEFAULT --startup "
        + "jshell/prospectus.jsh", "-pl prospectus-analytics -am");
    assertThat(Files.isExecutable(LAUNCHER)).as("%s is executable", LAUNCHER).isTrue();
    assertThat(Files.readString(LAUNCHER)).contains("dependency:build-classpath", "-DincludeScope=runtime",
        "-pl prospectus-analytics -am", "--startup DEFAULT --startup \"$root/jshell/prospectus.jsh\"");
  }

  /**
   * The README's report section shows the summary the command it names prints, exactly, and the
   * summary fits one screen for every bundled dataset.
   */
  @Test
  void test_report_summaryAsShown() throws Exception {
    String section = section(readme(), "The report");
    Matcher command = Pattern.compile("`java -jar prospectus-cli/target/prospectus.jar (report[^`]*)`")
        .matcher(section);
    assertThat(command.find()).as("the report command in the README").isTrue();
    int start = section.indexOf("```text\n") + "```text\n".length();
    String shown = section.substring(start, section.indexOf("```", start));
    assertThat(runMain(command.group(1).split(" "))).isEqualTo(shown);
    for (String dataset : List.of("minimax", "zhipu", "moore-threads")) {
      String summary = runMain("report", "--dataset", dataset);
      // About 60 lines: every inconsistent claim keeps its line (MiniMax has 28), the rest gives way first.
      assertThat(summary.lines().count()).as("lines of the %s summary", dataset).isLessThanOrEqualTo(62);
      assertThat(summary.lines().mapToInt(ReadmeTest::columns).max().orElseThrow()).isLessThanOrEqualTo(120);
      String full = runMain("report", "--dataset", dataset, "--full");
      assertThat(full.lines().mapToInt(ReadmeTest::columns).max().orElseThrow()).isLessThanOrEqualTo(120);
      assertThat(full).doesNotContain("\u2026");
    }
  }

  private static String runMain(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as("exit status of %s; stderr: %s", List.of(args), err).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Terminal columns: East Asian wide and full-width characters take two. */
  private static int columns(String line) {
    return line.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
  }

  /** The README's HTML command, run through the command line's entry point, writes the page it names. */
  @Test
  void test_htmlReport_commandWritesThePageAndTheScreenshotIsThere() throws Exception {
    String section = section(readme(), "HTML report");
    Matcher command = Pattern.compile("mvn -q compile exec:java -Dexec.args=\"([^\"]+)\"").matcher(section);
    assertThat(command.find()).as("the HTML command in the README").isTrue();
    String[] args = command.group(1).split(" ");
    assertThat(args).containsSequence("--format", "html").containsSequence("--out", "target/report.html");
    Path page = Path.of("target", "report.html");
    Files.deleteIfExists(page);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Wrote " + page.toAbsolutePath() + "\n");
    assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("id=\"chart-revenue\"");
    assertThat(section).contains("](docs/images/report-minimax.png)");
    assertThat(Path.of("docs", "images", "report-minimax.png")).isNotEmptyFile();
  }

  @Test
  void test_ciChecks_areListedInTheReadme() throws Exception {
    String checks = section(readme(), "What CI checks");
    String ci = Files.readString(Path.of(".ci", "run"));
    for (String command : List.of("mvn -B verify", "mvn -B -q install -DskipTests",
        "mvn -B -f examples/consumer/pom.xml", "mvn -B -f examples/consumer-core/pom.xml",
        "mvn -B test -Dtest=HtmlReportBrowserTest", "mvn -B -Pspark -pl prospectus-spark verify")) {
      assertThat(ci).as(".ci/run").contains(command);
      assertThat(checks).as("README, What CI checks").contains(command);
    }
    // The README's test command comes first.
    assertThat(ci.lines().filter(l -> l.startsWith("mvn ")).findFirst()).contains("mvn -B verify");
  }

  /**
   * The real {@code jshell} tool, as {@code ./jshell.sh} starts it (without Maven: the test class
   * path stands in for the one Maven builds), given the README's three lines on standard input.
   * <p>
   * The tool and its execution engine get a new, empty home under {@code target/}, so every run
   * sees what a user's very first {@code jshell} sees, and nothing is written into the real home.
   * The first start on an account logs on standard error that it created the preferences
   * directory; standard error is therefore read apart from standard output, and only checked for
   * errors.
   */
  @Test
  void test_jshellTool_answersAsTheReadmeShows() throws Exception {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    // The tool refuses a class path entry that does not exist, such as this module's empty classes folder.
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> Files.exists(Path.of(entry))).collect(Collectors.joining(File.pathSeparator));
    Path run = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "jshell-tool-");
    Path home = Files.createDirectory(run.resolve("home")).toAbsolutePath();
    Path stdout = run.resolve("stdout.txt");
    Path stderr = run.resolve("stderr.txt");
    Process p = new ProcessBuilder(jshell.toString(), "-J-Duser.home=" + home, "-R-Duser.home=" + home,
        "--class-path", classPath, "--startup", "DEFAULT", "--startup", JShellSession.STARTUP.toString())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    MarkdownCode.Block block = threeLines();
    try (OutputStream in = p.getOutputStream()) {
      in.write((block.code() + "/exit\n").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("jshell finished").isTrue();
    assertThat(p.exitValue()).as("jshell's exit status").isZero();
    String out = Files.readString(stdout, StandardCharsets.UTF_8);
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    // The tool numbers the user's snippets from 1: the declaration of mm is 1, so the answers are $2 and $3.
    assertThat(out).as("jshell's standard output (its standard error: %s)", err)
        .startsWith("prospectus-analytics: bundled datasets [minimax, moore-threads, zhipu]")
        .contains("mm ==> Prospectus MiniMax (MiniMax Group Inc., USD): ")
        .contains("$2 ==> " + block.steps().get(0).expectedValue().orElseThrow() + "\n")
        .contains("$3 ==> " + block.steps().get(1).expectedValue().orElseThrow() + "\n")
        .doesNotContain("|  Error", "Exception");
    assertThat(err).as("jshell's standard error").doesNotContain("|  Error", "Exception");
  }

  /**
   * The launcher the README shows is the jar that prospectus-cli's pom builds, and every launcher
   * command in the README runs as shown (through the command line's entry point, as the jar's
   * manifest names it); what is piped to {@code jq} is JSON.
   */
  @Test
  void test_launcher_isTheJarThePomBuildsAndItsCommandsRun() throws Exception {
    String readme = readme();
    assertThat(section(readme, "Set up")).contains("`java -jar " + LAUNCHER_JAR
        + " report --format json | jq .dataset`");
    assertThat(Files.readString(Path.of("prospectus-cli", "pom.xml"))).contains(
        "<outputFile>${project.build.directory}/prospectus.jar</outputFile>", "<mainClass>" + Main.class.getName());
    Matcher command = Pattern.compile("java -jar " + Pattern.quote(LAUNCHER_JAR) + " ([^`|]*[^`| ])( \\| jq [^`]*)?`")
        .matcher(readme);
    int commands = 0;
    while (command.find()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.run(command.group(1).split(" "), new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(status).as("'%s': %s", command.group(), err).isZero();
      if (command.group(2) != null) {
        assertThat(new ObjectMapper().readTree(out.toByteArray()).isContainerNode()).as(command.group()).isTrue();
      }
      commands++;
    }
    assertThat(commands).as("launcher commands in the README").isGreaterThanOrEqualTo(1);
  }

  /**
   * Every command the README gives through Maven ({@code -Dexec.args="..."}) runs, through the
   * command line's entry point, and writes the file it names.
   */
  @Test
  void test_mavenCommands_run() throws Exception {
    Matcher command = Pattern.compile("-Dexec\\.args=\"([^\"]+)\"").matcher(readme());
    List<String> ran = new ArrayList<>();
    while (command.find()) {
      // The seed article lives outside the repository, which its tests never read.
      if (command.group(1).contains("../")) {
        continue;
      }
      String[] args = command.group(1).split(" ");
      List<String> list = List.of(args);
      Path out = list.contains("--out") ? Path.of(list.get(list.indexOf("--out") + 1)) : null;
      if (out != null) {
        Files.deleteIfExists(out);
      }
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(status).as("'%s': %s", command.group(1), err).isZero();
      if (out != null) {
        assertThat(out).as(command.group(1)).isNotEmptyFile();
      }
      ran.add(command.group(1));
    }
    assertThat(ran).contains("verify --format csv --out target/verdicts.csv", "report --format json --out "
        + "target/report.json", "check examples/articles/minimax-zh.txt --format html --out target/article.html");
  }

  /** The performance section names the script that measures it, and the script times what it shows. */
  @Test
  void test_performance_isMeasuredByTheScriptItNames() throws Exception {
    String section = section(readme(), "Performance");
    Path script = Path.of("scripts", "startup.sh");
    assertThat(section).contains("`" + script + "`", "hello", "ratio to a bare JVM");
    assertThat(Files.isExecutable(script)).as("%s is executable", script).isTrue();
    String text = Files.readString(script, StandardCharsets.UTF_8);
    assertThat(text).contains("hyperfine", "System.out.println(\"hello\")", "java -jar $jar --help",
        "java -jar $jar report", "java -jar $jar verify");
    // Every launcher command of the table is one the script times.
    Matcher row = Pattern.compile("\\| `java -jar " + Pattern.quote(LAUNCHER_JAR) + " ([^`]+)` \\|").matcher(section);
    int rows = 0;
    while (row.find()) {
      assertThat(text).contains("java -jar $jar " + row.group(1) + "\"");
      rows++;
    }
    assertThat(rows).isEqualTo(4);
  }
}
