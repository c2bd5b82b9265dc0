package dev.prospectus.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class DistributionTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void test_toRealDistribution_parametersCarryOver() {
    Well19937c random = new Well19937c(1);
    assertThat(Distribution.fixed(d("7")).toRealDistribution(random).sample()).isEqualTo(7.0);
    RealDistribution normal = Distribution.normal(d("100"), d("10")).toRealDistribution(random);
    assertThat(normal.getNumericalMean()).isEqualTo(100.0);
    assertThat(normal.getNumericalVariance()).isEqualTo(100.0);
    RealDistribution uniform = Distribution.uniform(d("1"), d("3")).toRealDistribution(random);
    assertThat(uniform.getNumericalMean()).isEqualTo(2.0);
    // triangular mean (1 + 2 + 6) / 3 = 3
    RealDistribution triangular = Distribution.triangular(d("1"), d("2"), d("6")).toRealDistribution(random);
    assertThat(triangular.getNumericalMean()).isCloseTo(3.0, offset(1e-12));
    // log-normal median e^(ln 20) = 20: P(X <= 20) = 0.5
    RealDistribution logNormal = Distribution.logNormal(d("20"), d("0.1")).toRealDistribution(random);
    assertThat(logNormal.cumulativeProbability(20)).isCloseTo(0.5, offset(1e-12));
  }

  @Test
  void test_toString_readable() {
    assertThat(Distribution.fixed(d("7")).toString()).isEqualTo("Fixed(7)");
    assertThat(Distribution.normal(d("100"), d("10")).toString()).isEqualTo("Normal(mean 100, sd 10)");
    assertThat(Distribution.uniform(d("-1"), d("1")).toString()).isEqualTo("Uniform(-1, 1)");
    assertThat(Distribution.triangular(d("1"), d("2"), d("6")).toString()).isEqualTo("Triangular(1, 2, 6)");
    assertThat(Distribution.logNormal(d("20"), d("0.1")).toString()).isEqualTo("LogNormal(median 20, log sd 0.1)");
    // 209000000 / 9 = 23222222.222...: ten significant digits are shown, the value keeps them all
    assertThat(Distribution.uniform(d("20700000"), d("23222222.22222222222222222222222222")).toString())
        .isEqualTo("Uniform(20700000, 23222222.22)");
  }

  @Test
  void test_normal_zeroDeviation() {
    assertThatIllegalArgumentException().isThrownBy(() -> Distribution.normal(d("100"), BigDecimal.ZERO))
        .withMessage("Argument 'standardDeviation' must be positive but has value 0");
  }

  @Test
  void test_uniform_boundsOutOfOrder() {
    assertThatIllegalArgumentException().isThrownBy(() -> Distribution.uniform(d("2"), d("2")))
        .withMessage("Invalid uniform distribution: expected 'lower' < 'upper' but found 2 >= 2");
  }

  @Test
  void test_triangular_modeOutside() {
    assertThatIllegalArgumentException().isThrownBy(() -> Distribution.triangular(d("1"), d("7"), d("6")))
        .withMessage("Invalid triangular distribution: expected 'lower' <= 'mode' <= 'upper' and 'lower' < 'upper'"
            + " but found 1, 7, 6");
  }

  @Test
  void test_logNormal_nonPositiveMedian() {
    assertThatIllegalArgumentException().isThrownBy(() -> Distribution.logNormal(d("0"), d("0.1")))
        .withMessage("Argument 'median' must be positive but has value 0");
  }

  @Test
  void test_toRealDistribution_nullGenerator() {
    assertThatIllegalArgumentException().isThrownBy(() -> Distribution.fixed(d("1")).toRealDistribution(null))
        .withMessage("Argument 'random' must not be null");
  }
}
