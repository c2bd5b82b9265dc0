package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Quantity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of a runway projection: cash on a date, a {@link BurnModel}, cash injections and a
 * horizon in months.
 * <p>
 * For example cash of 11.02億 USD at 2025-09-30, a constant burn of 1.86億 / 9 a month, no
 * injections and a 120-month horizon.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param cash  the cash at {@code asOf}, not negative, in a currency
 * @param asOf  the date of the cash balance, month 0 of the projection
 * @param model  how cash is consumed, in the cash's currency
 * @param injections  cash added later, each in the cash's currency and dated after {@code asOf}
 * @param horizonMonths  how far the projection looks, 1 to 1200 months
 */
public record Scenario(
    Quantity cash, LocalDate asOf, BurnModel model, List<CashInjection> injections, int horizonMonths) {

  /**
   * Creates a scenario.
   *
   * @param cash  the cash, not negative, in a currency
   * @param asOf  the date of the cash, not null
   * @param model  the burn model, in the cash's currency
   * @param injections  the injections, not null, in the cash's currency, after {@code asOf}
   * @param horizonMonths  the horizon, 1 to 1200
   * @throws IllegalArgumentException if an argument is null or out of range, or currencies differ
   */
  public Scenario {
    checkCash(cash, asOf);
    Args.notNull(model, "model");
    Args.isTrue(model.currency().equals(cash.unit()), "Currency mismatch: argument 'model' is in '"
        + model.currency() + "' but the scenario is in '" + cash.unit() + "'");
    injections = checkInjections(cash, asOf, injections);
    Checks.horizon(horizonMonths);
  }

  /**
   * Obtains a scenario.
   *
   * @param cash  the cash at {@code asOf}
   * @param asOf  the date of the cash
   * @param model  the burn model
   * @param injections  the injections
   * @param horizonMonths  the horizon in months
   * @return the scenario
   */
  public static Scenario of(
      Quantity cash, LocalDate asOf, BurnModel model, List<CashInjection> injections, int horizonMonths) {
    return new Scenario(cash, asOf, model, injections, horizonMonths);
  }

  static void checkCash(Quantity cash, LocalDate asOf) {
    Checks.currency(cash, "cash");
    Args.notNegative(cash.value(), "cash");
    Args.notNull(asOf, "asOf");
  }

  static List<CashInjection> checkInjections(Quantity cash, LocalDate asOf, List<CashInjection> injections) {
    Args.noNulls(injections, "injections");
    for (CashInjection injection : injections) {
      Checks.sameCurrency(cash, injection.amount(), "injections");
      Args.isTrue(injection.date().isAfter(asOf), "Injection '" + injection.description() + "' is dated "
          + injection.date() + ", not after the cash date " + asOf + ": cash at that date already includes it");
    }
    return List.copyOf(injections);
  }

  /**
   * Returns a copy with other cash.
   *
   * @param newCash  the cash
   * @return the scenario with the cash replaced
   */
  public Scenario withCash(Quantity newCash) {
    return new Scenario(newCash, asOf, model, injections, horizonMonths);
  }

  /**
   * Returns a copy with another burn model.
   *
   * @param newModel  the model
   * @return the scenario with the model replaced
   */
  public Scenario withModel(BurnModel newModel) {
    return new Scenario(cash, asOf, newModel, injections, horizonMonths);
  }

  /**
   * Returns a copy with other injections.
   *
   * @param newInjections  the injections
   * @return the scenario with the injections replaced
   */
  public Scenario withInjections(List<CashInjection> newInjections) {
    return new Scenario(cash, asOf, model, newInjections, horizonMonths);
  }

  /**
   * The last date the projection covers, {@code asOf} plus the horizon.
   *
   * @return the horizon's end
   */
  public LocalDate horizonEnd() {
    return asOf.plusMonths(horizonMonths);
  }

  /**
   * The inputs as assumptions a reader can check: the cash, the model, each injection, the horizon.
   *
   * @return the assumptions, one a line
   */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    lines.add("cash of " + Formats.format(cash.value(), cash.unit()) + " at " + asOf + " (" + cash.label() + ")");
    lines.add(model.describe());
    for (CashInjection injection : injections) {
      lines.add(injection.toString() + " added on that date");
    }
    lines.add("horizon of " + horizonMonths + " months, to " + horizonEnd());
    return List.copyOf(lines);
  }

  /**
   * Returns the assumptions joined by semicolons.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return String.join("; ", describe());
  }
}
