package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalRangeTest {

  @Test
  void test_ofRounded_halfUnitOfLastDigit() {
    // 3.46 printed to 0.01: half a unit is 0.005
    assertThat(DecimalRange.ofRounded(new BigDecimal("3.46"))).isEqualTo(DecimalRange.ofClosed("3.455", "3.465"));
    assertThat(DecimalRange.ofRounded(new BigDecimal("346"))).isEqualTo(DecimalRange.ofClosed("345.5", "346.5"));
  }

  @Test
  void test_dividedBy_growthOfWorkedExample() {
    // DESIGN.md: 3052萬 / 346萬 - 1 lies in 30.515/3.465 - 1 = 7.8066... to 30.525/3.455 - 1 = 7.8350...
    DecimalRange fy24 = DecimalRange.ofClosed("30.515", "30.525");
    DecimalRange fy23 = DecimalRange.ofClosed("3.455", "3.465");
    DecimalRange growth = fy24.dividedBy(fy23).minus(DecimalRange.of(BigDecimal.ONE));
    assertThat(growth.roundedOutward(4)).isEqualTo(DecimalRange.ofClosed("7.8066", "7.8351"));
  }

  @Test
  void test_dividedBy_zeroInDivisor() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> DecimalRange.ofClosed("1", "2").dividedBy(DecimalRange.ofClosed("-0.05", "0.05")))
        .withMessage("Divisor range [-0.05, 0.05] contains zero");
  }
}
