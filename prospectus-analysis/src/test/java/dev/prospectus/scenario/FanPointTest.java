package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.SEP_30_2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FanPointTest {

  @Test
  void test_toString_readable() {
    FanPoint point = new FanPoint(0, SEP_30_2025, new BigDecimal("-5"), new BigDecimal("10"), new BigDecimal("12"));
    assertThat(point.toString()).isEqualTo("month 0 (2025-09-30): P5 -5, P50 10, P95 12");
  }

  @Test
  void test_constructor_percentilesOutOfOrder() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new FanPoint(1, SEP_30_2025, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN))
        .withMessage("Invalid fan point: expected p5 <= p50 <= p95 but found 10, 1, 10");
  }

  @Test
  void test_constructor_negativeMonth() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new FanPoint(-1, SEP_30_2025, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))
        .withMessage("Argument 'month' must not be negative but has value -1");
  }
}
