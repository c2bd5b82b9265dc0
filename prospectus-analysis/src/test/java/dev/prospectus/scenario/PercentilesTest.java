package dev.prospectus.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  /** What Commons Math's R-7 percentile, which the simulation used before it sorted once, gives. */
  private static double commonsMath(double[] values, double percent) {
    return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, percent);
  }

  @Test
  void test_ofSorted_linearInterpolationR7() {
    // rank (n - 1) p + 1 over 1, 2, 3, 4: P50 at 2.5 -> 2.5; P5 at 1.15 -> 1.15; P95 at 3.85 -> 3.85
    double[] values = {1, 2, 3, 4};
    assertThat(Percentiles.ofSorted(values, 50)).isEqualTo(2.5);
    assertThat(Percentiles.ofSorted(values, 5)).isCloseTo(1.15, offset(1e-12))
        .isEqualTo(commonsMath(values, 5));
    assertThat(Percentiles.ofSorted(values, 95)).isCloseTo(3.85, offset(1e-12))
        .isEqualTo(commonsMath(values, 95));
    assertThat(Percentiles.ofSorted(values, 100)).isEqualTo(4.0);
    assertThat(Percentiles.ofSorted(new double[] {7}, 5)).isEqualTo(7.0);
  }

  /**
   * The same bits as Commons Math for samples of every size up to 60, with repeated values, negative
   * and infinite values, at the percentiles the reports use and at odd ones.
   */
  @Test
  void test_ofSorted_equalsCommonsMathToTheLastBit() {
    Random random = new Random(20_251_221L);
    double[] percents = {Double.MIN_VALUE, 1e-9, 0.5, 5, 12.5, 33.3, 50, 66.7, 95, 99.9, 100};
    int compared = 0;
    for (int n = 1; n <= 60; n++) {
      for (int sample = 0; sample < 5; sample++) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = switch (random.nextInt(8)) {
            case 0 -> Math.floor(random.nextDouble() * 4);
            case 1 -> -1e9 * random.nextDouble();
            case 2 -> random.nextBoolean() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            default -> 1e9 * random.nextGaussian();
          };
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (double percent : percents) {
          double expected = commonsMath(values, percent);
          assertThat(Double.doubleToRawLongBits(Percentiles.ofSorted(sorted, percent)))
              .as("P%s of %s", percent, Arrays.toString(values)).isEqualTo(Double.doubleToRawLongBits(expected));
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(60 * 5 * 11);
  }

  @Test
  void test_ofSorted_empty() {
    assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.ofSorted(new double[0], 50))
        .withMessage("A percentile needs at least one value but the sample is empty");
  }

  @Test
  void test_ofSorted_percentOutOfRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.ofSorted(new double[] {1}, 0))
        .withMessage("Argument 'percent' must be above 0 and at most 100 but has value 0.0");
  }

  @Test
  void test_ofSorted_nan() {
    assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.ofSorted(new double[] {1, Double.NaN}, 50))
        .withMessage("A percentile needs numbers but the sample holds NaN");
  }

  /**
   * Selection gives the very values sorting gives, to the last bit, for samples with repeats, signed
   * zeros and infinities, of sizes up to 300 and of one value repeated 10,000 times (a fan's first
   * month), at the fan's percentiles and at odd ones in any order.
   */
  @Test
  void test_ofUnsorted_sameBitsAsSorting() {
    Random random = new Random(20_261_201L);
    double[][] asks = {{5, 50, 95}, {Double.MIN_VALUE, 50, 100}, {95, 5, 50}, {33.3}, {100, 100}, {0.5, 99.9}};
    double[] pool = {-0.0, 0.0, 1, -1, 2.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300, -7};
    for (int trial = 0; trial < 3000; trial++) {
      int n = 1 + random.nextInt(300);
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextBoolean() ? pool[random.nextInt(pool.length)] : random.nextGaussian() * 1e6;
      }
      double[] percents = asks[trial % asks.length];
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      double[] selected = Percentiles.ofUnsorted(values, percents);
      for (int i = 0; i < percents.length; i++) {
        assertThat(Double.doubleToRawLongBits(selected[i])).as("n %d, P%s", n, percents[i])
            .isEqualTo(Double.doubleToRawLongBits(Percentiles.ofSorted(sorted, percents[i])));
      }
    }
    double[] same = new double[10_000];
    Arrays.fill(same, 3.5);
    assertThat(Percentiles.ofUnsorted(same, 5, 50, 95)).containsExactly(3.5, 3.5, 3.5);
    assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.ofUnsorted(new double[] {1, Double.NaN}, 50))
        .withMessage("A percentile needs numbers but the sample holds NaN");
    assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.ofUnsorted(new double[0], 50))
        .withMessage("A percentile needs at least one value but the sample is empty");
  }

  /** Without -0.0 the selection compares primitives: the same bits as sorting, on fans' sizes and ties. */
  @Test
  void test_ofUnsorted_withoutNegativeZero_sameBitsAsSorting() {
    Random random = new Random(20_261_202L);
    double[][] asks = {{5, 50, 95}, {95, 50, 5}, {50}, {0.01, 99.99}, {100}};
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + random.nextInt(trial % 2 == 0 ? 20_000 : 2_000);
      double[] values = new double[n];
      int distinct = 1 + random.nextInt(n);
      for (int i = 0; i < n; i++) {
        // ties (a fan's paths that ran out of cash share a value), infinities and zeros among them
        values[i] = trial % 3 == 0 ? random.nextInt(distinct) : trial % 3 == 1 ? random.nextGaussian() * 1e9
            : new double[] {0.0, 1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}[random.nextInt(4)];
      }
      double[] percents = asks[trial % asks.length];
      assertSameBitsAsSorting(values, percents);
    }
    // Every 20th value (the ones a banded selection samples) far above the rest: the bands miss
    // their ranks and the selection is made in full, with the same answer.
    double[] skewed = new double[10_240];
    for (int i = 0; i < skewed.length; i++) {
      skewed[i] = i % 20 == 0 ? 1e12 + i : random.nextGaussian();
    }
    assertSameBitsAsSorting(skewed, new double[] {5, 50, 95});
  }

  /** Both selections, in full and by bands, against sorting. */
  private static void assertSameBitsAsSorting(double[] values, double[] percents) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] full = Percentiles.ofUnsorted(values.clone(), percents);
    double[] banded = Percentiles.ofUnsorted(values.clone(), new double[values.length], percents);
    for (int i = 0; i < percents.length; i++) {
      long expected = Double.doubleToRawLongBits(Percentiles.ofSorted(sorted, percents[i]));
      assertThat(Double.doubleToRawLongBits(full[i])).as("n %d, P%s", values.length, percents[i])
          .isEqualTo(expected);
      assertThat(Double.doubleToRawLongBits(banded[i])).as("banded, n %d, P%s", values.length, percents[i])
          .isEqualTo(expected);
    }
  }
}
