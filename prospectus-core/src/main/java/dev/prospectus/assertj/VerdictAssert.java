package dev.prospectus.assertj;

import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.VerdictStatus;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Verdict}: its status and the figures it found missing.
 * <p>
 * For example {@code assertThat(verdict).isConsistent()}. A failure message shows the verdict's
 * full explanation: both ranges, the reason, the claim's source and every input with its source.
 */
public final class VerdictAssert extends AbstractAssert<VerdictAssert, Verdict> {

  /**
   * Creates the assertion; use {@link ProspectusAssertions#assertThat(Verdict)}.
   *
   * @param actual  the verdict
   */
  VerdictAssert(Verdict actual) {
    super(actual, VerdictAssert.class);
  }

  /**
   * Verifies the status.
   *
   * @param expected  the expected status
   * @return this assertion
   */
  public VerdictAssert hasStatus(VerdictStatus expected) {
    isNotNull();
    if (actual.status() != expected) {
      failWithMessage("Expecting claim '%s' to be %s but was %s%n%s", actual.id(), expected, actual.status(),
          actual.explain());
    }
    return this;
  }

  /**
   * Verifies that the claim holds.
   *
   * @return this assertion
   */
  public VerdictAssert isConsistent() {
    return hasStatus(VerdictStatus.CONSISTENT);
  }

  /**
   * Verifies that no values of the inputs within their rounding make the claim true.
   *
   * @return this assertion
   */
  public VerdictAssert isInconsistent() {
    return hasStatus(VerdictStatus.INCONSISTENT);
  }

  /**
   * Verifies that the claim holds for some values within rounding and fails for others.
   *
   * @return this assertion
   */
  public VerdictAssert isUndecidable() {
    return hasStatus(VerdictStatus.UNDECIDABLE);
  }

  /**
   * Verifies that the claim could not be checked.
   *
   * @return this assertion
   */
  public VerdictAssert isUnverifiable() {
    return hasStatus(VerdictStatus.UNVERIFIABLE);
  }

  /**
   * Verifies that the claim could not be checked for want of exactly these figures.
   *
   * @param keys  the missing figures, such as {@code "fx_rate/total/2025-12-21"}
   * @return this assertion
   */
  public VerdictAssert isMissing(String... keys) {
    isUnverifiable();
    if (!actual.missing().equals(List.of(keys))) {
      failWithMessage("Expecting claim '%s' to miss %s but it misses %s%n%s", actual.id(), List.of(keys),
          actual.missing(), actual.explain());
    }
    return this;
  }
}
