package dev.prospectus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class VocabularyTest {

  static Object[][] data_scale() {
    return new Object[][] {
        {"one", Scale.ONE},
        {"k", Scale.THOUSAND},
        {"K", Scale.THOUSAND},
        {"千", Scale.THOUSAND},
        {"Thousand", Scale.THOUSAND},
        {"萬", Scale.TEN_THOUSAND},
        {"万", Scale.TEN_THOUSAND},
        {"m", Scale.MILLION},
        {"mn", Scale.MILLION},
        {"Million", Scale.MILLION},
        // the figure parser reads 百萬 as a million, so the data files do too: one table
        {"百萬", Scale.MILLION},
        {"百万", Scale.MILLION},
        {"億", Scale.HUNDRED_MILLION},
        {"亿", Scale.HUNDRED_MILLION},
        {"bn", Scale.BILLION},
        {"B", Scale.BILLION},
        {"BILLION", Scale.BILLION},
        {"十億", Scale.BILLION},
        {"萬億", Scale.TRILLION},
        {"万亿", Scale.TRILLION},
        {"trillion", Scale.TRILLION},
        {"tn", Scale.TRILLION},
    };
  }

  @ParameterizedTest
  @MethodSource("data_scale")
  void test_scale(String word, Scale expected) {
    assertThat(Vocabulary.scale(word)).contains(expected);
  }

  @ParameterizedTest
  @EnumSource(Scale.class)
  void test_scale_everyCodeIsAWord(Scale scale) {
    assertThat(Vocabulary.scale(scale.code())).contains(scale);
  }

  @Test
  void test_scale_notAScale() {
    // 兆 is 10^12 in some usage and 10^6 in others; 千萬 is a multiplier no Scale holds
    assertThat(Vocabulary.scale("兆")).isEmpty();
    assertThat(Vocabulary.scale("千萬")).isEmpty();
    assertThat(Vocabulary.scale("萬美元")).isEmpty();
    assertThat(Vocabulary.scale(" 萬 ")).isEmpty();
    assertThat(Vocabulary.scale("")).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> Vocabulary.scale(null))
        .withMessage("Argument 'word' must not be null");
  }

  @Test
  void test_scaleWords_readBackAndComeFirstByLength() {
    assertThat(Vocabulary.scaleWords()).contains("百萬", "million", "bn", "萬億", "万")
        .allSatisfy(w -> assertThat(Vocabulary.scale(w)).isPresent());
    assertThat(Vocabulary.scaleWords().get(0)).isEqualTo("thousand");
  }

  static Object[][] data_symbol() {
    return new Object[][] {
        {"USD", "US$"},
        {"CNY", "RMB"},
        {"HKD", "HK$"},
        {"EUR", "EUR"},
        {"%", "%"},
        {"x", "x"},
        {"months", "months"},
        {"people", "people"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_symbol")
  void test_symbol(String code, String symbol) {
    assertThat(Vocabulary.symbol(Unit.parse(code))).isEqualTo(symbol);
  }

  static Object[][] data_unit() {
    return new Object[][] {
        {"美元", Optional.of(Unit.parse("USD"))},
        {"港元", Optional.of(Unit.parse("HKD"))},
        {"人民币", Optional.of(Unit.parse("CNY"))},
        {"%", Optional.of(Unit.PERCENT)},
        {"個月", Optional.of(Unit.MONTHS)},
        {"Months", Optional.of(Unit.MONTHS)},
        {"名員工", Optional.of(Unit.PEOPLE)},
        {"widgets", Optional.empty()},
        {"元", Optional.empty()},
    };
  }

  @ParameterizedTest
  @MethodSource("data_unit")
  void test_unit(String word, Optional<Unit> expected) {
    assertThat(Vocabulary.unit(word)).isEqualTo(expected);
  }
}
