package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.Figure;
import dev.prospectus.model.Scale;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CalculatorsTest {

  private static Figure revenue(String period, String value) {
    return figure("revenue", period, value, Scale.TEN_THOUSAND, "USD");
  }

  static Stream<Arguments> data_growth() {
    return Stream.of(
        // full years one apart: year on year, (3052 / 346 - 1) x 100 = 782.0809%
        Arguments.of("FY2024", "3052", "FY2023", "346", "revenue growth FY2024 over FY2023", "782.0809248554913"),
        // the same interim a year before: (5344 / 1945 - 1) x 100 = 174.7558%
        Arguments.of("9M2025", "5344", "9M2024", "1945", "revenue growth 9M2025 over 9M2024", "174.75578406169665"),
        // an interim against a full year is a plain period-over-period growth: (5344 / 3052 - 1) x 100
        Arguments.of("9M2025", "5344", "FY2024", "3052", "revenue growth 9M2025 over FY2024", "75.09829619921363"));
  }

  @ParameterizedTest
  @MethodSource("data_growth")
  void test_growth_choosesTheCalculatorFromThePeriods(String current, String currentValue, String prior,
      String priorValue, String label, String value) {
    Calculation growth = Calculators.growth(revenue(current, currentValue), revenue(prior, priorValue));
    assertThat(growth.measure()).isEqualTo(Measure.GROWTH);
    assertThat(growth.label()).isEqualTo(label);
    assertThat(growth.derived().value().toPlainString()).startsWith(value);
  }

  static Stream<Arguments> data_growth_mismatched() {
    return Stream.of(
        Arguments.of("FY2024", "FY2022", "full years FY2022 and FY2024 are not one year apart: growth over several"
            + " years is a multiple or a compound rate"),
        Arguments.of("9M2025", "6M2024", "6M2024 is not the same interim period a year before 9M2025"),
        Arguments.of("9M2025", "9M2023", "9M2023 is not the same interim period a year before 9M2025"),
        Arguments.of("2023-01-01..2024-06-30", "2022-01-01..2023-06-30",
            "2023-01-01..2024-06-30 is longer than a year: neither a fiscal year nor an interim period"));
  }

  @ParameterizedTest
  @MethodSource("data_growth_mismatched")
  void test_growth_mismatchedPeriodsAreNotMeaningful(String current, String prior, String explanation) {
    Figure c = revenue(current, "5344");
    Figure p = revenue(prior, "3052");
    assertThat(Calculators.growth(c, p)).isEqualTo(NotMeaningful.of(Measure.GROWTH,
        "revenue growth " + c.period() + " over " + p.period(), NotMeaningful.Reason.MISMATCHED_PERIODS,
        explanation, List.of(c, p)));
  }

  @Test
  void test_growth_unitsDiffer() {
    Figure usd = revenue("FY2024", "3052");
    Figure cny = figure("revenue", "FY2023", "2.14", Scale.HUNDRED_MILLION, "CNY");
    assertThatIllegalArgumentException().isThrownBy(() -> Calculators.growth(usd, cny))
        .isInstanceOf(UnitMismatchException.class)
        .withMessage("Arguments 'current' and 'prior' must be in the same unit but 'revenue FY2024' is in 'USD' and"
            + " 'revenue FY2023' is in 'CNY'")
        .extracting(ex -> ((UnitMismatchException) ex).units().toString()).isEqualTo("[USD, CNY]");
  }

  @Test
  void test_monthlyBurn_byMetric() {
    Figure loss = figure("adjusted_net_loss", "9M2025", "1.86", Scale.HUNDRED_MILLION, "USD");
    Figure outflow = figure("operating_cash_flow", "9M2025", "-2.09", Scale.HUNDRED_MILLION, "USD");
    Figure netLoss = figure("net_loss", "9M2025", "5.12", Scale.HUNDRED_MILLION, "USD");
    // 186000000 / 9 = 20666666.67 a month; 209000000 / 9 = 23222222.22
    assertThat(Calculators.monthlyBurn(loss)).isEqualTo(CashCalculator.monthlyBurnFromLoss(loss));
    assertThat(Calculators.monthlyBurn(outflow)).isEqualTo(CashCalculator.monthlyBurnFromOperatingCashFlow(outflow));
    assertThat(Calculators.monthlyBurn(netLoss)).isEqualTo(CashCalculator.monthlyBurnFromLoss(netLoss));
    assertThat(Calculators.monthlyBurn(outflow).derived().value().toPlainString()).startsWith("23222222.22");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Calculators.monthlyBurn(revenue("9M2025", "5344")))
        .withMessage("A monthly burn takes a figure of [adjusted_net_loss, net_loss, operating_cash_flow], but"
            + " 'revenue/total/9M2025' is a figure of 'revenue'");
  }

  @Test
  void test_isCash() {
    assertThat(Calculators.CASH_METRICS).extracting(Object::toString)
        .containsExactly("cash_reserves", "cash_and_equivalents");
    assertThat(Calculators.isCash(revenue("FY2024", "1").metric())).isFalse();
    assertThat(Calculators.isCash(figure("cash_reserves", "2025-09-30", "11.02", Scale.HUNDRED_MILLION, "USD")
        .metric())).isTrue();
  }
}
