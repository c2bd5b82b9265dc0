package dev.prospectus.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void test_money_roundsToWholeUnitsAndClampsInfinity() {
    // 865.88 -> 866; an overflowed -infinity becomes the most negative finite double
    assertThat(Checks.money(865.88)).isEqualTo(new BigDecimal("866"));
    assertThat(Checks.money(Double.NEGATIVE_INFINITY)).isEqualTo(new BigDecimal(-Double.MAX_VALUE));
  }

  @Test
  void test_toDouble_tooLarge() {
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.toDouble(new BigDecimal("1E+400"), "cash"))
        .withMessageStartingWith("Argument 'cash' is too large for the projection: 1000");
  }
}
