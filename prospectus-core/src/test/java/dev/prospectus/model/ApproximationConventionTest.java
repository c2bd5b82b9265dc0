package dev.prospectus.model;

import static dev.prospectus.model.Fixtures.assertRange;
import static dev.prospectus.model.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ApproximationConventionTest {

  private static final DecimalRange FIVE_YI = DecimalRange.ofClosed("450000000", "550000000");

  @Test
  void test_default() {
    assertThat(ApproximationConvention.DEFAULT.aboutTolerance()).isEqualTo(dec("0.05"));
    assertThat(ApproximationConvention.DEFAULT.nearlyTolerance()).isEqualTo(dec("0.05"));
    assertThat(ApproximationConvention.DEFAULT).isEqualTo(ApproximationConvention.of(dec("0.05"), dec("0.05")));
  }

  static Object[][] data_widen_default() {
    return new Object[][] {
        // "約5億": rounding [4.5億, 5.5億], slack 5% of 5億 = 0.25億 either side: [4.25億, 5.75億]
        {"500000000", "450000000", "550000000", Qualifier.ABOUT, "425000000", "575000000"},
        // "近乎50%": rounding [49.5, 50.5], slack 5% of 50 = 2.5 below only: [47, 50.5]
        {"50", "49.5", "50.5", Qualifier.NEARLY, "47", "50.5"},
        // "about -24.7%": slack 5% of |-24.7| = 1.235; [-24.75 - 1.235, -24.65 + 1.235]
        {"-24.7", "-24.75", "-24.65", Qualifier.ABOUT, "-25.985", "-23.415"},
        // "fell nearly 50%" (-50): rounding [-50.5, -49.5], slack 2.5 toward zero only: [-50.5, -47]
        {"-50", "-50.5", "-49.5", Qualifier.NEARLY, "-50.5", "-47"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_widen_default")
  void test_widen_default(String printed, String low, String high, Qualifier qualifier, String expectedLow,
      String expectedHigh) {
    DecimalRange rounding = DecimalRange.ofClosed(low, high);
    assertRange(ApproximationConvention.DEFAULT.widen(dec(printed), rounding, qualifier), expectedLow, expectedHigh);
  }

  @Test
  void test_widen_customConvention() {
    // about 10%: 0.5億 either side of [4.5億, 5.5億]; nearly 2%: 0.1億 below
    ApproximationConvention wide = ApproximationConvention.of(dec("0.10"), dec("0.02"));
    assertThat(wide.widen(dec("500000000"), FIVE_YI, Qualifier.ABOUT)
        .isSameRange(DecimalRange.ofClosed("400000000", "600000000"))).isTrue();
    assertThat(wide.widen(dec("500000000"), FIVE_YI, Qualifier.NEARLY)
        .isSameRange(DecimalRange.ofClosed("440000000", "550000000"))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = Qualifier.class, names = {"EXACT", "OVER", "AT_LEAST", "UNDER", "AT_MOST"})
  void test_widen_exactAndOpenEndedKeepRounding(Qualifier qualifier) {
    assertThat(ApproximationConvention.DEFAULT.widen(dec("500000000"), FIVE_YI, qualifier)).isSameAs(FIVE_YI);
  }

  @Test
  void test_widen_zeroTolerance() {
    ApproximationConvention none = ApproximationConvention.of(dec("0"), dec("0"));
    assertThat(none.widen(dec("500000000"), FIVE_YI, Qualifier.ABOUT).isSameRange(FIVE_YI)).isTrue();
  }

  @Test
  void test_widen_nulls() {
    ApproximationConvention c = ApproximationConvention.DEFAULT;
    assertThatIllegalArgumentException().isThrownBy(() -> c.widen(null, FIVE_YI, Qualifier.ABOUT))
        .withMessage("Argument 'printedValue' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> c.widen(dec("5"), null, Qualifier.ABOUT))
        .withMessage("Argument 'rounding' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> c.widen(dec("5"), FIVE_YI, null))
        .withMessage("Argument 'qualifier' must not be null");
  }

  @Test
  void test_of_invalid() {
    assertThatIllegalArgumentException().isThrownBy(() -> ApproximationConvention.of(dec("-0.01"), dec("0.05")))
        .withMessage("Argument 'aboutTolerance' must not be negative but has value -0.01");
    assertThatIllegalArgumentException().isThrownBy(() -> ApproximationConvention.of(dec("0.05"), null))
        .withMessage("Argument 'nearlyTolerance' must not be null");
  }

  @Test
  void test_toString() {
    // 0.05 is 5%; 0.025 is 2.5%
    assertThat(ApproximationConvention.DEFAULT).hasToString("about \u00b15%, nearly -5%");
    assertThat(ApproximationConvention.of(dec("0.025"), dec("0.10"))).hasToString("about \u00b12.5%, nearly -10%");
  }
}
