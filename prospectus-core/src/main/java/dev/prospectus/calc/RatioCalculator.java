package dev.prospectus.calc;

import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Enclosure;
import dev.prospectus.model.Figure;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Ratios of one quantity to another: an amount as a percentage of revenue, and a general ratio.
 * <p>
 * Formulas: {@code toRevenue = amount / revenue x 100}, in percent; {@code ratio = numerator /
 * denominator}, times 100 when the result unit is percent. Each input occurs once, so interval
 * arithmetic gives the tightest range.
 * <p>
 * For example training compute spend of 4723萬 against revenue of 346萬 in FY2023 is 1365.03%,
 * within 47225000 / 3465000 = 1362.91% and 47235000 / 3455000 = 1367.15%, measure
 * {@code "training_compute_spend to revenue FY2023"}.
 * <p>
 * The named shortcuts check that a figure passed to them reports the metric their name says;
 * calculated inputs are accepted as they are.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class RatioCalculator {

  private RatioCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates an amount as a percentage of revenue: {@code ratio = amount / revenue x 100}.
   * <p>
   * For two figures the measure reads {@code "<amount metric> to revenue <period>"}, such as
   * {@code "training_compute_spend to revenue FY2023"}; otherwise
   * {@code "<amount> to <revenue>"}.
   *
   * @param amount  the amount, money, not null
   * @param revenue  the revenue in the same currency; a figure must report revenue
   * @return the ratio in percent, or {@link NotMeaningful} if the revenue's range contains zero
   * @throws IllegalArgumentException if an argument is null or not money in one currency, the
   *     revenue is a figure of another metric, or the two figures are for different periods
   */
  public static Calculation toRevenue(Quantity amount, Quantity revenue) {
    CalcSupport.requireSameCurrency(amount, "amount", revenue, "revenue");
    CalcSupport.requireMetric(revenue, Metric.REVENUE, "revenue");
    String measure = amount instanceof Figure a && revenue instanceof Figure r
        ? CalcSupport.subject(a) + " to " + CalcSupport.subject(r) + " " + a.period()
        : amount.label() + " to " + revenue.label();
    CalcSupport.requireSamePeriod(measure, amount, revenue);
    return quotient(Measure.RATIO_TO_REVENUE, measure, amount, revenue, Unit.PERCENT);
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates a general ratio: {@code ratio = numerator / denominator}, multiplied by 100 when
   * {@code unit} is {@link Unit#PERCENT}, and otherwise stated in {@code unit} as it is.
   * <p>
   * Nothing is checked about the inputs' units or periods: the caller names the measure and the
   * unit of the result. For example {@code ratio("cash to funding", cash, funding, Unit.TIMES)}.
   *
   * @param measure  what the ratio is, not blank
   * @param numerator  the numerator, not null
   * @param denominator  the denominator, not null
   * @param unit  the unit of the result, not null
   * @return the ratio, or {@link NotMeaningful} if the denominator's range contains zero
   * @throws IllegalArgumentException if an argument is null or the measure is blank
   */
  public static Calculation ratio(String measure, Quantity numerator, Quantity denominator, Unit unit) {
    Args.notBlank(measure, "measure");
    Args.notNull(numerator, "numerator");
    Args.notNull(denominator, "denominator");
    Args.notNull(unit, "unit");
    return quotient(Measure.RATIO, measure, numerator, denominator, unit);
  }

  private static Calculation quotient(Measure kind, String measure, Quantity numerator, Quantity denominator,
      Unit unit) {
    boolean percent = unit.equals(Unit.PERCENT);
    List<Quantity> inputs = List.of(numerator, denominator);
    Optional<NotMeaningful> problem = CalcSupport.zeroDivisor(kind, measure, denominator.label(), denominator.range(),
        inputs);
    if (problem.isPresent()) {
      return problem.get();
    }
    Supplier<String> formula = () -> numerator.label() + " / " + denominator.label() + (percent ? " x 100" : "");
    Enclosure bounds = Bounds.ofQuotient(numerator, denominator, 0, percent ? 100 : 1);
    if (bounds != null) {
      // Judged on its bounds; the two divisions of decimals are made when the ratio is read.
      return Derived.deferred(kind, () -> measure, () -> point(numerator, denominator, percent),
          () -> range(numerator, denominator, percent), bounds, unit, formula, inputs, List.of());
    }
    DecimalRange range = range(numerator, denominator, percent);
    Optional<NotMeaningful> unbounded = CalcSupport.unboundedResult(kind, measure, range, inputs);
    if (unbounded.isPresent()) {
      return unbounded.get();
    }
    return Derived.of(kind, measure, point(numerator, denominator, percent), range, unit, formula.get(), inputs,
        List.of());
  }

  private static BigDecimal point(Quantity numerator, Quantity denominator, boolean percent) {
    BigDecimal value = CalcSupport.divide(numerator.value(), denominator.value());
    return percent ? CalcSupport.toPercent(value) : value;
  }

  private static DecimalRange range(Quantity numerator, Quantity denominator, boolean percent) {
    DecimalRange range = numerator.range().dividedBy(denominator.range());
    return percent ? CalcSupport.toPercent(range) : range;
  }
}
