package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.SEP_30_2025;
import static dev.prospectus.scenario.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunwayResultTest {

  private static final Scenario SCENARIO = Scenario.of(usd("1200"), SEP_30_2025, BurnModel.constant(usd("100")),
      List.of(), 24);

  @Test
  void test_toString_rangeRoundedOutward() {
    // shortest 11.96 printed down to 11.9, longest 12.04 up to 12.1
    RunwayResult result = new RunwayResult(SCENARIO, Runway.cashOutAfter(SEP_30_2025, 24, 12.0),
        Runway.cashOutAfter(SEP_30_2025, 24, 11.96), Runway.cashOutAfter(SEP_30_2025, 24, 12.04), List.of(),
        List.of("cash of 1200", "constant burn"));
    assertThat(result.toString()).isEqualTo("Runway 12.0 months (cash out 2026-09) [11.9, 12.1] across input"
        + " rounding; projection assuming cash of 1200; constant burn");
  }

  @Test
  void test_toString_partlyBeyondHorizon() {
    RunwayResult result = new RunwayResult(SCENARIO, Runway.cashOutAfter(SEP_30_2025, 24, 23.5),
        Runway.cashOutAfter(SEP_30_2025, 24, 23.0), Runway.beyondHorizon(SEP_30_2025, 24), List.of(),
        List.of("a"));
    assertThat(result.toString()).isEqualTo("Runway 23.5 months (cash out 2027-09) [23.0, beyond 24] across input"
        + " rounding; projection assuming a");
  }

  @Test
  void test_constructor_nullRunway() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RunwayResult(SCENARIO, null, null, null, List.of(), List.of()))
        .withMessage("Argument 'runway' must not be null");
  }
}
