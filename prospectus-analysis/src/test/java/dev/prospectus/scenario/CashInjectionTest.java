package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.calc.Derived;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Scale;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CashInjectionTest {

  private static final LocalDate DATE = LocalDate.of(2026, 1, 9);

  @Test
  void test_ofNetProceeds_grossLessCosts() {
    // gross 5.0億 = 500,000,000 in [495,000,000, 505,000,000]; 5% costs: x 0.95 = 475,000,000
    // in [470,250,000, 479,750,000]
    Derived gross = Fixtures.printed("offer gross proceeds", "5.0", Scale.HUNDRED_MILLION, Fixtures.USD);
    CashInjection ipo = CashInjection.ofNetProceeds("IPO net proceeds", gross, new BigDecimal("5"), DATE);
    assertThat(ipo.amount().value()).isEqualByComparingTo("475000000");
    assertThat(ipo.amount().range().isSameRange(DecimalRange.ofClosed("470250000", "479750000"))).isTrue();
    assertThat(((Derived) ipo.amount()).notes()).containsExactly("issue costs assumed at 5% of gross proceeds");
    assertThat(ipo.toString()).isEqualTo("IPO net proceeds US$475.00M on 2026-01-09");
  }

  @Test
  void test_withAmount_replacesAmount() {
    CashInjection ipo = CashInjection.of("IPO", usd("600"), DATE);
    assertThat(ipo.withAmount(usd("700")).amount().value()).isEqualByComparingTo("700");
    assertThat(ipo.withAmount(usd("700")).date()).isEqualTo(DATE);
  }

  @Test
  void test_of_notPositive() {
    assertThatIllegalArgumentException().isThrownBy(() -> CashInjection.of("IPO", usd("0"), DATE))
        .withMessage("Argument 'amount' must be positive but has value 0");
  }

  @Test
  void test_of_notMoney() {
    assertThatIllegalArgumentException().isThrownBy(() -> CashInjection.of("IPO", Fixtures.percent("5"), DATE))
        .withMessage("Argument 'amount' must be in a currency but is in '%' (given 5)");
  }

  @Test
  void test_ofNetProceeds_costsOfHundredPercent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CashInjection.ofNetProceeds("IPO", usd("600"), new BigDecimal("100"), DATE))
        .withMessage("Argument 'costsPercent' must be less than 100 but has value 100");
  }

  @Test
  void test_ofNetProceeds_negativeCosts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CashInjection.ofNetProceeds("IPO", usd("600"), new BigDecimal("-1"), DATE))
        .withMessage("Argument 'costsPercent' must not be negative but has value -1");
  }
}
