package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.SEP_30_2025;
import static dev.prospectus.scenario.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static final BurnModel BURN = BurnModel.constant(usd("100"));

  @Test
  void test_describe_listsInputs() {
    Scenario scenario = Scenario.of(Fixtures.cash1102(), SEP_30_2025, BurnModel.constant(Fixtures.burnFromLoss9m2025()),
        List.of(CashInjection.of("IPO net proceeds", usd("500000000"), LocalDate.of(2026, 1, 9))), 60);
    assertThat(scenario.describe()).containsExactly(
        "cash of US$1.10B at 2025-09-30 (cash_reserves 2025-09-30)",
        "constant burn of US$20.67M a month (monthly burn from adjusted_net_loss 9M2025)",
        "IPO net proceeds US$500.00M on 2026-01-09 added on that date",
        "horizon of 60 months, to 2030-09-30");
    assertThat(scenario.horizonEnd()).isEqualTo(LocalDate.of(2030, 9, 30));
  }

  @Test
  void test_with_copies() {
    Scenario scenario = Scenario.of(usd("1200"), SEP_30_2025, BURN, List.of(), 12);
    assertThat(scenario.withCash(usd("1300")).cash().value()).isEqualByComparingTo("1300");
    assertThat(scenario.withModel(BurnModel.constant(usd("50"))).model()).isNotEqualTo(BURN);
    assertThat(scenario.withInjections(List.of(CashInjection.of("x", usd("1"), LocalDate.of(2026, 1, 1))))
        .injections()).hasSize(1);
    assertThat(scenario.withCash(usd("1300")).horizonMonths()).isEqualTo(12);
  }

  @Test
  void test_constructor_negativeCash() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scenario.of(usd("-1"), SEP_30_2025, BURN, List.of(), 12))
        .withMessage("Argument 'cash' must not be negative but has value -1");
  }

  @Test
  void test_constructor_currencyMismatch() {
    BurnModel yuan = BurnModel.constant(Fixtures.exact("100", Unit.parse("CNY")));
    assertThatIllegalArgumentException().isThrownBy(() -> Scenario.of(usd("1"), SEP_30_2025, yuan, List.of(), 12))
        .withMessage("Currency mismatch: argument 'model' is in 'CNY' but the scenario is in 'USD'");
  }

  @Test
  void test_constructor_injectionInAnotherCurrency() {
    CashInjection hkd = CashInjection.of("IPO", Fixtures.exact("100", Unit.parse("HKD")), LocalDate.of(2026, 1, 9));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Scenario.of(usd("1"), SEP_30_2025, BURN, List.of(hkd), 12))
        .withMessage("Currency mismatch: argument 'injections' is in 'HKD' but the scenario is in 'USD'");
  }

  @Test
  void test_constructor_injectionNotAfterCashDate() {
    CashInjection early = CashInjection.of("IPO", usd("100"), SEP_30_2025);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Scenario.of(usd("1"), SEP_30_2025, BURN, List.of(early), 12))
        .withMessage("Injection 'IPO' is dated 2025-09-30, not after the cash date 2025-09-30: cash at that date"
            + " already includes it");
  }

  @Test
  void test_constructor_horizonTooLong() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scenario.of(usd("1"), SEP_30_2025, BURN, List.of(), 1201))
        .withMessage("Argument 'horizonMonths' must be at most 1200 but has value 1201");
  }

  @Test
  void test_constructor_cashNotMoney() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Scenario.of(Fixtures.percent("5"), SEP_30_2025, BURN, List.of(), 12))
        .withMessage("Argument 'cash' must be in a currency but is in '%' (given 5)");
  }

  @Test
  void test_constructor_nullInjection() {
    List<CashInjection> injections = new ArrayList<>();
    injections.add(null);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Scenario.of(usd("1"), SEP_30_2025, BURN, injections, 12))
        .withMessage("Argument 'injections' must not contain null but has null at index 0");
  }
}
