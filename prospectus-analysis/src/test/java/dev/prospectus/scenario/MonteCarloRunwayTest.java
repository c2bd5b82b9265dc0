package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.SEP_30_2025;
import static dev.prospectus.scenario.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloRunwayTest {

  private static final Distribution NO_GROWTH = Distribution.fixed(BigDecimal.ZERO);

  @Test
  void test_simulate_zeroVarianceEqualsDeterministicRunway() {
    // every run draws B 10, g 2%: each percentile is the closed form ln 3 / ln 1.02 = 55.4781076387804
    MonteCarloResult result = MonteCarloRunway.simulate(usd("1000"), SEP_30_2025, List.of(), 120,
        MonteCarloRunway.Config.of(Distribution.fixed(BigDecimal.TEN), Distribution.fixed(new BigDecimal("2")),
            500, 7));
    double deterministic = RunwayProjection.project(usd("1000"), SEP_30_2025,
        BurnModel.geometric(usd("10"), new BigDecimal("2")), List.of(), 120).months().getAsDouble();
    assertThat(result.p5().months().getAsDouble()).isEqualTo(deterministic);
    assertThat(result.p50().months().getAsDouble()).isEqualTo(deterministic);
    assertThat(result.p95().months().getAsDouble()).isEqualTo(deterministic);
    assertThat(deterministic).isCloseTo(55.47810763878044, offset(1e-9));
    assertThat(result.probabilityOfCashOutWithinHorizon()).isEqualTo(1.0);
    // fan: at month 12 every run holds 1000 - 10 (1.02^12 - 1) / 0.02 = 1000 - 134.12 = 865.88 -> 866
    FanPoint month12 = result.fan().get(12);
    assertThat(month12.month()).isEqualTo(12);
    assertThat(month12.date()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(month12.p5()).isEqualByComparingTo("866");
    assertThat(month12.p50()).isEqualByComparingTo("866");
    assertThat(month12.p95()).isEqualByComparingTo("866");
  }

  @Test
  void test_simulate_normalBurnMatchesClosedFormQuantiles() {
    // runway = 1200 / B with B ~ Normal(100, 10), a decreasing map, so quantiles map across:
    // P50 = 1200 / 100 = 12; P5 = 1200 / (100 + 1.644854 x 10) = 10.304981; P95 = 1200 / (100 - 16.44854) = 14.362405.
    // Standard error of a sample quantile = sqrt(p (1 - p) / N) / f(q); with N = 20000 and f the runway's
    // density (f_B(b) x B^2 / 1200): P50 0.0106, P5 0.0132, P95 0.0257. Tolerance about 5 standard errors.
    MonteCarloResult result = MonteCarloRunway.simulate(usd("1200"), SEP_30_2025, List.of(), 120,
        MonteCarloRunway.Config.of(Distribution.normal(new BigDecimal("100"), BigDecimal.TEN), NO_GROWTH,
            20_000, 42));
    double p5 = result.p5().months().getAsDouble();
    double p50 = result.p50().months().getAsDouble();
    double p95 = result.p95().months().getAsDouble();
    assertThat(p50).isCloseTo(12.0, offset(0.06));
    assertThat(p5).isCloseTo(10.304981397298596, offset(0.07));
    assertThat(p95).isCloseTo(14.36240547348015, offset(0.13));
    assertThat(p5).isLessThan(p50);
    assertThat(p50).isLessThan(p95);
    // P(runway < 12 months) = P(B > 100) = 0.5; standard error sqrt(0.25 / 20000) = 0.0035
    assertThat(result.probabilityOfCashOutBefore(LocalDate.of(2026, 9, 30))).isCloseTo(0.5, offset(0.018));
  }

  @Test
  void test_simulate_prospectusFiguresWithUncertainGrowth() {
    // cash 11.02億 and a first month's burn of 20,666,667 (1.86億 / 9): C / B = 53.32257978.
    // The runway T(g) = ln(1 + g C / B) / ln(1 + g) decreases in g, so with g ~ Uniform(-1%, 1%) its
    // quantiles are T at g's opposite quantiles: P5 = T(0.9%) = 43.748662, P50 = T(0) = 53.322580,
    // P95 = T(-0.9%) = 72.310456. Standard error of g's quantiles with N = 5000 (density 0.5 per point):
    // P5/P95 sqrt(0.05 x 0.95 / 5000) / 0.5 = 0.0062 points, P50 0.0141; times |T'(g)| of 8.18, 13.95 and
    // 32.69 months a point: 0.050, 0.197 and 0.202 months. Tolerance 5 standard errors.
    MonteCarloResult result = MonteCarloRunway.simulate(Fixtures.cash1102(), SEP_30_2025, List.of(), 120,
        MonteCarloRunway.Config.of(Distribution.fixed(new BigDecimal("20666667")),
            Distribution.uniform(new BigDecimal("-1"), BigDecimal.ONE), 5_000, 2025));
    assertThat(result.p5().months().getAsDouble()).isCloseTo(43.74866150570697, offset(0.25));
    assertThat(result.p50().months().getAsDouble()).isCloseTo(53.32257978511968, offset(1.0));
    assertThat(result.p95().months().getAsDouble()).isCloseTo(72.31045569521503, offset(1.0));
  }

  @Test
  void test_simulate_sameSeedSameResult() {
    MonteCarloRunway.Config config = MonteCarloRunway.Config.of(
        Distribution.normal(new BigDecimal("100"), BigDecimal.TEN), Distribution.triangular(
            new BigDecimal("-1"), BigDecimal.ZERO, new BigDecimal("2")), 1_000, 123);
    MonteCarloResult first = MonteCarloRunway.simulate(usd("1200"), SEP_30_2025, List.of(), 60, config);
    MonteCarloResult second = MonteCarloRunway.simulate(usd("1200"), SEP_30_2025, List.of(), 60, config);
    assertThat(second).isEqualTo(first);
    assertThat(second.cashOutMonths()).isEqualTo(first.cashOutMonths());
    assertThat(second.fan()).isEqualTo(first.fan());
  }

  @Test
  void test_simulate_differentSeedDifferentResult() {
    MonteCarloResult first = MonteCarloRunway.simulate(usd("1200"), SEP_30_2025, List.of(), 60,
        MonteCarloRunway.Config.of(Distribution.normal(new BigDecimal("100"), BigDecimal.TEN), NO_GROWTH, 1_000, 1));
    MonteCarloResult second = MonteCarloRunway.simulate(usd("1200"), SEP_30_2025, List.of(), 60,
        MonteCarloRunway.Config.of(Distribution.normal(new BigDecimal("100"), BigDecimal.TEN), NO_GROWTH, 1_000, 2));
    assertThat(second.cashOutMonths()).isNotEqualTo(first.cashOutMonths());
    assertThat(second.p50().months().getAsDouble()).isNotEqualTo(first.p50().months().getAsDouble());
  }

  @Test
  void test_simulate_injectionCountsInEveryRun() {
    // 1200 - 100 t plus 600 at month 6: 18 months in every run
    MonteCarloResult result = MonteCarloRunway.simulate(usd("1200"), SEP_30_2025,
        List.of(CashInjection.of("IPO", usd("600"), LocalDate.of(2026, 3, 30))), 60,
        MonteCarloRunway.Config.of(Distribution.fixed(new BigDecimal("100")), NO_GROWTH, 10, 1));
    assertThat(result.p50().months().getAsDouble()).isCloseTo(18.0, offset(1e-9));
  }

  @Test
  void test_simulate_cashOutsideHorizonIsCensored() {
    // burn uniform on [5, 15] with cash 1200: runway 1200 / B in [80, 240]; horizon 120 months is reached
    // when B < 10, half of the runs: P95 is beyond the horizon, P5 = 1200 / 14.5 = 82.76 (B's 95th percentile)
    MonteCarloResult result = MonteCarloRunway.simulate(usd("1200"), SEP_30_2025, List.of(), 120,
        MonteCarloRunway.Config.of(Distribution.uniform(new BigDecimal("5"), new BigDecimal("15")), NO_GROWTH,
            4_000, 99));
    assertThat(result.p95().isCashOutWithinHorizon()).isFalse();
    assertThat(result.p95().toString()).isEqualTo("beyond 120 months (cash lasts past 2035-09)");
    // standard error of P5: sqrt(0.05 x 0.95 / 4000) / f, f = (1/10) x B^2 / 1200 = 0.0175 at B = 14.5: 0.62
    assertThat(result.p5().months().getAsDouble()).isCloseTo(1200 / 14.5, offset(2.5));
    // P(B > 10) = 0.5, standard error 0.008
    assertThat(result.probabilityOfCashOutWithinHorizon()).isCloseTo(0.5, offset(0.04));
  }

  @Test
  void test_simulate_toStringLabelsProjection() {
    MonteCarloResult result = MonteCarloRunway.simulate(usd("1200"), SEP_30_2025, List.of(), 24,
        MonteCarloRunway.Config.of(Distribution.fixed(new BigDecimal("100")), NO_GROWTH, 10, 5));
    assertThat(result.toString()).startsWith("Monte Carlo runway over 10 runs (seed 5): P5 12.0 months (cash out"
        + " 2026-09), P50 12.0 months (cash out 2026-09), P95 12.0 months (cash out 2026-09); 100.0% of runs run out"
        + " within the horizon of 24 months; projection assuming cash of US$1K at 2025-09-30 (given 1200), at"
        + " its point value; first month's burn drawn from Fixed(100) USD;");
    assertThat(result.assumptions()).contains("the distributions are assumptions, not data",
        "10 runs drawn with Well19937c seed 5");
  }

  @Test
  void test_simulate_zeroRuns() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MonteCarloRunway.Config.of(Distribution.fixed(BigDecimal.TEN), NO_GROWTH, 0, 1))
        .withMessage("Argument 'runs' must be positive but has value 0");
  }

  @Test
  void test_simulate_tooManyRuns() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MonteCarloRunway.Config.of(Distribution.fixed(BigDecimal.TEN), NO_GROWTH, 1_000_001, 1))
        .withMessage("Argument 'runs' must be at most 1000000 but has value 1000001");
  }

  @Test
  void test_simulate_growthDrawAtOrBelowMinusHundred() {
    // uniform on [-150, -50]: the first draw below -100 stops the simulation with the run number
    MonteCarloRunway.Config config = MonteCarloRunway.Config.of(Distribution.fixed(BigDecimal.TEN),
        Distribution.uniform(new BigDecimal("-150"), new BigDecimal("-50")), 100, 3);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MonteCarloRunway.simulate(usd("1200"), SEP_30_2025, List.of(), 12, config))
        .withMessageStartingWith("Monte Carlo run ")
        .withMessageEndingWith("at or below -100%: use a growth distribution bounded above -100%, not"
            + " Uniform(-150, -50)");
  }

  @Test
  void test_simulate_negativeCash() {
    MonteCarloRunway.Config config = MonteCarloRunway.Config.of(Distribution.fixed(BigDecimal.TEN), NO_GROWTH, 1, 1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MonteCarloRunway.simulate(usd("-5"), SEP_30_2025, List.of(), 12, config))
        .withMessage("Argument 'cash' must not be negative but has value -5");
  }

  @Test
  void test_simulate_zeroHorizon() {
    MonteCarloRunway.Config config = MonteCarloRunway.Config.of(Distribution.fixed(BigDecimal.TEN), NO_GROWTH, 1, 1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MonteCarloRunway.simulate(usd("5"), SEP_30_2025, List.of(), 0, config))
        .withMessage("Argument 'horizonMonths' must be positive but has value 0");
  }

  @Test
  void test_simulate_nullConfig() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MonteCarloRunway.simulate(usd("5"), SEP_30_2025, List.of(), 12, null))
        .withMessage("Argument 'config' must not be null");
  }
}
