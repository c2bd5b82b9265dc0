package dev.prospectus.verify;

import dev.prospectus.internal.Args;

/**
 * A claim that a percentage of a whole count comes from a whole number: "385名員工中,研發人員占比高達73.8%"
 * is right only if some whole number {@code k} of 385 staff gives {@code k / 385} within the
 * rounding of 73.8% ({@code k = 284}: 73.766%).
 * <p>
 * The count may itself be rounded ("約300人"): every whole number within its range is tried. See
 * {@link dev.prospectus.calc.IntegerConsistency}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param count  the whole, a count such as a headcount
 * @param share  the printed percentage of it
 */
public record WholeCount(Expression count, Expression share) implements Check {

  /**
   * Creates the check.
   *
   * @param count  the count, not null, not an incomplete calculation
   * @param share  the share in percent, not null, not an incomplete calculation
   * @throws IllegalArgumentException if an argument is null or an incomplete calculation
   */
  public WholeCount {
    Args.notNull(count, "count");
    Args.notNull(share, "share");
    for (Expression e : new Expression[] {count, share}) {
      if (e instanceof Operation o) {
        if (!o.missingParameters().isEmpty()) {
          throw new IllegalArgumentException("Incomplete calculation: " + String.join("; ", o.missingParameters()));
        }
      }
    }
  }

  /**
   * Obtains the check.
   *
   * @param count  the count
   * @param share  the share in percent
   * @return the check
   */
  public static WholeCount of(Expression count, Expression share) {
    return new WholeCount(count, share);
  }

  @Override
  public String describe() {
    return "whole number of " + count.describe() + " at " + share.describe();
  }

  /**
   * Returns the description.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return describe();
  }
}
