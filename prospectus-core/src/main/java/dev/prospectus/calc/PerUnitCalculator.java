package dev.prospectus.calc;

import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Amounts per head and heads from shares: revenue per paying user or per employee, and the number
 * of people a printed percentage of a headcount stands for.
 * <p>
 * Formulas: {@code perUnit = amount / count}, in the amount's unit; {@code shareOfCount = count x
 * share / 100}, in the count's unit. Each input occurs once, so interval arithmetic gives the
 * tightest range.
 * <p>
 * For example 73.8% of 385 people is 284.13 people, within 384.5 x 73.75% = 283.56875 and
 * 385.5 x 73.85% = 284.69175.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class PerUnitCalculator {

  private PerUnitCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates an amount per unit counted: {@code perUnit = amount / count}, in the amount's unit.
   * <p>
   * The measure reads {@code "<amount> per <one counted unit>"}, such as
   * {@code "revenue consumer 9M2025 per user"}. When the count is a balance at an instant and the
   * amount a flow over a period, a note says the count is not an average over the period.
   *
   * @param amount  the amount, not null
   * @param count  the count, in a count unit such as {@code users} or {@code people}
   * @return the amount per unit counted, or {@link NotMeaningful} if the count's range contains zero
   * @throws IllegalArgumentException if an argument is null or the count is not a count
   */
  public static Calculation perUnit(Quantity amount, Quantity count) {
    Args.notNull(amount, "amount");
    CalcSupport.requireCount(count, "count");
    return perUnit(amount.label() + " per " + singular(count.unit()), amount, count);
  }

  /**
   * Calculates revenue per paying user: {@code revenue / payingUsers}, in the revenue's currency.
   *
   * @param revenue  the revenue, money; a figure must report revenue
   * @param payingUsers  the paying users, a count; a figure must report {@code paying_users}
   * @return the revenue per paying user, labelled such as {@code "revenue consumer 9M2025 per paying user"},
   *     or {@link NotMeaningful} if the count's range contains zero
   * @throws IllegalArgumentException if an argument is null, the revenue is not money, the count is
   *     not a count, or a figure reports another metric
   */
  public static Calculation revenuePerPayingUser(Quantity revenue, Quantity payingUsers) {
    return revenuePer("paying user", revenue, payingUsers, Metric.PAYING_USERS, "payingUsers");
  }

  /**
   * Calculates revenue per employee: {@code revenue / headcount}, in the revenue's currency.
   *
   * @param revenue  the revenue, money; a figure must report revenue
   * @param headcount  the employees, a count; a figure must report {@code headcount}
   * @return the revenue per employee, labelled such as {@code "revenue 9M2025 per employee"}, or
   *     {@link NotMeaningful} if the headcount's range contains zero
   * @throws IllegalArgumentException if an argument is null, the revenue is not money, the
   *     headcount is not a count, or a figure reports another metric
   */
  public static Calculation revenuePerEmployee(Quantity revenue, Quantity headcount) {
    return revenuePer("employee", revenue, headcount, Metric.HEADCOUNT, "headcount");
  }

  private static Calculation revenuePer(String counted, Quantity revenue, Quantity count, Metric countMetric,
      String countName) {
    CalcSupport.requireCurrency(revenue, "revenue");
    CalcSupport.requireMetric(revenue, Metric.REVENUE, "revenue");
    CalcSupport.requireCount(count, countName);
    CalcSupport.requireMetric(count, countMetric, countName);
    return perUnit(revenue.label() + " per " + counted, revenue, count);
  }

  private static Calculation perUnit(String measure, Quantity amount, Quantity count) {
    List<String> notes = new ArrayList<>();
    if (amount instanceof Figure a && count instanceof Figure c && !a.period().isInstant()
        && c.period().isInstant()) {
      notes.add("the count is at " + c.period() + ", not an average over " + a.period());
    }
    List<Quantity> inputs = List.of(amount, count);
    Optional<NotMeaningful> problem = CalcSupport.zeroDivisor(Measure.PER_UNIT, measure, count.label(), count.range(),
        inputs);
    if (problem.isPresent()) {
      return problem.get();
    }
    DecimalRange range = amount.range().dividedBy(count.range());
    Optional<NotMeaningful> unbounded = CalcSupport.unboundedResult(Measure.PER_UNIT, measure, range, inputs);
    if (unbounded.isPresent()) {
      return unbounded.get();
    }
    BigDecimal value = CalcSupport.divide(amount.value(), count.value());
    String formula = amount.label() + " / " + count.label();
    return Derived.of(Measure.PER_UNIT, measure, value, range, amount.unit(), formula, inputs, notes);
  }

  /** {@code people} counts a person, {@code countries} a country, {@code users} a user. */
  private static String singular(Unit unit) {
    String code = unit.code();
    if (code.equals("people")) {
      return "person";
    }
    if (code.endsWith("ies")) {
      return code.substring(0, code.length() - 3) + "y";
    }
    return code.endsWith("s") ? code.substring(0, code.length() - 1) : code;
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates how many of a count a percentage stands for: {@code shareOfCount = count x share /
   * 100}, in the count's unit.
   * <p>
   * For example R&amp;D staff at 73.8% of 385 people are 284.13 people, within [283.56875,
   * 284.69175]. The arithmetic is exact.
   *
   * @param sharePercent  the share, in percent, not null
   * @param count  the count, in a count unit
   * @return the part of the count, labelled such as
   *     {@code "rnd_headcount_share 2025-09-30 of headcount 2025-09-30"}; or {@link NotMeaningful}
   *     ({@link NotMeaningful.Reason#UNBOUNDED_INPUT}) when inputs printed as "over" or "under" a
   *     number leave the product unbounded on both sides
   * @throws IllegalArgumentException if an argument is null, the share is not in percent or the
   *     count is not a count
   */
  public static Calculation shareOfCount(Quantity sharePercent, Quantity count) {
    CalcSupport.requirePercent(sharePercent, "sharePercent");
    CalcSupport.requireCount(count, "count");
    String measure = sharePercent.label() + " of " + count.label();
    DecimalRange range = CalcSupport.fromPercent(count.range().multipliedBy(sharePercent.range()));
    List<Quantity> inputs = List.of(sharePercent, count);
    Optional<NotMeaningful> unbounded = CalcSupport.unboundedResult(Measure.SHARE_OF_COUNT, measure, range, inputs);
    if (unbounded.isPresent()) {
      return unbounded.get();
    }
    BigDecimal value = CalcSupport.fromPercent(count.value().multiply(sharePercent.value()));
    String formula = count.label() + " x " + sharePercent.label() + " / 100";
    return Derived.of(Measure.SHARE_OF_COUNT, measure, value, range, count.unit(), formula, inputs, List.of());
  }
}
