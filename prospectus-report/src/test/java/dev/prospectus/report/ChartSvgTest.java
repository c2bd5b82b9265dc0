package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringReader;
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
}
