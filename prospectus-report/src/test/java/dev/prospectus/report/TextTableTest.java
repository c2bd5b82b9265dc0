package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextTableTest {

  static Stream<Arguments> data_width() {
    return Stream.of(
        Arguments.of("", 0),
        Arguments.of("revenue", 7),
        // two columns per 漢字, as a terminal draws them
        Arguments.of("營收", 4),
        Arguments.of("营收3052万", 4 + 4 + 2),
        // full-width forms (U+FF05 full-width percent) and ideographic punctuation (U+3001)
        Arguments.of("７８２％", 8),
        Arguments.of("、", 2),
        // Hangul syllables
        Arguments.of("매출", 4),
        // one code point outside the BMP (U+20000), two chars in Java, two columns
        Arguments.of("\uD840\uDC00", 2),
        // the ellipsis the report shortens labels with is narrow
        Arguments.of("\u2026", 1),
        Arguments.of("Umsatzwachstum über 30%", 23));
  }

  @ParameterizedTest
  @MethodSource("data_width")
  void test_width(String text, int columns) {
    assertThat(TextTable.width(text)).isEqualTo(columns);
  }

  @Test
  void test_render_padsByDisplayWidth() {
    // Column 1 is 14 wide ("revenue growth"); "營收" takes 4 columns, so it gets 10 spaces, not 12.
    // Column 2 is right-aligned and 6 wide ("782.17").
    String table = new TextTable("metric", "value").rightAligned(1)
        .row("營收", "30.52")
        .row("revenue growth", "782.17")
        .render("");
    assertThat(table).isEqualTo(""
        + "metric           value\n"
        + "--------------  ------\n"
        + "營收             30.52\n"
        + "revenue growth  782.17\n");
  }

  @Test
  void test_render_rightAlignsWideText() {
    // "１２" is 4 columns: right-aligned in a column 5 wide ("value") it gets one space, "7" gets four.
    String table = new TextTable("id", "value").rightAligned(1).row("a", "１２").row("b", "7").render("");
    assertThat(table).isEqualTo(""
        + "id  value\n"
        + "--  -----\n"
        + "a    １２\n"
        + "b       7\n");
  }

  @Test
  void test_render_stripsTrailingSpaces() {
    // Empty cells at the end of a row leave no padding behind, nor do short left-aligned last cells.
    String table = new TextTable("a", "b", "c").row("x", "", "").row("long", "y", null).render("");
    assertThat(table).isEqualTo(""
        + "a     b  c\n"
        + "----  -  -\n"
        + "x\n"
        + "long  y\n");
    assertThat(table.lines()).noneMatch(line -> line.endsWith(" "));
  }

  @Test
  void test_render_indent() {
    String table = new TextTable("k", "v").rightAligned(1).row("one", "1").render("  ");
    assertThat(table).isEqualTo(""
        + "  k    v\n"
        + "  ---  -\n"
        + "  one  1\n");
  }

  @Test
  void test_render_headersOnly() {
    TextTable table = new TextTable("measure", "value");
    assertThat(table.isEmpty()).isTrue();
    assertThat(table.render("")).isEqualTo("measure  value\n-------  -----\n");
    assertThat(table.row("x", "y").isEmpty()).isFalse();
  }

  @Test
  void test_row_arity() {
    TextTable table = new TextTable("measure", "value", "range");
    assertThatIllegalArgumentException().isThrownBy(() -> table.row("growth", "782.17%"))
        .withMessage("Table row has 2 cells but the table has 3 columns");
    assertThatIllegalArgumentException().isThrownBy(() -> table.row("a", "b", "c", "d"))
        .withMessage("Table row has 4 cells but the table has 3 columns");
    assertThat(table.isEmpty()).isTrue();
  }

  //-------------------------------------------------------------------------
  static Stream<Arguments> data_wrap() {
    return Stream.of(
        // greedy at spaces: "Robots in service" is 17, adding " at" would make 20
        Arguments.of("Robots in service at customer sites", 18, List.of("Robots in service", "at customer sites")),
        // a word wider than the width has a line of its own, whole
        Arguments.of("see reportify-cn-1200626408838270976 now", 10,
            List.of("see", "reportify-cn-1200626408838270976", "now")),
        // a figure key breaks after its slashes
        Arguments.of("cumulative_net_loss/total/2022-01-01..2025-09-30", 30,
            List.of("cumulative_net_loss/total/", "2022-01-01..2025-09-30")),
        // between two 漢字, as Chinese text breaks; each takes two columns
        Arguments.of("經調整淨虧損率", 6, List.of("經調整", "淨虧損", "率")),
        Arguments.of("", 5, List.of("")),
        Arguments.of("fits", 4, List.of("fits")));
  }

  @ParameterizedTest
  @MethodSource("data_wrap")
  void test_wrap_neverInsideAWord(String text, int width, List<String> lines) {
    assertThat(TextTable.wrap(text, width)).isEqualTo(lines);
  }

  @Test
  void test_render_fitsWidthByWrappingProseFirst() {
    // Natural widths 33 + 2 + 18 = 53 columns; within 40 the prose column narrows first, to 20 (the
    // narrowest prose gets before other columns narrow), and wraps at spaces; the range stays on one line.
    String table = new TextTable("measure", "range").wrapFirst(0)
        .row("revenue growth FY2024 over FY2023", "[782.02%, 782.31%]")
        .render("", 40);
    assertThat(table).isEqualTo(""
        + "measure" + " ".repeat(13) + "  range\n"
        + "-".repeat(20) + "  " + "-".repeat(18) + "\n"
        + "revenue growth" + " ".repeat(6) + "  [782.02%, 782.31%]\n"
        + "FY2024 over FY2023\n");
    assertThat(table.lines()).allMatch(l -> TextTable.width(l) <= 40);
  }

  @Test
  void test_render_staysWiderThanItsLongestWords() {
    // Words of 12 and 13 columns cannot fit 20 with the gap: the table keeps them whole.
    String table = new TextTable("a", "b").row("abcdefghijkl", "abcdefghijklm").render("", 20);
    assertThat(table.lines().toList()).containsExactly("a" + " ".repeat(13) + "b",
        "-".repeat(12) + "  " + "-".repeat(13), "abcdefghijkl  abcdefghijklm");
  }

  @Test
  void test_paragraph_hangingIndent() {
    assertThat(TextTable.paragraph("  - ", "one two three four", 12)).isEqualTo("  - one two\n    three\n    four\n");
  }
}
