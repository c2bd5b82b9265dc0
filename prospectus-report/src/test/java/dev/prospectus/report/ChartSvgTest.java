package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.DecimalRange;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class ChartSvgTest {

  private static Element parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
  }

  private static String svg(JFreeChart chart) {
    return ChartSvg.toSvg(chart, "test-svg");
  }

  @Test
  void test_toSvg_wellFormedScalableWithIdAndLabel() throws Exception {
    String svg = svg(ChartSvg.stackedBars(ChartData.revenueBySegment(ChartFixtures.analysis()).orElseThrow()));
    Element root = parse(svg);
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("id")).isEqualTo("test-svg");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0.0 0.0 880.0 400.0");
    // No fixed width or height: the page's CSS scales it to its box.
    assertThat(root.hasAttribute("width")).isFalse();
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-label")).isEqualTo("Revenue by period and segment");
  }

  @Test
  void test_stackedBars_drawsTitleLegendAndPeriods() {
    String svg = svg(ChartSvg.stackedBars(ChartData.revenueBySegment(ChartFixtures.analysis()).orElseThrow()));
    assertThat(svg).contains(">Revenue by period and segment<", ">FY2023<", ">FY2024<", ">6M2025<",
        ">Hardware &lt;devices&gt; &amp; parts<", ">Other or not allocated<", ">Total (no split reported)<");
    // The value axis label is rotated, which JFreeSVG draws as outlines, not text.
    // Series colours: hardware in the first, software in the second colour of the palette.
    assertThat(svg).contains("rgb(31,119,180)", "rgb(255,127,14)");
  }

  @Test
  void test_linesWithRanges_drawsEverySeries() {
    String svg = svg(ChartSvg.linesWithRanges(ChartData.ratiosToRevenue(ChartFixtures.analysis()).orElseThrow()));
    assertThat(svg).contains(">Compute and adjusted loss to revenue<", ">Training compute spend / revenue<",
        ">Adjusted net loss / revenue<", ">FY2023<", ">6M2025<");
  }

  @Test
  void test_cashRunway_labelsEachRunway() {
    String svg = svg(ChartSvg.cashRunway(ChartData.cashRunways(ChartFixtures.analysis()).get(0)));
    // The legend gives burn and runway with its range; the label at zero gives the months.
    assertThat(svg).contains(">months after 2025-06-30<", ">60.0 mo<", ">75.0 mo<",
        ">Adjusted net loss 6M2025: 1.00M a month, runway 60.0 [59.5, 60.6] months<",
        ">Operating cash flow 6M2025: 0.80M a month, runway 75.0 [74.2, 75.9] months<");
  }

  @Test
  void test_paths_andTornado() {
    String fan = svg(ChartSvg.paths(ChartData.runwayFan(ChartFixtures.analysis()).orElseThrow()));
    assertThat(fan).contains(">Runway fan: Monte Carlo cash paths<", ">months after 2025-06-30<");
    String tornado = svg(ChartSvg.tornado(ChartData.tornado(ChartFixtures.analysis()).orElseThrow()));
    // Bars labelled with the runway at each end: 60 / 0.9 = 66.7, 60 / 1.1 = 54.5, 54.0 and 66.0.
    assertThat(tornado).contains(">monthly burn<", ">cash<", ">input -10%<", ">input +10%<", ">66.7<", ">54.5<",
        ">54.0<", ">66.0<", ">runway, months<");
  }

  @Test
  void test_toSvg_blankId() {
    JFreeChart chart = ChartSvg.tornado(ChartData.tornado(ChartFixtures.analysis()).orElseThrow());
    assertThatIllegalArgumentException().isThrownBy(() -> ChartSvg.toSvg(chart, " "))
        .withMessageContaining("'id'");
  }

  //-------------------------------------------------------------------------
  // Values a chart cannot draw never stop a report: the chart leaves them out and says so.
  /** The text a chart shows, with the elements that hold it removed: a wrapped line reads as one. */
  private static String shown(String svg) {
    return svg.replaceAll("<[^>]+>", "");
  }

  private static ChartData.Point point(String category, String value) {
    BigDecimal v = new BigDecimal(value);
    return new ChartData.Point(category, v, v, v);
  }

  @Test
  void test_stackedBars_leavesOutWhatItCannotDrawAndSaysSo() throws Exception {
    ChartData.Panel panel = new ChartData.Panel("Revenue by period and segment", "EUR millions",
        List.of("FY2023", "FY2024"), List.of(
            new ChartData.Series("Hardware", List.of(point("FY2023", "12.0"), point("FY2024", "1E+399"))),
            new ChartData.Series("Software", List.of(point("FY2023", "6.0"), point("FY2024", "-2.5E+320")))));
    String svg = svg(ChartSvg.stackedBars(panel));
    parse(svg);
    assertThat(svg).contains(">FY2023<", ">FY2024<", ">Hardware<", ">Software<");
    assertThat(shown(svg)).contains("Not drawn, too large for a chart (see the tables): Hardware FY2024 (about"
        + " 10^399); Software FY2024 (about 10^320)");
  }

  @Test
  void test_linesWithRanges_leavesOutAPointWhoseRangeItCannotDraw() {
    BigDecimal huge = new BigDecimal("9.5E+350");
    ChartData.Panel panel = new ChartData.Panel("Gross margin by segment", "%", List.of("FY2023", "FY2024"),
        List.of(new ChartData.Series("Total", List.of(point("FY2023", "40.0"),
            new ChartData.Point("FY2024", new BigDecimal("45.0"), new BigDecimal("44.95"), huge)))));
    assertThat(shown(svg(ChartSvg.linesWithRanges(panel))))
        .contains("Not drawn, too large for a chart (see the tables): Total FY2024 (about 10^350)");
  }

  @Test
  void test_linesWithRanges_drawsTheLargestDrawable() throws Exception {
    // 10^300 is drawn: the axes' arithmetic stays within doubles.
    ChartData.Panel panel = new ChartData.Panel("Ratios", "%", List.of("FY2023", "FY2024"), List.of(
        new ChartData.Series("Big", List.of(point("FY2023", "-1E+300"), point("FY2024", "1E+300")))));
    String svg = svg(ChartSvg.linesWithRanges(panel));
    parse(svg);
    assertThat(svg).contains(">Big<").doesNotContain("Not drawn");
  }

  @Test
  void test_cashRunway_leavesOutRunwaysOfCenturiesAndUndrawableBurns() {
    ChartData.CashRunway runway = new ChartData.CashRunway("Cash at 2025-06-30 running down to the runway",
        "EUR millions", LocalDate.of(2025, 6, 30), new BigDecimal("60"),
        DecimalRange.ofClosed("59.5", "60.5"), List.of(
            new ChartData.RunwayLine("Net loss FY2024", new BigDecimal("1.0"), DecimalRange.ofClosed("0.99", "1.01"),
                new BigDecimal("60.0"), DecimalRange.ofClosed("58.9", "61.1")),
            // A burn of 0.0000001 a month: a runway of 600 million months, which would take as many points
            new ChartData.RunwayLine("Net loss 6M2025", new BigDecimal("0.0000001"),
                DecimalRange.ofClosed("0.00000009", "0.00000011"), new BigDecimal("600000000"),
                DecimalRange.ofClosed("540000000", "672222222.3")),
            new ChartData.RunwayLine("Net loss FY2023", new BigDecimal("1E-80"),
                DecimalRange.ofClosed("1E-81", "1E-79"), new BigDecimal("6E+81"),
                DecimalRange.ofClosed("6E+80", "6E+82")),
            new ChartData.RunwayLine("Operating cash flow", new BigDecimal("1E-350"),
                DecimalRange.ofClosed("1E-351", "1E+301"), new BigDecimal("6E+351"),
                DecimalRange.ofClosed("5E-300", "6E+352"))));
    String svg = svg(ChartSvg.cashRunway(runway));
    assertThat(svg).contains(">Net loss FY2024: 1.00M a month, runway 60.0 [58.9, 61.1] months<", ">60.0 mo<")
        .doesNotContain(">Net loss 6M2025:");
    assertThat(shown(svg)).contains("Not drawn, too large for a chart (see the tables): Net loss 6M2025 (a runway of"
        + " up to 672222222.3 months, beyond the 1200 this chart draws); Net loss FY2023 (a runway of up to about"
        + " 10^82 months, beyond the 1200 this chart draws); Operating cash flow (about 10^301)");
  }

  @Test
  void test_paths_leavesOutMonthsItCannotDraw() {
    ChartData.Paths paths = new ChartData.Paths("Runway scenarios", "EUR millions", LocalDate.of(2025, 6, 30), 3,
        Map.of("flat", List.of(new ChartData.MonthPoint(0, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN),
            new ChartData.MonthPoint(1, new BigDecimal("2E+305"), BigDecimal.ONE, new BigDecimal("2E+305")),
            new ChartData.MonthPoint(2, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))));
    String svg = svg(ChartSvg.paths(paths));
    assertThat(svg).contains(">flat<");
    assertThat(shown(svg)).contains("Not drawn, too large for a chart (see the tables): flat, month 1");
  }
}
