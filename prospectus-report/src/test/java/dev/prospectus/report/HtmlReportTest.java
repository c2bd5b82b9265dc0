package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.AnalysisSettings;
import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Relation;
import dev.prospectus.verify.SourceAgreement;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.VerdictStatus;
import dev.prospectus.verify.Verifier;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlReportTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  /** Parses the page as XML: it must be well-formed. */
  static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }

  static List<Element> elements(Document doc, String namespace, String tag) {
    NodeList nodes = doc.getElementsByTagNameNS(namespace, tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static Element table(Document doc, String cssClass) {
    return elements(doc, XHTML, "table").stream().filter(t -> t.getAttribute("class").equals(cssClass)).findFirst()
        .orElseThrow();
  }

  static List<Element> all(Document doc) {
    return elements(doc, "*", "*");
  }

  /**
   * The page loads nothing: no script, stylesheet, image, frame or object; no {@code src}; the
   * only URLs are hyperlinks ({@code <a href>}) to sources, and SVG references stay in the page.
   */
  static void assertSelfContained(Document doc) {
    for (String tag : List.of("script", "link", "img", "iframe", "object", "embed", "audio", "video", "source")) {
      assertThat(elements(doc, XHTML, tag)).as("<%s> elements", tag).isEmpty();
    }
    assertThat(elements(doc, XHTML, "style")).hasSize(1);
    assertThat(elements(doc, SVG, "image")).isEmpty();
    String style = elements(doc, XHTML, "style").get(0).getTextContent();
    assertThat(style).doesNotContain("@import", "url(");
    for (Element e : all(doc)) {
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr a = (Attr) attributes.item(i);
        if (XMLNS.equals(a.getNamespaceURI())) {
          continue;
        }
        String name = a.getLocalName();
        String value = a.getValue();
        assertThat(name).as("attribute on <%s>", e.getTagName()).isNotEqualTo("src");
        if (name.equals("href")) {
          boolean link = XHTML.equals(e.getNamespaceURI()) && e.getLocalName().equals("a");
          assertThat(link && (value.startsWith("https://") || value.startsWith("http://")) || value.startsWith("#"))
              .as("href '%s' on <%s>", value, e.getTagName()).isTrue();
        } else if (value.contains("url(")) {
          assertThat(value).as("%s on <%s>", name, e.getTagName()).matches(".*url\\(#[^)]+\\).*");
        } else {
          assertThat(value).as("%s on <%s>", name, e.getTagName()).doesNotContain("://");
        }
      }
    }
  }

  private static List<Verdict> fixtureVerdicts(Dataset ds) {
    // Growth FY2024 over FY2023: 20.0 / 10.0 - 1 = 100%, range [19.95 / 10.05 - 1, 20.05 / 9.95 - 1]
    // = [98.51%, 101.51%].
    return Verifier.verify(ds, List.of(
        Claim.id("growth-100").quote("revenue doubled", "widget-prospectus")
            .growth("revenue/total/FY2024", "revenue/total/FY2023").is("100%"),
        Claim.id("growth-150").quote("revenue grew 150%", "widget-news")
            .growth("revenue/total/FY2024", "revenue/total/FY2023").is("150%"),
        Claim.id("growth-over-100").quote("revenue more than doubled", "widget-prospectus")
            .growth("revenue/total/FY2024", "revenue/total/FY2023").is(Relation.GREATER, "100%"),
        Claim.id("growth-fy2025").quote("revenue grew 10% in 2025", "widget-prospectus")
            .growth("revenue/total/FY2025", "revenue/total/FY2024").is("10%")));
  }

  private static String fixturePage() {
    Analysis analysis = ChartFixtures.analysis();
    return HtmlReport.render(ChartFixtures.withVerdicts(analysis, fixtureVerdicts(analysis.dataset())));
  }

  private static List<String> chartIds(Document doc) {
    return elements(doc, XHTML, "figure").stream().map(e -> e.getAttribute("id")).toList();
  }

  @Test
  void test_render_wellFormedXhtml() throws Exception {
    Document doc = parse(fixturePage());
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(XHTML);
    assertThat(root.getLocalName()).isEqualTo("html");
    assertThat(root.getAttribute("lang")).isEqualTo("en");
    assertThat(elements(doc, XHTML, "title").get(0).getTextContent())
        .isEqualTo("Widgetco - prospectus-analytics report");
    assertThat(elements(doc, XHTML, "h1").get(0).getTextContent()).isEqualTo("Widgetco (Widget & Co. AG)");
  }

  @Test
  void test_render_opensWithTheSummary() throws Exception {
    String page = fixturePage();
    // The summary comes before the charts: headline figures with their ranges, then the verdict counts and
    // the inconsistent claims.
    assertThat(page.indexOf("<h2 id=\"summary\">Summary</h2>")).isPositive()
        .isLessThan(page.indexOf("<h2 id=\"charts\">"));
    Document doc = parse(page);
    Element headline = table(doc, "headline");
    List<String> rows = elements(doc, XHTML, "tr").stream().filter(r -> r.getParentNode().getParentNode() == headline)
        .map(r -> r.getTextContent()).toList();
    // Revenue FY2024 20.0 million EUR, 6M2025 12.0 million; growth 20.0 / 10.0 - 1 = 100% [98.50%, 101.51%].
    assertThat(rows).startsWith("measureFY20246M2025",
        "RevenueEUR 20.00M[EUR 19.95M, EUR 20.05M]EUR 12.00M[EUR 11.95M, EUR 12.05M]",
        "Revenue growth100.00%[98.50%, 101.51%]-");
    String summary = page.substring(page.indexOf("<h2 id=\"summary\">"), page.indexOf("<h2 id=\"charts\">"));
    assertThat(summary).contains("<tr class=\"verdict-inconsistent\"><td>growth-150</td>")
        .contains("<p>4 published claims: ");
  }

  @Test
  void test_render_selfContained() throws Exception {
    assertSelfContained(parse(fixturePage()));
  }

  @Test
  void test_render_everyChartPresentAsInlineSvg() throws Exception {
    Document doc = parse(fixturePage());
    assertThat(chartIds(doc)).containsExactly(HtmlReport.CHART_REVENUE, HtmlReport.CHART_MARGIN,
        HtmlReport.CHART_RATIOS, HtmlReport.CHART_RUNWAY + "-1", HtmlReport.CHART_SCENARIOS, HtmlReport.CHART_FAN,
        HtmlReport.CHART_TORNADO);
    for (Element figure : elements(doc, XHTML, "figure")) {
      NodeList svgs = figure.getElementsByTagNameNS(SVG, "svg");
      assertThat(svgs.getLength()).as(figure.getAttribute("id")).isEqualTo(1);
      Element svg = (Element) svgs.item(0);
      assertThat(svg.getAttribute("id")).isEqualTo(figure.getAttribute("id") + "-svg");
      // Something is drawn: more than the background and a title.
      assertThat(svg.getElementsByTagNameNS(SVG, "path").getLength() + svg.getElementsByTagNameNS(SVG, "rect")
          .getLength()).as(figure.getAttribute("id")).isGreaterThan(5);
      assertThat(figure.getElementsByTagNameNS(XHTML, "figcaption").item(0).getTextContent()).isNotBlank();
    }
    // Ids inside the SVGs (clip paths) are unique across the page.
    List<String> ids = all(doc).stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty()).toList();
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void test_render_verdictRowsClassedAndColouredByVerdict() throws Exception {
    String page = fixturePage();
    Document doc = parse(page);
    Element table = table(doc, "verdicts");
    NodeList rows = table.getElementsByTagNameNS(XHTML, "tbody").item(0).getChildNodes();
    List<String> classes = new ArrayList<>();
    for (int i = 0; i < rows.getLength(); i++) {
      if (rows.item(i) instanceof Element row) {
        classes.add(row.getAttribute("class"));
      }
    }
    assertThat(classes).containsExactly("verdict-consistent", "verdict-inconsistent", "verdict-undecidable",
        "verdict-unverifiable");
    String style = elements(doc, XHTML, "style").get(0).getTextContent();
    assertThat(style).contains("tr.verdict-consistent { background: #e6f4ea", "tr.verdict-inconsistent { background: "
        + "#fde7e9", "tr.verdict-undecidable { background: #fff4e0", "tr.verdict-unverifiable { background: #eceff1");
    // The claim's document is a link where it has a URL; the counts lead the section.
    assertThat(page).contains("<span class=\"badge consistent\">1 consistent</span>",
        "<span class=\"badge unverifiable\">1 unverifiable</span>",
        "<td class=\"num\">100.00% [98.50%, 101.51%]</td>");
  }

  @Test
  void test_render_verdictWithNothingComputedSpansTheReason() {
    Verdict agreement = new Verdict("agree:revenue/total/FY2024", VerdictStatus.CONSISTENT,
        Claim.id("agree").check(SourceAgreement.all()), Optional.empty(), Optional.empty(), Optional.empty(),
        "all 2 reports overlap within their rounding", List.of(), List.of());
    String page = HtmlReport.render(ChartFixtures.withVerdicts(ChartFixtures.analysis(), List.of(agreement)));
    assertThat(page).contains("<td colspan=\"4\">all 2 reports overlap within their rounding</td>");
  }

  @Test
  void test_render_figuresWithSourceLinks() throws Exception {
    String page = fixturePage();
    Document doc = parse(page);
    Element table = table(doc, "figures");
    assertThat(table.getElementsByTagNameNS(XHTML, "tbody").item(0).getChildNodes().getLength())
        .isGreaterThanOrEqualTo(18);
    List<String> links = elements(doc, XHTML, "a").stream().map(a -> a.getAttribute("href"))
        .filter(h -> !h.startsWith("#")).distinct().toList();
    // Only the prospectus has a URL; the news article's figures name it without a link.
    assertThat(links).containsExactly("https://example.com/widget/prospectus.pdf?lang=en&part=1");
    assertThat(page).contains("<td>Hardware &lt;devices&gt; &amp; parts</td>",
        "<span title=\"Widget news\">widget-news</span>",
        "Operating cash outflow of EUR 4.8 million &lt;in H1&gt; &amp; more",
        "<td class=\"num\">EUR 12.00M</td><td class=\"num\">[EUR 11.95M, EUR 12.05M]</td>");
  }

  @Test
  void test_render_projectionsAndCalculations() {
    String page = fixturePage();
    assertThat(page).contains("<h2 id=\"projections\">Projections (under stated assumptions; not forecasts)</h2>",
        "<td>constant monthly burn from adjusted_net_loss 6M2025</td><td class=\"num\">60.0 months</td>"
        + "<td class=\"num\">[59.5, 60.6]</td><td>2030-06</td>",
        "<h3>Ratios to revenue</h3>",
        "<td>training_compute_spend to revenue FY2024</td><td class=\"num\">25.00%</td>");
  }

  @Test
  void test_render_withoutVerdicts() throws Exception {
    String page = HtmlReport.render(ChartFixtures.analysis());
    Document doc = parse(page);
    assertThat(page).doesNotContain("id=\"verdicts\"", "href=\"#verdicts\"");
    assertSelfContained(doc);
  }

  @Test
  void test_render_bundledDefaultDataset() throws Exception {
    Dataset ds = DatasetReader.bundled("minimax");
    Analysis analysis = Analysis.of(ds, ClaimsReader.bundled("minimax", ds), AnalysisSettings.DEFAULT);
    String page = HtmlReport.render(analysis);
    Document doc = parse(page);
    assertSelfContained(doc);
    // Two cash balances, cash reserves and cash and equivalents: two runway charts.
    // ... and the offering chart, drawn in the "Offering and valuation" section of the calculations.
    assertThat(chartIds(doc)).containsExactly(HtmlReport.CHART_REVENUE, HtmlReport.CHART_MARGIN,
        HtmlReport.CHART_RATIOS, HtmlReport.CHART_RUNWAY + "-1", HtmlReport.CHART_RUNWAY + "-2",
        HtmlReport.CHART_SCENARIOS, HtmlReport.CHART_FAN, HtmlReport.CHART_TORNADO, HtmlReport.CHART_OFFERING);
    String offering = page.substring(page.indexOf("<h3>Offering and valuation</h3>"));
    offering = offering.substring(0, offering.indexOf("<h", 4));
    // From the range to the first day's close, each end of the printed range read to its 0.1.
    assertThat(offering).contains("<figure class=\"chart\" id=\"chart-offering\">", "<figcaption>Share price of"
        + " MiniMax, as printed: offer range low HK$151.00 [HK$150.95, HK$151.05], offer range high HK$165.00"
        + " [HK$164.95, HK$165.05], offer price HK$165.00 [HK$164.50, HK$165.50], first-day open HK$235.40"
        + " [HK$235.395, HK$235.405], first-day close HK$345.00 [HK$344.50, HK$345.50]; each with the range its"
        + " printed rounding allows as an error bar.</figcaption>");
  }

  @Test
  void test_offeringChart_leavesOutWhatTheDatasetLacks() {
    // Zhipu prints no offer price range and no opening price: the offer and the close only.
    Analysis zhipu = Analysis.of(DatasetReader.bundled("zhipu"));
    ChartData.Panel panel = ChartData.offeringPrices(zhipu).orElseThrow();
    assertThat(panel.categories()).containsExactly("Offer price", "First-day close");
    assertThat(panel.axisLabel()).isEqualTo("HK$ per share");
    assertThat(HtmlReport.offeringChart(zhipu).orElseThrow().caption()).isEqualTo("Share price of Zhipu, as printed:"
        + " offer price HK$116.20 [HK$116.195, HK$116.205], first-day close HK$131.50 [HK$131.495, HK$131.505];"
        + " each with the range its printed rounding allows as an error bar.");
    // No offer price, no chart.
    assertThat(HtmlReport.offeringChart(Analysis.of(ReportFixtures.MINIMAL))).isEmpty();
  }

  @Test
  void test_render_minimalDatasetHasOnlyTheChartsItsDataAllows() throws Exception {
    Document doc = parse(HtmlReport.render(Analysis.of(ReportFixtures.MINIMAL)));
    assertThat(chartIds(doc)).containsExactly(HtmlReport.CHART_REVENUE);
  }

  static Stream<String> data_external() {
    return Stream.of(
        "<script src=\"https://cdn.example.com/chart.js\"></script>",
        "<link rel=\"stylesheet\" href=\"https://cdn.example.com/site.css\"/>",
        "<img src=\"https://example.com/chart.png\"/>",
        "<div style=\"background: url(https://example.com/x.png)\"></div>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://example.com/x.png\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"https://example.com/x.svg#a\"/></svg>");
  }

  /** The check itself: each way a page could load something from the network is caught. */
  @ParameterizedTest
  @MethodSource("data_external")
  void test_assertSelfContained_catchesExternalResources(String element) throws Exception {
    String page = HtmlReport.render(ChartFixtures.analysis()).replace("</footer>", "</footer>" + element);
    Document doc = parse(page);
    assertThatThrownBy(() -> assertSelfContained(doc)).isInstanceOf(AssertionError.class);
  }

  @Test
  void test_render_nullArguments() {
    assertThatIllegalArgumentException().isThrownBy(() -> HtmlReport.render(null))
        .withMessage("Argument 'analysis' must not be null");
  }
}
