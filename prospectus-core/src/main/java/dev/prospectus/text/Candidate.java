package dev.prospectus.text;

import dev.prospectus.format.Formats;
import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;

/**
 * A calculation the dataset supports whose result lies near an unexplained number. It is listed
 * for a person to look at, never taken as the explanation: with hundreds of figures, some
 * calculation lands near almost any number.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param description  the calculation in words, such as {@code "revenue growth, total, FY2024 over FY2023"}
 * @param value  its point value
 * @param range  the range its inputs' rounding allows
 * @param unit  its unit
 */
public record Candidate(String description, BigDecimal value, DecimalRange range, Unit unit) {

  /**
   * Creates a candidate.
   *
   * @param description  the description, not blank
   * @param value  the value, not null
   * @param range  the range, not null
   * @param unit  the unit, not null
   * @throws IllegalArgumentException if an argument is null or the description blank
   */
  public Candidate {
    Args.notBlank(description, "description");
    Args.notNull(value, "value");
    Args.notNull(range, "range");
    Args.notNull(unit, "unit");
  }

  /**
   * Returns the calculation with its value and range.
   *
   * @return a readable form, such as {@code revenue growth, total, FY2024 over FY2023: 782.17% [782.02%, 782.31%]}
   */
  @Override
  public String toString() {
    return description + ": " + Formats.format(value, range, unit);
  }
}
