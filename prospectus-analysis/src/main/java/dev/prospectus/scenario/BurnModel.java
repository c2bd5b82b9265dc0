package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;

/**
 * How much cash a company consumes month by month in a projection: a constant burn, a burn growing
 * or shrinking by a fixed percentage a month, or the gap between fixed operating costs and the gross
 * profit of a growing revenue.
 * <p>
 * Months are continuous. Each model gives the cumulative burn {@code K(t)} after {@code t} months;
 * the projected cash is {@code C + injections made by t - K(t)}. The growing models use the
 * discrete monthly sum, extended to fractional months by the same closed form:
 * {@code G(t, q) = ((1 + q)^t - 1) / q} ({@code t} when {@code q = 0}), so that whole month {@code k}
 * (from {@code k - 1} to {@code k}) contributes exactly {@code x (1 + q)^(k - 1)}.
 * <ul>
 * <li>{@link ConstantBurn}: {@code K(t) = B t}.
 * <li>{@link GeometricBurn}: {@code K(t) = B G(t, g)}; month 1 burns {@code B}, month 2
 * {@code B (1 + g)}.
 * <li>{@link RevenueDrivenBurn}: {@code K(t) = O t - m R G(t, r)}: fixed operating costs {@code O}
 * a month less the gross profit of revenue {@code R} in month 1 growing by {@code r} a month at
 * gross margin {@code m}.
 * </ul>
 * <p>
 * Money inputs are {@link Quantity} values, reported figures or calculations, so their rounding
 * ranges carry into the projection; growth rates are assumptions, exact percentages.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface BurnModel permits BurnModel.ConstantBurn, BurnModel.GeometricBurn, BurnModel.RevenueDrivenBurn {

  /**
   * Obtains a constant burn.
   *
   * @param monthlyBurn  the cash consumed each month, in a currency
   * @return the model
   */
  static ConstantBurn constant(Quantity monthlyBurn) {
    return new ConstantBurn(monthlyBurn);
  }

  /**
   * Obtains a burn that changes by a fixed percentage each month.
   *
   * @param firstMonthBurn  the cash consumed in the first month, in a currency
   * @param monthlyGrowthPercent  the change a month in percent, such as {@code 2} or {@code -5}
   * @return the model
   */
  static GeometricBurn geometric(Quantity firstMonthBurn, BigDecimal monthlyGrowthPercent) {
    return new GeometricBurn(firstMonthBurn, monthlyGrowthPercent);
  }

  /**
   * Obtains a burn driven by revenue growth against fixed operating costs.
   *
   * @param firstMonthRevenue  the revenue in the first month, in a currency
   * @param monthlyRevenueGrowthPercent  the revenue growth a month in percent
   * @param grossMarginPercent  the gross margin, unit {@code %}
   * @param monthlyOperatingCosts  the fixed operating costs a month, in the revenue's currency
   * @return the model
   */
  static RevenueDrivenBurn revenueDriven(
      Quantity firstMonthRevenue, BigDecimal monthlyRevenueGrowthPercent, Quantity grossMarginPercent,
      Quantity monthlyOperatingCosts) {
    return new RevenueDrivenBurn(firstMonthRevenue, monthlyRevenueGrowthPercent, grossMarginPercent,
        monthlyOperatingCosts);
  }

  /**
   * The currency of the model's money inputs.
   *
   * @return the currency unit
   */
  Unit currency();

  /**
   * The model as an assumption a reader can check, such as
   * {@code "constant burn of US$20.67M a month"}.
   *
   * @return one line
   */
  String describe();

  //-------------------------------------------------------------------------
  /**
   * A constant monthly burn: {@code K(t) = B t}.
   * <p>
   * A negative burn is a monthly surplus: cash then never runs out.
   * <p>
   * This class is immutable and thread-safe.
   *
   * @param monthlyBurn  the cash consumed each month
   */
  record ConstantBurn(Quantity monthlyBurn) implements BurnModel {

    /**
     * Creates the model.
     *
     * @param monthlyBurn  the monthly burn, in a currency
     * @throws IllegalArgumentException if the burn is null or not in a currency
     */
    public ConstantBurn {
      Checks.currency(monthlyBurn, "monthlyBurn");
    }

    @Override
    public Unit currency() {
      return monthlyBurn.unit();
    }

    @Override
    public String describe() {
      return "constant burn of " + Formats.format(monthlyBurn.value(), monthlyBurn.unit()) + " a month ("
          + monthlyBurn.label() + ")";
    }

    /**
     * Returns the description.
     *
     * @return the same as {@link #describe()}
     */
    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * A burn that changes by {@code g} a month: month {@code k} burns {@code B (1 + g)^(k - 1)}, and
   * {@code K(t) = B ((1 + g)^t - 1) / g}.
   * <p>
   * A shrinking burn ({@code g < 0}) burns at most {@code B / -g} in total, so cash of at least that
   * never runs out.
   * <p>
   * This class is immutable and thread-safe.
   *
   * @param firstMonthBurn  the cash consumed in the first month
   * @param monthlyGrowthPercent  the change a month in percent, greater than -100
   */
  record GeometricBurn(Quantity firstMonthBurn, BigDecimal monthlyGrowthPercent) implements BurnModel {

    /**
     * Creates the model.
     *
     * @param firstMonthBurn  the first month's burn, in a currency
     * @param monthlyGrowthPercent  the growth a month in percent, greater than -100
     * @throws IllegalArgumentException if an argument is null, the burn is not in a currency or the
     *     growth is -100% or less
     */
    public GeometricBurn {
      Checks.currency(firstMonthBurn, "firstMonthBurn");
      Checks.growth(monthlyGrowthPercent, "monthlyGrowthPercent");
    }

    @Override
    public Unit currency() {
      return firstMonthBurn.unit();
    }

    @Override
    public String describe() {
      return "burn of " + Formats.format(firstMonthBurn.value(), firstMonthBurn.unit()) + " in the first month ("
          + firstMonthBurn.label() + "), changing by " + monthlyGrowthPercent.toPlainString()
          + "% a month, compounded monthly";
    }

    /**
     * Returns the description.
     *
     * @return the same as {@link #describe()}
     */
    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * A burn that is fixed operating costs less gross profit on a growing revenue:
   * month {@code k} burns {@code O - m R (1 + r)^(k - 1)}, and
   * {@code K(t) = O t - m R ((1 + r)^t - 1) / r}.
   * <p>
   * Once the gross profit exceeds the operating costs the burn turns into a surplus and cash grows
   * again; the projection reports the first month cash reaches zero, if any.
   * <p>
   * This class is immutable and thread-safe.
   *
   * @param firstMonthRevenue  the revenue in the first month
   * @param monthlyRevenueGrowthPercent  the revenue growth a month in percent, greater than -100
   * @param grossMarginPercent  the gross margin in percent, at most 100
   * @param monthlyOperatingCosts  the fixed operating costs (everything below gross profit that uses
   *     cash) a month
   */
  record RevenueDrivenBurn(
      Quantity firstMonthRevenue, BigDecimal monthlyRevenueGrowthPercent, Quantity grossMarginPercent,
      Quantity monthlyOperatingCosts) implements BurnModel {

    /**
     * Creates the model.
     *
     * @param firstMonthRevenue  the first month's revenue, not negative, in a currency
     * @param monthlyRevenueGrowthPercent  the growth a month in percent, greater than -100
     * @param grossMarginPercent  the gross margin, unit {@code %}, at most 100
     * @param monthlyOperatingCosts  the operating costs a month, not negative, in the revenue's currency
     * @throws IllegalArgumentException if an argument is null or out of range, or the units disagree
     */
    public RevenueDrivenBurn {
      Checks.currency(firstMonthRevenue, "firstMonthRevenue");
      Args.notNegative(firstMonthRevenue.value(), "firstMonthRevenue");
      Checks.growth(monthlyRevenueGrowthPercent, "monthlyRevenueGrowthPercent");
      Args.notNull(grossMarginPercent, "grossMarginPercent");
      Args.isTrue(grossMarginPercent.unit().equals(Unit.PERCENT),
          "Argument 'grossMarginPercent' must be in '%' but is in '" + grossMarginPercent.unit() + "'");
      Args.isTrue(grossMarginPercent.value().compareTo(BigDecimal.valueOf(100)) <= 0,
          "Argument 'grossMarginPercent' must be at most 100 but has value "
          + grossMarginPercent.value().toPlainString());
      Checks.currency(monthlyOperatingCosts, "monthlyOperatingCosts");
      Args.notNegative(monthlyOperatingCosts.value(), "monthlyOperatingCosts");
      Checks.sameCurrency(firstMonthRevenue, monthlyOperatingCosts, "monthlyOperatingCosts");
    }

    @Override
    public Unit currency() {
      return firstMonthRevenue.unit();
    }

    @Override
    public String describe() {
      return "revenue of " + Formats.format(firstMonthRevenue.value(), firstMonthRevenue.unit())
          + " in the first month (" + firstMonthRevenue.label() + ") growing "
          + monthlyRevenueGrowthPercent.toPlainString() + "% a month, compounded monthly, at a gross margin of "
          + Formats.format(grossMarginPercent.value(), Unit.PERCENT)
          + " (" + grossMarginPercent.label() + "), against fixed operating costs of "
          + Formats.format(monthlyOperatingCosts.value(), monthlyOperatingCosts.unit()) + " a month ("
          + monthlyOperatingCosts.label() + ")";
    }

    /**
     * Returns the description.
     *
     * @return the same as {@link #describe()}
     */
    @Override
    public String toString() {
      return describe();
    }
  }
}
