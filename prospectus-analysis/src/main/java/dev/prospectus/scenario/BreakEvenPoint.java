package dev.prospectus.scenario;

import dev.prospectus.calc.Derived;
import dev.prospectus.calc.Measure;
import dev.prospectus.internal.Args;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.List;

/**
 * One period's revenue, gross margin and loss, the observations a {@link BreakEven} estimate fits.
 * <p>
 * The loss is positive for a loss, as the {@code net_loss} and {@code adjusted_net_loss} metrics
 * are. The costs the period implies are {@code revenue x gross margin + loss}: everything below gross
 * profit that the loss measure counts.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param period  the period
 * @param revenue  the revenue over the period, in a currency
 * @param grossMarginPercent  the gross margin over the period, unit {@code %}
 * @param loss  the loss over the period, positive for a loss, in the revenue's currency
 */
public record BreakEvenPoint(FiscalPeriod period, Quantity revenue, Quantity grossMarginPercent, Quantity loss) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates a point.
   *
   * @param period  the period, not null
   * @param revenue  the revenue, positive, in a currency
   * @param grossMarginPercent  the gross margin, unit {@code %}
   * @param loss  the loss, in the revenue's currency
   * @throws IllegalArgumentException if an argument is null, the revenue is not positive or the units disagree
   */
  public BreakEvenPoint {
    Args.notNull(period, "period");
    Checks.currency(revenue, "revenue");
    Args.positive(revenue.value(), "revenue");
    Args.notNull(grossMarginPercent, "grossMarginPercent");
    Args.isTrue(grossMarginPercent.unit().equals(Unit.PERCENT),
        "Argument 'grossMarginPercent' must be in '%' but is in '" + grossMarginPercent.unit() + "'");
    Checks.currency(loss, "loss");
    Checks.sameCurrency(revenue, loss, "loss");
  }

  /**
   * Obtains a point.
   *
   * @param period  the period
   * @param revenue  the revenue
   * @param grossMarginPercent  the gross margin in percent
   * @param loss  the loss, positive for a loss
   * @return the point
   */
  public static BreakEvenPoint of(FiscalPeriod period, Quantity revenue, Quantity grossMarginPercent, Quantity loss) {
    return new BreakEvenPoint(period, revenue, grossMarginPercent, loss);
  }

  /**
   * The costs below gross profit the period implies: {@code revenue x gross margin / 100 + loss}, with
   * its range by interval arithmetic.
   *
   * @return the implied costs over the period
   */
  public Derived impliedCosts() {
    BigDecimal value = revenue.value().multiply(grossMarginPercent.value()).divide(HUNDRED).add(loss.value());
    return Derived.of(Measure.ADJUSTED_INPUT, "costs implied " + period, value,
        revenue.range().multipliedBy(grossMarginPercent.range()).dividedBy(HUNDRED).plus(loss.range()),
        revenue.unit(), "revenue x gross margin + loss", List.of(revenue, grossMarginPercent, loss), List.of());
  }

  /**
   * Returns the period and its three inputs.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return period + ": revenue " + revenue.value().toPlainString() + ", gross margin "
        + grossMarginPercent.value().toPlainString() + "%, loss " + loss.value().toPlainString() + " " + revenue.unit();
  }
}
