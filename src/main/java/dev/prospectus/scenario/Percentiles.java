package dev.prospectus.scenario;

import dev.prospectus.model.Args;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Percentiles of samples by Commons Math's {@link Percentile}, estimation type R-7: linear
 * interpolation between order statistics at rank {@code (n - 1) p + 1}, the definition of NumPy's
 * default and spreadsheets' PERCENTILE.INC.
 * <p>
 * The input is checked before Commons Math sees it, since an empty sample would give NaN.
 */
final class Percentiles {

  private Percentiles() {
  }

  /**
   * The {@code percent}-th percentile of the values.
   *
   * @param values  the sample, not empty, finite
   * @param percent  the percentile, above 0 and at most 100
   * @return the percentile
   */
  static double of(double[] values, double percent) {
    Args.isTrue(values.length > 0, "A percentile needs at least one value but the sample is empty");
    Args.isTrue(percent > 0 && percent <= 100,
        "Argument 'percent' must be above 0 and at most 100 but has value " + percent);
    // Created per call: Percentile caches its sorted work array and is not thread-safe.
    return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, percent);
  }
}
