package dev.prospectus.scenario;

import dev.prospectus.calc.Derived;
import dev.prospectus.calc.Measure;
import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One-at-a-time sensitivity of runway: each input of a {@link Scenario} is multiplied by
 * {@code 1 - x/100} and {@code 1 + x/100} in turn, the others held at their point values, and the
 * runway recomputed by {@link RunwayProjection}.
 * <p>
 * Formula: {@code swing = |runway(input x (1 + x)) - runway(input x (1 - x))|}, runways beyond the
 * horizon counted as the horizon. The inputs are the cash, each money input and growth rate of the
 * burn model, and each injection. A gross margin moved above 100% is held at 100%.
 * <p>
 * For example:
 * <pre>
 *   Sensitivity.tornado(scenario, BigDecimal.TEN)
 * </pre>
 * <p>
 * This class is stateless and thread-safe.
 */
public final class Sensitivity {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Sensitivity() {
  }

  /**
   * Moves each input by {@code ±shockPercent} and orders the inputs by the runway's swing.
   *
   * @param scenario  the base scenario
   * @param shockPercent  the move in percent, above 0 and below 100, such as {@code 10}
   * @return the rows, largest swing first
   * @throws IllegalArgumentException if an argument is null or the move is out of range, or a moved
   *     growth rate falls to -100% or below
   */
  public static Tornado tornado(Scenario scenario, BigDecimal shockPercent) {
    Args.notNull(scenario, "scenario");
    Args.positive(shockPercent, "shockPercent");
    Args.isTrue(shockPercent.compareTo(HUNDRED) < 0,
        "Argument 'shockPercent' must be below 100 but has value " + shockPercent.toPlainString());
    BigDecimal move = shockPercent.divide(HUNDRED, MathContext.DECIMAL128);
    BigDecimal down = BigDecimal.ONE.subtract(move);
    BigDecimal up = BigDecimal.ONE.add(move);

    List<TornadoRow> rows = new ArrayList<>();
    rows.add(quantityRow("cash", scenario.cash(), down, up, scenario::withCash));
    BurnModel model = scenario.model();
    if (model instanceof BurnModel.ConstantBurn m) {
      rows.add(quantityRow("monthly burn", m.monthlyBurn(), down, up,
          q -> scenario.withModel(new BurnModel.ConstantBurn(q))));
    } else if (model instanceof BurnModel.GeometricBurn m) {
      rows.add(quantityRow("first month's burn", m.firstMonthBurn(), down, up,
          q -> scenario.withModel(new BurnModel.GeometricBurn(q, m.monthlyGrowthPercent()))));
      rows.add(rateRow("monthly burn growth", m.monthlyGrowthPercent(), down, up,
          g -> scenario.withModel(new BurnModel.GeometricBurn(m.firstMonthBurn(), g))));
    } else {
      BurnModel.RevenueDrivenBurn m = (BurnModel.RevenueDrivenBurn) model;
      rows.add(quantityRow("first month's revenue", m.firstMonthRevenue(), down, up,
          q -> scenario.withModel(new BurnModel.RevenueDrivenBurn(q, m.monthlyRevenueGrowthPercent(),
              m.grossMarginPercent(), m.monthlyOperatingCosts()))));
      rows.add(rateRow("monthly revenue growth", m.monthlyRevenueGrowthPercent(), down, up,
          g -> scenario.withModel(new BurnModel.RevenueDrivenBurn(m.firstMonthRevenue(), g,
              m.grossMarginPercent(), m.monthlyOperatingCosts()))));
      rows.add(quantityRow("gross margin", m.grossMarginPercent(), down, up,
          q -> scenario.withModel(new BurnModel.RevenueDrivenBurn(m.firstMonthRevenue(),
              m.monthlyRevenueGrowthPercent(), capAtHundred(q), m.monthlyOperatingCosts()))));
      rows.add(quantityRow("monthly operating costs", m.monthlyOperatingCosts(), down, up,
          q -> scenario.withModel(new BurnModel.RevenueDrivenBurn(m.firstMonthRevenue(),
              m.monthlyRevenueGrowthPercent(), m.grossMarginPercent(), q))));
    }
    List<CashInjection> injections = scenario.injections();
    for (int i = 0; i < injections.size(); i++) {
      int index = i;
      CashInjection injection = injections.get(i);
      rows.add(quantityRow(injection.description(), injection.amount(), down, up, q -> {
        List<CashInjection> moved = new ArrayList<>(injections);
        moved.set(index, injection.withAmount(q));
        return scenario.withInjections(moved);
      }));
    }
    Runway base = RunwayProjection.runway(scenario, CashCurve.of(scenario, CashCurve.Corner.POINT));
    return new Tornado(scenario, shockPercent, base, rows);
  }

  private static TornadoRow quantityRow(
      String input, Quantity q, BigDecimal down, BigDecimal up, Function<Quantity, Scenario> with) {
    Quantity low = multiplied(q, down);
    Quantity high = multiplied(q, up);
    return new TornadoRow(input, q.unit(), q.value(), low.value(), high.value(), runway(with.apply(low)),
        runway(with.apply(high)));
  }

  private static TornadoRow rateRow(
      String input, BigDecimal percent, BigDecimal down, BigDecimal up, Function<BigDecimal, Scenario> with) {
    BigDecimal low = percent.multiply(down);
    BigDecimal high = percent.multiply(up);
    return new TornadoRow(input, Unit.PERCENT, percent, low, high, runway(with.apply(low)), runway(with.apply(high)));
  }

  private static Runway runway(Scenario scenario) {
    return RunwayProjection.runway(scenario, CashCurve.of(scenario, CashCurve.Corner.POINT));
  }

  /** The input times a factor, as a calculation whose range is the input's range times the factor. */
  private static Quantity multiplied(Quantity q, BigDecimal factor) {
    return Derived.of(Measure.ADJUSTED_INPUT, q.label() + " x " + factor.toPlainString(), q.value().multiply(factor),
        q.range().multipliedBy(factor), q.unit(), "input x " + factor.toPlainString(), List.of(q), List.of());
  }

  private static Quantity capAtHundred(Quantity margin) {
    if (margin.value().compareTo(HUNDRED) <= 0) {
      return margin;
    }
    return Derived.of(Measure.ADJUSTED_INPUT, margin.label() + " capped at 100%", HUNDRED, DecimalRange.of(HUNDRED),
        margin.unit(), "min(margin, 100%)", List.of(margin), List.of("a gross margin cannot exceed 100%"));
  }
}
