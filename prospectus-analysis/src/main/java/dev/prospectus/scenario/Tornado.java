package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Which input moves runway most: one row per input moved by {@code ±x%} one at a time, largest swing
 * first, the order of a tornado chart.
 * <p>
 * For example with cash 1200, burn 100 a month and 600 arriving at month 6, a ±10% move gives swings of
 * 3.6 months for the burn, 2.4 for the cash and 1.2 for the injection.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param scenario  the base scenario
 * @param shockPercent  the move applied to each input, in percent
 * @param base  the runway of the base scenario
 * @param rows  one row per input, sorted by swing descending, then by name
 */
public record Tornado(Scenario scenario, BigDecimal shockPercent, Runway base, List<TornadoRow> rows) {

  /** Largest swing first; ties by name so that the order is stable. */
  static final Comparator<TornadoRow> ORDER =
      Comparator.comparingDouble(TornadoRow::swingMonths).reversed().thenComparing(TornadoRow::input);

  /**
   * Creates a tornado, sorting the rows by swing.
   *
   * @param scenario  the scenario, not null
   * @param shockPercent  the move, not null
   * @param base  the base runway, not null
   * @param rows  the rows, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public Tornado {
    Args.notNull(scenario, "scenario");
    Args.notNull(shockPercent, "shockPercent");
    Args.notNull(base, "base");
    rows = Args.noNulls(rows, "rows").stream().sorted(ORDER).toList();
  }

  /**
   * Returns the base runway and one line per row, largest swing first.
   *
   * @return a readable form, several lines
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Sensitivity of runway ").append(base).append(" to \u00b1")
        .append(shockPercent.toPlainString()).append("% on each input, one at a time, largest swing first"
        + " (projection):");
    for (TornadoRow row : rows) {
      sb.append("\n  ").append(row);
    }
    return sb.toString();
  }
}
