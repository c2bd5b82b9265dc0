package dev.prospectus.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.DecimalRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MeanConsistencyTest {

  /** A printed mean's rounding range: half a unit of its last decimal either side. */
  private static DecimalRange mean(String printed) {
    BigDecimal value = new BigDecimal(printed);
    BigDecimal half = BigDecimal.ONE.movePointLeft(value.scale()).divide(BigDecimal.valueOf(2));
    return DecimalRange.ofClosed(value.subtract(half), value.add(half));
  }

  /** An exact count of n values. */
  private static DecimalRange count(long n) {
    return DecimalRange.ofClosed(BigDecimal.valueOf(n), BigDecimal.valueOf(n));
  }

  static Stream<Arguments> data_grim() {
    // The cases of the issue, as scrutiny's grim() answers them (items = 1, rounding "up_or_down").
    return Stream.of(
        // 5.21 x 28 = 145.88: 146 / 28 = 5.2143 rounds to 5.21
        Arguments.of("5.21", 28, true, "146/28 = 5.2143"),
        // 7.22 x 32 = 231.04: 231 / 32 = 7.21875 rounds to 7.22
        Arguments.of("7.22", 32, true, "231/32 = 7.2188"),
        // 4.74 x 25 = 118.5: 118 / 25 = 4.72 and 119 / 25 = 4.76
        Arguments.of("4.74", 25, false, "118/25 = 4.7200 119/25 = 4.7600"),
        // 5.23 x 29 = 151.67: 151 / 29 = 5.2069 and 152 / 29 = 5.2414
        Arguments.of("5.23", 29, false, "151/29 = 5.2069 152/29 = 5.2414"),
        // 2.57 x 24 = 61.68: 61 / 24 = 2.5417 and 62 / 24 = 2.5833
        Arguments.of("2.57", 24, false, "61/24 = 2.5417 62/24 = 2.5833"),
        // 5.27 x 43 = 226.61: 226 / 43 = 5.2558 and 227 / 43 = 5.2791
        Arguments.of("5.27", 43, false, "226/43 = 5.2558 227/43 = 5.2791"));
  }

  @ParameterizedTest
  @MethodSource("data_grim")
  void test_check_grimCases(String printed, int n, boolean consistent, String sums) {
    MeanConsistency r = MeanConsistency.check(count(n), mean(printed), 1);
    assertThat(r.isConsistent()).isEqualTo(consistent);
    String shown = consistent ? r.found().orElseThrow().toString()
        : r.nearest().get(0) + " " + r.nearest().get(1);
    assertThat(shown).isEqualTo(sums);
  }

  @Test
  void test_check_itemsMultiplyTheGranularity() {
    // 4.74 over 25 people answering two whole-number items: sums over 50, 237 / 50 = 4.74 exactly
    MeanConsistency two = MeanConsistency.check(count(25), mean("4.74"), 2);
    assertThat(two.isConsistent()).isTrue();
    assertThat(two.found().orElseThrow()).hasToString("237/(25 x 2) = 4.7400");
    assertThat(two.toString()).isEqualTo("237/(25 x 2) = 4.7400 in [4.735, 4.745]");
  }

  @Test
  void test_check_halfWayIsEitherWay() {
    // 0.125 x 8 = 1: a mean of exactly 0.125 may have been printed 0.12 or 0.13 (rounding "up_or_down")
    assertThat(MeanConsistency.check(count(8), mean("0.12"), 1).isConsistent()).isTrue();
    assertThat(MeanConsistency.check(count(8), mean("0.13"), 1).isConsistent()).isTrue();
  }

  @Test
  void test_check_largeSamplesAreAlwaysConsistent() {
    // n x items >= 10^decimals: every two-decimal mean has a whole sum, the test says nothing
    for (int hundredths = 100; hundredths < 200; hundredths++) {
      String printed = BigDecimal.valueOf(hundredths, 2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
      assertThat(MeanConsistency.check(count(100), mean(printed), 1).isConsistent()).as(printed).isTrue();
    }
  }

  @Test
  void test_check_negativeMeansAndRoundedCounts() {
    // a scale from -3 to 3: -1.21 over 28 is -34 / 28 = -1.2143
    assertThat(MeanConsistency.check(count(28), mean("-1.21"), 1).found().orElseThrow())
        .hasToString("-34/28 = -1.2143");
    // "about 25" values, [20, 30]: 20, 21 and 22 admit no whole sum (94.7 to 94.9, 99.435 to 99.645, 104.17 to
    // 104.39); 23 does: 109 / 23 = 4.7391
    MeanConsistency about = MeanConsistency.check(DecimalRange.ofClosed("20", "30"), mean("4.74"), 1);
    assertThat(about.found().orElseThrow()).hasToString("109/23 = 4.7391");
    assertThat(about.describeCounts()).isEqualTo("any of 20 to 30");
  }

  @Test
  void test_check_rejectsUnboundedRanges() {
    assertThatIllegalArgumentException().isThrownBy(() -> MeanConsistency.check(DecimalRange.atLeast(
        BigDecimal.TEN), mean("4.74"), 1)).withMessageStartingWith("A mean test needs a count and a mean bounded");
    assertThatIllegalArgumentException().isThrownBy(() -> MeanConsistency.check(count(25), mean("4.74"), 0))
        .withMessage("Argument 'items' must be positive but has value 0");
  }
}
