package dev.prospectus.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prospectus.cli.Main;
import dev.prospectus.format.FigureParser;
import dev.prospectus.format.PrintedFigure;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Amount;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON the library writes reads back: Jackson with its default limits (numbers of at most
 * 1,000 characters, strings of at most 20 million, nesting of at most 500) reads the report and the
 * verdicts, and the library's own readers read back what they hold: every printed amount
 * ({@link Amount#parse}), every range ({@link DecimalRange#ofClosed(String, String)}), every
 * published figure ({@link FigureParser}), equal to the model's.
 * <p>
 * Of the bundled datasets, and of one at the limits of what the library takes: values of 40
 * significant digits at the largest scale, of 40 decimals, and claims whose constants multiply a
 * value up towards 10<sup>400</sup>, the largest a value may be.
 */
class JsonRoundTripTest {

  /** Jackson as a program that reads the library's JSON would use it: nothing configured. */
  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final String FORTY_DIGITS = "9999999999999999999999999999999999999999";
  private static final String FORTY_DECIMALS = "0.0000000000000000000000000000000000000001";

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as("%s: %s", String.join(" ", args), err).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A range as the JSON writes it: its ends as numbers or strings, an open end as null. */
  private static DecimalRange range(JsonNode low, JsonNode high) {
    if (low.isNull() && high.isNull()) {
      return DecimalRange.unbounded();
    }
    if (low.isNull()) {
      return DecimalRange.atMost(new BigDecimal(high.asText()));
    }
    if (high.isNull()) {
      return DecimalRange.atLeast(new BigDecimal(low.asText()));
    }
    return DecimalRange.ofClosed(new BigDecimal(low.asText()), new BigDecimal(high.asText()));
  }

  /** Reads the report back, and each figure's printed amount and range back into the model's. */
  private static void roundTrip(String datasetOption, Dataset dataset) throws Exception {
    JsonNode report = JACKSON.readTree(run("report", "--dataset", datasetOption, "--format", "json"));
    List<Figure> figures = dataset.figures();
    List<JsonNode> written = new ArrayList<>();
    report.path("figures").forEach(f -> f.path("reports").forEach(written::add));
    assertThat(written).hasSameSizeAs(figures);
    for (JsonNode node : written) {
      Amount amount = Amount.parse(node.path("printed").asText());
      DecimalRange range = range(node.path("low"), node.path("high"));
      BigDecimal value = new BigDecimal(node.path("value").asText());
      // The same report of the same figure, read back to equal values, scale and all.
      assertThat(figures).anySatisfy(f -> {
        assertThat(f.amount()).isEqualTo(amount);
        assertThat(f.range()).isEqualTo(range);
        assertThat(f.value()).isEqualTo(value);
        assertThat(f.source().quote()).isEqualTo(node.path("source").path("quote").asText());
      });
    }
    JsonNode verdicts = JACKSON.readTree(run("verify", "--dataset", datasetOption, "--format", "json"));
    assertThat(verdicts.isArray()).isTrue();
    for (JsonNode v : verdicts) {
      JsonNode reported = v.path("reported");
      // A published number, as the claim quotes it (not another figure of the dataset, 'against' it)
      if (reported.isObject() && v.path("claim").asText().endsWith("'" + reported.path("text").asText() + "'")) {
        // The figure parser reads it back; the range the verdict judged (widened by the claim's relation
        // or the words around the number, where they say "about" or "over") holds what it prints.
        PrintedFigure printed = FigureParser.parse(reported.path("text").asText());
        DecimalRange judged = range(reported.path("low"), reported.path("high"));
        assertThat(judged.contains(printed.amount().baseValue())).as(v.path("id").asText()).isTrue();
      }
      JsonNode computed = v.path("computed");
      if (computed.isObject()) {
        DecimalRange range = range(computed.path("low"), computed.path("high"));
        assertThat(range.contains(computed.path("value").decimalValue())).as(v.path("id").asText()).isTrue();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"minimax", "moore-threads", "zhipu"})
  void test_bundled_readsBack(String name) throws Exception {
    roundTrip("data/" + name, DatasetReader.read(Path.of("data", name)));
  }

  /** A convert claim multiplying a figure by a 40-digit constant, {@code depth} times over. */
  private static String convert(String figure, int depth) {
    String expression = "\"" + figure + "\"";
    for (int i = 0; i < depth; i++) {
      expression = "{\"calc\": \"convert\", \"value\": " + expression + ", \"multiplyBy\": \"" + FORTY_DIGITS
          + "\", \"unit\": \"USD\", \"basis\": \"a constant at the limit\"}";
    }
    return expression;
  }

  @Test
  void test_atTheLimits_readsBack(@TempDir Path dir) throws Exception {
    String figure = "{\"metric\": \"%s\", \"period\": \"FY2024\", \"value\": \"%s\", \"scale\": \"%s\", \"unit\":"
        + " \"USD\", \"source\": {\"document\": \"doc\", \"locator\": \"p. 1\", \"quote\": \"%s\"}}";
    String dataset = "{\"company\": \"Limit \\\"Co\\\" \\\\ 極限公司 😀\", \"name\": \"Limit\", \"currency\": \"USD\","
        + " \"documents\": [{\"id\": \"doc\", \"title\": \"A title\\nover two lines\", \"language\": \"en\"}],"
        + " \"figures\": [" + String.format(figure, "revenue", FORTY_DIGITS, "萬億", "最大 \\\"quoted\\\"\\n\\t收入")
        + ", " + String.format(figure, "gross_profit", FORTY_DECIMALS, "one", "the smallest")
        + ", " + String.format(figure, "net_loss", "-" + FORTY_DIGITS, "萬億", "a loss") + "]}";
    Files.writeString(dir.resolve("dataset.json"), dataset, StandardCharsets.UTF_8);
    // Revenue is below 10^52; seven 40-digit constants take it to about 10^332 and 332 digits.
    String claims = "{\"claims\": [{\"id\": \"deep\", \"source\": {\"document\": \"doc\", \"quote\": \"q\"},"
        + " \"compute\": " + convert("revenue/total/FY2024", 7) + ", \"relation\": \">\", \"against\":"
        + " \"gross_profit/total/FY2024\"}, {\"id\": \"growth\", \"source\": {\"document\": \"doc\", \"quote\":"
        + " \"q\"}, \"compute\": {\"calc\": \"ratio-to-revenue\", \"amount\": \"gross_profit/total/FY2024\","
        + " \"revenue\": \"revenue/total/FY2024\"}, \"reported\": \"0.0000000000000000000000000000001%\"}]}";
    Files.writeString(dir.resolve("claims.json"), claims, StandardCharsets.UTF_8);

    roundTrip(dir.toString(), DatasetReader.read(dir));
    JsonNode deep = JACKSON.readTree(run("verify", "--dataset", dir.toString(), "--format", "json")).get(0);
    String value = deep.path("computed").path("value").toString();
    // Written in full as a JSON number, and read back to the same digits
    assertThat(value).hasSizeGreaterThan(330).hasSizeLessThan(1000).doesNotContain("E");
    assertThat(deep.path("verdict").asText()).isEqualTo("CONSISTENT");
    assertThat(Stream.of("text", "html", "csv").map(f -> run("report", "--dataset", dir.toString(), "--format", f)))
        .allSatisfy(document -> assertThat(document).isNotEmpty());
  }
}
