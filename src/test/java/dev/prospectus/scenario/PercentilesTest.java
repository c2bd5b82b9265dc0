package dev.prospectus.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void test_of_linearInterpolationR7() {
    // rank (n - 1) p + 1 over 1, 2, 3, 4: P50 at 2.5 -> 2.5; P5 at 1.15 -> 1.15; P95 at 3.85 -> 3.85
    double[] values = {4, 1, 3, 2};
    assertThat(Percentiles.of(values, 50)).isCloseTo(2.5, offset(1e-12));
    assertThat(Percentiles.of(values, 5)).isCloseTo(1.15, offset(1e-12));
    assertThat(Percentiles.of(values, 95)).isCloseTo(3.85, offset(1e-12));
    assertThat(Percentiles.of(values, 100)).isEqualTo(4.0);
  }

  @Test
  void test_of_empty() {
    assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.of(new double[0], 50))
        .withMessage("A percentile needs at least one value but the sample is empty");
  }

  @Test
  void test_of_percentOutOfRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.of(new double[] {1}, 0))
        .withMessage("Argument 'percent' must be above 0 and at most 100 but has value 0.0");
  }
}
