package dev.prospectus.verify;

import dev.prospectus.internal.Args;

/**
 * A claim that a mean of whole-number values comes from a whole sum: the GRIM test as the R package
 * scrutiny defines it. A mean of 5.21 over 28 answers to a question scored in whole numbers is
 * possible (146 / 28 = 5.2143 rounds to 5.21); 4.74 over 25 is not (118 / 25 = 4.72 and
 * 119 / 25 = 4.76 fall either side).
 * <p>
 * Each value may be the sum of several whole-number items (a scale of several questions): the sum
 * is then over {@code count x items}. The count may itself be rounded: every whole number within its
 * range is tried. See {@link dev.prospectus.calc.MeanConsistency}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param mean  the printed mean
 * @param count  the number of values, a count
 * @param items  the whole-number items per value, positive
 */
public record WholeMean(Expression mean, Expression count, int items) implements Check {

  /**
   * Creates the check.
   *
   * @param mean  the mean, not null, not an incomplete calculation
   * @param count  the count, not null, not an incomplete calculation
   * @param items  the items per value, positive
   * @throws IllegalArgumentException if an argument is null or an incomplete calculation, or
   *     {@code items} is not positive
   */
  public WholeMean {
    Args.notNull(mean, "mean");
    Args.notNull(count, "count");
    Args.positive(items, "items");
    for (Expression e : new Expression[] {mean, count}) {
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
   * @param mean  the mean
   * @param count  the number of values
   * @param items  the whole-number items per value
   * @return the check
   */
  public static WholeMean of(Expression mean, Expression count, int items) {
    return new WholeMean(mean, count, items);
  }

  @Override
  public String describe() {
    return "mean " + mean.describe() + " of " + count.describe() + " whole-number values"
        + (items == 1 ? "" : " of " + items + " items each");
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
