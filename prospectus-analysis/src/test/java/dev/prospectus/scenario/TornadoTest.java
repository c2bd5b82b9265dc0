package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.SEP_30_2025;
import static dev.prospectus.scenario.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TornadoTest {

  private static final Scenario SCENARIO = Scenario.of(usd("1200"), SEP_30_2025, BurnModel.constant(usd("100")),
      List.of(), 120);

  private static TornadoRow row(String input, double low, double high) {
    return new TornadoRow(input, Fixtures.USD, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
        Runway.cashOutAfter(SEP_30_2025, 120, low), Runway.cashOutAfter(SEP_30_2025, 120, high));
  }

  @Test
  void test_constructor_sortsBySwingThenName() {
    // swings 1, 3, 3: the two of 3 by name, then 1
    Tornado tornado = new Tornado(SCENARIO, BigDecimal.TEN, Runway.cashOutAfter(SEP_30_2025, 120, 12),
        List.of(row("b", 11, 12), row("z", 10, 13), row("a", 13, 10)));
    assertThat(tornado.rows()).extracting(TornadoRow::input).containsExactly("a", "z", "b");
  }

  @Test
  void test_constructor_nullRows() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Tornado(SCENARIO, BigDecimal.TEN, Runway.beyondHorizon(SEP_30_2025, 1), null))
        .withMessage("Argument 'rows' must not be null");
  }
}
