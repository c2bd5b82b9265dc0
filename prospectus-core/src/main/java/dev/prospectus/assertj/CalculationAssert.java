package dev.prospectus.assertj;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.verify.Judgement;
import dev.prospectus.verify.VerdictStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Calculation}: whether it is meaningful, its value and range, and whether
 * a printed figure is consistent with it by the rules of {@link Judgement}.
 * <p>
 * For example {@code assertThat(growth).isConsistentWith("782.2%").hasRange("780.66", "783.51")}.
 * A failure message shows both ranges, the reason and the full explanation of the calculation,
 * with every input and its source.
 */
public final class CalculationAssert extends AbstractAssert<CalculationAssert, Calculation> {

  /**
   * Creates the assertion; use {@link ProspectusAssertions#assertThat(Calculation)}.
   *
   * @param actual  the calculation
   */
  CalculationAssert(Calculation actual) {
    super(actual, CalculationAssert.class);
  }

  /**
   * Verifies that the calculation produced a value.
   *
   * @return this assertion
   */
  public CalculationAssert isMeaningful() {
    isNotNull();
    if (!actual.isMeaningful()) {
      failWithMessage("Expecting %s to be meaningful but it is not:%n  %s", actual.label(), actual);
    }
    return this;
  }

  /**
   * Verifies that the formula did not apply to the inputs.
   *
   * @return this assertion
   */
  public CalculationAssert isNotMeaningful() {
    isNotNull();
    if (actual.isMeaningful()) {
      failWithMessage("Expecting %s not to be meaningful but it is %s%n%s", actual.label(), actual,
          actual.derived().explain());
    }
    return this;
  }

  /**
   * Verifies that a printed figure is consistent with the calculation: for a plain, "about" or
   * "nearly" figure the ranges meet; for "over", "under" and the like every computed value
   * satisfies the bound.
   *
   * @param printed  the figure as printed, such as {@code "782.2%"} or {@code "超過1365%"}
   * @return this assertion
   */
  public CalculationAssert isConsistentWith(String printed) {
    return hasStatusAgainst(printed, VerdictStatus.CONSISTENT);
  }

  /**
   * Verifies that no value of the calculation within rounding gives the printed figure.
   *
   * @param printed  the figure as printed
   * @return this assertion
   */
  public CalculationAssert isInconsistentWith(String printed) {
    return hasStatusAgainst(printed, VerdictStatus.INCONSISTENT);
  }

  /**
   * Verifies that the calculation straddles the bound a printed figure states: the claim holds for
   * some values within rounding and fails for others.
   *
   * @param printed  the figure as printed, such as {@code "超過1365%"}
   * @return this assertion
   */
  public CalculationAssert isUndecidableAgainst(String printed) {
    return hasStatusAgainst(printed, VerdictStatus.UNDECIDABLE);
  }

  private CalculationAssert hasStatusAgainst(String printed, VerdictStatus expected) {
    Derived d = derived();
    Judgement j = Judgement.of(d, printed);
    if (j.status() != expected) {
      failWithMessage("Expecting %s to be %s with '%s' but was %s: %s%n  computed: %s%n  reported: %s%n%s",
          d.label(), expected, printed, j.status(), j.reason(), d, j.reported(), d.explain());
    }
    return this;
  }

  /**
   * Verifies the range, rounded outward to the decimal places of the expected ends: the low end
   * down, the high end up. {@code hasRange("780.66", "783.51")} passes for
   * {@code [780.6637..., 783.5021...]}.
   *
   * @param low  the expected low end, such as {@code "780.66"}
   * @param high  the expected high end, such as {@code "783.51"}
   * @return this assertion
   */
  public CalculationAssert hasRange(String low, String high) {
    Derived d = derived();
    BigDecimal lo = new BigDecimal(low);
    BigDecimal hi = new BigDecimal(high);
    DecimalRange r = d.range();
    if (!r.isBounded()) {
      failWithMessage("Expecting %s to have range [%s, %s] but was %s, bounded on one side only%n%s", d.label(), low,
          high, r, d.explain());
    }
    BigDecimal actualLow = r.low().setScale(lo.scale(), RoundingMode.FLOOR);
    BigDecimal actualHigh = r.high().setScale(hi.scale(), RoundingMode.CEILING);
    if (actualLow.compareTo(lo) != 0 || actualHigh.compareTo(hi) != 0) {
      failWithMessage("Expecting %s to have range [%s, %s] but was [%s, %s] (exactly %s)%n%s", d.label(), low, high,
          actualLow.toPlainString(), actualHigh.toPlainString(), r, d.explain());
    }
    return this;
  }

  /**
   * Verifies the point value, rounded half-even to the decimal places of the expected value.
   *
   * @param value  the expected value, such as {@code "782.08"}
   * @return this assertion
   */
  public CalculationAssert hasValue(String value) {
    Derived d = derived();
    BigDecimal expected = new BigDecimal(value);
    BigDecimal rounded = d.value().setScale(expected.scale(), RoundingMode.HALF_EVEN);
    if (rounded.compareTo(expected) != 0) {
      failWithMessage("Expecting %s to have value %s but was %s (exactly %s)%n%s", d.label(), value,
          rounded.toPlainString(), d.value().toPlainString(), d.explain());
    }
    return this;
  }

  private Derived derived() {
    isMeaningful();
    return actual.derived();
  }
}
