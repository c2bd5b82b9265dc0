package dev.prospectus.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.DecimalRange;
import org.junit.jupiter.api.Test;

class IntegerConsistencyTest {

  private static final DecimalRange STAFF = DecimalRange.ofClosed("384.5", "385.5");

  @Test
  void test_check_found() {
    // 73.8% is [73.75, 73.85]; 385 x 73.75 / 100 = 283.94, 385 x 73.85 / 100 = 284.32: k = 284,
    // and 284 / 385 = 73.766%.
    IntegerConsistency r = IntegerConsistency.check(STAFF, DecimalRange.ofClosed("73.75", "73.85"));
    assertThat(r.isConsistent()).isTrue();
    assertThat(r.found()).contains(new IntegerConsistency.WholePart(284, 385));
    assertThat(r.found().orElseThrow().percent()).isEqualByComparingTo("73.76623376623376623376623376623377");
    assertThat(r.toString()).isEqualTo("284/385 = 73.766% in [73.75, 73.85]");
    assertThat(r.describeCounts()).isEqualTo("385");
  }

  @Test
  void test_check_none() {
    // 73.9% is [73.85, 73.95]: 385 x 0.7385 = 284.32, 385 x 0.7395 = 284.71, no whole k between.
    IntegerConsistency r = IntegerConsistency.check(STAFF, DecimalRange.ofClosed("73.85", "73.95"));
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.nearest()).containsExactly(new IntegerConsistency.WholePart(284, 385),
        new IntegerConsistency.WholePart(285, 385));
    assertThat(r.toString()).isEqualTo("no whole part of [384.5, 385.5] in [73.85, 73.95], nearest"
        + " [284/385 = 73.766%, 285/385 = 74.026%]");
  }

  @Test
  void test_check_roundedCount() {
    // "約10人" [9.5 - 0.5, 10.5 + 0.5] = [9, 11]: 33.3% [33.25, 33.35] is 3 / 9 = 33.333%.
    IntegerConsistency r = IntegerConsistency.check(DecimalRange.ofClosed("9", "11"),
        DecimalRange.ofClosed("33.25", "33.35"));
    assertThat(r.found()).contains(new IntegerConsistency.WholePart(3, 9));
    assertThat(r.describeCounts()).isEqualTo("any of 9 to 11");
  }

  @Test
  void test_check_noWholeCount() {
    IntegerConsistency r = IntegerConsistency.check(DecimalRange.ofClosed("10.2", "10.8"),
        DecimalRange.ofClosed("50", "50"));
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.nearest()).isEmpty();
    assertThat(r.describeCounts()).isEqualTo("no whole count");
  }

  @Test
  void test_check_tooNarrow() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IntegerConsistency.check(DecimalRange.ofClosed("1", "5000000"),
            DecimalRange.ofClosed("0.0000001", "0.0000001")))
        .withMessage("Percentage range [0.0000001, 0.0000001] is too narrow to search counts [1, 5000000] for a whole"
            + " part");
  }

  @Test
  void test_wholePart_invalid() {
    assertThatIllegalArgumentException().isThrownBy(() -> new IntegerConsistency.WholePart(386, 385))
        .withMessage("Argument 'part' must be 0 to 385 but has value 386");
  }
}
