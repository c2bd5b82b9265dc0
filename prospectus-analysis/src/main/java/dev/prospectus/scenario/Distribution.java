package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apache.commons.math3.distribution.ConstantRealDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A stated distribution of an uncertain input, drawn by a Monte Carlo simulation: fixed, normal,
 * uniform, triangular or log-normal.
 * <p>
 * For example {@code Distribution.normal(new BigDecimal("20666667"), new BigDecimal("2000000"))} is a
 * monthly burn of about US$20.67M give or take US$2M. A distribution is an assumption, not data: the
 * projection reports it with its results.
 * <p>
 * The parameters are exact decimals; {@link #toRealDistribution} builds the Commons Math
 * distribution that samples it, in double precision, from a caller's seeded generator. That object is
 * mutable and belongs to one simulation.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface Distribution permits Distribution.Fixed, Distribution.Normal, Distribution.Uniform,
    Distribution.Triangular, Distribution.LogNormal {

  /**
   * Obtains a distribution that always gives one value: no uncertainty.
   *
   * @param value  the value
   * @return the distribution
   */
  static Fixed fixed(BigDecimal value) {
    return new Fixed(value);
  }

  /**
   * Obtains a normal distribution.
   *
   * @param mean  the mean
   * @param standardDeviation  the standard deviation, positive
   * @return the distribution
   */
  static Normal normal(BigDecimal mean, BigDecimal standardDeviation) {
    return new Normal(mean, standardDeviation);
  }

  /**
   * Obtains a uniform distribution on {@code [lower, upper]}.
   *
   * @param lower  the lower bound
   * @param upper  the upper bound, above {@code lower}
   * @return the distribution
   */
  static Uniform uniform(BigDecimal lower, BigDecimal upper) {
    return new Uniform(lower, upper);
  }

  /**
   * Obtains a triangular distribution.
   *
   * @param lower  the lower bound
   * @param mode  the most likely value, from {@code lower} to {@code upper}
   * @param upper  the upper bound, above {@code lower}
   * @return the distribution
   */
  static Triangular triangular(BigDecimal lower, BigDecimal mode, BigDecimal upper) {
    return new Triangular(lower, mode, upper);
  }

  /**
   * Obtains a log-normal distribution from its median and the standard deviation of its logarithm.
   *
   * @param median  the median, positive
   * @param logStandardDeviation  the standard deviation of the natural logarithm, positive
   * @return the distribution
   */
  static LogNormal logNormal(BigDecimal median, BigDecimal logStandardDeviation) {
    return new LogNormal(median, logStandardDeviation);
  }

  /**
   * Builds the Commons Math distribution that samples this one with a given generator.
   *
   * @param random  the generator, such as {@code new Well19937c(seed)}
   * @return a new, mutable distribution for one simulation
   */
  RealDistribution toRealDistribution(RandomGenerator random);

  //-------------------------------------------------------------------------
  /**
   * A distribution with a single value, Commons Math's {@code ConstantRealDistribution}.
   * <p>
   * This class is immutable and thread-safe.
   *
   * @param value  the value
   */
  record Fixed(BigDecimal value) implements Distribution {

    /**
     * Creates the distribution.
     *
     * @param value  the value, not null
     * @throws IllegalArgumentException if the value is null
     */
    public Fixed {
      Args.notNull(value, "value");
    }

    @Override
    public RealDistribution toRealDistribution(RandomGenerator random) {
      Args.notNull(random, "random");
      return new ConstantRealDistribution(value.doubleValue());
    }

    /**
     * Returns {@code Fixed(20666667)}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "Fixed(" + shown(value) + ")";
    }
  }

  /**
   * A normal distribution, Commons Math's {@code NormalDistribution}.
   * <p>
   * This class is immutable and thread-safe.
   *
   * @param mean  the mean
   * @param standardDeviation  the standard deviation, positive
   */
  record Normal(BigDecimal mean, BigDecimal standardDeviation) implements Distribution {

    /**
     * Creates the distribution.
     *
     * @param mean  the mean, not null
     * @param standardDeviation  the standard deviation, positive
     * @throws IllegalArgumentException if an argument is null or the deviation is not positive
     */
    public Normal {
      Args.notNull(mean, "mean");
      Args.positive(standardDeviation, "standardDeviation");
    }

    @Override
    public RealDistribution toRealDistribution(RandomGenerator random) {
      Args.notNull(random, "random");
      return new NormalDistribution(random, mean.doubleValue(), standardDeviation.doubleValue());
    }

    /**
     * Returns {@code Normal(mean 20666667, sd 2000000)}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "Normal(mean " + shown(mean) + ", sd " + shown(standardDeviation) + ")";
    }
  }

  /**
   * A uniform distribution, Commons Math's {@code UniformRealDistribution}.
   * <p>
   * This class is immutable and thread-safe.
   *
   * @param lower  the lower bound
   * @param upper  the upper bound
   */
  record Uniform(BigDecimal lower, BigDecimal upper) implements Distribution {

    /**
     * Creates the distribution.
     *
     * @param lower  the lower bound, not null
     * @param upper  the upper bound, above {@code lower}
     * @throws IllegalArgumentException if a bound is null or {@code lower >= upper}
     */
    public Uniform {
      Args.notNull(lower, "lower");
      Args.notNull(upper, "upper");
      Args.isTrue(lower.compareTo(upper) < 0, "Invalid uniform distribution: expected 'lower' < 'upper' but found "
          + lower.toPlainString() + " >= " + upper.toPlainString());
    }

    @Override
    public RealDistribution toRealDistribution(RandomGenerator random) {
      Args.notNull(random, "random");
      return new UniformRealDistribution(random, lower.doubleValue(), upper.doubleValue());
    }

    /**
     * Returns {@code Uniform(1, 3)}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "Uniform(" + shown(lower) + ", " + shown(upper) + ")";
    }
  }

  /**
   * A triangular distribution, Commons Math's {@code TriangularDistribution}.
   * <p>
   * This class is immutable and thread-safe.
   *
   * @param lower  the lower bound
   * @param mode  the most likely value
   * @param upper  the upper bound
   */
  record Triangular(BigDecimal lower, BigDecimal mode, BigDecimal upper) implements Distribution {

    /**
     * Creates the distribution.
     *
     * @param lower  the lower bound, not null
     * @param mode  the mode, from {@code lower} to {@code upper}
     * @param upper  the upper bound, above {@code lower}
     * @throws IllegalArgumentException if an argument is null or they are out of order
     */
    public Triangular {
      Args.notNull(lower, "lower");
      Args.notNull(mode, "mode");
      Args.notNull(upper, "upper");
      Args.isTrue(lower.compareTo(upper) < 0 && lower.compareTo(mode) <= 0 && mode.compareTo(upper) <= 0,
          "Invalid triangular distribution: expected 'lower' <= 'mode' <= 'upper' and 'lower' < 'upper' but found "
          + lower.toPlainString() + ", " + mode.toPlainString() + ", " + upper.toPlainString());
    }

    @Override
    public RealDistribution toRealDistribution(RandomGenerator random) {
      Args.notNull(random, "random");
      return new TriangularDistribution(random, lower.doubleValue(), mode.doubleValue(), upper.doubleValue());
    }

    /**
     * Returns {@code Triangular(1, 2, 4)}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "Triangular(" + shown(lower) + ", " + shown(mode) + ", " + shown(upper) + ")";
    }
  }

  /**
   * A log-normal distribution: {@code ln X} is normal with mean {@code ln median} and standard
   * deviation {@code logStandardDeviation}; Commons Math's {@code LogNormalDistribution} with scale
   * {@code ln median} and shape {@code logStandardDeviation}. Always positive.
   * <p>
   * This class is immutable and thread-safe.
   *
   * @param median  the median
   * @param logStandardDeviation  the standard deviation of {@code ln X}
   */
  record LogNormal(BigDecimal median, BigDecimal logStandardDeviation) implements Distribution {

    /**
     * Creates the distribution.
     *
     * @param median  the median, positive
     * @param logStandardDeviation  the standard deviation of the logarithm, positive
     * @throws IllegalArgumentException if an argument is null or not positive
     */
    public LogNormal {
      Args.positive(median, "median");
      Args.positive(logStandardDeviation, "logStandardDeviation");
    }

    @Override
    public RealDistribution toRealDistribution(RandomGenerator random) {
      Args.notNull(random, "random");
      return new LogNormalDistribution(random, Math.log(median.doubleValue()), logStandardDeviation.doubleValue());
    }

    /**
     * Returns {@code LogNormal(median 20666667, log sd 0.1)}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "LogNormal(median " + shown(median) + ", log sd " + shown(logStandardDeviation) + ")";
    }
  }

  /** A parameter as people read it: ten significant digits at most, no trailing zeros. */
  private static String shown(BigDecimal value) {
    BigDecimal rounded = value.round(new MathContext(10, RoundingMode.HALF_EVEN));
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }
}
