package dev.prospectus.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class CashCurveTest {

  private static final double[] NONE = new double[0];

  @Test
  void test_cumulativeBurn_wholeMonthsAreTheDiscreteSum() {
    // B 10 growing 2%: months 1..3 burn 10, 10.2, 10.404, in total 30.604 = 10 (1.02^3 - 1) / 0.02
    CashCurve curve = new CashCurve(1000, 0, 10, 0.02, NONE, NONE);
    assertThat(curve.cumulativeBurn(1)).isCloseTo(10.0, offset(1e-12));
    assertThat(curve.cumulativeBurn(2)).isCloseTo(20.2, offset(1e-12));
    assertThat(curve.cumulativeBurn(3)).isCloseTo(30.604, offset(1e-12));
    assertThat(curve.cashAt(3)).isCloseTo(969.396, offset(1e-12));
  }

  @Test
  void test_cumulativeBurn_smallGrowthTendsToConstant() {
    // g = 1e-12: G(t) = t (1 + (t - 1) g / 2 + ...): 12 x (1 + 5.5e-12) = 12.000000000066
    CashCurve curve = new CashCurve(1000, 0, 1, 1e-12, NONE, NONE);
    assertThat(curve.cumulativeBurn(12)).isCloseTo(12.000000000066, offset(1e-12));
  }

  @Test
  void test_cashAt_countsInjectionFromItsTime() {
    // 100 - 10 t plus 50 at t = 2.5
    CashCurve curve = new CashCurve(100, 10, 0, 0, new double[] {2.5}, new double[] {50});
    assertThat(curve.cashAt(2.4)).isCloseTo(76.0, offset(1e-12));
    assertThat(curve.cashAt(2.5)).isCloseTo(125.0, offset(1e-12));
    // 150 = 10 t: 15 months
    assertThat(curve.firstCashOut(120).getAsDouble()).isCloseTo(15.0, offset(1e-9));
  }

  @Test
  void test_firstCashOut_surplusNeverRunsOut() {
    // a negative burn adds cash every month
    CashCurve curve = new CashCurve(100, -10, 0, 0, NONE, NONE);
    assertThat(curve.firstCashOut(1200)).isEmpty();
  }

  @Test
  void test_firstCashOut_overflowingBurnStillSolved() {
    // burn of 1 growing 1000% a month passes 1e300 of cash after about 288 months (11^288 / 10 = 1e299);
    // the runway must be found finite, not lost to infinity
    CashCurve curve = new CashCurve(1e300, 0, 1, 10, NONE, NONE);
    double months = curve.firstCashOut(1200).getAsDouble();
    assertThat(months).isBetween(288.0, 290.0);
  }
}
