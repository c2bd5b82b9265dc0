package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.SEP_30_2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CashPointTest {

  @Test
  void test_toString_readable() {
    assertThat(new CashPoint(12, SEP_30_2025.plusMonths(12), new BigDecimal("-1200")).toString())
        .isEqualTo("month 12 (2026-09-30): -1200");
  }

  @Test
  void test_constructor_nullCash() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CashPoint(0, SEP_30_2025, null))
        .withMessage("Argument 'cash' must not be null");
  }
}
