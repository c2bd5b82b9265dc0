package dev.prospectus.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class OperationTest {

  @Test
  void test_with_describe() {
    Operation growth = Operation.of(Operator.GROWTH).with("current", "revenue/total/FY2024")
        .with("prior", Expression.figure("revenue/total/FY2023", "seed"));
    assertThat(growth.describe()).isEqualTo("growth(current=revenue/total/FY2024, prior=revenue/total/FY2023 (seed))");
    assertThat(growth.missingParameters()).isEmpty();
    assertThat(growth.input("prior")).contains(FigureRef.of("revenue/total/FY2023", "seed"));
  }

  @Test
  void test_with_unknownParameter() {
    assertThatIllegalArgumentException().isThrownBy(() -> Operation.of(Operator.GROWTH).with("previous", "a/b/FY2024"))
        .withMessage("Calculation 'growth' has no parameter 'previous': expected one of [current, prior]");
  }

  @Test
  void test_with_figureParameterTakesOnlyFigures() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Operation.of(Operator.MONTHLY_BURN).with("from", Expression.printed("1.86億美元")))
        .withMessage("Parameter 'from' of 'monthly-burn' must be a figure of the dataset but has value '1.86億美元'");
  }

  @Test
  void test_withOption_checked() {
    assertThatIllegalArgumentException().isThrownBy(() -> Operation.of(Operator.CAGR).withOption("years", "two"))
        .withMessage("Option 'years' of 'cagr' must be a positive whole number but has value 'two'");
    assertThatIllegalArgumentException().isThrownBy(() -> Operation.of(Operator.CONVERT).withOption("divideBy", "-1"))
        .withMessage("Option 'divideBy' of 'convert' must be a positive decimal but has value '-1'");
    assertThatIllegalArgumentException().isThrownBy(() -> Operation.of(Operator.GROWTH).withOption("current", "x"))
        .withMessage("Option 'current' of 'growth' is an input, not an option: give it an expression");
  }

  @Test
  void test_missingParameters() {
    Operation convert = Operation.of(Operator.CONVERT).with("value", "speech_generated/total/2025-12-21")
        .withOption("unit", "years").withOption("basis", "1 year = 8766 hours");
    assertThat(convert.missingParameters()).containsExactly("'convert' needs exactly one of 'multiplyBy' and"
        + " 'divideBy'");
    Operation sum = Operation.of(Operator.SUM).withTerms(List.of(FigureRef.of("revenue/total/FY2024")));
    assertThat(sum.missingParameters()).containsExactly("'sum' needs at least two terms");
    Operation nested = Operation.of(Operator.RUNWAY).with("cash", "cash_reserves/total/2025-09-30")
        .with("burn", Operation.of(Operator.MONTHLY_BURN));
    assertThat(nested.missingParameters()).containsExactly("'monthly-burn' needs 'from'");
  }

  @Test
  void test_withTerms_onlyForSum() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Operation.of(Operator.GROWTH).withTerms(List.of(FigureRef.of("revenue/total/FY2024"))))
        .withMessage("Calculation 'growth' takes no terms");
  }

  @Test
  void test_operator_parse() {
    assertThat(Operator.parse("ratio-to-revenue")).isEqualTo(Operator.RATIO_TO_REVENUE);
    assertThatIllegalArgumentException().isThrownBy(() -> Operator.parse("grwoth"))
        .withMessageStartingWith("Unknown calculation 'grwoth': expected one of [growth, cagr, multiple,");
  }
}
