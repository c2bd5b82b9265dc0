package dev.prospectus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompareCommandTest {

  @Test
  void test_compare_folders_text() {
    MainTest.Run run = MainTest.run("compare", "--dataset", "data/minimax", "--dataset", "data/zhipu");
    assertThat(run.status()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("MiniMax (USD) beside Zhipu (CNY)\n")
        .contains("revenue growth FY2024 over FY2023            782.17% [782.02%, 782.31%]       150.858%"
            + " [150.8569%, 150.8598%]\n");
  }

  @Test
  void test_compare_bundledNames_sameAsFolders() {
    MainTest.Run names = MainTest.run("compare", "--dataset", "minimax", "--dataset", "zhipu");
    MainTest.Run folders = MainTest.run("compare", "--dataset", "data/minimax", "--dataset", "data/zhipu");
    assertThat(names.status()).as(names.err()).isEqualTo(Main.OK);
    assertThat(names.out()).isEqualTo(folders.out());
  }

  @Test
  void test_compare_json_currencyAndPeriods() throws Exception {
    MainTest.Run run = MainTest.run("compare", "--dataset", "minimax", "--dataset", "zhipu", "--currency", "USD",
        "--periods", "same-year", "--format", "json");
    assertThat(run.status()).as(run.err()).isEqualTo(Main.OK);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("currency").asText()).isEqualTo("USD");
    assertThat(root.get("periods").asText()).isEqualTo("same-year");
    assertThat(root.get("companies").findValuesAsText("dataset")).containsExactly("MiniMax", "Zhipu");
  }

  @Test
  void test_compare_html_out(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cmp/compare.html");
    MainTest.Run run = MainTest.run("compare", "--dataset", "minimax", "--dataset", "zhipu", "--format", "html",
        "--out", file.toString());
    MainTest.assertWroteOnly(run, file);
    assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("Growth side by side");
  }

  @Test
  void test_compare_csv() {
    MainTest.Run run = MainTest.run("compare", "--dataset", "minimax", "--dataset", "zhipu", "--format", "csv");
    assertThat(run.status()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.out()).startsWith("dataset,company,section,measure,label,subject,meaningful,printed,value,low,"
        + "high,unit,formula,reason,notes,row,cell,rate,row_notes\n");
  }

  static Stream<Arguments> data_usage() {
    return Stream.of(
        Arguments.of(new String[] {"compare", "--dataset", "minimax"},
            "prospectus: compare needs two or more --dataset options but has 1 (try 'prospectus compare --help')\n"),
        Arguments.of(new String[] {"compare", "--dataset", "minimax", "--dataset", "zhipu", "--currency", "usd"},
            "prospectus: unknown currency 'usd': expected an ISO 4217 code such as USD (try 'prospectus compare"
            + " --help')\n"),
        Arguments.of(new String[] {"compare", "--dataset", "minimax", "--dataset", "zhipu", "--currency", "XYZ"},
            "prospectus: unknown currency 'XYZ': expected an ISO 4217 code such as USD (try 'prospectus compare"
            + " --help')\n"),
        Arguments.of(new String[] {"compare", "--dataset", "minimax", "--dataset", "zhipu", "--periods", "any"},
            "prospectus: unknown --periods 'any': expected same-length or same-year (try 'prospectus compare"
            + " --help')\n"),
        Arguments.of(new String[] {"compare", "--dataset", "minimax", "--dataset", "zhipu", "--format", "pdf"},
            "prospectus: unknown format 'pdf': expected text, json, csv or html (try 'prospectus compare --help')\n"),
        Arguments.of(new String[] {"compare", "--dataset", "minimax", "--dataset", "zhipu", "--format", "json",
            "--rows", "all"}, "prospectus: option '--rows' is for --format text; the other formats hold every row"
            + " (try 'prospectus compare --help')\n"),
        Arguments.of(new String[] {"compare", "--dataset", "minimax", "--dataset", "zhipu", "--out", "a", "--out",
            "b"}, "prospectus: option '--out' given twice (try 'prospectus compare --help')\n"));
  }

  @ParameterizedTest
  @MethodSource("data_usage")
  void test_compare_usageErrors(String[] args, String message) {
    MainTest.Run run = MainTest.run(args);
    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(message);
  }

  @Test
  void test_compare_missingDataset_failsInTheUsersWords() {
    MainTest.Run run = MainTest.run("compare", "--dataset", "minimax", "--dataset", "data/nowhere");
    assertThat(run.status()).isEqualTo(Main.FAILED);
    assertThat(run.err()).isEqualTo("prospectus: no dataset at 'data/nowhere': no such file or folder\n");
  }

  @Test
  void test_compare_help() {
    assertThat(MainTest.run("compare", "--help").out()).startsWith("Usage: prospectus compare --dataset");
    assertThat(MainTest.run("help", "compare").out()).startsWith("Usage: prospectus compare --dataset");
    assertThat(MainTest.run("--help").out()).contains("  compare  companies side by side");
  }
}
