package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.prospectus.analysis.Analysis;
import dev.prospectus.io.DatasetReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDataTest {

  private static final double TOL = 1e-9;

  private static void assertPoint(ChartData.Point p, String category, String value, String low, String high) {
    assertThat(p.category()).isEqualTo(category);
    assertThat(p.value()).isEqualByComparingTo(value);
    assertThat(p.low()).isEqualByComparingTo(low);
    assertThat(p.high()).isEqualByComparingTo(high);
  }

  @Test
  void test_revenueBySegment_splitsByTheDimensionWithMostFigures() {
    ChartData.Panel panel = ChartData.revenueBySegment(ChartFixtures.analysis()).orElseThrow();
    assertThat(panel.title()).isEqualTo("Revenue by period and segment");
    assertThat(panel.axisLabel()).isEqualTo("EUR M");
    assertThat(panel.categories()).containsExactly("FY2023", "FY2024", "6M2025");
    // business has 4 segment figures, geography 1: business wins; Europe is not stacked.
    assertThat(panel.series()).extracting(ChartData.Series::name).containsExactly(
        "Hardware <devices> & parts", "Software", "Other or not allocated", "Total (no split reported)");
    List<ChartData.Point> hardware = panel.series().get(0).points();
    assertThat(hardware).hasSize(2);
    assertPoint(hardware.get(0), "FY2024", "12.0", "11.95", "12.05");
    assertPoint(hardware.get(1), "6M2025", "7.0", "6.95", "7.05");
    assertPoint(panel.series().get(1).points().get(0), "FY2024", "6.0", "5.95", "6.05");
  }

  @Test
  void test_revenueBySegment_otherPartOnlyWhereSegmentsFallShortBeyondRounding() {
    ChartData.Panel panel = ChartData.revenueBySegment(ChartFixtures.analysis()).orElseThrow();
    // FY2024: 20.0 - (12.0 + 6.0) = 2.0; range [19.95 - (12.05 + 6.05), 20.05 - (11.95 + 5.95)] = [1.85, 2.15].
    // 6M2025: 7.0 + 5.0 = 12.0, the total: no other part.
    List<ChartData.Point> other = panel.series().get(2).points();
    assertThat(other).hasSize(1);
    assertPoint(other.get(0), "FY2024", "2.0", "1.85", "2.15");
    List<ChartData.Point> unsplit = panel.series().get(3).points();
    assertThat(unsplit).hasSize(1);
    assertPoint(unsplit.get(0), "FY2023", "10.0", "9.95", "10.05");
  }

  @Test
  void test_revenueBySegment_bundledDatasetUsesBusinessSegments() {
    ChartData.Panel panel = ChartData.revenueBySegment(Analysis.of(DatasetReader.bundled("minimax"))).orElseThrow();
    assertThat(panel.axisLabel()).isEqualTo("US$ M");
    assertThat(panel.categories()).containsExactly("FY2023", "9M2024", "FY2024", "9M2025");
    assertThat(panel.series()).hasSize(2);
    // Consumer and enterprise add up to the total in every period: 0.758 + 2.702 = 3.460 ... no other part.
    // consumer FY2023: the table's 758 thousand, exact to the thousand
    assertPoint(panel.series().get(0).points().get(0), "FY2023", "0.758", "0.7575", "0.7585");
    assertPoint(panel.series().get(1).points().get(3), "9M2025", "15.417", "15.4165", "15.4175");
  }

  @Test
  void test_grossMarginBySegment_reportedMarginsAndComputedOnes() {
    ChartData.Panel panel = ChartData.grossMarginBySegment(ChartFixtures.analysis()).orElseThrow();
    assertThat(panel.title()).isEqualTo("Gross margin, total and by segment");
    assertThat(panel.axisLabel()).isEqualTo("%");
    assertThat(panel.categories()).containsExactly("FY2024", "6M2025");
    assertThat(panel.series()).extracting(ChartData.Series::name)
        .containsExactly("Total", "Hardware <devices> & parts", "Software");
    assertPoint(panel.series().get(0).points().get(0), "FY2024", "40.0", "39.95", "40.05");
    assertPoint(panel.series().get(0).points().get(1), "6M2025", "45.0", "44.95", "45.05");
    assertPoint(panel.series().get(1).points().get(0), "FY2024", "25.0", "24.95", "25.05");
    // Software: 4.2 / 6.0 = 70%; range [4.15 / 6.05, 4.25 / 5.95] = [68.5950..%, 71.4285..%].
    ChartData.Point software = panel.series().get(2).points().get(0);
    assertThat(software.value()).isEqualByComparingTo("70");
    assertThat(software.low()).isBetween(new BigDecimal("68.59504"), new BigDecimal("68.59505"));
    assertThat(software.high()).isBetween(new BigDecimal("71.42857"), new BigDecimal("71.42858"));
  }

  @Test
  void test_ratiosToRevenue_computeAndAdjustedLossAsComputed() {
    ChartData.Panel panel = ChartData.ratiosToRevenue(ChartFixtures.analysis()).orElseThrow();
    assertThat(panel.title()).isEqualTo("Compute and adjusted loss to revenue");
    assertThat(panel.categories()).containsExactly("FY2023", "FY2024", "6M2025");
    assertThat(panel.series()).extracting(ChartData.Series::name)
        .containsExactly("Training compute spend / revenue", "Adjusted net loss / revenue");
    // 5.0 / 20.0 = 25%; range [4.95 / 20.05, 5.05 / 19.95] = [24.6882..%, 25.3132..%].
    ChartData.Point compute = panel.series().get(0).points().get(0);
    assertThat(compute.category()).isEqualTo("FY2024");
    assertThat(compute.value()).isEqualByComparingTo("25");
    assertThat(compute.low()).isBetween(new BigDecimal("24.68827"), new BigDecimal("24.68828"));
    assertThat(compute.high()).isBetween(new BigDecimal("25.31328"), new BigDecimal("25.31329"));
    // 6.0 / 10.0 = 60%, 8.0 / 20.0 = 40%, 6.0 / 12.0 = 50%.
    assertThat(panel.series().get(1).points()).extracting(ChartData.Point::category)
        .containsExactly("FY2023", "FY2024", "6M2025");
    assertThat(panel.series().get(1).points()).extracting(ChartData.Point::value)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("60"), new BigDecimal("40"), new BigDecimal("50"));
  }

  @Test
  void test_cashRunways_oneLinePerBurnDefinition() {
    List<ChartData.CashRunway> charts = ChartData.cashRunways(ChartFixtures.analysis());
    assertThat(charts).hasSize(1);
    ChartData.CashRunway c = charts.get(0);
    assertThat(c.title()).isEqualTo("Cash reserves at 2025-06-30 running down to the runway");
    assertThat(c.axisLabel()).isEqualTo("EUR M");
    assertThat(c.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(c.cash()).isEqualByComparingTo("60.0");
    assertThat(c.cashRange().low()).isEqualByComparingTo("59.95");
    assertThat(c.lines()).extracting(ChartData.RunwayLine::name)
        .containsExactly("Adjusted net loss 6M2025", "Operating cash flow 6M2025");
    // Burn 6.0 / 6 = 1.0 a month: runway 60 months, range [59.95 / (6.05 / 6), 60.05 / (5.95 / 6)]
    // = [59.4545.., 60.5546..].
    ChartData.RunwayLine adjusted = c.lines().get(0);
    assertThat(adjusted.burn()).isEqualByComparingTo("1.0");
    assertThat(adjusted.months()).isEqualByComparingTo("60");
    assertThat(adjusted.monthsRange().low()).isBetween(new BigDecimal("59.4545"), new BigDecimal("59.4546"));
    assertThat(adjusted.monthsRange().high()).isBetween(new BigDecimal("60.5546"), new BigDecimal("60.5547"));
    // Operating outflow 4.8 / 6 = 0.8 a month: 60 / 0.8 = 75 months.
    assertThat(c.lines().get(1).burn()).isEqualByComparingTo("0.8");
    assertThat(c.lines().get(1).months()).isEqualByComparingTo("75");
  }

  @Test
  void test_runwayScenarios_pathsStopWhereCashRunsOut() {
    ChartData.Paths paths = ChartData.runwayScenarios(ChartFixtures.analysis()).orElseThrow();
    assertThat(paths.title()).isEqualTo("Runway scenarios: Cash reserves from 2025-06-30");
    assertThat(paths.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
    // The shrinking burn lasts beyond the 120-month horizon, so the chart shows all of it.
    assertThat(paths.lastMonth()).isEqualTo(120);
    assertThat(paths.paths().keySet()).containsExactly(
        "constant monthly burn from adjusted_net_loss 6M2025: 60.0 months",
        "constant monthly burn from operating_cash_flow 6M2025: 75.0 months",
        "burn shrinking 2% a month from monthly burn from adjusted_net_loss 6M2025: beyond 120 months",
        "burn growing 2% a month from monthly burn from adjusted_net_loss 6M2025: 39.8 months");
    List<ChartData.MonthPoint> constant = paths.paths().get(
        "constant monthly burn from adjusted_net_loss 6M2025: 60.0 months");
    // 60 - 1.0 t: month 0 is 60, month 60 is 0, month 61 the first below zero, where the path stops.
    assertThat(constant.get(0).value()).isEqualByComparingTo("60");
    assertThat(constant.get(30).value()).isEqualByComparingTo("30");
    assertThat(constant).hasSize(62);
    assertThat(constant.get(61).value()).isEqualByComparingTo("-1");
  }

  @Test
  void test_runwayFan_medianBetweenPercentiles() {
    ChartData.Paths fan = ChartData.runwayFan(ChartFixtures.analysis()).orElseThrow();
    assertThat(fan.title()).isEqualTo("Runway fan: Monte Carlo cash paths");
    assertThat(fan.axisLabel()).isEqualTo("EUR M");
    assertThat(fan.paths()).hasSize(1);
    String name = fan.paths().keySet().iterator().next();
    assertThat(name).startsWith("median cash, P5 to P95 band (10000 runs): runway P5 ")
        .endsWith(", P95 beyond 120 months");
    List<ChartData.MonthPoint> points = fan.paths().get(name);
    // P95 lasts beyond the horizon: months 0 to 120.
    assertThat(points).hasSize(121);
    assertThat(points.get(0).value()).isEqualByComparingTo("60");
    assertThat(points.get(0).low()).isEqualByComparingTo("60");
    assertThat(points).allSatisfy(p -> assertThat(p.low()).isLessThanOrEqualTo(p.value()));
    assertThat(points).allSatisfy(p -> assertThat(p.value()).isLessThanOrEqualTo(p.high()));
  }

  @Test
  void test_tornado_barsLargestSwingFirst() {
    ChartData.TornadoBars t = ChartData.tornado(ChartFixtures.analysis()).orElseThrow();
    assertThat(t.title()).isEqualTo("Runway sensitivity: each input \u00b110%, base 60.0 months");
    assertThat(t.base()).isCloseTo(60, within(TOL));
    assertThat(t.bars()).extracting(ChartData.TornadoBar::input).containsExactly("monthly burn", "cash");
    // Burn x 0.9 and x 1.1: 60 / 0.9 = 66.67, 60 / 1.1 = 54.55 (swing 12.1); cash 54 .. 66 (swing 12).
    assertThat(t.bars().get(0).atLow()).isCloseTo(60 / 0.9, within(1e-6));
    assertThat(t.bars().get(0).atHigh()).isCloseTo(60 / 1.1, within(1e-6));
    assertThat(t.bars().get(1).atLow()).isCloseTo(54, within(1e-6));
    assertThat(t.bars().get(1).atHigh()).isCloseTo(66, within(1e-6));
  }

  @Test
  void test_charts_emptyWithoutInputs() {
    Analysis bare = Analysis.of(ReportFixtures.MINIMAL);
    ChartData.Panel revenue = ChartData.revenueBySegment(bare).orElseThrow();
    assertThat(revenue.series()).extracting(ChartData.Series::name).containsExactly("Total");
    assertPoint(revenue.series().get(0).points().get(0), "FY2025", "12.5", "12.45", "12.55");
    assertThat(ChartData.grossMarginBySegment(bare)).isEmpty();
    assertThat(ChartData.ratiosToRevenue(bare)).isEmpty();
    assertThat(ChartData.cashRunways(bare)).isEmpty();
    assertThat(ChartData.runwayScenarios(bare)).isEmpty();
    assertThat(ChartData.runwayFan(bare)).isEmpty();
    assertThat(ChartData.tornado(bare)).isEmpty();
  }
}
