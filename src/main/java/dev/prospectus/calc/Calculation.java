package dev.prospectus.calc;

import dev.prospectus.model.Quantity;
import java.util.List;

/**
 * The outcome of a calculator: a {@link Derived} value with its range, or {@link NotMeaningful}
 * when the formula does not apply to the inputs (growth from a zero or negative base, say).
 * <p>
 * A calculation that is not meaningful is an answer, not an error: it carries the reason and the
 * inputs, so a report can print it.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface Calculation permits Derived, NotMeaningful {

  /**
   * The name of what was calculated, such as {@code "revenue growth FY2024 over FY2023"}.
   *
   * @return the measure
   */
  String measure();

  /**
   * The inputs, each a reported figure or an earlier calculation.
   *
   * @return the inputs
   */
  List<Quantity> inputs();

  /**
   * Checks whether the calculation produced a value.
   *
   * @return true for {@link Derived}
   */
  boolean isMeaningful();

  /**
   * The value, for a meaningful calculation.
   *
   * @return the derived value
   * @throws IllegalStateException if the calculation is not meaningful, with the reason
   */
  Derived derived();
}
