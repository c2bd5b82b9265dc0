package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.percent;
import static dev.prospectus.scenario.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.calc.Derived;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import org.junit.jupiter.api.Test;

class BreakEvenPointTest {

  @Test
  void test_impliedCosts_grossProfitPlusLoss() {
    // revenue 30.5 [30.45, 30.55], margin 12 [11.5, 12.5], loss 46.5 [46.45, 46.55]:
    // 30.5 x 12% + 46.5 = 3.66 + 46.5 = 50.16; range 30.45 x 0.115 + 46.45 = 49.95175 .. 30.55 x 0.125 + 46.55
    // = 50.36875
    BreakEvenPoint point = BreakEvenPoint.of(FiscalPeriod.fiscalYear(2024),
        Fixtures.printed("revenue FY2024", "30.5", Scale.ONE, Fixtures.USD),
        Fixtures.printed("gross_margin FY2024", "12", Scale.ONE, Unit.PERCENT),
        Fixtures.printed("net_loss FY2024", "46.5", Scale.ONE, Fixtures.USD));
    Derived costs = point.impliedCosts();
    assertThat(costs.value()).isEqualByComparingTo("50.16");
    assertThat(costs.range().isSameRange(DecimalRange.ofClosed("49.95175", "50.36875"))).isTrue();
    assertThat(costs.label()).isEqualTo("costs implied FY2024");
    assertThat(costs.formula()).isEqualTo("revenue x gross margin + loss");
  }

  @Test
  void test_toString_readable() {
    assertThat(BreakEvenPoint.of(FiscalPeriod.fiscalYear(2024), usd("100"), percent("50"), usd("20")).toString())
        .isEqualTo("FY2024: revenue 100, gross margin 50%, loss 20 USD");
  }

  @Test
  void test_constructor_zeroRevenue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BreakEvenPoint.of(FiscalPeriod.fiscalYear(2024), usd("0"), percent("50"), usd("20")))
        .withMessage("Argument 'revenue' must be positive but has value 0");
  }

  @Test
  void test_constructor_marginNotPercent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BreakEvenPoint.of(FiscalPeriod.fiscalYear(2024), usd("1"), usd("50"), usd("20")))
        .withMessage("Argument 'grossMarginPercent' must be in '%' but is in 'USD'");
  }

  @Test
  void test_constructor_lossInAnotherCurrency() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BreakEvenPoint.of(FiscalPeriod.fiscalYear(2024), usd("1"), percent("50"),
            Fixtures.exact("20", Unit.parse("CNY"))))
        .withMessage("Currency mismatch: argument 'loss' is in 'CNY' but the scenario is in 'USD'");
  }
}
