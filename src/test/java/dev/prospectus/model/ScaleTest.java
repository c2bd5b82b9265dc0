package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScaleTest {

  static Object[][] data_scales() {
    return new Object[][] {
        {Scale.ONE, 0, "1", "one", ""},
        {Scale.THOUSAND, 3, "1000", "thousand", "thousand"},
        {Scale.TEN_THOUSAND, 4, "10000", "萬", "萬"},
        {Scale.MILLION, 6, "1000000", "million", "million"},
        {Scale.HUNDRED_MILLION, 8, "100000000", "億", "億"},
        {Scale.BILLION, 9, "1000000000", "billion", "billion"},
        {Scale.TRILLION, 12, "1000000000000", "萬億", "萬億"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_scales")
  void test_accessors(Scale scale, int exponent, String multiplier, String code, String suffix) {
    assertThat(scale.exponent()).isEqualTo(exponent);
    assertThat(scale.multiplier()).isEqualByComparingTo(multiplier);
    assertThat(scale.code()).isEqualTo(code);
    assertThat(scale.suffix()).isEqualTo(suffix);
  }

  @ParameterizedTest
  @EnumSource(Scale.class)
  void test_parse_codeRoundTrip(Scale scale) {
    assertThat(Scale.parse(scale.code())).isEqualTo(scale);
  }

  static Object[][] data_parse_aliases() {
    return new Object[][] {
        {"", Scale.ONE},
        {"ONE", Scale.ONE},
        {"k", Scale.THOUSAND},
        {"K", Scale.THOUSAND},
        {"千", Scale.THOUSAND},
        {"Thousand", Scale.THOUSAND},
        {"万", Scale.TEN_THOUSAND},
        {" 萬 ", Scale.TEN_THOUSAND},
        {"m", Scale.MILLION},
        {"mn", Scale.MILLION},
        {"Million", Scale.MILLION},
        {"亿", Scale.HUNDRED_MILLION},
        {"bn", Scale.BILLION},
        {"B", Scale.BILLION},
        {"BILLION", Scale.BILLION},
        {"万亿", Scale.TRILLION},
        {"trillion", Scale.TRILLION},
        {"tn", Scale.TRILLION},
    };
  }

  @ParameterizedTest
  @MethodSource("data_parse_aliases")
  void test_parse_aliases(String text, Scale expected) {
    assertThat(Scale.parse(text)).isEqualTo(expected);
  }

  @Test
  void test_parse_unknown() {
    // 兆 is 10^12 in some usage and 10^6 in others, so it is not read
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.parse("兆"))
        .withMessage("Unknown scale '兆': expected one of [one, thousand, 萬, 万, million, 億, 亿, billion, 萬億, 万亿,"
            + " trillion]");
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.parse("百萬"))
        .withMessage("Unknown scale '百萬': expected one of [one, thousand, 萬, 万, million, 億, 亿, billion, 萬億, 万亿,"
            + " trillion]");
  }

  @Test
  void test_parse_null() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.parse(null))
        .withMessage("Argument 'text' must not be null");
  }
}
