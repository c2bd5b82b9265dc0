package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.text.ArticleCheck;
import dev.prospectus.text.ArticleChecker;
import dev.prospectus.text.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ArticleReportTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String TEXT = "MiniMax從2023年開始進行商業化,營收已達到346萬美元,2024年直接飆升到3052萬美元,"
      + "同比暴漲了728.2%。\n<script>alert(1)</script> & 其他：某比例為15%。";

  private static ArticleCheck check() {
    return ArticleChecker.of(DatasetReader.bundled("minimax"), Lexicon.bundled("minimax")).check(TEXT);
  }

  @Test
  void test_html_selfContainedWithEveryNumberHighlighted() throws Exception {
    String html = ArticleReport.html(check());
    Document doc = HtmlReportTest.parse(html);
    HtmlReportTest.assertSelfContained(doc);
    List<Element> details = HtmlReportTest.elements(doc, XHTML, "details");
    // every number (the "1" of the script too) and the comparison in words ("飆升到"), each once
    assertThat(details.stream().map(d -> d.getAttribute("class")).toList()).containsExactly("n v-not_a_claim",
        "n v-consistent", "n v-not_a_claim", "n v-consistent", "n v-consistent", "n v-inconsistent",
        "n v-unexplained", "n v-unexplained");
    Element wrong = details.get(5);
    assertThat(wrong.getAttribute("id")).isEqualTo("n56");
    Element summary = (Element) wrong.getElementsByTagNameNS(XHTML, "summary").item(0);
    assertThat(summary.getTextContent()).isEqualTo("728.2%");
    assertThat(summary.getAttribute("title")).startsWith("INCONSISTENT: growth of revenue, FY2024: growth: computed "
        + "[780.66%, 783.51%] lies above reported [728.15%, 728.25%]");
    assertThat(wrong.getTextContent()).contains("'3052萬美元' as printed, '346萬美元' as printed");
    // the text around the numbers is the text, escaped: the script is words on the page, not a script
    assertThat(html).contains("&lt;script&gt;alert(").contains("&lt;/script&gt; &amp; 其他");
    assertThat(HtmlReportTest.elements(doc, XHTML, "div").stream().filter(p -> p.getParentNode().getNodeName()
        .equals("article")).count()).isEqualTo(2);
    assertThat(HtmlReportTest.elements(doc, XHTML, "tr")).hasSize(1 + 8);
  }

  @Test
  void test_json_documentedShape() throws Exception {
    JsonNode root = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree(ArticleReport.json(check()));
    assertThat(root.get("format").asText()).isEqualTo("prospectus-analytics/article-check@1");
    assertThat(root.get("dataset").asText()).isEqualTo("MiniMax");
    assertThat(root.get("document").isNull()).isTrue();
    assertThat(root.get("counts").get("INCONSISTENT").asInt()).isEqualTo(1);
    JsonNode growth = root.get("findings").get(5);
    assertThat(growth.get("printed").asText()).isEqualTo("728.2%");
    assertThat(growth.get("start").asInt()).isEqualTo(56);
    assertThat(growth.get("line").asInt()).isEqualTo(1);
    assertThat(growth.get("kind").asText()).isEqualTo("amount");
    assertThat(growth.get("reading").get("claim").asText()).isEqualTo("growth");
    assertThat(growth.get("reading").get("metric").asText()).isEqualTo("revenue");
    assertThat(growth.get("reading").get("period").asText()).isEqualTo("FY2024");
    assertThat(growth.get("verdict").asText()).isEqualTo("INCONSISTENT");
    JsonNode row = growth.get("rows").get(0);
    assertThat(row.get("check").asText()).isEqualTo("growth");
    assertThat(row.get("fromVerifier").asBoolean()).isTrue();
    assertThat(row.get("verdict").get("computed").get("low").decimalValue())
        .isEqualByComparingTo("780.6637806637806637806637806637806");
    JsonNode words = root.get("findings").get(3);
    assertThat(words.get("kind").asText()).isEqualTo("words");
    assertThat(words.get("reading").get("claim").asText()).isEqualTo("comparison");
    JsonNode unexplained = root.get("findings").get(7);
    assertThat(unexplained.get("verdict").asText()).isEqualTo("UNEXPLAINED");
    assertThat(unexplained.get("candidates")).hasSize(3);
    assertThat(unexplained.get("candidates").get(0).get("unit").asText()).isEqualTo("%");
  }

  @Test
  void test_text_oneRowPerNumberAndRowsPerBasis() {
    String text = ArticleReport.text(ArticleChecker.of(DatasetReader.bundled("minimax"), Lexicon.bundled("minimax"))
        .withDocument("qbitai-seed").check("截至2025年9月30日,公司的現金儲備合計為11.02億美元。\n"
            + "賬上的現金也足夠支持正常運營53個月以上。"));
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo("Article check against MiniMax: the text is document 'qbitai-seed' of "
        + "dataset 'MiniMax'");
    assertThat(lines).filteredOn(l -> l.contains("53個月以上")).singleElement().asString()
        .containsPattern("^2 +47 +53個月以上 +UNDECIDABLE +runway of cash_and_equivalents, 2025-09-30, >= +runway: "
            + "the text leaves the basis open and the bases differ: ");
    assertThat(lines).filteredOn(l -> l.startsWith(" ") && l.contains("burn: adjusted_net_loss 9M2025"))
        .singleElement().asString()
        .containsPattern("^ +CONSISTENT +runway \\[cash: 11.02億美元 as printed; burn: adjusted_net_loss 9M2025\\] +"
            + "53.24 months \\[53.198 months, 53.276 months\\]");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("3 findings: 1 consistent, 0 inconsistent, 1 undecidable, "
        + "0 unverifiable, 0 unexplained, 1 not a claim");
  }
}
