package dev.prospectus.calc;

/**
 * What a calculation measures, as a type: reports, charts and claims find a result by its measure
 * and the figure keys it reads ({@link Calculation#subject()}), never by parsing its label.
 * <p>
 * Each constant names the formula of one calculator; see that calculator for the formula and how
 * its range is found.
 */
public enum Measure {

  /** Growth of one value over another, in percent: {@code (current / prior - 1) x 100} ({@link GrowthCalculator}). */
  GROWTH,
  /** How many times one value is another: {@code current / prior} ({@link GrowthCalculator#multiple}). */
  MULTIPLE,
  /** Compound annual growth, in percent: {@code ((end / start)^(1/n) - 1) x 100} ({@link GrowthCalculator#cagr}). */
  COMPOUND_GROWTH,
  /** Gross margin, in percent: {@code GP / R x 100} or {@code (1 - C / R) x 100} ({@link MarginCalculator}). */
  GROSS_MARGIN,
  /** Margin of two segments together: {@code (mA x RA + mB x RB) / (RA + RB)}. */
  BLENDED_MARGIN,
  /** Revenue share of one of two segments implied by margins: {@code (mB - blended) / (mB - mA) x 100}. */
  IMPLIED_MIX,
  /** Gross margin without one segment: {@code (GP - GPs) / (R - Rs) x 100}. */
  MARGIN_EXCLUDING,
  /** Gross profit from revenue and a margin: {@code R x m / 100}. */
  GROSS_PROFIT_FROM_MARGIN,
  /** An amount as a percentage of revenue: {@code amount / revenue x 100} ({@link RatioCalculator#toRevenue}). */
  RATIO_TO_REVENUE,
  /** A general ratio: {@code numerator / denominator} ({@link RatioCalculator#ratio}). */
  RATIO,
  /** Cash burned a month: an outflow over a period divided by its months ({@link CashCalculator}). */
  MONTHLY_BURN,
  /** Months of cash at a monthly burn: {@code cash / burn} ({@link CashCalculator#runway}). */
  RUNWAY,
  /**
   * Months of cash and an IPO's net proceeds at a monthly burn: {@code (cash + net proceeds) / burn}
   * ({@link CashCalculator#runway(dev.prospectus.model.Quantity, dev.prospectus.model.Quantity, Derived)}),
   * apart from {@link #RUNWAY} so that nothing takes it for the runway on cash alone.
   */
  RUNWAY_WITH_PROCEEDS,
  /** An amount per unit counted: {@code amount / count} ({@link PerUnitCalculator}). */
  PER_UNIT,
  /** The part of a count a percentage stands for: {@code count x share / 100}. */
  SHARE_OF_COUNT,
  /** A sum of values in one unit ({@link ArithmeticCalculator#sum}). */
  SUM,
  /** A difference of two values in one unit ({@link ArithmeticCalculator#difference}). */
  DIFFERENCE,
  /** A value multiplied or divided by an exact constant into another unit ({@link ArithmeticCalculator}). */
  CONVERSION,
  /** Money converted into another currency at a rate ({@link ArithmeticCalculator#converted}). */
  CURRENCY_CONVERSION,
  /** A reported value taken as it is, where a calculation is expected ({@link Derived#asReported}). */
  AS_REPORTED,
  /** A market capitalisation: {@code price x shares} ({@link OfferingCalculator#marketCapitalisation}). */
  MARKET_CAPITALISATION,
  /** The gross proceeds of an offering: {@code price x shares offered}. */
  GROSS_PROCEEDS,
  /** The first day's return, in percent: {@code (close / offer price - 1) x 100}. */
  FIRST_DAY_RETURN,
  /** Issue costs in percent of gross proceeds: {@code (1 - net / gross) x 100}. */
  ISSUE_COSTS,
  /** A part of a share base in percent: {@code part / base x 100} (cornerstones, float, dilution). */
  SHARE_OF_BASE,
  /** Price to sales, in times: {@code market capitalisation / revenue of a fiscal year}. */
  PRICE_TO_SALES,
  /** Enterprise value to revenue, in times: {@code (capitalisation - cash + debt) / revenue}. */
  EV_TO_REVENUE,
  /** Price to earnings, in times: {@code capitalisation / net income}. */
  PRICE_TO_EARNINGS,
  /** An interim revenue annualised, an explicit choice: {@code revenue x 12 / months}. */
  ANNUALISED,
  /** The printed use-of-proceeds shares summed, in percent, against 100%: {@code share1 + ... + shareN}. */
  USE_OF_PROCEEDS_TOTAL,
  /** An input to a projection adjusted under a stated assumption: shocked, capped, net of costs. */
  ADJUSTED_INPUT,
  /** The whole-number part of a count that a printed percentage can stand for ({@link IntegerConsistency}). */
  WHOLE_PART,
  /** The mean of whole-number values that a printed mean can stand for ({@link MeanConsistency}). */
  WHOLE_MEAN
}
