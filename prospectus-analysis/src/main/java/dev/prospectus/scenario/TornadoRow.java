package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * One bar of a tornado chart: an input moved down and up by a percentage, and the runway at each.
 * <p>
 * For example cash of 1200 moved ±10% to 1080 and 1320 against a burn of 100 a month gives runways of
 * 10.8 and 13.2 months, a swing of 2.4 months.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param input  the input's name, such as {@code "cash"} or {@code "monthly burn"}
 * @param unit  the input's unit
 * @param baseValue  the input's point value
 * @param lowValue  the input moved down
 * @param highValue  the input moved up
 * @param runwayAtLow  the runway with the input moved down, every other input at its point value
 * @param runwayAtHigh  the runway with the input moved up
 */
public record TornadoRow(
    String input, Unit unit, BigDecimal baseValue, BigDecimal lowValue, BigDecimal highValue, Runway runwayAtLow,
    Runway runwayAtHigh) {

  /**
   * Creates a row.
   *
   * @param input  the name, not blank
   * @param unit  the unit, not null
   * @param baseValue  the base value, not null
   * @param lowValue  the low value, not null
   * @param highValue  the high value, not null
   * @param runwayAtLow  the runway at the low value, not null
   * @param runwayAtHigh  the runway at the high value, not null
   * @throws IllegalArgumentException if an argument is null or blank
   */
  public TornadoRow {
    Args.notBlank(input, "input");
    Args.notNull(unit, "unit");
    Args.notNull(baseValue, "baseValue");
    Args.notNull(lowValue, "lowValue");
    Args.notNull(highValue, "highValue");
    Args.notNull(runwayAtLow, "runwayAtLow");
    Args.notNull(runwayAtHigh, "runwayAtHigh");
  }

  /**
   * How far the runway moves between the two ends, in months: runways beyond the horizon count as the
   * horizon, so the swing is a lower bound when either end lasts beyond it.
   *
   * @return the absolute difference of the capped runways
   */
  public double swingMonths() {
    return Math.abs(runwayAtHigh.monthsCappedAtHorizon() - runwayAtLow.monthsCappedAtHorizon());
  }

  /**
   * Returns {@code "cash: 10.8 .. 13.2 months (swing 2.4)"}, runways at the low then the high value.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: %s .. %s months (swing %.1f)", input, runwayAtLow.toShortString(),
        runwayAtHigh.toShortString(), swingMonths());
  }
}
