package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.SEP_30_2025;
import static dev.prospectus.scenario.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloResultTest {

  private static final MonteCarloRunway.Config FOUR_RUNS = MonteCarloRunway.Config.of(
      Distribution.fixed(BigDecimal.ONE), Distribution.fixed(BigDecimal.ZERO), 4, 1);

  private static List<FanPoint> flatFan(int horizon) {
    List<FanPoint> fan = new ArrayList<>();
    for (int k = 0; k <= horizon; k++) {
      fan.add(new FanPoint(k, SEP_30_2025.plusMonths(k), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }
    return fan;
  }

  private static MonteCarloResult result(List<Double> cashOutMonths) {
    return new MonteCarloResult(FOUR_RUNS, usd("1"), SEP_30_2025, 12, cashOutMonths, flatFan(12), List.of("x"));
  }

  @Test
  void test_percentile_censoredRunsAtHorizon() {
    // runs 2, 4 run out; two last beyond 12: sample 2, 4, 12, 12. P5 rank 1.15 -> 2.3;
    // P50 rank 2.5 -> 8, above the largest cash-out 4: beyond the horizon
    MonteCarloResult result = result(List.of(2.0, 4.0));
    assertThat(result.p5().months().getAsDouble()).isCloseTo(2.3, offset(1e-12));
    assertThat(result.p50().isCashOutWithinHorizon()).isFalse();
    assertThat(result.p95().isCashOutWithinHorizon()).isFalse();
    assertThat(result.percentile(25).months().getAsDouble()).isCloseTo(3.5, offset(1e-12));
  }

  @Test
  void test_percentile_noRunRunsOut() {
    assertThat(result(List.of()).p5().isCashOutWithinHorizon()).isFalse();
  }

  @Test
  void test_probabilityOfCashOutBefore_strictlyBefore() {
    // runs out at months 2, 3, 4 and one beyond: before month 3 (2025-12-30) only the first, 1/4
    MonteCarloResult result = result(List.of(2.0, 3.0, 4.0));
    assertThat(result.probabilityOfCashOutBefore(LocalDate.of(2025, 12, 30))).isEqualTo(0.25);
    assertThat(result.probabilityOfCashOutBefore(LocalDate.of(2025, 12, 31))).isEqualTo(0.5);
    assertThat(result.probabilityOfCashOutWithinHorizon()).isEqualTo(0.75);
  }

  @Test
  void test_probabilityOfCashOutBefore_beyondHorizon() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> result(List.of(2.0)).probabilityOfCashOutBefore(LocalDate.of(2026, 10, 1)))
        .withMessage("Argument 'date' must be after 2025-09-30 and not after the horizon's end 2026-09-30 but has"
            + " value 2026-10-01");
  }

  @Test
  void test_constructor_moreCashOutsThanRuns() {
    assertThatIllegalArgumentException().isThrownBy(() -> result(List.of(1.0, 2.0, 3.0, 4.0, 5.0)))
        .withMessage("Argument 'cashOutMonths' has 5 runs, more than the 4 simulated");
  }

  @Test
  void test_constructor_unsorted() {
    assertThatIllegalArgumentException().isThrownBy(() -> result(List.of(3.0, 2.0)))
        .withMessage("Argument 'cashOutMonths' must be ascending within 0 to 12 but has 2.0 at index 1");
  }

  @Test
  void test_constructor_fanOfWrongLength() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new MonteCarloResult(FOUR_RUNS, usd("1"), SEP_30_2025, 12, List.of(), flatFan(11),
            List.of()))
        .withMessage("Argument 'fan' must have 13 points, one per month from 0 to the horizon, but has 12");
  }
}
