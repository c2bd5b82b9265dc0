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
  void test_ofCode_codeRoundTrip(Scale scale) {
    assertThat(Scale.ofCode(scale.code())).isEqualTo(scale);
  }

  @Test
  void test_ofCode_readsCodesOnly() {
    // Printed words such as 万 or bn are the format layer's (Vocabulary); a code is one spelling.
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.ofCode("万"))
        .withMessage("Unknown scale code '万': expected one of [one, thousand, 萬, million, 億, billion, 萬億]");
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.ofCode("Million"))
        .withMessage("Unknown scale code 'Million': expected one of [one, thousand, 萬, million, 億, billion, 萬億]");
  }

  @Test
  void test_ofCode_null() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.ofCode(null))
        .withMessage("Argument 'code' must not be null");
  }
}
