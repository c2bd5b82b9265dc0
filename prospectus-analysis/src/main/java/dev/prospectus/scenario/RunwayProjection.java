package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Quantity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Projects when cash reaches zero under a {@link BurnModel}, with optional cash injections.
 * <p>
 * Formula: cash after {@code t} months is {@code C + sum of injections made by t - K(t)}, where
 * {@code K(t)} is the model's cumulative burn (see {@link BurnModel}). The runway is the first
 * {@code t} in {@code [0, horizon]} with {@code cash(t) = 0}, found by Commons Math's
 * {@code BrentSolver} on a bracket where cash changes sign (to 1e-12 months). For a constant burn it
 * equals {@code C / B}; for a geometric burn without injections
 * {@code ln(1 + g C / B) / ln(1 + g)}.
 * <p>
 * The range across input rounding evaluates the projection twice more, with every input at the end of
 * its rounding range that lowers (then raises) cash at every month: low cash and injections with high
 * burn or operating costs and low gross profit, then the reverse. Because projected cash is monotone
 * in each input at every month, these two bound the runway over all the inputs' rounding ranges.
 * <p>
 * For example:
 * <pre>
 *   RunwayProjection.project(cash, LocalDate.of(2025, 9, 30), BurnModel.constant(burn), List.of(), 120)
 * </pre>
 * <p>
 * Inputs are converted from BigDecimal to double at this boundary; Commons Math works in double.
 * This class is stateless and thread-safe.
 */
public final class RunwayProjection {

  private RunwayProjection() {
  }

  /**
   * Projects the runway of a scenario.
   *
   * @param cash  the cash at {@code asOf}, not negative, in a currency
   * @param asOf  the date of the cash
   * @param model  the burn model, in the cash's currency
   * @param injections  cash added after {@code asOf}, such as offering proceeds
   * @param horizonMonths  the horizon, 1 to 1200 months
   * @return the projection
   * @throws IllegalArgumentException if an input is null, negative cash, out of range, or in another currency
   */
  public static RunwayResult project(
      Quantity cash, LocalDate asOf, BurnModel model, List<CashInjection> injections, int horizonMonths) {
    return project(Scenario.of(cash, asOf, model, injections, horizonMonths));
  }

  /**
   * Projects the runway of a scenario.
   *
   * @param scenario  the scenario, not null
   * @return the projection
   * @throws IllegalArgumentException if the scenario is null
   */
  public static RunwayResult project(Scenario scenario) {
    Args.notNull(scenario, "scenario");
    CashCurve point = CashCurve.of(scenario, CashCurve.Corner.POINT);
    Runway runway = runway(scenario, point);
    Runway shortest = runway(scenario, CashCurve.of(scenario, CashCurve.Corner.SHORTEST));
    Runway longest = runway(scenario, CashCurve.of(scenario, CashCurve.Corner.LONGEST));
    List<CashPoint> path = new ArrayList<>();
    for (int k = 0; k <= scenario.horizonMonths(); k++) {
      path.add(new CashPoint(k, scenario.asOf().plusMonths(k), Checks.money(point.cashAt(k))));
    }
    return new RunwayResult(scenario, runway, shortest, longest, path, assumptions(scenario));
  }

  static Runway runway(Scenario scenario, CashCurve curve) {
    OptionalDouble months = curve.firstCashOut(scenario.horizonMonths());
    return new Runway(scenario.asOf(), scenario.horizonMonths(), months);
  }

  static List<String> assumptions(Scenario scenario) {
    List<String> lines = new ArrayList<>(scenario.describe());
    lines.add("months are calendar months from " + scenario.asOf() + ", a fraction being a share of that month's days");
    lines.add("the burn model ignores working capital, capital expenditure, financing, interest and exchange rates");
    lines.add("the range across input rounding takes each money input at the end of its rounding range that"
        + " shortens or lengthens the runway; growth rates are exact assumptions");
    return List.copyOf(lines);
  }
}
