package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.AnalysisSettings;
import dev.prospectus.analysis.CompanyComparison;
import dev.prospectus.analysis.ComparisonSettings;
import dev.prospectus.analysis.PeriodAlignment;
import dev.prospectus.io.DatasetReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonReportTest {

  private static final Analysis MINIMAX = Analysis.of(DatasetReader.bundled("minimax"), List.of(),
      AnalysisSettings.CALCULATIONS_ONLY);
  private static final Analysis ZHIPU = Analysis.of(DatasetReader.bundled("zhipu"), List.of(),
      AnalysisSettings.CALCULATIONS_ONLY);
  private static final CompanyComparison DEFAULT = CompanyComparison.of(List.of(MINIMAX, ZHIPU));
  private static final CompanyComparison SAME_YEAR_USD = CompanyComparison.of(List.of(MINIMAX, ZHIPU),
      ComparisonSettings.DEFAULT.withPeriods(PeriodAlignment.SAME_YEAR).withCurrency(Currency.getInstance("USD")));

  @Test
  void test_text_oneScreen() {
    String text = ComparisonReport.text(DEFAULT);
    List<String> lines = text.lines().toList();
    assertThat(lines).allSatisfy(l -> assertThat(TextTable.width(l)).as(l).isLessThanOrEqualTo(120));
    assertThat(lines.size()).isLessThanOrEqualTo(40);
    assertThat(lines.subList(0, 2)).containsExactly("MiniMax (USD) beside Zhipu (CNY)",
        "================================");
    assertThat(lines).contains(
        "                                             MiniMax                          Zhipu",
        "Growth",
        "revenue growth FY2024 over FY2023            782.17% [782.02%, 782.31%]       150.858% [150.8569%, 150.8598%]",
        "Ratio to revenue",
        "adjusted_net_loss to revenue FY2024          800.05% [799.87%, 800.23%]       789.21% [789.191%, 789.227%]");
    // Only the rows both compute: no nine-month row, no six-month row.
    assertThat(text).doesNotContain("9M2025").doesNotContain("6M2025").contains("14 of 99 rows");
  }

  @Test
  void test_text_threeCompanies_fitsInColumns() {
    Analysis nordwind = Analysis.of(DatasetReader.read(java.nio.file.Path.of(
        "prospectus-analysis/src/test/resources/report/nordwind")), List.of(), AnalysisSettings.CALCULATIONS_ONLY);
    CompanyComparison three = CompanyComparison.of(List.of(MINIMAX, ZHIPU, nordwind));
    String text = ComparisonReport.text(three);
    assertThat(text.lines()).allSatisfy(l -> assertThat(TextTable.width(l)).as(l).isLessThanOrEqualTo(120));
    assertThat(text).startsWith("MiniMax (USD) beside Zhipu (CNY) beside Nordwind (EUR)\n").contains(
        "revenue growth FY2024 over FY2023\n"
        + "  782.17% [782.02%, 782.31%]             150.858% [150.8569%, 150.8598%]  50.00% [48.44%, 51.58%]\n"
        + "  note: periods differ, aligned by same-length: MiniMax FY2024, FY2023; Zhipu FY2024, FY2023; Nordwind\n"
        + "        2023-04-01..2024-03-31, 2022-04-01..2023-03-31\n");
    // Every row has wider cells: too wide for three columns, so one line per company.
    String all = ComparisonReport.text(three, true);
    assertThat(all.lines()).allSatisfy(l -> assertThat(TextTable.width(l)).as(l).isLessThanOrEqualTo(120));
    assertThat(all).contains("cost_of_revenue growth FY2024 over FY2023\n"
        + "  MiniMax   -\n"
        + "  Zhipu     209.890% [209.8850%, 209.8944%]\n"
        + "  Nordwind  -\n");
  }

  @Test
  void test_text_sameYear_notesAndRates() {
    String text = ComparisonReport.text(SAME_YEAR_USD);
    assertThat(text.lines()).allSatisfy(l -> assertThat(TextTable.width(l)).as(l).isLessThanOrEqualTo(120));
    assertThat(text).contains("revenue growth interim 2025 over interim 2024\n"
        + "                                174.68% [174.674%, 174.694%]                 325.12% [324.64%, 325.60%]\n"
        + "  note: periods differ, aligned by same-year: MiniMax 9M2025, 9M2024; Zhipu 6M2025, 6M2024\n");
    assertThat(text).contains("monthly burn from adjusted_net_loss interim 2025\n"
        + "                                US$20.70M [US$20.694M, US$20.706M]           no rate: RMB 292.00M\n");
  }

  @Test
  void test_text_convertedCellsNameTheirRate() {
    CompanyComparison cny = CompanyComparison.of(List.of(MINIMAX, ZHIPU), ComparisonSettings.DEFAULT
        .withCurrency(Currency.getInstance("CNY")));
    String text = ComparisonReport.text(cny, true);
    assertThat(text).contains("RMB 147.57M [RMB 146.77M, RMB 148.36M] *")
        .contains("*  MiniMax converted at usd-cny-163-net-loss-9m2025, 7.13 [7.092, 7.166] CNY per USD, implied by"
            + " 163-khd4ohsp055651k9\n");
  }

  @Test
  void test_json_everyRow() throws IOException {
    JsonNode root = new ObjectMapper().readTree(ComparisonReport.json(SAME_YEAR_USD));
    assertThat(root.get("format").asText()).isEqualTo("prospectus-analytics/compare@1");
    assertThat(root.get("currency").asText()).isEqualTo("USD");
    assertThat(root.get("periods").asText()).isEqualTo("same-year");
    assertThat(root.get("rows")).hasSize(SAME_YEAR_USD.rows().size());
    JsonNode growth = root.get("rows").get(0);
    assertThat(growth.get("subject").toString()).isEqualTo("[\"revenue/total/FY2024\",\"revenue/total/FY2023\"]");
    assertThat(growth.get("cells").get(1).get("value").asText()).isEqualTo("150.8583725449260466684867269427805");
    assertThat(growth.get("cells").get(1).get("low").asText()).isEqualTo("150.8569639107585204575291977982712");
    // No money in another currency than USD, and no conversion without the company's own rate.
    for (JsonNode row : root.get("rows")) {
      for (JsonNode cell : row.get("cells")) {
        if (cell.get("status").asText().equals("computed") && !List.of("%", "x", "months", "people", "users")
            .contains(cell.get("unit").asText())) {
          assertThat(cell.get("unit").asText()).as(row.get("label").asText()).isEqualTo("USD");
        }
      }
    }
    JsonNode burn = SAME_YEAR_USD.rows().stream().filter(r -> r.label().equals(
        "monthly burn from adjusted_net_loss interim 2025")).findFirst().map(r -> root.get("rows")
        .get(SAME_YEAR_USD.rows().indexOf(r))).orElseThrow();
    assertThat(burn.get("cells").get(1).get("status").asText()).isEqualTo("no_exchange_rate");
    assertThat(burn.get("cells").get(1).get("explanation").asText()).isEqualTo("Zhipu states no exchange rate"
        + " between CNY and USD that applies to 6M2025: monthly burn from adjusted_net_loss 6M2025 is shown in CNY"
        + " only");
    assertThat(burn.get("mixedPeriods").asBoolean()).isTrue();
  }

  @Test
  void test_csv_reportColumnsWithCompany() throws IOException {
    String csv = ComparisonReport.csv(DEFAULT);
    List<List<String>> lines = new ArrayList<>();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerFor(List.class).readValues(csv)) {
      it.forEachRemaining(lines::add);
    }
    assertThat(lines.get(0)).isEqualTo(ComparisonReport.CSV_COLUMNS);
    assertThat(lines.get(0).subList(0, 15)).containsExactly("dataset", "company", "section", "measure", "label",
        "subject", "meaningful", "printed", "value", "low", "high", "unit", "formula", "reason", "notes");
    assertThat(lines).hasSize(1 + DEFAULT.rows().size() * 2);
    assertThat(lines.get(2)).containsExactly("Zhipu", "Knowledge Atlas Technology JSC Ltd", "Growth", "growth",
        "revenue growth FY2024 over FY2023", "revenue/total/FY2024; revenue/total/FY2023", "true",
        "150.858% [150.8569%, 150.8598%]", "150.8583725449260466684867269427805",
        "150.8569639107585204575291977982712", "150.8597811904044966375589681822745", "%",
        "(revenue FY2024 / revenue FY2023 - 1) x 100", "", "", "revenue growth FY2024 over FY2023", "computed", "",
        "");
    // Zhipu computes no nine-month growth: its cell says why, with no number.
    assertThat(lines.get(4)).containsExactly("Zhipu", "Knowledge Atlas Technology JSC Ltd", "Growth", "growth",
        "revenue growth 9M2025 over 9M2024", "revenue/total/9M2025; revenue/total/9M2024", "", "", "", "", "", "",
        "", "Zhipu has no growth of revenue/total/9M2025, revenue/total/9M2024: its analysis does not compute it (a"
        + " figure it reads is missing, or in another unit)", "", "revenue growth 9M2025 over 9M2024", "not_computed",
        "", "");
  }
}
