package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A runway projection: when cash reaches zero under a scenario, how far that moves across the
 * inputs' rounding ranges, the month-by-month cash path, and the assumptions behind it.
 * <p>
 * For example cash of 11.02億 USD at 2025-09-30 and a constant burn of 1.86億 / 9 a month give
 * {@code Runway 53.3 months (cash out 2030-03) [53.1, 53.5] across input rounding; projection assuming ...}.
 * <p>
 * It is a projection, not a reported figure: it extends the inputs by the stated model.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param scenario  the inputs
 * @param runway  the runway at the inputs' point values
 * @param shortestAcrossRounding  the runway with every input at the end of its rounding range that
 *     shortens it
 * @param longestAcrossRounding  the runway with every input at the end that lengthens it
 * @param path  projected cash at each whole month from 0 to the horizon, at the point values
 * @param assumptions  what the projection assumes, one a line
 */
public record RunwayResult(
    Scenario scenario, Runway runway, Runway shortestAcrossRounding, Runway longestAcrossRounding,
    List<CashPoint> path, List<String> assumptions) {

  /**
   * Creates a result.
   *
   * @param scenario  the scenario, not null
   * @param runway  the point runway, not null
   * @param shortestAcrossRounding  the shortest runway, not null
   * @param longestAcrossRounding  the longest runway, not null
   * @param path  the cash path, not null
   * @param assumptions  the assumptions, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public RunwayResult {
    Args.notNull(scenario, "scenario");
    Args.notNull(runway, "runway");
    Args.notNull(shortestAcrossRounding, "shortestAcrossRounding");
    Args.notNull(longestAcrossRounding, "longestAcrossRounding");
    path = Args.listCopy(path, "path");
    assumptions = Args.listCopy(assumptions, "assumptions");
  }

  /**
   * The months until cash reaches zero at the point values.
   *
   * @return the months, empty if cash lasts beyond the horizon
   */
  public OptionalDouble months() {
    return runway.months();
  }

  /**
   * The date cash reaches zero at the point values: the cash date plus the months.
   *
   * @return the date, empty if cash lasts beyond the horizon
   */
  public Optional<LocalDate> cashOutDate() {
    return runway.cashOutDate();
  }

  /**
   * Checks whether cash reaches zero within the horizon at the point values.
   *
   * @return true if it does
   */
  public boolean isCashOutWithinHorizon() {
    return runway.isCashOutWithinHorizon();
  }

  /**
   * Returns the runway, its range across input rounding and the assumptions, such as
   * {@code Runway 53.3 months (cash out 2030-03) [53.1, 53.5] across input rounding; projection assuming ...}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    String head = "Runway " + runway;
    if (!runway.isCashOutWithinHorizon()) {
      head += ": cash never runs out within the horizon of " + scenario.horizonMonths() + " months";
    }
    // Rounded outward, so that the printed range still encloses the computed one.
    return head + " [" + shortestAcrossRounding.toShortString(RoundingMode.FLOOR) + ", "
        + longestAcrossRounding.toShortString(RoundingMode.CEILING)
        + "] across input rounding; projection assuming " + String.join("; ", assumptions);
  }
}
