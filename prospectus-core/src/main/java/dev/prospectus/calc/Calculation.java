package dev.prospectus.calc;

import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of a calculator: a {@link Derived} value with its range, or {@link NotMeaningful}
 * when the formula does not apply to the inputs (growth from a zero or negative base, say).
 * <p>
 * A calculation that is not meaningful is an answer, not an error: it carries the reason and the
 * inputs, so a report can print it. What was calculated is a type, {@link #measure()}, with the
 * figure keys it reads, {@link #subject()}; {@link #label()} says it in words.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface Calculation permits Derived, NotMeaningful {

  /**
   * What was calculated, as a type.
   *
   * @return the measure, such as {@link Measure#GROWTH}
   */
  Measure measure();

  /**
   * What was calculated, in words, such as {@code "revenue growth FY2024 over FY2023"}.
   *
   * @return the label
   */
  String label();

  /**
   * The inputs, each a reported figure or an earlier calculation.
   *
   * @return the inputs
   */
  List<Quantity> inputs();

  /**
   * The keys of the reported figures the calculation reads, in the order its formula reads them,
   * including those read by input calculations, each once.
   * <p>
   * For example revenue growth FY2024 over FY2023 reads {@code [revenue/total/FY2024,
   * revenue/total/FY2023]}; a runway on the adjusted loss reads the cash and the loss.
   *
   * @return the figure keys
   */
  default List<FigureKey> subject() {
    Set<FigureKey> keys = new LinkedHashSet<>();
    collectKeys(inputs(), keys);
    return List.copyOf(new ArrayList<>(keys));
  }

  private static void collectKeys(List<Quantity> inputs, Set<FigureKey> keys) {
    for (Quantity q : inputs) {
      if (q instanceof Figure f) {
        keys.add(f.key());
      } else if (q instanceof Calculation c) {
        collectKeys(c.inputs(), keys);
      }
    }
  }

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
