package dev.prospectus.calc;

import dev.prospectus.model.Args;
import dev.prospectus.model.Quantity;
import java.util.List;

/**
 * A calculation whose formula does not apply to its inputs, with the reason: growth from a
 * negative or zero base, a compound rate over a sign change.
 * <p>
 * For example growth of a gross loss of -24.7% into a gain of 12.2% is not a percentage change.
 * Reporting "-149%" there would flip the sign's meaning; this type says so instead.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  what was to be calculated
 * @param reason  why the formula does not apply, one sentence
 * @param inputs  the inputs
 */
public record NotMeaningful(String measure, String reason, List<Quantity> inputs) implements Calculation {

  /**
   * Creates the result.
   *
   * @param measure  the measure, not blank
   * @param reason  the reason, not blank
   * @param inputs  the inputs, not null
   * @throws IllegalArgumentException if an argument is null or blank
   */
  public NotMeaningful {
    Args.notBlank(measure, "measure");
    Args.notBlank(reason, "reason");
    inputs = List.copyOf(Args.noNulls(inputs, "inputs"));
  }

  @Override
  public boolean isMeaningful() {
    return false;
  }

  @Override
  public Derived derived() {
    throw new IllegalStateException(measure + " is not meaningful: " + reason);
  }

  /**
   * Returns the measure and the reason.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return measure + ": not meaningful (" + reason + ")";
  }
}
