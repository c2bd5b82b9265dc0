package dev.prospectus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inputs with which the fuzzer found a bug ({@code src/test/resources/fuzz}, described in its
 * README), each run in every format, with the outcome its {@code expected.txt} names.
 */
class FuzzCorpusTest {

  private static final Path CORPUS = Path.of("prospectus-cli", "src", "test", "resources", "fuzz");
  private static final List<List<String>> FORMATS = List.of(List.of("--format", "text"),
      List.of("--format", "json"), List.of("--format", "html"), List.of("--format", "csv", "--section", "figures"),
      List.of("--format", "csv", "--section", "calculations"), List.of("--format", "csv", "--section", "verdicts"));

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CORPUS)) {
      return folders.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void test_case_hasItsOutcomeInEveryFormat(Path folder) throws IOException {
    String expected = Files.readString(folder.resolve("expected.txt"), StandardCharsets.UTF_8).strip()
        .replace("{folder}", folder.toString());
    for (List<String> format : FORMATS) {
      Fuzz.Outcome outcome = Fuzz.judge(folder, format);
      if (expected.equals("reported")) {
        assertThat(outcome).as("%s %s", folder, format).isEqualTo(new Fuzz.Outcome(Fuzz.Kind.REPORTED, ""));
      } else {
        assertThat(outcome).as("%s %s", folder, format).isEqualTo(new Fuzz.Outcome(Fuzz.Kind.REJECTED, expected));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void test_case_isDescribedInTheReadme(Path folder) throws IOException {
    assertThat(Files.readString(CORPUS.resolve("README.md"), StandardCharsets.UTF_8))
        .contains("| `" + folder.getFileName() + "` |");
  }
}
