package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;

/**
 * A value converted into another currency at an exchange rate: the original value, the rate, and
 * the result, whose range carries both the original's range and the rate's.
 * <p>
 * For example Hailuo's "1.2 billion RMB" at a rate of [7.09, 7.17] CNY per US$ is US$167M to
 * US$176M: a report in another currency takes part in a calculation or a comparison only this way
 * ({@link ExchangeRate#convert}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param original  the value in its own currency, usually a report of the dataset
 * @param rate  the rate converted at
 * @param unit  the currency converted into
 * @param value  the point value, in {@code unit}
 * @param range  the range, the original's and the rate's combined
 */
public record ConvertedReport(Quantity original, ExchangeRate rate, Unit unit, BigDecimal value, DecimalRange range)
    implements Quantity {

  /**
   * Creates the converted value.
   *
   * @param original  the original, not null
   * @param rate  the rate, not null
   * @param unit  the target currency, not null
   * @param value  the point value, not null
   * @param range  the range, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public ConvertedReport {
    Args.notNull(original, "original");
    Args.notNull(rate, "rate");
    Args.notNull(unit, "unit");
    Args.notNull(value, "value");
    Args.notNull(range, "range");
  }

  /**
   * The original's label and the currency: {@code revenue hailuo 9M2025 in USD}.
   *
   * @return the label
   */
  @Override
  public String label() {
    return original.label() + " in " + unit;
  }

  /**
   * Returns the label, the value with its range, and the rate used.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return label() + " = " + value.toPlainString() + " " + range + " at rate " + rate.id();
  }
}
