package dev.prospectus.assertj;

import static dev.prospectus.assertj.ProspectusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prospectus.calc.Derived;
import dev.prospectus.calc.Measure;
import dev.prospectus.calc.NotMeaningful;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalculationAssertTest {

  // Revenue growth 3052萬 over 346萬: point 30520000 / 3460000 - 1 = 782.0809%, range
  // [30515000 / 3465000 - 1, 30525000 / 3455000 - 1] = [780.66378%, 783.50217%].
  private static final Derived GROWTH = Derived.of(Measure.AS_REPORTED, "revenue growth FY2024 over FY2023",
      new BigDecimal("782.0809248554913294797687861271676"),
      DecimalRange.ofClosed("780.6637806637806637806637806637806", "783.5021707670043415340086830680174"),
      Unit.PERCENT, "current / prior - 1", List.of(), List.of());

  @Test
  void test_isConsistentWith() {
    assertThat(GROWTH).isMeaningful().isConsistentWith("782.2%").isConsistentWith("782%")
        .isInconsistentWith("790%").isUndecidableAgainst("超過782%").isConsistentWith("超過780%")
        .hasValue("782.08").hasRange("780.66", "783.51");
  }

  @Test
  void test_isConsistentWith_failure() {
    assertThatThrownBy(() -> assertThat(GROWTH).isConsistentWith("790%")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting revenue growth FY2024 over FY2023 to be CONSISTENT with '790%' but was"
            + " INCONSISTENT: computed [780.66%, 783.51%] lies below reported [785.00%, 795.00%]")
        .hasMessageContaining("computed: 782.08% [780.66%, 783.51%]")
        .hasMessageContaining("reported: 790% [785.00%, 795.00%]")
        .hasMessageContaining("formula: current / prior - 1");
  }

  @Test
  void test_hasRange_failure() {
    assertThatThrownBy(() -> assertThat(GROWTH).hasRange("780.67", "783.51")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting revenue growth FY2024 over FY2023 to have range [780.67, 783.51] but was"
            + " [780.66, 783.51]");
  }

  @Test
  void test_hasValue_failure() {
    // 782.0809... rounds to 782.08 at two places, not 782.09.
    assertThatThrownBy(() -> assertThat(GROWTH).hasValue("782.09")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting revenue growth FY2024 over FY2023 to have value 782.09 but was 782.08"
            + " (exactly 782.0809248554913294797687861271676)");
  }

  @Test
  void test_notMeaningful() {
    NotMeaningful nm = new NotMeaningful(Measure.GROWTH, "growth", NotMeaningful.Reason.NEGATIVE_BASE,
        "the prior value is negative", List.of());
    assertThat(nm).isNotMeaningful();
    assertThatThrownBy(() -> assertThat(nm).isConsistentWith("1%")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting growth to be meaningful but it is not:")
        .hasMessageContaining("the prior value is negative");
  }
}
