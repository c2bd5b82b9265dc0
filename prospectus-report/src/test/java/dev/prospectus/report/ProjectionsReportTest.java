package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.AnalysisSettings;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import org.junit.jupiter.api.Test;

/** The projections as the JSON and text reports render them, for the bundled datasets. */
class ProjectionsReportTest {

  private static final Dataset MINIMAX = DatasetReader.bundled("minimax");
  private static final Dataset ZHIPU = DatasetReader.bundled("zhipu");

  @Test
  void test_json_projectionsNode() throws Exception {
    JsonNode root = new ObjectMapper().readTree(JsonReport.render(Analysis.of(MINIMAX)));
    JsonNode p = root.path("projections");
    assertThat(p.path("cash").path("value").asText()).isEqualTo("1102000000");
    assertThat(p.path("runways")).hasSize(5);
    assertThat(p.path("runways").get(0).path("path")).hasSize(AnalysisSettings.DEFAULT.horizonMonths() + 1);
    assertThat(p.path("runways").get(2).path("months").isNull()).isTrue();
    assertThat(p.path("monteCarlo").path("fan")).hasSize(AnalysisSettings.DEFAULT.horizonMonths() + 1);
    assertThat(p.path("sensitivity").path("rows").get(0).path("input").asText()).isEqualTo("monthly burn");
    assertThat(p.path("revenueTrend").path("periods").asInt()).isEqualTo(3);
  }

  @Test
  void test_text_projectionsSection() {
    String text = TextReport.full(Analysis.of(ZHIPU));
    assertThat(text).contains("Projections (under stated assumptions; not forecasts)")
        .contains("constant monthly burn from adjusted_net_loss 6M2025")
        .contains("Not projected:\n  - IPO proceeds: ipo_net_proceeds is reported only in HKD");
  }
}
