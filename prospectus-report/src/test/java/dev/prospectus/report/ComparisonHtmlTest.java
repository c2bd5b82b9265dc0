package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.AnalysisSettings;
import dev.prospectus.analysis.CompanyComparison;
import dev.prospectus.analysis.ComparisonSettings;
import dev.prospectus.analysis.PeriodAlignment;
import dev.prospectus.io.DatasetReader;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonHtmlTest {

  private static final Analysis MINIMAX = Analysis.of(DatasetReader.bundled("minimax"), List.of(),
      AnalysisSettings.CALCULATIONS_ONLY);
  private static final Analysis ZHIPU = Analysis.of(DatasetReader.bundled("zhipu"), List.of(),
      AnalysisSettings.CALCULATIONS_ONLY);
  private static final CompanyComparison DEFAULT = CompanyComparison.of(List.of(MINIMAX, ZHIPU));
  private static final CompanyComparison SAME_YEAR_USD = CompanyComparison.of(List.of(MINIMAX, ZHIPU),
      ComparisonSettings.DEFAULT.withPeriods(PeriodAlignment.SAME_YEAR).withCurrency(Currency.getInstance("USD")));

  @Test
  void test_render_chartsSideBySide() throws Exception {
    String page = ComparisonHtml.render(SAME_YEAR_USD);
    // Well-formed XHTML: parses as XML.
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(ComparisonHtml.charts(SAME_YEAR_USD)).extracting(ComparisonHtml.Chart::id)
        .containsExactly("chart-growth-pct", "chart-ratio-to-revenue-pct", "chart-runway-months",
            "chart-first-day-return-pct");
    assertThat(page).contains("<h1>MiniMax beside Zhipu</h1>").contains("Runway side by side")
        .contains("Runway of the whole company (cash_and_equivalents, instant 2025, interim 2025 in every row)")
        .doesNotContain("<script");
    // Listing days differ, so only same-year alignment sets the first-day returns side by side.
    assertThat(ComparisonHtml.charts(DEFAULT)).extracting(ComparisonHtml.Chart::id)
        .containsExactly("chart-growth-pct", "chart-ratio-to-revenue-pct");
  }

  @Test
  void test_charts_oneUnitPerChart() {
    // Monthly burn in US$ for MiniMax and (no rate) nothing for Zhipu: no chart puts one company alone.
    for (ComparisonHtml.Chart chart : ComparisonHtml.charts(SAME_YEAR_USD)) {
      assertThat(chart.chart().getXYPlot().getDataset().getSeriesCount()).as(chart.id()).isEqualTo(2);
    }
    assertThat(ComparisonHtml.charts(SAME_YEAR_USD)).extracting(ComparisonHtml.Chart::id)
        .doesNotContain("chart-monthly-burn-USD");
  }

  @Test
  void test_category() {
    assertThat(ComparisonHtml.category(DEFAULT.rows().get(0))).isEqualTo("revenue FY2024 FY2023");
  }
}
