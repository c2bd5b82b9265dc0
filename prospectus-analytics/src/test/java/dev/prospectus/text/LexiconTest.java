package dev.prospectus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LexiconTest {

  @Test
  void test_parse_entries() {
    Lexicon l = Lexicon.parse("# comment\n\nsegment talkie: 星野 | Talkie\nperiod months=9: 前三季度 | first nine months\n"
        + "other rank: 第{n} | top {n}\nderived revenue_share: share revenue\n", "mine");
    assertThat(l.entries()).hasSize(4);
    Lexicon.Entry months = l.entries(Lexicon.Section.PERIOD).get(0);
    assertThat(months.key()).isEqualTo("months");
    assertThat(months.value()).isEqualTo(OptionalInt.of(9));
    assertThat(months.words()).containsExactly("前三季度", "first nine months");
    assertThat(months.line()).isEqualTo(4);
    assertThat(months.toString()).isEqualTo("period months=9: 前三季度 | first nine months");
    assertThat(l.toString()).isEqualTo("Lexicon of 4 entries, 7 words (mine)");
  }

  static Object[][] data_errors() {
    return new Object[][] {
        {"metrc revenue: 營收", "'metrc' is not a section: expected one of [metric, segment, kind, period, other, "
            + "derived]"},
        {"metric Revenue: 營收", "'Revenue' is not a metric id: expected lower-case letters, digits and '_', starting "
            + "with a letter"},
        {"kind grwoth: 增長", "'grwoth' is not a kind of claim: expected one of [growth, decline, share, "
            + "ratio-to-revenue, cagr, monthly, runway, cumulative, excluding, conversion, rise-to, fall-to, exceed, "
            + "fall-behind, respectively, from]"},
        {"metric revenue: 營收 || revenue", "'metric revenue: 營收 || revenue' has an empty word: words are separated "
            + "by single '|'"},
        {"metric revenue 營收", "'metric revenue 營收' is not an entry: expected 'SECTION KEY: word | word', such as "
            + "'segment widgets: 小部件 | widgets'"},
        {"segment talkie: 星野{n}", "'星野{n}' has a slot, which a segment word cannot hold"},
        {"period months: 前三季度", "'前三季度' does not fit 'period months': see docs/checking-articles.md for its "
            + "slots and number"},
        {"period year: {y}年{q}", "'{y}年{q}' has an unknown slot {q}: expected {n}, {y}, {m}, {d} or {month}"},
        {"other rank: 第一", "'第一' must hold the slot {n} once, where the number stands"},
        {"derived revenue_share: share", "'share' is not a derivation: expected 'KIND BASE', such as 'growth revenue' "
            + "or 'share rnd_headcount headcount', with KIND one of [growth, share, ratio-to-revenue, cagr, monthly, "
            + "runway, cumulative, excluding]"}};
  }

  @ParameterizedTest
  @MethodSource("data_errors")
  void test_parse_errorsNameLineAndValue(String line, String problem) {
    assertThatThrownBy(() -> Lexicon.parse(line, "mine")).isInstanceOf(LexiconException.class)
        .hasMessage("mine at line 1: " + problem);
  }

  @Test
  void test_parse_errorCarriesItsParts() {
    LexiconException ex = (LexiconException) org.assertj.core.api.Assertions.catchThrowable(
        () -> Lexicon.parse("# ok\nkind nope: x", "data/acme/lexicon.txt"));
    assertThat(ex.origin()).isEqualTo("data/acme/lexicon.txt");
    assertThat(ex.line()).isEqualTo(2);
    assertThat(ex.value()).isEqualTo("nope");
  }

  @Test
  void test_standard_andBundled() {
    Lexicon standard = Lexicon.standard();
    assertThat(standard.origins()).containsExactly("classpath:/dev/prospectus/text/lexicon.txt");
    assertThat(standard.entries(Lexicon.Section.METRIC).stream().filter(e -> e.key().equals("revenue"))
        .flatMap(e -> e.words().stream())).contains("營收", "营收", "revenue");
    Lexicon minimax = Lexicon.bundled("minimax");
    assertThat(minimax.origins()).containsExactly("classpath:/dev/prospectus/text/lexicon.txt",
        "classpath:/datasets/minimax/lexicon.txt");
    assertThat(minimax.entries(Lexicon.Section.SEGMENT)).anyMatch(e -> e.key().equals("talkie"));
    assertThat(Lexicon.bundled("zhipu").entries()).hasSizeGreaterThan(standard.entries().size());
    assertThatThrownBy(() -> Lexicon.bundled("../x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid dataset name '../x': expected lower-case letters, digits, '_' and '-'");
  }

  @Test
  void test_read_besideAndWith(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("lexicon.txt"), "segment widgets: 小部件 | widgets\n");
    Lexicon beside = Lexicon.beside(dir.resolve("dataset.json"));
    assertThat(beside.origins()).endsWith(dir.resolve("lexicon.txt").toString());
    Lexicon more = Lexicon.standard().with(Lexicon.parse("metric revenue: 進賬\n", "extra"));
    assertThat(more.entries()).hasSize(Lexicon.standard().entries().size() + 1);
    assertThat(Lexicon.beside(Files.createDirectory(dir.resolve("empty")))).isSameAs(Lexicon.standard());
  }
}
