package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.SEP_30_2025;
import static dev.prospectus.scenario.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import dev.prospectus.model.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RunwayProjectionTest {

  /** The solver's tolerance is 1e-12 months; closed forms are compared to 1e-9. */
  private static final Offset<Double> TOL = offset(1e-9);

  /** Cash 1200 at 2025-09-30 burning 100 a month, over ten years, with the given injections. */
  private static RunwayResult burning100From1200(CashInjection... injections) {
    return RunwayProjection.project(usd("1200"), SEP_30_2025, BurnModel.constant(usd("100")), List.of(injections),
        120);
  }

  /** Revenue 100 growing 10% a month at a 50% gross margin against operating costs of 100 a month. */
  private static RunwayResult revenueGrowing10PercentFrom(String cash) {
    return RunwayProjection.project(usd(cash), SEP_30_2025,
        BurnModel.revenueDriven(usd("100"), BigDecimal.TEN, Fixtures.percent("50"), usd("100")), List.of(), 120);
  }

  @Test
  void test_project_constantBurnProspectusFigures() {
    // cash 11.02億 = 1,102,000,000; burn 1.86億 / 9 = 20,666,666.67 a month
    // runway = 1102 x 9 / 186 = 53.3225806451...
    // shortest: 1101.5 / (186.5 / 9) = 11015 x 9 / 1865 = 53.1554959785...
    // longest: 1102.5 / (185.5 / 9) = 11025 x 9 / 1855 = 53.4905660377...
    RunwayResult result = RunwayProjection.project(Fixtures.cash1102(), SEP_30_2025,
        BurnModel.constant(Fixtures.burnFromLoss9m2025()), List.of(), 120);

    assertThat(result.months().getAsDouble()).isCloseTo(53.32258064516129, TOL);
    assertThat(result.shortestAcrossRounding().months().getAsDouble()).isCloseTo(53.15549597855228, TOL);
    assertThat(result.longestAcrossRounding().months().getAsDouble()).isCloseTo(53.49056603773585, TOL);
    // 2025-09-30 + 53 months = 2030-02-28 (clamped); month 54 is 2030-03-30, 30 days later;
    // 0.3225806 x 30 = 9.68 days -> 2030-03-09
    assertThat(result.cashOutDate()).contains(LocalDate.of(2030, 3, 9));
    assertThat(result.isCashOutWithinHorizon()).isTrue();
    assertThat(result.toString()).startsWith("Runway 53.3 months (cash out 2030-03) [53.1, 53.5] across input"
        + " rounding; projection assuming cash of US$1.10B at 2025-09-30 (cash_reserves 2025-09-30);"
        + " constant burn of US$20.67M a month (monthly burn from adjusted_net_loss 9M2025);"
        + " horizon of 120 months, to 2035-09-30;");
    assertThat(result.assumptions()).contains(
        "the burn model ignores working capital, capital expenditure, financing, interest and exchange rates");
  }

  @Test
  void test_project_constantBurnIsCashOverBurn() {
    // 1200 / 100 = 12 months exactly
    RunwayResult result = burning100From1200();
    assertThat(result.months().getAsDouble()).isCloseTo(12.0, TOL);
    assertThat(result.cashOutDate()).contains(LocalDate.of(2026, 9, 30));
    // exact inputs: the range across rounding is the point
    assertThat(result.shortestAcrossRounding()).isEqualTo(result.runway());
    assertThat(result.longestAcrossRounding()).isEqualTo(result.runway());
  }

  @Test
  void test_project_pathHoldsCashAtEachMonth() {
    // cash(k) = 1200 - 100 k, negative after month 12: the shortfall
    RunwayResult result = RunwayProjection.project(usd("1200"), SEP_30_2025, BurnModel.constant(usd("100")),
        List.of(), 24);
    assertThat(result.path()).hasSize(25);
    assertThat(result.path().get(0)).isEqualTo(new CashPoint(0, SEP_30_2025, new BigDecimal("1200")));
    assertThat(result.path().get(5)).isEqualTo(new CashPoint(5, LocalDate.of(2026, 2, 28), new BigDecimal("700")));
    assertThat(result.path().get(24).cash()).isEqualByComparingTo("-1200");
  }

  @Test
  void test_project_geometricBurnMatchesClosedForm() {
    // discrete sum B ((1+g)^n - 1) / g = C  gives  n = ln(1 + g C / B) / ln(1 + g)
    // C 1000, B 10, g 2%: ln(1 + 0.02 x 100) / ln(1.02) = ln 3 / ln 1.02 = 55.4781076387804...
    RunwayResult result = RunwayProjection.project(usd("1000"), SEP_30_2025,
        BurnModel.geometric(usd("10"), new BigDecimal("2")), List.of(), 120);
    double closedForm = Math.log(1 + 0.02 * 1000 / 10) / Math.log(1.02);
    assertThat(result.months().getAsDouble()).isCloseTo(closedForm, TOL).isCloseTo(55.47810763878044, TOL);
  }

  @Test
  void test_project_shrinkingBurnThatRunsOut() {
    // C 500, B 10, g -1%: ln(1 - 0.01 x 50) / ln(0.99) = ln 0.5 / ln 0.99 = 68.9675639365285...
    RunwayResult result = RunwayProjection.project(usd("500"), SEP_30_2025,
        BurnModel.geometric(usd("10"), new BigDecimal("-1")), List.of(), 120);
    assertThat(result.months().getAsDouble()).isCloseTo(Math.log(0.5) / Math.log(0.99), TOL)
        .isCloseTo(68.96756393652849, TOL);
  }

  @Test
  void test_project_shrinkingBurnNeverExhaustsCash() {
    // B 10 shrinking 5% a month burns at most 10 / 0.05 = 200 in total; after 120 months
    // 200 (1 - 0.95^120) = 199.575...; cash of 250 never runs out
    RunwayResult result = RunwayProjection.project(usd("250"), SEP_30_2025,
        BurnModel.geometric(usd("10"), new BigDecimal("-5")), List.of(), 120);
    assertThat(result.isCashOutWithinHorizon()).isFalse();
    assertThat(result.months()).isEmpty();
    assertThat(result.cashOutDate()).isEmpty();
    assertThat(result.toString()).startsWith("Runway beyond 120 months (cash lasts past 2035-09): cash never runs"
        + " out within the horizon of 120 months [beyond 120, beyond 120] across input rounding; projection");
    // 250 - 199.575 = 50.42 left at month 120
    assertThat(result.path().get(120).cash()).isEqualByComparingTo("50");
  }

  @Test
  void test_project_injectionExtendsRunway() {
    // 1200 - 100 t, plus 600 at month 6 (2026-03-30): 1800 = 100 t, t = 18 -> 2027-03-30
    CashInjection ipo = CashInjection.of("IPO net proceeds", usd("600"), LocalDate.of(2026, 3, 30));
    RunwayResult result = burning100From1200(ipo);
    assertThat(result.months().getAsDouble()).isCloseTo(18.0, TOL);
    assertThat(result.cashOutDate()).contains(LocalDate.of(2027, 3, 30));
    // path at month 6 counts the injection made that day: 1200 - 600 + 600
    assertThat(result.path().get(6).cash()).isEqualByComparingTo("1200");
    assertThat(result.assumptions()).contains("IPO net proceeds US$600.00 on 2026-03-30 added on that date");
  }

  @Test
  void test_project_netProceedsFromGross() {
    // gross 640 less 6.25% costs = 600: the same runway of 18 months
    CashInjection ipo = CashInjection.ofNetProceeds("IPO net proceeds", usd("640"), new BigDecimal("6.25"),
        LocalDate.of(2026, 3, 30));
    RunwayResult result = burning100From1200(ipo);
    assertThat(result.months().getAsDouble()).isCloseTo(18.0, TOL);
  }

  @Test
  void test_project_injectionAfterCashOutIsTooLate() {
    // 1200 / 100 = 12 months, before the injection at month 15
    CashInjection late = CashInjection.of("late round", usd("600"), LocalDate.of(2026, 12, 30));
    RunwayResult result = burning100From1200(late);
    assertThat(result.months().getAsDouble()).isCloseTo(12.0, TOL);
  }

  @Test
  void test_project_injectionWithinAMonth() {
    // injection of 600 on 2026-04-15: month 6 is 2026-03-30, month 7 2026-04-30 (31 days), so
    // t = 6 + 16/31; cash just before is 1200 - 651.6 > 0, and 1800 = 100 t gives 18 months
    CashInjection mid = CashInjection.of("round", usd("600"), LocalDate.of(2026, 4, 15));
    RunwayResult result = burning100From1200(mid);
    assertThat(result.months().getAsDouble()).isCloseTo(18.0, TOL);
  }

  @Test
  void test_project_revenueDrivenWithoutGrowthIsConstantNetBurn() {
    // net burn = 100 - 50% x 100 = 50 a month: 1000 / 50 = 20 months
    RunwayResult result = RunwayProjection.project(usd("1000"), SEP_30_2025,
        BurnModel.revenueDriven(usd("100"), BigDecimal.ZERO, Fixtures.percent("50"), usd("100")), List.of(), 120);
    assertThat(result.months().getAsDouble()).isCloseTo(20.0, TOL);
  }

  @Test
  void test_project_revenueDrivenRunsOutBeforeProfitability() {
    // K(t) = 100 t - 50 x 100 (1.1^t - 1) / 0.1; K(t) = 200 at t = 5.234745071013984 (mpmath)
    RunwayResult result = revenueGrowing10PercentFrom("200");
    double t = result.months().getAsDouble();
    assertThat(t).isCloseTo(5.234745071013984, TOL);
    // residual of the defining equation
    assertThat(100 * t - 500 * (Math.pow(1.1, t) - 1)).isCloseTo(200.0, offset(1e-9));
  }

  @Test
  void test_project_revenueDrivenDipWithinAMonth() {
    // burn turns to surplus at t* = ln(100 x 0.1 / (50 ln 1.1)) / ln 1.1 = 7.7765; K(7) = 225.64,
    // K(8) = 228.21, K(t*) = 228.45. Cash 228.3 is positive at months 7 and 8 but not at t*:
    // the first zero is t = 7.601402446742633 (mpmath), found only because t* is a bracket point
    RunwayResult result = revenueGrowing10PercentFrom("228.3");
    assertThat(result.months().getAsDouble()).isCloseTo(7.601402446742633, TOL);
  }

  @Test
  void test_project_revenueDrivenBreaksEvenFirst() {
    // the most cash ever burnt is K(t*) = 228.45 < 1000: cash never runs out
    RunwayResult result = revenueGrowing10PercentFrom("1000");
    assertThat(result.isCashOutWithinHorizon()).isFalse();
  }

  @Test
  void test_project_revenueDrivenRangeUsesIntervalProductOfMargin() {
    // margin -10% printed to one digit: [-10.5, -9.5]; revenue [99.5, 100.5]; product / 100 = gross profit
    // in [-1.05525, -0.94525]. Net burn = opex 50 - gross profit; cash 1000.
    // point: 1000 / (50 + 1) = 19.6078431372549; shortest 1000 / 51.05525 = 19.58662429;
    // longest 1000 / 50.94525 = 19.62894283
    Quantity margin = new dev.prospectus.calc.Derived(dev.prospectus.calc.Measure.AS_REPORTED, "margin",
        new BigDecimal("-10"),
        dev.prospectus.model.DecimalRange.ofClosed("-10.5", "-9.5"), dev.prospectus.model.Unit.PERCENT, "given",
        List.of(), List.of());
    Quantity revenue = new dev.prospectus.calc.Derived(dev.prospectus.calc.Measure.AS_REPORTED, "revenue",
        new BigDecimal("10"),
        dev.prospectus.model.DecimalRange.ofClosed("9.95", "10.05"), Fixtures.USD, "given", List.of(), List.of());
    RunwayResult result = RunwayProjection.project(usd("1000"), SEP_30_2025,
        BurnModel.revenueDriven(revenue, BigDecimal.ZERO, margin, usd("50")), List.of(), 120);
    assertThat(result.months().getAsDouble()).isCloseTo(1000 / 51.0, TOL);
    assertThat(result.shortestAcrossRounding().months().getAsDouble()).isCloseTo(1000 / 51.05525, TOL);
    assertThat(result.longestAcrossRounding().months().getAsDouble()).isCloseTo(1000 / 50.94525, TOL);
  }

  @Test
  void test_project_zeroCashRunsOutAtOnce() {
    RunwayResult result = RunwayProjection.project(usd("0"), SEP_30_2025, BurnModel.constant(usd("100")),
        List.of(), 12);
    assertThat(result.months().getAsDouble()).isZero();
    assertThat(result.cashOutDate()).contains(SEP_30_2025);
  }

  @Test
  void test_project_negativeCash() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RunwayProjection.project(usd("-1"), SEP_30_2025, BurnModel.constant(usd("100")),
            List.of(), 120))
        .withMessage("Argument 'cash' must not be negative but has value -1");
  }

  @Test
  void test_project_zeroHorizon() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RunwayProjection.project(usd("1"), SEP_30_2025, BurnModel.constant(usd("100")),
            List.of(), 0))
        .withMessage("Argument 'horizonMonths' must be positive but has value 0");
  }

  @Test
  void test_project_nullScenario() {
    assertThatIllegalArgumentException().isThrownBy(() -> RunwayProjection.project(null))
        .withMessage("Argument 'scenario' must not be null");
  }
}
