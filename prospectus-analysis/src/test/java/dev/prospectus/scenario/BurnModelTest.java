package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.percent;
import static dev.prospectus.scenario.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BurnModelTest {

  @Test
  void test_describe_eachModel() {
    assertThat(BurnModel.constant(usd("20666667")).describe())
        .isEqualTo("constant burn of US$20.67M a month (given 20666667)");
    assertThat(BurnModel.geometric(usd("20000000"), new BigDecimal("-2.5")).toString())
        .isEqualTo("burn of US$20.00M in the first month (given 20000000), changing by -2.5% a month,"
            + " compounded monthly");
    assertThat(BurnModel.revenueDriven(usd("5000000"), new BigDecimal("8"), percent("23.3"), usd("30000000"))
        .describe()).isEqualTo("revenue of US$5.00M in the first month (given 5000000) growing 8% a month,"
            + " compounded monthly, at a gross margin of 23.30% (given 23.3), against fixed operating costs of"
            + " US$30.00M a month (given 30000000)");
  }

  @Test
  void test_currency_ofMoneyInputs() {
    assertThat(BurnModel.constant(usd("1")).currency()).isEqualTo(Fixtures.USD);
    assertThat(BurnModel.geometric(usd("1"), BigDecimal.ONE).currency()).isEqualTo(Fixtures.USD);
    assertThat(BurnModel.revenueDriven(usd("1"), BigDecimal.ONE, percent("1"), usd("1")).currency())
        .isEqualTo(Fixtures.USD);
  }

  @Test
  void test_geometric_growthBelowMinusHundred() {
    assertThatIllegalArgumentException().isThrownBy(() -> BurnModel.geometric(usd("10"), new BigDecimal("-120")))
        .withMessage("Argument 'monthlyGrowthPercent' must be greater than -100 (percent) but has value -120");
  }

  @Test
  void test_geometric_growthOfMinusHundred() {
    assertThatIllegalArgumentException().isThrownBy(() -> BurnModel.geometric(usd("10"), new BigDecimal("-100")))
        .withMessage("Argument 'monthlyGrowthPercent' must be greater than -100 (percent) but has value -100");
  }

  @Test
  void test_revenueDriven_revenueGrowthBelowMinusHundred() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BurnModel.revenueDriven(usd("1"), new BigDecimal("-101"), percent("1"), usd("1")))
        .withMessage("Argument 'monthlyRevenueGrowthPercent' must be greater than -100 (percent) but has value -101");
  }

  @Test
  void test_revenueDriven_marginAboveHundred() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BurnModel.revenueDriven(usd("1"), BigDecimal.ONE, percent("100.5"), usd("1")))
        .withMessage("Argument 'grossMarginPercent' must be at most 100 but has value 100.5");
  }

  @Test
  void test_revenueDriven_marginNotPercent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BurnModel.revenueDriven(usd("1"), BigDecimal.ONE, usd("1"), usd("1")))
        .withMessage("Argument 'grossMarginPercent' must be in '%' but is in 'USD'");
  }

  @Test
  void test_revenueDriven_negativeCosts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BurnModel.revenueDriven(usd("1"), BigDecimal.ONE, percent("1"), usd("-1")))
        .withMessage("Argument 'monthlyOperatingCosts' must not be negative but has value -1");
  }

  @Test
  void test_constant_notMoney() {
    assertThatIllegalArgumentException().isThrownBy(() -> BurnModel.constant(percent("1")))
        .withMessage("Argument 'monthlyBurn' must be in a currency but is in '%' (given 1)");
  }

  @Test
  void test_constant_null() {
    assertThatIllegalArgumentException().isThrownBy(() -> BurnModel.constant(null))
        .withMessage("Argument 'monthlyBurn' must not be null");
  }
}
