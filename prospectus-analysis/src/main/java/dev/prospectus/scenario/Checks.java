package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Argument checks the scenario types share, in the style of {@link Args}: each names the argument
 * and the offending value.
 */
final class Checks {

  /** The longest horizon accepted: a century of months keeps the fan chart and solver cheap. */
  static final int MAX_HORIZON_MONTHS = 1200;

  /** Growth at or below -100% would make the quantity vanish or flip sign. */
  private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

  private Checks() {
  }

  static Quantity currency(Quantity quantity, String name) {
    Args.notNull(quantity, name);
    Args.isTrue(quantity.unit().isCurrency(), "Argument '" + name + "' must be in a currency but is in '"
        + quantity.unit() + "' (" + quantity.label() + ")");
    return quantity;
  }

  static void sameCurrency(Quantity expected, Quantity actual, String name) {
    Args.isTrue(expected.unit().equals(actual.unit()), "Currency mismatch: argument '" + name + "' is in '"
        + actual.unit() + "' but the scenario is in '" + expected.unit() + "'");
  }

  static BigDecimal growth(BigDecimal percent, String name) {
    Args.notNull(percent, name);
    Args.isTrue(percent.compareTo(MINUS_HUNDRED) > 0, "Argument '" + name
        + "' must be greater than -100 (percent) but has value " + percent.toPlainString());
    return percent;
  }

  static int horizon(int horizonMonths) {
    Args.positive(horizonMonths, "horizonMonths");
    Args.isTrue(horizonMonths <= MAX_HORIZON_MONTHS, "Argument 'horizonMonths' must be at most "
        + MAX_HORIZON_MONTHS + " but has value " + horizonMonths);
    return horizonMonths;
  }

  /**
   * Converts projected money back to whole currency units, clamping an overflowed double to the
   * largest finite one so that no infinity reaches a report.
   */
  static BigDecimal money(double value) {
    double finite = Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, value));
    return new BigDecimal(finite).setScale(0, RoundingMode.HALF_EVEN);
  }

  /**
   * Converts a decimal to double at the boundary of the numerics, refusing values a double cannot hold.
   */
  static double toDouble(BigDecimal value, String name) {
    double d = value.doubleValue();
    Args.isTrue(Double.isFinite(d),
        "Argument '" + name + "' is too large for the projection: " + value.toPlainString());
    return d;
  }
}
