package dev.prospectus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectionsTest {

  private static final double TOL = 1e-9;
  private static final Dataset MINIMAX = DatasetReader.bundled("minimax");
  private static final Dataset ZHIPU = DatasetReader.bundled("zhipu");

  @Test
  void test_of_runwayScenariosFromTheLatestCashAndEachBurnDefinition() {
    Projections p = Projections.of(MINIMAX);
    assertThat(p.cash().orElseThrow().label()).isEqualTo("cash_reserves 2025-09-30");
    assertThat(p.runways()).extracting(Projections.LabelledRunway::label).containsExactly(
        "constant monthly burn from adjusted_net_loss 9M2025",
        "constant monthly burn from operating_cash_flow 9M2025",
        "burn shrinking 2% a month from monthly burn from adjusted_net_loss 9M2025",
        "burn growing 2% a month from monthly burn from adjusted_net_loss 9M2025",
        "constant monthly burn from adjusted_net_loss 9M2025, with IPO gross proceeds (issue costs not deducted)");
    // cash 11.02億 = 1102000000; the preferred 9M2025 adjusted net loss is the narrowest report, 1.863億:
    // burn 186300000 / 9 a month, runway 1102000000 x 9 / 186300000 = 53.2367149758...
    assertThat(p.runways().get(0).result().months().getAsDouble()).isCloseTo(1102000000.0 * 9 / 186300000, within(TOL));
  }

  @Test
  void test_of_operatingCashFlowBurn() {
    // operating cash flow 9M2025 printed as -2.09億: burn 209000000 / 9, runway 1102000000 x 9 / 209000000 = 47.45...
    double months = Projections.of(MINIMAX).runways().get(1).result().months().getAsDouble();
    assertThat(months).isCloseTo(1102000000.0 * 9 / 209000000, within(TOL));
  }

  @Test
  void test_of_proceedsInAnotherCurrencyAreNotAdded() {
    Projections p = Projections.of(ZHIPU);
    assertThat(p.runways()).noneMatch(r -> r.label().contains("IPO"));
    assertThat(p.notMade()).containsExactly(
        "IPO proceeds: ipo_net_proceeds is reported only in HKD, not CNY, and the dataset gives no exchange rate");
  }

  @Test
  void test_of_trendAndBreakEven() {
    Projections p = Projections.of(ZHIPU);
    // FY2022, FY2023, FY2024 and H1 2025 (annualised)
    assertThat(p.revenueTrend().orElseThrow().points()).hasSize(4);
    assertThat(p.breakEven()).isPresent();
    assertThat(Projections.of(MINIMAX).revenueTrend().orElseThrow().points()).hasSize(3);
  }

  @Test
  void test_of_monteCarloReproduces() {
    Projections first = Projections.of(MINIMAX);
    Projections second = Projections.of(MINIMAX);
    assertThat(first.monteCarlo().orElseThrow().p50().months())
        .isEqualTo(second.monteCarlo().orElseThrow().p50().months());
    assertThat(first.monteCarlo().orElseThrow().runs()).isEqualTo(AnalysisSettings.DEFAULT.monteCarloRuns());
  }

  @Test
  void test_of_settingsChooseTheProjectionsAndTheRuns() {
    AnalysisSettings few = AnalysisSettings.DEFAULT.withMonteCarloRuns(100).withSeed(7)
        .withProjections(EnumSet.of(AnalysisSettings.Projection.MONTE_CARLO));
    Projections p = Projections.of(MINIMAX, few);
    assertThat(p.monteCarlo().orElseThrow().runs()).isEqualTo(100);
    assertThat(p.monteCarlo().orElseThrow().config().seed()).isEqualTo(7);
    assertThat(p.runways()).isEmpty();
    assertThat(p.tornado()).isEmpty();
    assertThat(p.revenueTrend()).isEmpty();
    assertThat(p.breakEven()).isEmpty();
    // the starting cash is still named: the Monte Carlo starts from it
    assertThat(p.cash().orElseThrow().label()).isEqualTo("cash_reserves 2025-09-30");
    Projections none = Projections.of(MINIMAX, AnalysisSettings.CALCULATIONS_ONLY);
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.cash()).isEmpty();
    assertThat(none.notMade()).isEmpty();
    assertThat(AnalysisSettings.DEFAULT.withProjections(Set.of())).isEqualTo(AnalysisSettings.CALCULATIONS_ONLY);
  }

  @Test
  void test_of_nothingToProject() {
    Dataset minimal = DatasetReader.read(Path.of("prospectus-io/src/test/resources/fixtures/minimal/dataset.json"));
    Projections p = Projections.of(minimal);
    assertThat(p.isEmpty()).isTrue();
    assertThat(p.runways()).isEmpty();
    assertThat(p.notMade()).containsExactly(
        "runway: the dataset has no cash balance at a date",
        "revenue trend: A trend of 'revenue' needs at least 3 periods for a confidence interval on its growth rate"
            + " but has 1",
        "break-even: needs revenue, gross margin and a loss for at least 3 periods but has 0");
    assertThat(p.toString()).isEqualTo("Projections: 0 runway scenarios; not made: 3");
  }
}
