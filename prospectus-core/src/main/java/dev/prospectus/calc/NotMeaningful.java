package dev.prospectus.calc;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Quantity;
import java.util.List;

/**
 * A calculation whose formula does not apply to its inputs, with the reason as a type and in words:
 * growth from a negative or zero base, a compound rate over a sign change, a divisor whose range
 * reaches zero, an outflow that is not a burn.
 * <p>
 * For example growth of a gross loss of -24.7% into a gain of 12.2% is not a percentage change.
 * Reporting "-149%" there would flip the sign's meaning; this type says so instead.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  what was to be calculated
 * @param label  what was to be calculated, in words, such as {@code "revenue growth FY2024 over FY2023"}
 * @param reason  why the formula does not apply, as a type
 * @param explanation  why, in one sentence with the values
 * @param inputs  the inputs
 */
public record NotMeaningful(Measure measure, String label, Reason reason, String explanation, List<Quantity> inputs)
    implements Calculation {

  /** Why a formula does not apply to its inputs. */
  public enum Reason {
    /** The base of a growth, multiple or compound rate is negative. */
    NEGATIVE_BASE,
    /** The base of a growth, multiple or compound rate is zero. */
    ZERO_BASE,
    /** The base's point is positive but its range reaches zero or below. */
    BASE_MAY_NOT_BE_POSITIVE,
    /** The end of a compound rate is, or may be, negative: the rate would span a sign change. */
    SIGN_CHANGE,
    /** A divisor's range contains zero, so the quotient is unbounded. */
    DIVISOR_MAY_BE_ZERO,
    /** The flow is not an outflow (an operating inflow, a profit): there is no burn. */
    NO_BURN,
    /** The periods do not fit the formula, such as years that are not one apart for a growth. */
    MISMATCHED_PERIODS,
    /** An intermediate value is beyond the range the calculation can carry (a double, for powers). */
    BEYOND_RANGE,
    /** Earnings are a loss, or may be: a price-to-earnings multiple needs earnings. */
    NEGATIVE_EARNINGS,
    /**
     * An input is printed as "over" or "under" a number and the formula cannot bound the result:
     * the result could be anything ("over 10" minus "over 5"), or the method that bounds the
     * formula (a corner hull) needs every input bounded.
     */
    UNBOUNDED_INPUT,
    /**
     * The inputs are money in two currencies and no sourced exchange rate is applied: a result
     * across currencies is never computed at an assumed rate.
     */
    OTHER_CURRENCY,
    /** A figure the formula needs (such as borrowings for an enterprise value) is not in the dataset. */
    MISSING_INPUT
  }

  /**
   * Creates the result.
   *
   * @param measure  the measure, not null
   * @param label  the label, not blank
   * @param reason  the reason, not null
   * @param explanation  the explanation, not blank
   * @param inputs  the inputs, not null
   * @throws IllegalArgumentException if an argument is null or blank
   */
  public NotMeaningful {
    Args.notNull(measure, "measure");
    Args.notBlank(label, "label");
    Args.notNull(reason, "reason");
    Args.notBlank(explanation, "explanation");
    inputs = Args.listCopy(inputs, "inputs");
  }

  /**
   * Obtains the result.
   *
   * @param measure  what was to be calculated
   * @param label  what was to be calculated, in words
   * @param reason  why the formula does not apply
   * @param explanation  why, in one sentence with the values
   * @param inputs  the inputs
   * @return the result
   */
  public static NotMeaningful of(Measure measure, String label, Reason reason, String explanation,
      List<? extends Quantity> inputs) {
    return new NotMeaningful(measure, label, reason, explanation, Args.listCopy(inputs, "inputs"));
  }

  @Override
  public boolean isMeaningful() {
    return false;
  }

  @Override
  public Derived derived() {
    throw new IllegalStateException(label + " is not meaningful: " + explanation);
  }

  /**
   * Returns the label and the explanation.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return label + ": not meaningful (" + explanation + ")";
  }
}
