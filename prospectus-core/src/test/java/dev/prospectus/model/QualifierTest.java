package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class QualifierTest {

  static Object[][] data_qualifiers() {
    return new Object[][] {
        {Qualifier.EXACT, "exact", false, false},
        {Qualifier.OVER, "over", true, false},
        {Qualifier.AT_LEAST, "at_least", true, false},
        {Qualifier.UNDER, "under", true, false},
        {Qualifier.AT_MOST, "at_most", true, false},
        {Qualifier.ABOUT, "about", false, true},
        {Qualifier.NEARLY, "nearly", false, true},
    };
  }

  @ParameterizedTest
  @MethodSource("data_qualifiers")
  void test_properties(Qualifier qualifier, String code, boolean openEnded, boolean approximate) {
    assertThat(qualifier.code()).isEqualTo(code);
    assertThat(Qualifier.parse(code)).isEqualTo(qualifier);
    assertThat(qualifier.isOpenEnded()).isEqualTo(openEnded);
    assertThat(qualifier.isApproximate()).isEqualTo(approximate);
  }

  @ParameterizedTest
  @EnumSource(Qualifier.class)
  void test_parse_codeRoundTrip(Qualifier qualifier) {
    assertThat(Qualifier.parse(qualifier.code())).isEqualTo(qualifier);
  }

  @Test
  void test_parse_caseAndSpace() {
    assertThat(Qualifier.parse(" AT_LEAST ")).isEqualTo(Qualifier.AT_LEAST);
    assertThat(Qualifier.parse("Nearly")).isEqualTo(Qualifier.NEARLY);
  }

  @Test
  void test_parse_unknown() {
    assertThatIllegalArgumentException().isThrownBy(() -> Qualifier.parse("at-least"))
        .withMessage("Unknown qualifier 'at-least': expected one of "
            + "[exact, over, at_least, under, at_most, about, nearly]");
    assertThatIllegalArgumentException().isThrownBy(() -> Qualifier.parse("約"))
        .withMessage("Unknown qualifier '約': expected one of [exact, over, at_least, under, at_most, about, nearly]");
  }

  @Test
  void test_parse_null() {
    assertThatIllegalArgumentException().isThrownBy(() -> Qualifier.parse(null))
        .withMessage("Argument 'code' must not be null");
  }
}
