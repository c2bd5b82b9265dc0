package dev.prospectus.report;

import static dev.prospectus.report.ReportFixtures.FY23;
import static dev.prospectus.report.ReportFixtures.FY24;
import static dev.prospectus.report.ReportFixtures.FY25;
import static dev.prospectus.report.ReportFixtures.M9_25;
import static dev.prospectus.report.ReportFixtures.M9_26;
import static dev.prospectus.report.ReportFixtures.NORDWIND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prospectus.analysis.Analysis;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.Verifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Checks the structure documented in {@code docs/report-json.md}. */
class JsonReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Analysis ANALYSIS = Analysis.of(NORDWIND);
  private static final JsonNode JSON = parse(JsonReport.render(ANALYSIS));
  private static final List<Verdict> VERDICTS = Verifier.verify(NORDWIND,
      ClaimsReader.read(Path.of("prospectus-analysis/src/test/resources/report/nordwind/claims.json"), NORDWIND));

  /** A calculation by its label, which these tests pin; the library itself finds results by measure. */
  private static Calculation byLabel(String label) {
    return ANALYSIS.calculations().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
  }

  private static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException ex) {
      throw new AssertionError("not JSON: " + text, ex);
    }
  }

  private static JsonNode parseDecimals(String text) {
    try {
      return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);
    } catch (JsonProcessingException ex) {
      throw new AssertionError("not JSON: " + text, ex);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  private static JsonNode figure(String metric, String segment, String period) {
    for (JsonNode f : JSON.get("figures")) {
      if (f.get("metric").asText().equals(metric) && f.get("segment").asText().equals(segment)
          && f.get("period").asText().equals(period)) {
        return f;
      }
    }
    throw new AssertionError("no figure " + metric + "/" + segment + "/" + period);
  }

  private static JsonNode calculation(String measure) {
    for (JsonNode s : JSON.get("sections")) {
      for (JsonNode c : s.get("calculations")) {
        if (c.get("measure").asText().equals(measure)) {
          return c;
        }
      }
    }
    throw new AssertionError("no calculation " + measure);
  }

  private static BigDecimal decimal(JsonNode node, String field) {
    assertThat(node.get(field).isTextual()).as("%s is a JSON string", field).isTrue();
    return new BigDecimal(node.get(field).asText());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_render_formatAndDataset() {
    assertThat(fieldNames(JSON))
        .containsExactly("format", "dataset", "figures", "exchangeRates", "sections", "projections", "conflicts",
            "verdictCounts", "verdicts");
    assertThat(JSON.get("format").asText()).isEqualTo("prospectus-analytics/report@1").isEqualTo(JsonReport.FORMAT);
    JsonNode dataset = JSON.get("dataset");
    assertThat(fieldNames(dataset)).containsExactly("name", "company", "currency", "fiscalYearEnd");
    assertThat(dataset.get("name").asText()).isEqualTo("Nordwind");
    assertThat(dataset.get("company").asText()).isEqualTo("Nordwind Robotik AG");
    assertThat(dataset.get("currency").asText()).isEqualTo("EUR");
    assertThat(dataset.get("fiscalYearEnd").asText()).isEqualTo("03-31");
  }

  @Test
  void test_render_figuresInKeyOrder() {
    // one per metric, segment and period: 39 keys; metrics in catalogue order, then segments, then periods
    JsonNode figures = JSON.get("figures");
    assertThat(figures).hasSize(39);
    assertThat(texts(figures, "period").subList(0, 5)).containsExactly(FY23, FY24, M9_25, FY25, M9_26);
    assertThat(texts(figures, "segment").subList(4, 7)).containsExactly("total", "hardware", "hardware");
    assertThat(fieldNames(figures.get(0)))
        .containsExactly("metric", "label", "segment", "period", "preferred", "why", "converted", "reports");
    assertThat(figures.get(38).get("label").asText())
        .isEqualTo("Robots in service at customer sites worldwide, installed base");
    for (JsonNode f : figures) {
      assertThat(f.get("preferred").asInt()).isBetween(0, f.get("reports").size() - 1);
    }
  }

  @Test
  void test_render_everyReportInDatasetOrder() {
    JsonNode revenue = figure("revenue", "total", FY25);
    assertThat(revenue.get("label").asText()).isEqualTo("Revenue");
    assertThat(revenue.get("preferred").asInt()).isZero();
    // the US$ translation has no rate to EUR, so it takes no part; of the two euro reports, the first listed
    assertThat(revenue.get("why").asText()).isEqualTo("the first listed of equals; 1 report is in another currency"
        + " with no exchange rate that applies");
    assertThat(revenue.get("converted").isNull()).isTrue();
    assertThat(JSON.get("exchangeRates")).isEmpty();
    JsonNode reports = revenue.get("reports");
    assertThat(texts(reports, "printed")).containsExactly("15.6 million EUR", "16.1 million EUR", "17 million USD");
    JsonNode first = reports.get(0);
    assertThat(fieldNames(first))
        .containsExactly("printed", "qualifier", "unit", "value", "low", "high", "source");
    assertThat(first.get("qualifier").asText()).isEqualTo("exact");
    assertThat(first.get("unit").asText()).isEqualTo("EUR");
    // 15.6 million: half a unit of the last digit, 0.05 million, either side
    assertThat(decimal(first, "value")).isEqualByComparingTo("15600000");
    assertThat(decimal(first, "low")).isEqualByComparingTo("15550000");
    assertThat(decimal(first, "high")).isEqualByComparingTo("15650000");
    JsonNode source = first.get("source");
    assertThat(fieldNames(source)).containsExactly("document", "title", "url", "locator", "quote");
    assertThat(source.get("document").asText()).isEqualTo("nordwind-prospectus-2026");
    assertThat(source.get("url").asText()).isEqualTo("https://example.com/nordwind/prospectus-2026.pdf");
    assertThat(source.get("quote").asText()).isEqualTo("Revenue for the year ended 31 March 2025 was EUR 15.6 million");
    // a document without a url has none; a note is given when the figure has one
    JsonNode press = reports.get(1);
    assertThat(fieldNames(press.get("source"))).containsExactly("document", "title", "locator", "quote");
    assertThat(press.get("note").asText()).isEqualTo("Disagrees with the prospectus (15.6 million); kept as printed");
    // "about 17 million": [16.5, 17.5] million widened by 5% of 17 million either side = [15.65, 18.35] million
    JsonNode translated = reports.get(2);
    assertThat(translated.get("qualifier").asText()).isEqualTo("about");
    assertThat(translated.get("unit").asText()).isEqualTo("USD");
    assertThat(decimal(translated, "low")).isEqualByComparingTo("15650000");
    assertThat(decimal(translated, "high")).isEqualByComparingTo("18350000");
    assertThat(translated.get("currencyNote").asText()).isEqualTo("US dollar translation printed by the article");
  }

  @Test
  void test_render_preferredIndex() {
    // "42" [41.5, 42.5] million is listed first, "42.0" [41.95, 42.05] second: the narrower is preferred
    JsonNode cash = figure("cash_reserves", "total", "2025-12-31");
    assertThat(cash.get("preferred").asInt()).isEqualTo(1);
    assertThat(texts(cash.get("reports"), "printed")).containsExactly("42 million EUR", "42.0 million EUR");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_render_sections() {
    JsonNode sections = JSON.get("sections");
    assertThat(texts(sections, "title"))
        .containsExactly("Growth", "Margins", "Ratios to revenue", "Cash burn and runway", "Per unit");
    for (int i = 0; i < sections.size(); i++) {
      assertThat(fieldNames(sections.get(i))).containsExactly("title", "calculations");
      assertThat(texts(sections.get(i).get("calculations"), "measure")).containsExactlyElementsOf(
          ANALYSIS.sections().get(i).results().stream().map(Calculation::label).toList());
    }
  }

  @Test
  void test_render_derivedCalculation() {
    String measure = "revenue growth " + FY25 + " over " + FY24;
    JsonNode c = calculation(measure);
    assertThat(fieldNames(c)).containsExactly("measure", "meaningful", "unit", "value", "low", "high", "display",
        "formula", "notes", "inputs");
    assertThat(c.get("meaningful").asBoolean()).isTrue();
    assertThat(c.get("unit").asText()).isEqualTo("%");
    // 15.6 / 12.0 - 1 = 30%; [15.55 / 12.05 - 1, 15.65 / 11.95 - 1] = [29.0456431535..., 30.9623430962...]%,
    // every digit the calculation holds
    Derived d = byLabel(measure).derived();
    assertThat(decimal(c, "value")).isEqualByComparingTo("30");
    assertThat(c.get("low").asText()).isEqualTo(d.range().low().toPlainString()).startsWith("29.0456431535");
    assertThat(c.get("high").asText()).isEqualTo(d.range().high().toPlainString()).startsWith("30.9623430962");
    assertThat(c.get("display").asText()).isEqualTo("30.00% [29.04%, 30.97%]");
    assertThat(c.get("formula").asText()).isEqualTo("(revenue " + FY25 + " / revenue " + FY24 + " - 1) x 100");
    assertThat(c.get("notes")).isEmpty();
    JsonNode inputs = c.get("inputs");
    assertThat(inputs).hasSize(2);
    JsonNode current = inputs.get(0);
    assertThat(fieldNames(current))
        .containsExactly("label", "unit", "value", "low", "high", "printed", "document");
    assertThat(current.get("label").asText()).isEqualTo("revenue " + FY25);
    assertThat(current.get("unit").asText()).isEqualTo("EUR");
    assertThat(decimal(current, "low")).isEqualByComparingTo("15550000");
    assertThat(current.get("printed").asText()).isEqualTo("15.6 million EUR");
    assertThat(current.get("document").asText()).isEqualTo("nordwind-prospectus-2026");
    assertThat(inputs.get(1).get("printed").asText()).isEqualTo("12.0 million EUR");
  }

  @Test
  void test_render_notesAndCalculatedInput() {
    JsonNode runway = calculation("cash runway from cash_reserves 2025-12-31 at monthly burn from adjusted_net_loss "
        + M9_26);
    // 42.0 / (4.2 / 9) = 90 months; [41.95 x 9 / 4.25, 42.05 x 9 / 4.15] = [88.8353, 91.1928]
    assertThat(runway.get("display").asText()).isEqualTo("90.00 months [88.83 months, 91.20 months]");
    assertThat(runway.get("notes")).hasSize(3);
    assertThat(runway.get("notes").get(1).asText()).isEqualTo("cash definition: Cash reserves (cash_reserves"
        + " 2025-12-31): Cash and cash equivalents plus short-term deposits");
    // the burn is itself a calculation: no printed amount, no document
    JsonNode burn = runway.get("inputs").get(1);
    assertThat(fieldNames(burn)).containsExactly("label", "unit", "value", "low", "high");
    assertThat(burn.get("label").asText()).isEqualTo("monthly burn from adjusted_net_loss " + M9_26);
    // 4.2 million / 9 = 466666.666...; [4.15 million / 9, 4.25 million / 9] = [461111.111..., 472222.222...]
    assertThat(decimal(burn, "value").setScale(4, RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("466666.6667");
    assertThat(burn.get("low").asText()).startsWith("461111.1111");
    assertThat(burn.get("high").asText()).startsWith("472222.2222");
  }

  @Test
  void test_render_notMeaningful() {
    JsonNode c = calculation("gross_profit growth " + FY25 + " over " + FY24);
    assertThat(fieldNames(c)).containsExactly("measure", "meaningful", "reason", "inputs");
    assertThat(c.get("meaningful").asBoolean()).isFalse();
    assertThat(c.get("reason").asText()).isEqualTo(
        "prior value -0.6 million EUR is not positive: growth from a negative base is not a percentage change");
    assertThat(texts(c.get("inputs"), "printed")).containsExactly("3.9 million EUR", "-0.6 million EUR");
    assertThat(decimal(c.get("inputs").get(1), "high")).isEqualByComparingTo("-550000");
  }

  @Test
  void test_render_decimalsAreStrings() {
    List<JsonNode> valued = new ArrayList<>();
    Consumer<JsonNode> collect = valued::add;
    JSON.get("figures").forEach(f -> f.get("reports").forEach(collect));
    JSON.get("sections").forEach(s -> s.get("calculations").forEach(c -> {
      if (c.get("meaningful").asBoolean()) {
        collect.accept(c);
      }
      c.get("inputs").forEach(collect);
    }));
    // 43 reports; every calculation and every input of one
    assertThat(valued).hasSizeGreaterThan(43);
    for (JsonNode n : valued) {
      BigDecimal value = decimal(n, "value");
      // an unbounded end ("over 40%") is null
      if (!n.get("low").isNull()) {
        assertThat(value).isGreaterThanOrEqualTo(decimal(n, "low"));
      }
      if (!n.get("high").isNull()) {
        assertThat(value).isLessThanOrEqualTo(decimal(n, "high"));
      }
    }
    assertThat(valued).anyMatch(n -> n.get("high").isNull());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_render_conflicts() {
    JsonNode conflicts = JSON.get("conflicts");
    assertThat(conflicts).hasSize(1);
    JsonNode c = conflicts.get(0);
    assertThat(fieldNames(c)).containsExactly("key", "first", "second", "rate");
    assertThat(c.get("key").asText()).isEqualTo("revenue/total/" + FY25);
    // [15.55, 15.65] and [16.05, 16.15] million have no value in common
    assertThat(c.get("first").get("printed").asText()).isEqualTo("15.6 million EUR");
    assertThat(c.get("second").get("printed").asText()).isEqualTo("16.1 million EUR");
    assertThat(c.get("second").get("source").get("document").asText()).isEqualTo("windpost-2026-02-12");
    assertThat(c.get("first")).isEqualTo(figure("revenue", "total", FY25).get("reports").get(0));
  }

  @Test
  void test_render_verdicts() {
    JsonNode json = parse(JsonReport.render(ChartFixtures.withVerdicts(ANALYSIS, VERDICTS)));
    assertThat(fieldNames(json))
        .containsExactly("format", "dataset", "figures", "exchangeRates", "sections", "projections", "conflicts",
            "verdictCounts", "verdicts");
    assertThat(texts(json.get("verdicts"), "id")).containsExactly("revenue-growth-fy2025",
        "revenue-growth-fy2025-press", "conflict:revenue/total/" + FY25, "conflict:cash_reserves/total/2025-12-31",
        "conflict:robots_in_service/total/2025-12-31");
    assertThat(texts(json.get("verdicts"), "verdict"))
        .containsExactly("CONSISTENT", "INCONSISTENT", "INCONSISTENT", "CONSISTENT", "CONSISTENT");
    assertThat(json.get("verdicts")).isEqualTo(parse(JsonReport.write(VerdictJson.toJson(VERDICTS))));
    // unlike the rest of the report, verdicts hold JSON numbers (docs/claims.md): every digit is in the text,
    // but a reader keeps them only if it reads decimals as such, not as doubles
    JsonNode exact = parseDecimals(JsonReport.render(ChartFixtures.withVerdicts(ANALYSIS, VERDICTS)));
    assertThat(exact.get("verdicts").get(0).get("computed").get("low").decimalValue())
        .isEqualByComparingTo(byLabel("revenue growth " + FY25 + " over " + FY24).derived().range().low());
    assertThat(json.get("verdicts").get(0).get("computed").get("low").isDouble()).isTrue();
    // the published claims and the source checks are counted apart
    JsonNode counts = json.get("verdictCounts");
    assertThat(counts.get("publishedClaims").toString()).isEqualTo("{\"total\":2,\"consistent\":1,"
        + "\"inconsistent\":1,\"undecidable\":0,\"unverifiable\":0,\"onlyWithinRounding\":0}");
    assertThat(counts.get("sourceChecks").toString()).isEqualTo("{\"total\":3,\"consistent\":2,"
        + "\"inconsistent\":1,\"undecidable\":0,\"unverifiable\":0,\"onlyWithinRounding\":0}");
    // everything before the verdicts is the report without them
    ((ObjectNode) json).remove(List.of("verdictCounts", "verdicts"));
    JsonNode without = JSON.deepCopy();
    ((ObjectNode) without).remove(List.of("verdictCounts", "verdicts"));
    assertThat(json).isEqualTo(without);
  }

  @Test
  void test_render_emptyVerdicts() {
    // an analysis without claims still ends with the (empty) array
    assertThat(fieldNames(JSON)).endsWith("conflicts", "verdictCounts", "verdicts");
    assertThat(JSON.get("verdictCounts").get("publishedClaims").get("total").asInt()).isZero();
    assertThat(JSON.get("verdicts").isArray()).isTrue();
    assertThat(JSON.get("verdicts")).isEmpty();
  }

  @Test
  void test_toJson_isTheRenderedTree() {
    assertThat(JsonReport.write(JsonReport.toJson(ANALYSIS))).isEqualTo(JsonReport.render(ANALYSIS))
        .endsWith("}\n").contains("\n  \"dataset\" : {");
  }

  @Test
  void test_render_nulls() {
    assertThatIllegalArgumentException().isThrownBy(() -> JsonReport.render(null))
        .withMessage("Argument 'analysis' must not be null");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_render_documentedExample() {
    // docs/report-json.md shows MiniMax revenue FY2024 and its growth: check the example is what the code gives
    JsonNode json = parse(JsonReport.render(Analysis.of(DatasetReader.bundled("minimax"))));
    assertThat(json.get("dataset").get("fiscalYearEnd").asText()).isEqualTo("12-31");
    JsonNode revenue = null;
    for (JsonNode f : json.get("figures")) {
      if (f.get("metric").asText().equals("revenue") && f.get("segment").asText().equals("total")
          && f.get("period").asText().equals("FY2024")) {
        revenue = f;
      }
    }
    assertThat(revenue).isNotNull();
    // 3052萬 (qbitai-seed) is listed first; 30523 thousand (datumintell), second, is the narrowest
    assertThat(revenue.get("preferred").asInt()).isEqualTo(1);
    JsonNode seed = revenue.get("reports").get(0);
    assertThat(seed.get("printed").asText()).isEqualTo("3052萬 USD");
    assertThat(seed.get("value").asText()).isEqualTo("30520000");
    assertThat(seed.get("low").asText()).isEqualTo("30515000");
    assertThat(seed.get("high").asText()).isEqualTo("30525000");
    JsonNode growth = json.get("sections").get(0).get("calculations").get(0);
    assertThat(growth.get("measure").asText()).isEqualTo("revenue growth FY2024 over FY2023");
    // 30523 / 3460 - 1 = 782.1676...%; [30522.5 / 3460.5 - 1, 30523.5 / 3459.5 - 1] = [782.0257%, 782.3096%]
    assertThat(growth.get("value").asText()).startsWith("782.1676");
    assertThat(growth.get("display").asText()).isEqualTo("782.17% [782.02%, 782.31%]");
    assertThat(growth.get("inputs").get(0).get("printed").asText()).isEqualTo("30523 thousand USD");
    assertThat(growth.get("inputs").get(0).get("document").asText()).isEqualTo("datumintell-05-financials");
    assertThat(texts(json.get("conflicts"), "key")).contains("revenue/total/FY2024");
  }
}
