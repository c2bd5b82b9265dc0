package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.SEP_30_2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TornadoRowTest {

  @Test
  void test_swingMonths_absoluteDifference() {
    // burn 90 .. 110: 20.0 .. 16.36 months, swing 3.64 whichever end is longer
    TornadoRow row = new TornadoRow("monthly burn", Fixtures.USD, new BigDecimal("100"), new BigDecimal("90"),
        new BigDecimal("110"), Runway.cashOutAfter(SEP_30_2025, 120, 20.0),
        Runway.cashOutAfter(SEP_30_2025, 120, 1800 / 110.0));
    assertThat(row.swingMonths()).isCloseTo(20 - 1800 / 110.0, offset(1e-12));
    assertThat(row.toString()).isEqualTo("monthly burn: 20.0 .. 16.4 months (swing 3.6)");
  }

  @Test
  void test_swingMonths_beyondHorizonCountsAsHorizon() {
    // 110 .. beyond 120: at least 10 months
    TornadoRow row = new TornadoRow("cash", Fixtures.USD, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
        Runway.cashOutAfter(SEP_30_2025, 120, 110.0), Runway.beyondHorizon(SEP_30_2025, 120));
    assertThat(row.swingMonths()).isEqualTo(10.0);
    assertThat(row.toString()).isEqualTo("cash: 110.0 .. beyond 120 months (swing 10.0)");
  }

  @Test
  void test_constructor_blankInput() {
    Runway r = Runway.beyondHorizon(SEP_30_2025, 1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TornadoRow(" ", Fixtures.USD, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, r, r))
        .withMessage("Argument 'input' must not be blank but has value ' '");
  }
}
