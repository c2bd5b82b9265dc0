package dev.prospectus.verify;

import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;

/**
 * The reported side of a verdict: what the claim printed (or the other calculation it compared
 * with), its point value and the range the verdict compared against.
 * <p>
 * For {@code =} the range is the printed number's rounding range ("782.2%" is
 * {@code [782.15%, 782.25%]}); for {@code about} and {@code nearly} that range widened; for an
 * inequality against a printed number, the number itself ("超過1365%" is {@code [1365%, 1365%]}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param text  the number as printed, or the label of the other calculation
 * @param value  the point value, at base scale
 * @param range  the range compared against, at base scale
 * @param unit  the unit
 */
public record Reported(String text, BigDecimal value, DecimalRange range, Unit unit) {

  /**
   * Creates the record.
   *
   * @param text  the text, not blank
   * @param value  the value, not null
   * @param range  the range, not null
   * @param unit  the unit, not null
   * @throws IllegalArgumentException if an argument is null or the text blank
   */
  public Reported {
    Args.notBlank(text, "text");
    Args.notNull(value, "value");
    Args.notNull(range, "range");
    Args.notNull(unit, "unit");
  }

  /**
   * Returns the text and the range with units.
   *
   * @return a readable form, such as {@code 782.2% [782.15%, 782.25%]}
   */
  @Override
  public String toString() {
    return text + " " + Formats.format(range, unit);
  }
}
