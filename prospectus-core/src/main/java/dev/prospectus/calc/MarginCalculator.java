package dev.prospectus.calc;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gross margins: from gross profit or cost of revenue, blended across two segments, the segment
 * mix a blended margin implies, the margin excluding a segment, and gross profit back from a
 * printed margin.
 * <p>
 * Margins are in percent ({@code 23.3} is 23.3%); revenue, gross profit and cost of revenue are
 * money in one currency. Formulas, with {@code R} revenue, {@code GP} gross profit, {@code C} cost
 * of revenue and {@code m} margins:
 * <ul>
 * <li>gross margin: {@code GP / R x 100}, or {@code (1 - C / R) x 100};
 * <li>blended margin: {@code (mA x RA + mB x RB) / (RA + RB)};
 * <li>implied share of segment A's revenue: {@code (mB - blended) / (mB - mA) x 100};
 * <li>margin excluding a segment {@code s}: {@code (GP - GPs) / (R - Rs) x 100};
 * <li>gross profit from a margin: {@code R x m / 100}.
 * </ul>
 * Where each input occurs once, interval arithmetic gives the tightest range. The blended margin
 * and the implied mix use an input twice; their ranges are the hull of the formula at the corners
 * of the input box, which is exact because each formula is monotone in every input when the
 * others are held fixed (each method's documentation says why).
 * <p>
 * Two figures combined by one formula must be for the same period (and, for a gross margin, the
 * same segment); calculated inputs are not checked. The blended margin is the exception: it is any
 * revenue-weighted average of two percentages, and its weights may come from another period.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class MarginCalculator {

  private MarginCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the gross margin from gross profit, in percent: {@code margin = GP / R x 100}.
   * <p>
   * For example gross profit 1245萬 on revenue 5344萬 is a margin of 23.30%.
   *
   * @param revenue  the revenue, money, not null
   * @param grossProfit  the gross profit in the same currency, negative for a gross loss
   * @return the gross margin in percent, labelled such as {@code "gross margin 9M2025"}, or
   *     {@link NotMeaningful} if the revenue's range contains zero
   * @throws IllegalArgumentException if an argument is null or not money in one currency, or two
   *     figures are for different periods or segments
   */
  public static Calculation grossMargin(Quantity revenue, Quantity grossProfit) {
    CalcSupport.requireSameCurrency(revenue, "revenue", grossProfit, "grossProfit");
    String measure = named("gross margin", revenue);
    CalcSupport.requireSamePeriod(measure, revenue, grossProfit);
    CalcSupport.requireSameSegment(measure, revenue, grossProfit);
    List<Quantity> inputs = List.of(revenue, grossProfit);
    Optional<NotMeaningful> problem = CalcSupport.zeroDivisor(Measure.GROSS_MARGIN, measure, revenue.label(),
        revenue.range(), inputs);
    if (problem.isPresent()) {
      return problem.get();
    }
    DecimalRange range = CalcSupport.toPercent(grossProfit.range().dividedBy(revenue.range()));
    Optional<NotMeaningful> unbounded = CalcSupport.unboundedResult(Measure.GROSS_MARGIN, measure, range, inputs);
    if (unbounded.isPresent()) {
      return unbounded.get();
    }
    BigDecimal value = CalcSupport.toPercent(CalcSupport.divide(grossProfit.value(), revenue.value()));
    String formula = grossProfit.label() + " / " + revenue.label() + " x 100";
    return Derived.of(Measure.GROSS_MARGIN, measure, value, range, Unit.PERCENT, formula, inputs, List.of());
  }

  /**
   * Calculates the gross margin from the cost of revenue, in percent:
   * {@code margin = (1 - C / R) x 100}.
   * <p>
   * Written with each input once, so interval arithmetic is tight; {@code (R - C) / R} would use
   * revenue twice and give a wider range. For example cost 4099萬 on revenue 5344萬 is a margin of
   * 23.30%.
   *
   * @param revenue  the revenue, money, not null
   * @param costOfRevenue  the cost of revenue in the same currency, a positive number
   * @return the gross margin in percent, or {@link NotMeaningful} if the revenue's range contains zero
   * @throws IllegalArgumentException if an argument is null or not money in one currency, or two
   *     figures are for different periods or segments
   */
  public static Calculation grossMarginFromCost(Quantity revenue, Quantity costOfRevenue) {
    CalcSupport.requireSameCurrency(revenue, "revenue", costOfRevenue, "costOfRevenue");
    String measure = named("gross margin", revenue);
    CalcSupport.requireSamePeriod(measure, revenue, costOfRevenue);
    CalcSupport.requireSameSegment(measure, revenue, costOfRevenue);
    List<Quantity> inputs = List.of(revenue, costOfRevenue);
    Optional<NotMeaningful> problem = CalcSupport.zeroDivisor(Measure.GROSS_MARGIN, measure, revenue.label(),
        revenue.range(), inputs);
    if (problem.isPresent()) {
      return problem.get();
    }
    DecimalRange range = CalcSupport.toPercent(DecimalRange.of(BigDecimal.ONE)
        .minus(costOfRevenue.range().dividedBy(revenue.range())));
    Optional<NotMeaningful> unbounded = CalcSupport.unboundedResult(Measure.GROSS_MARGIN, measure, range, inputs);
    if (unbounded.isPresent()) {
      return unbounded.get();
    }
    BigDecimal value = CalcSupport.toPercent(
        BigDecimal.ONE.subtract(CalcSupport.divide(costOfRevenue.value(), revenue.value())));
    String formula = "(1 - " + costOfRevenue.label() + " / " + revenue.label() + ") x 100";
    return Derived.of(Measure.GROSS_MARGIN, measure, value, range, Unit.PERCENT, formula, inputs, List.of());
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the margin of two segments together, in percent:
   * {@code blended = (mA x RA + mB x RB) / (RA + RB)}.
   * <p>
   * Each revenue occurs twice, so the range is the hull of the formula at the 16 corners of the
   * input box. That hull is exact because the formula is monotone in each input with the others
   * fixed: its derivative in {@code mA} is {@code RA / (RA + RB)} and in {@code RA} is
   * {@code RB (mA - mB) / (RA + RB)^2}, each of one sign as that input alone varies (and likewise
   * for {@code mB}, {@code RB}), since {@code RA + RB} does not reach zero on the box.
   * <p>
   * For example consumer 4.7% on 3802萬 and enterprise 69.4% on 1541.7萬 blend to 23.37%. The
   * formula is any revenue-weighted average of two percentages, so the periods are not checked:
   * segment growth rates weighted by prior-period revenue give the total growth.
   *
   * @param marginA  segment A's margin, in percent, not null
   * @param revenueA  segment A's revenue, money, not null
   * @param marginB  segment B's margin, in percent, not null
   * @param revenueB  segment B's revenue, in the currency of {@code revenueA}
   * @return the blended margin in percent, or {@link NotMeaningful} if the range of {@code RA + RB}
   *     contains zero
   * @throws IllegalArgumentException if an argument is null, a margin is not in percent, or the
   *     revenues are not money in one currency
   */
  public static Calculation blendedMargin(Quantity marginA, Quantity revenueA, Quantity marginB,
      Quantity revenueB) {
    CalcSupport.requirePercent(marginA, "marginA");
    CalcSupport.requirePercent(marginB, "marginB");
    CalcSupport.requireSameCurrency(revenueA, "revenueA", revenueB, "revenueB");
    String measure = marginA instanceof Figure a && marginB instanceof Figure b && a.metric().equals(b.metric())
        && a.period().equals(b.period())
        ? a.metric() + " blended from " + a.segment() + " and " + b.segment() + " " + a.period()
        : "blended margin of " + marginA.label() + " and " + marginB.label();
    String total = revenueA.label() + " + " + revenueB.label();
    List<Quantity> inputs = List.of(marginA, revenueA, marginB, revenueB);
    Optional<NotMeaningful> problem = CalcSupport.zeroDivisor(Measure.BLENDED_MARGIN, measure, total,
        revenueA.range().plus(revenueB.range()), inputs)
        .or(() -> CalcSupport.unboundedCorner(Measure.BLENDED_MARGIN, measure, inputs));
    if (problem.isPresent()) {
      return problem.get();
    }
    CalcSupport.Quotient point = blended(List.of(marginA.value(), revenueA.value(), marginB.value(),
        revenueB.value()));
    DecimalRange range = CalcSupport.cornerHull(List.of(marginA.range(), revenueA.range(), marginB.range(),
        revenueB.range()), MarginCalculator::blended);
    String formula = "(" + marginA.label() + " x " + revenueA.label() + " + " + marginB.label() + " x "
        + revenueB.label() + ") / (" + total + ")";
    return Derived.of(Measure.BLENDED_MARGIN, measure, point.at(CalcSupport.POINT), range, Unit.PERCENT, formula,
        inputs, List.of());
  }

  private static CalcSupport.Quotient blended(List<BigDecimal> x) {
    BigDecimal weighted = x.get(0).multiply(x.get(1)).add(x.get(2).multiply(x.get(3)));
    return new CalcSupport.Quotient(weighted, x.get(1).add(x.get(3)));
  }

  /**
   * Calculates the share of segment A in the revenue of two segments from their margins and the
   * blended margin, in percent: {@code shareA = (mB - blended) / (mB - mA) x 100}.
   * <p>
   * {@code mB} occurs twice, so the range is the hull of the formula at the 8 corners of the input
   * box. That hull is exact because the formula is monotone in each input with the others fixed:
   * its derivative in {@code blended} is {@code -1 / (mB - mA)}, in {@code mA} is
   * {@code (mB - blended) / (mB - mA)^2} and in {@code mB} is {@code (blended - mA) / (mB - mA)^2},
   * each of one sign as that input alone varies, since {@code mB - mA} does not reach zero on the
   * box.
   * <p>
   * For example a blended 23.3% from consumer 4.7% and enterprise 69.4% puts the consumer share at
   * (69.4 - 23.3) / (69.4 - 4.7) = 71.25%. When the blended margin may lie outside the two segment
   * margins the range leaves 0..100% and a note says the inputs are inconsistent there.
   *
   * @param blendedMargin  the margin of both segments together, in percent, not null
   * @param marginA  segment A's margin, in percent, not null
   * @param marginB  segment B's margin, in percent, not null
   * @return segment A's share of the two segments' revenue, in percent, or {@link NotMeaningful} if
   *     the range of {@code mB - mA} contains zero (the margins cannot be told apart)
   * @throws IllegalArgumentException if an argument is null or not in percent, or two figures are
   *     for different periods
   */
  public static Calculation impliedMix(Quantity blendedMargin, Quantity marginA, Quantity marginB) {
    CalcSupport.requirePercent(blendedMargin, "blendedMargin");
    CalcSupport.requirePercent(marginA, "marginA");
    CalcSupport.requirePercent(marginB, "marginB");
    String measure = marginA instanceof Figure a
        ? "implied revenue share of " + CalcSupport.segmentAndPeriod(a)
        : "implied revenue share of the segment with " + marginA.label();
    CalcSupport.requireSamePeriod(measure, blendedMargin, marginA);
    CalcSupport.requireSamePeriod(measure, blendedMargin, marginB);
    String spread = marginB.label() + " - " + marginA.label();
    List<Quantity> inputs = List.of(blendedMargin, marginA, marginB);
    Optional<NotMeaningful> problem = CalcSupport.zeroDivisor(Measure.IMPLIED_MIX, measure, spread,
        marginB.range().minus(marginA.range()), inputs)
        .or(() -> CalcSupport.unboundedCorner(Measure.IMPLIED_MIX, measure, inputs));
    if (problem.isPresent()) {
      return problem.get();
    }
    CalcSupport.Quotient point = mix(List.of(blendedMargin.value(), marginA.value(), marginB.value()));
    DecimalRange range = CalcSupport.cornerHull(List.of(blendedMargin.range(), marginA.range(), marginB.range()),
        MarginCalculator::mix);
    List<String> notes = new ArrayList<>();
    if (range.low().signum() < 0 || range.high().compareTo(BigDecimal.valueOf(100)) > 0) {
      notes.add("the range leaves 0%..100% where the blended margin lies outside the two segment margins;"
          + " the inputs are inconsistent there");
    }
    String formula = "(" + marginB.label() + " - " + blendedMargin.label() + ") / (" + spread + ") x 100";
    return Derived.of(Measure.IMPLIED_MIX, measure, point.at(CalcSupport.POINT), range, Unit.PERCENT, formula,
        inputs, notes);
  }

  private static CalcSupport.Quotient mix(List<BigDecimal> x) {
    BigDecimal blended = x.get(0);
    BigDecimal marginA = x.get(1);
    BigDecimal marginB = x.get(2);
    return new CalcSupport.Quotient(CalcSupport.toPercent(marginB.subtract(blended)), marginB.subtract(marginA));
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the gross margin of the company without one segment, in percent:
   * {@code margin = (GP - GPs) / (R - Rs) x 100}.
   * <p>
   * Each input occurs once, so interval arithmetic is tight; the segment's figures are treated as
   * independent of the totals. For example gross profit 1245萬 on revenue 5344萬, less a segment's
   * 178.7萬 on 3802萬, leaves 1066.3 / 1542 = 69.15%.
   *
   * @param revenue  the total revenue, money, not null
   * @param grossProfit  the total gross profit, same currency
   * @param segmentRevenue  the excluded segment's revenue, same currency
   * @param segmentGrossProfit  the excluded segment's gross profit, same currency
   * @return the margin excluding the segment, in percent, or {@link NotMeaningful} if the range of
   *     {@code R - Rs} contains zero
   * @throws IllegalArgumentException if an argument is null or not money in one currency, or two
   *     figures are for different periods
   */
  public static Calculation marginExcluding(
      Quantity revenue, Quantity grossProfit, Quantity segmentRevenue, Quantity segmentGrossProfit) {
    CalcSupport.requireSameCurrency(revenue, "revenue", grossProfit, "grossProfit");
    CalcSupport.requireSameCurrency(revenue, "revenue", segmentRevenue, "segmentRevenue");
    CalcSupport.requireSameCurrency(revenue, "revenue", segmentGrossProfit, "segmentGrossProfit");
    String measure = segmentRevenue instanceof Figure s
        ? "gross margin excluding " + CalcSupport.segmentAndPeriod(s)
        : "gross margin excluding " + segmentRevenue.label();
    CalcSupport.requireSamePeriod(measure, revenue, grossProfit);
    CalcSupport.requireSamePeriod(measure, revenue, segmentRevenue);
    CalcSupport.requireSamePeriod(measure, revenue, segmentGrossProfit);
    String rest = revenue.label() + " - " + segmentRevenue.label();
    List<Quantity> inputs = List.of(revenue, grossProfit, segmentRevenue, segmentGrossProfit);
    DecimalRange restRange = revenue.range().minus(segmentRevenue.range());
    Optional<NotMeaningful> problem = CalcSupport.zeroDivisor(Measure.MARGIN_EXCLUDING, measure, rest, restRange,
        inputs);
    if (problem.isPresent()) {
      return problem.get();
    }
    DecimalRange range = CalcSupport.toPercent(grossProfit.range().minus(segmentGrossProfit.range())
        .dividedBy(restRange));
    Optional<NotMeaningful> unbounded = CalcSupport.unboundedResult(Measure.MARGIN_EXCLUDING, measure, range,
        inputs);
    if (unbounded.isPresent()) {
      return unbounded.get();
    }
    BigDecimal value = CalcSupport.toPercent(CalcSupport.divide(
        grossProfit.value().subtract(segmentGrossProfit.value()), revenue.value().subtract(segmentRevenue.value())));
    String formula = "(" + grossProfit.label() + " - " + segmentGrossProfit.label() + ") / (" + rest + ") x 100";
    return Derived.of(Measure.MARGIN_EXCLUDING, measure, value, range, Unit.PERCENT, formula, inputs, List.of());
  }

  /**
   * Calculates gross profit from revenue and a printed margin: {@code GP = R x m / 100}, in the
   * revenue's currency.
   * <p>
   * Lets a segment's gross profit be derived from its printed margin and revenue, to feed
   * {@link #marginExcluding}. Each input occurs once and the arithmetic is exact. For example 4.7%
   * of 38020 thousand is US$1.79M, within 38019500 x 4.65% = 1767906.75 and 38020500 x 4.75% =
   * 1805973.75.
   *
   * @param revenue  the revenue, money, not null
   * @param margin  the gross margin, in percent, not null
   * @return the gross profit in the revenue's currency, or {@link NotMeaningful}
   *     ({@link NotMeaningful.Reason#UNBOUNDED_INPUT}) when a revenue printed as "over" a number
   *     meets a margin that may be of either sign, so the product could be anything
   * @throws IllegalArgumentException if an argument is null, the revenue is not money or the
   *     margin is not in percent, or two figures are for different periods or segments
   */
  public static Calculation grossProfitFromMargin(Quantity revenue, Quantity margin) {
    CalcSupport.requireCurrency(revenue, "revenue");
    CalcSupport.requirePercent(margin, "margin");
    String measure = named("gross profit", revenue) + " from margin";
    CalcSupport.requireSamePeriod(measure, revenue, margin);
    CalcSupport.requireSameSegment(measure, revenue, margin);
    DecimalRange range = CalcSupport.fromPercent(revenue.range().multipliedBy(margin.range()));
    List<Quantity> inputs = List.of(revenue, margin);
    Optional<NotMeaningful> unbounded = CalcSupport.unboundedResult(Measure.GROSS_PROFIT_FROM_MARGIN, measure, range,
        inputs);
    if (unbounded.isPresent()) {
      return unbounded.get();
    }
    BigDecimal value = CalcSupport.fromPercent(revenue.value().multiply(margin.value()));
    String formula = revenue.label() + " x " + margin.label() + " / 100";
    return Derived.of(Measure.GROSS_PROFIT_FROM_MARGIN, measure, value, range, revenue.unit(), formula, inputs,
        List.of());
  }

  /** {@code "gross margin consumer 9M2025"} for a figure, {@code "gross margin of <label>"} otherwise. */
  private static String named(String what, Quantity basis) {
    return basis instanceof Figure f ? what + " " + CalcSupport.segmentAndPeriod(f) : what + " of " + basis.label();
  }
}
