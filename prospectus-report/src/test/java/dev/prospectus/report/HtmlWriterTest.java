package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

  static Stream<Arguments> data_escape() {
    return Stream.of(
        Arguments.of("R&D", "R&amp;D"),
        Arguments.of("<script>", "&lt;script&gt;"),
        Arguments.of("say \"782.2%\"", "say &quot;782.2%&quot;"),
        Arguments.of("it's", "it&#39;s"),
        Arguments.of("營收3052萬美元", "營收3052萬美元"),
        Arguments.of("tab\tand\nnewline", "tab\tand\nnewline"),
        // XML 1.0 forbids these: a replacement character keeps the page well-formed.
        Arguments.of("bell\u0007", "bell\uFFFD"),
        Arguments.of("lone \uD800 surrogate", "lone \uFFFD surrogate"),
        Arguments.of("\uD83D\uDCC8 chart", "\uD83D\uDCC8 chart"));
  }

  @ParameterizedTest
  @MethodSource("data_escape")
  void test_escape(String text, String expected) {
    assertThat(HtmlWriter.escape(text)).isEqualTo(expected);
  }

  @Test
  void test_element_escapesTextAndAttributes() {
    String html = new HtmlWriter().element("a", "A & B", "href", "https://example.com/?a=1&b=2", "title", "\"x\"")
        .toString();
    assertThat(html).isEqualTo("<a href=\"https://example.com/?a=1&amp;b=2\" title=\"&quot;x&quot;\">A &amp; B</a>");
  }

  @Test
  void test_open_nullAttributeLeftOut() {
    assertThat(new HtmlWriter().open("td", "class", null, "id", "x").close("td").toString())
        .isEqualTo("<td id=\"x\"></td>");
  }

  @Test
  void test_open_oddAttributes() {
    assertThatIllegalArgumentException().isThrownBy(() -> new HtmlWriter().open("td", "class"))
        .withMessage("Attributes must come in name and value pairs but there are 1 strings");
  }

  @Test
  void test_raw_andNewline() {
    assertThat(new HtmlWriter().raw("<br/>").newline().text("a<b").toString()).isEqualTo("<br/>\na&lt;b");
  }
}
