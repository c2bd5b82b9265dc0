package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.percent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.prospectus.model.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotMeaningfulTest {

  // MiniMax gross margin: -24.7% in FY2023, 12.2% in FY2024
  private static final Figure FY2023 = percent("gross_margin", "FY2023", "-24.7");
  private static final Figure FY2024 = percent("gross_margin", "FY2024", "12.2");
  private static final NotMeaningful GROWTH = new NotMeaningful(Measure.GROWTH,
      "gross_margin growth FY2024 over FY2023",
      NotMeaningful.Reason.NEGATIVE_BASE,
          "prior value -24.7% is not positive: growth from a negative base is not a percentage change",
      List.of(FY2024, FY2023));

  @Test
  void test_derived_throwsWithReason() {
    assertThat(GROWTH.isMeaningful()).isFalse();
    assertThatIllegalStateException()
        .isThrownBy(GROWTH::derived)
        .withMessage("gross_margin growth FY2024 over FY2023 is not meaningful: prior value -24.7% is not positive:"
            + " growth from a negative base is not a percentage change");
  }

  @Test
  void test_toString_measureAndReason() {
    assertThat(GROWTH.toString()).isEqualTo("gross_margin growth FY2024 over FY2023: not meaningful (prior value"
        + " -24.7% is not positive: growth from a negative base is not a percentage change)");
  }

  @Test
  void test_new_blankReason() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NotMeaningful(Measure.GROWTH, "gross_margin growth FY2024 over FY2023",
            NotMeaningful.Reason.NEGATIVE_BASE, "", List.of()))
        .withMessage("Argument 'explanation' must not be blank but has value ''");
  }

  @Test
  void test_equals_sameMeasureReasonInputs() {
    assertThat(GrowthCalculator.yearOnYear(FY2024, FY2023)).isEqualTo(GROWTH);
    assertThat(GROWTH.inputs()).containsExactly(FY2024, FY2023);
  }
}
