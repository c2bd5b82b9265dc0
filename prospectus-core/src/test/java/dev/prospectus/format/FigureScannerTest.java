package dev.prospectus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FigureScannerTest {

  private static List<String> found(String text) {
    return FigureScanner.scan(text).stream().map(f -> f.kind() + " " + f.text()).toList();
  }

  // text, what the scanner finds (kind and printed form, in order)
  static Object[][] data_scan() {
    return new Object[][] {
        {"營收已達到346萬美元,2024年直接飆升到3052萬美元,同比暴漲了782.2%",
            List.of("FIGURE 346萬美元", "FIGURE 2024年", "FIGURE 3052萬美元", "FIGURE 782.2%")},
        // qualifiers before and after, a plus in words, a range, a conversion in brackets
        {"累計融資金融超15億美元(折合人民幣約106億元)", List.of("FIGURE 超15億美元", "FIGURE 約106億元")},
        {"覆蓋了全球200多個國家和地區,支持40+種語言", List.of("FIGURE 200多個國家", "FIGURE 40+種語言")},
        {"足夠支持正常運營53個月以上", List.of("FIGURE 53個月以上")},
        {"OpenAI花了400億至550億美元", List.of("FIGURE 400億至550億美元")},
        {"超過2.2億小時(約2.5萬年)", List.of("FIGURE 超過2.2億小時", "FIGURE 約2.5萬年")},
        // English: currency before, scale words, thousands separators, per cent
        {"revenue of US$30.52 million, up 782%; 1,212,788 shares; 62 per cent",
            List.of("FIGURE US$30.52 million", "FIGURE 782%", "FIGURE 1,212,788 shares", "FIGURE 62 per cent")},
        {"more than 70% of revenue", List.of("FIGURE more than 70%")},
        // a currency code glued to its number is a currency, not a name; letters before it make it a name again
        {"revenue of RMB191 million and USD1.3 billion; code XRMB191", List.of("FIGURE RMB191 million",
            "FIGURE USD1.3 billion", "TOKEN XRMB191")},
        // names and codes are tokens, not figures
        {"MiniMax M2 and GPT-4 ranked 3rd; 9M2025 and FY2024", List.of("TOKEN M2", "TOKEN GPT-4", "TOKEN 3rd",
            "TOKEN 9M2025", "TOKEN FY2024")},
        // a full-width comma separates clauses, never thousands
        {"分別為100，200，300", List.of("FIGURE 100", "FIGURE 200", "FIGURE 300")},
        // a multiplier no scale holds
        {"估值1千萬美元", List.of("UNREADABLE 1千萬")},
        // "2025-09" is no range; digits joined by dashes are one token (a reader of dates takes it further)
        {"on 2025-09-30", List.of("TOKEN 2025-09-30")},
        {"", List.of()},
        {"沒有數字的一句話。", List.of()}};
  }

  @ParameterizedTest
  @MethodSource("data_scan")
  void test_scan(String text, List<String> expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @Test
  void test_scan_positionsAndFigures() {
    String text = "公司2023年收入為346萬美元";
    List<ScannedFigure> found = FigureScanner.scan(text);
    ScannedFigure revenue = found.get(1);
    assertThat(revenue.start()).isEqualTo(10);
    assertThat(revenue.end()).isEqualTo(16);
    assertThat(text.substring(revenue.start(), revenue.end())).isEqualTo("346萬美元");
    assertThat(revenue.figure().orElseThrow().amount().toString()).isEqualTo("346萬 USD");
    assertThat(revenue.figure().orElseThrow().qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(revenue.toString()).isEqualTo("FIGURE 10..16 '346萬美元'");
  }

  @Test
  void test_scan_moreWordsReadAsOver() {
    PrintedFigure f = FigureScanner.scan("全球200多個國家").get(0).figure().orElseThrow();
    assertThat(f.qualifier()).isEqualTo(Qualifier.OVER);
    assertThat(f.amount().toString()).isEqualTo("200 countries");
    assertThat(FigureParser.parse("1000余萬").amount().toString()).isEqualTo("1000萬 count");
  }

  @Test
  void test_scan_withoutRanges_readsEndsApart() {
    String text = "from US$3.46 million to US$30.52 million";
    assertThat(found(text)).containsExactly("FIGURE US$3.46 million to US$30.52 million");
    assertThat(FigureScanner.scan(text, 0, text.length(), Unit.parse("CNY"), false).stream()
        .map(ScannedFigure::text).toList()).containsExactly("US$3.46 million", "US$30.52 million");
  }

  @Test
  void test_scan_badArguments() {
    assertThatIllegalArgumentException().isThrownBy(() -> FigureScanner.scan(null))
        .withMessage("Argument 'text' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> FigureScanner.scan("12", 1, 5, Unit.parse("CNY"), true))
        .withMessage("Invalid bounds: expected 0 <= 'from' <= 'to' <= 2 but found 1 and 5");
    assertThatIllegalArgumentException().isThrownBy(() -> FigureScanner.scan("12", 0, 2, Unit.PERCENT, true))
        .withMessage("Argument 'defaultCurrency' must be a currency but has value '%'");
  }

  @Test
  void test_scannedFigure_checksItsParts() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ScannedFigure(3, 2, "x", ScannedFigure.Kind.TOKEN,
        java.util.Optional.empty(), java.util.Optional.empty()))
        .withMessage("Invalid span: expected 'start' < 'end' but found 3 >= 2");
    assertThatIllegalArgumentException().isThrownBy(() -> new ScannedFigure(0, 2, "M2", ScannedFigure.Kind.FIGURE,
        java.util.Optional.empty(), java.util.Optional.empty()))
        .withMessage("A FIGURE has a figure exactly when it is one");
  }

  @Test
  void test_vocabulary_wordsForRunningText() {
    assertThat(Vocabulary.qualifierWords(Qualifier.OVER)).contains("超過", "more than", "over").doesNotContain("約");
    assertThat(Vocabulary.qualifierWords(Qualifier.EXACT)).isEmpty();
    assertThat(Vocabulary.rangeSeparators()).contains("至", "to", "-");
    assertThat(Vocabulary.unit("per cent")).contains(Unit.PERCENT);
  }
}
