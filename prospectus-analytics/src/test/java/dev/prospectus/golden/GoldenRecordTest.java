package dev.prospectus.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prospectus.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden record: the text (summary and full), JSON and HTML reports and the verify JSON of every
 * bundled dataset,
 * as the command line writes them,
     compared with the files under {@code prospectus-analytics/src/test/resources/golden}.
 * <p>
 * A refactoring keeps these green unchanged. A change that means to change what a user sees
 * regenerates them ({@code mvn test -Dtest=GoldenRecordTest -Dgolden.update=true}) in the same
 * commit and says why. JSON is compared as JSON (field order and number spelling aside), text and
 * HTML as text.
 */
class GoldenRecordTest {

  static final Path GOLDEN = Path.of("prospectus-analytics", "src", "test", "resources", "golden");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static Stream<Arguments> data_outputs() {
    return Stream.of("minimax", "moore-threads", "zhipu").flatMap(ds -> Stream.of(
        Arguments.of(ds + "-report.txt", new String[] {"report", "--dataset", "data/" + ds}),
        Arguments.of(ds + "-report-full.txt", new String[] {"report", "--dataset", "data/" + ds, "--full"}),
        Arguments.of(ds + "-report.json", new String[] {"report", "--dataset", "data/" + ds, "--format", "json"}),
        Arguments.of(ds + "-report.html", new String[] {"report", "--dataset", "data/" + ds, "--format", "html"}),
        Arguments.of(ds + "-verify.json", new String[] {"verify", "--dataset", "data/" + ds, "--format", "json"})));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_outputs")
  void test_output_matchesGoldenRecord(String name, String[] args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as("exit status; stderr: %s", err).isZero();
    String actual = out.toString(StandardCharsets.UTF_8);
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (name.endsWith(".json")) {
      JsonNode actualTree = JSON.readTree(actual);
      JsonNode expectedTree = JSON.readTree(expected);
      assertThat(actualTree).as("%s, compared as JSON", name).isEqualTo(expectedTree);
    } else {
      assertThat(actual).as("%s", name).isEqualTo(expected);
    }
  }
}
