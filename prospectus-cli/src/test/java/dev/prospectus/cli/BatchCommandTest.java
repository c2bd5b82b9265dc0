package dev.prospectus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.batch.Generator;
import dev.prospectus.report.CsvReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

  @TempDir
  static Path root;

  @BeforeAll
  static void generate() {
    Generator.write(root.resolve("filings"), 4, 42);
  }

  @Test
  void writes_json_lines_to_the_out_file_and_a_summary_to_standard_error() throws IOException {
    Path file = root.resolve("out/rows.jsonl");
    MainTest.Run run = MainTest.run("batch", root.resolve("filings").toString(), "--out", file.toString(),
        "--threads", "2");
    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.out()).isEmpty();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("{\"dataset\":\"Synthetic "));
    assertThat(run.err()).contains("Wrote ").contains("batch of 4 dataset(s): " + lines.size() + " row(s)");
  }

  @Test
  void writes_the_report_csv_section_to_standard_output() {
    MainTest.Run run = MainTest.run("batch", root.resolve("filings/c0000001").toString(), "--format", "csv",
        "--section", "calculations");
    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.out()).startsWith(String.join(",", CsvReport.Section.CALCULATIONS.columns()) + "\n")
        .contains("\nSynthetic 1,Growth,growth,");
  }

  @Test
  void refuses_usage_mistakes_with_status_2() {
    assertThat(MainTest.run("batch").err()).contains("batch needs a DIR of datasets");
    assertThat(MainTest.run("batch", "x", "--format", "xml").err()).contains("unknown format 'xml'");
    assertThat(MainTest.run("batch", "x", "--section", "verdicts").status()).isEqualTo(Main.USAGE);
    assertThat(MainTest.run("batch", "x", "--threads", "0").err()).contains("--threads must be");
    assertThat(MainTest.run("batch", "--help").out()).startsWith("Usage: prospectus batch DIR...");
    assertThat(MainTest.run("help", "batch").out()).startsWith("Usage: prospectus batch DIR...");
  }

  @Test
  void a_folder_without_datasets_is_a_failure_naming_it() {
    MainTest.Run run = MainTest.run("batch", root.resolve("nowhere").toString());
    assertThat(run.status()).isEqualTo(Main.FAILED);
    assertThat(run.err()).contains("nowhere").contains("is not a folder");
  }
}
