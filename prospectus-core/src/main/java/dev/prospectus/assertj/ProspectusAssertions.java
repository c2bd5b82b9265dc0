package dev.prospectus.assertj;

import dev.prospectus.calc.Calculation;
import dev.prospectus.verify.Verdict;

/**
 * Entry point of the AssertJ assertions for calculations and verdicts, for users' own tests.
 * <p>
 * For example:
 * <pre>
 *   import static dev.prospectus.assertj.ProspectusAssertions.assertThat;
 *
 *   assertThat(GrowthCalculator.yearOnYear(revenue2024, revenue2023)).isConsistentWith("782.2%");
 *   assertThat(Verifier.verify(dataset, claim)).isConsistent();
 * </pre>
 * A failure shows the computed and the reported range, the reason, and every input with its
 * source. AssertJ is an optional dependency of the library: add {@code org.assertj:assertj-core}
 * to your test dependencies to use this package.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class ProspectusAssertions {

  private ProspectusAssertions() {
  }

  /**
   * Starts assertions on a calculation, such as a growth or a margin.
   *
   * @param actual  the calculation, a derived value or a not-meaningful answer
   * @return the assertion
   */
  public static CalculationAssert assertThat(Calculation actual) {
    return new CalculationAssert(actual);
  }

  /**
   * Starts assertions on a verdict.
   *
   * @param actual  the verdict
   * @return the assertion
   */
  public static VerdictAssert assertThat(Verdict actual) {
    return new VerdictAssert(actual);
  }
}
