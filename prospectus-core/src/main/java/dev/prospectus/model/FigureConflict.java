package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Two reports of the same figure whose ranges cannot both be true: no value lies within the
 * rounding (and qualifier) of both, the second converted into the first's currency at an exchange
 * rate when they are in two currencies.
 * <p>
 * For example FY2024 revenue "3052萬美元" ([30.515M, 30.525M]) and "about US$30.38 million"
 * ([30.365M, 30.395M]) conflict.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param first  the report listed first in the dataset, or the one in the dataset's currency
 * @param second  the other report
 * @param rate  a rate the second was converted at into the first's currency (they conflict at every
 *     rate that applies; this is the first the rule tries), empty if both are in one unit
 */
public record FigureConflict(Figure first, Figure second, Optional<ExchangeRate> rate) {

  /**
   * Creates a conflict.
   *
   * @param first  the first report, not null
   * @param second  the second report, not null
   * @param rate  the rate, not null (use empty)
   * @throws IllegalArgumentException if an argument is null
   */
  public FigureConflict {
    Args.notNull(first, "first");
    Args.notNull(second, "second");
    Args.notNull(rate, "rate");
  }

  /**
   * Obtains a conflict of two reports in one unit.
   *
   * @param first  the report listed first
   * @param second  the report listed later
   * @return the conflict
   */
  public static FigureConflict of(Figure first, Figure second) {
    return new FigureConflict(first, second, Optional.empty());
  }

  /**
   * The second report in the first's unit: itself, or converted at the rate.
   *
   * @return the value compared
   */
  public Quantity secondCompared() {
    return rate.<Quantity>map(r -> r.convert(second)).orElse(second);
  }

  /**
   * Returns both reports with their ranges and documents, and the rate if one was used.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return first.key() + ": " + first.amount() + " " + first.range() + " (" + first.source().document().id()
        + ") vs " + second.amount() + " " + second.range() + " (" + second.source().document().id() + ")"
        // A conversion's ends carry 34 digits; one decimal more than the first report's is enough to compare.
        + rate.map(r -> " = " + secondCompared().range().roundedOutward(Math.max(end(first.range()).scale(), 0) + 1)
            + " at rate " + r.id()).orElse("");
  }

  /** A bounded end of a figure's range: every figure has one. */
  private static BigDecimal end(DecimalRange range) {
    return range.isBoundedBelow() ? range.low() : range.high();
  }
}
