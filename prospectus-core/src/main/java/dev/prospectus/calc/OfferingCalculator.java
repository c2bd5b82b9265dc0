package dev.prospectus.calc;

import dev.prospectus.format.Formats;
import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The offering and its valuation: market capitalisation, proceeds, the first day's return, issue
 * costs, shares of the offer and of the company, dilution, and valuation multiples.
 * <p>
 * Every method names the share base it uses, because the press prints the same measure on
 * different bases (a cornerstone share of the base offer or of the offer after its upsize; a
 * price-to-sales on the shares before or after the offering): the base is an argument, and its
 * label is part of the result's label and formula. Formulas, with ranges by interval arithmetic
 * (each input occurs once, so the ranges are the tightest):
 * <ul>
 * <li>market capitalisation: {@code price x shares};
 * <li>gross proceeds: {@code price x shares offered};
 * <li>first-day return, in percent: {@code (close / offer price - 1) x 100};
 * <li>issue costs, in percent of gross proceeds: {@code (1 - net / gross) x 100};
 * <li>a share of a share base, in percent: {@code part / base x 100} (cornerstone shares of the
 *     offer or of the shares outstanding; the free float; dilution, new shares over shares after);
 * <li>price to sales, in times: {@code market capitalisation / revenue of a full fiscal year};
 * <li>enterprise value to revenue, in times: {@code (market capitalisation - cash + debt) / revenue};
 * <li>price to earnings, in times: {@code market capitalisation / net income}, not meaningful for
 *     a loss-maker;
 * <li>an interim revenue annualised, an explicit and labelled choice: {@code revenue x 12 / months};
 * <li>the use-of-proceeds shares summed, in percent: {@code share1 + ... + shareN}, consistent with
 *     100% when the sum's range contains 100.
 * </ul>
 * Money in two currencies (an offer price in HK$ against revenue in US$) is a caller's mistake here:
 * convert one side first through a sourced exchange rate ({@link ArithmeticCalculator#converted}),
 * whose range the result then carries.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class OfferingCalculator {

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private OfferingCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the market capitalisation at a price: {@code capitalisation = price x shares}, in
   * the price's currency.
   * <p>
   * For example HK$165 on 306,140,000 shares is HK$50.51B; the label names the share base, such as
   * {@code "market capitalisation at ipo_offer_price 2026-01-09 on shares_outstanding_after 2026-01-09"}.
   *
   * @param price  the price per share, money, not null
   * @param shares  the shares the capitalisation is counted on, a count
   * @return the capitalisation, in the price's currency
   * @throws IllegalArgumentException if an argument is null
   * @throws UnitMismatchException if the price is not money or the shares not a count
   */
  public static Derived marketCapitalisation(Quantity price, Quantity shares) {
    CalcSupport.requireCurrency(price, "price");
    CalcSupport.requireCount(shares, "shares");
    String label = "market capitalisation at " + price.label() + " on " + shares.label();
    return product(Measure.MARKET_CAPITALISATION, label, price, shares);
  }

  /**
   * Calculates the gross proceeds of an offering: {@code proceeds = price x shares offered}, in the
   * price's currency.
   *
   * @param price  the offer price per share, money, not null
   * @param sharesOffered  the shares offered, a count (name the stage: the base offer, after an
   *     upsize, with the over-allotment option)
   * @return the gross proceeds
   * @throws IllegalArgumentException if an argument is null
   * @throws UnitMismatchException if the price is not money or the shares not a count
   */
  public static Derived grossProceeds(Quantity price, Quantity sharesOffered) {
    CalcSupport.requireCurrency(price, "price");
    CalcSupport.requireCount(sharesOffered, "sharesOffered");
    String label = "gross proceeds at " + price.label() + " on " + sharesOffered.label();
    return product(Measure.GROSS_PROCEEDS, label, price, sharesOffered);
  }

  private static Derived product(Measure measure, String label, Quantity price, Quantity shares) {
    BigDecimal value = price.value().multiply(shares.value());
    DecimalRange range = price.range().multipliedBy(shares.range());
    String formula = price.label() + " x " + shares.label();
    return Derived.of(measure, label, value, range, price.unit(), formula, List.of(price, shares), List.of());
  }

  /**
   * Calculates the first day's return: {@code return = (close / offer price - 1) x 100}, in
   * percent.
   * <p>
   * For example a close of HK$345 on an offer at HK$165 is a return of 109.09%.
   *
   * @param close  the price at which the shares closed (or opened), money
   * @param offerPrice  the offer price, in the same currency
   * @return the return in percent, or not meaningful if the offer price may be zero or less
   * @throws IllegalArgumentException if an argument is null
   * @throws UnitMismatchException if the prices are not money in one currency
   */
  public static Calculation firstDayReturn(Quantity close, Quantity offerPrice) {
    CalcSupport.requireSameCurrency(close, "close", offerPrice, "offerPrice");
    String label = "return of " + close.label() + " over " + offerPrice.label();
    List<Quantity> inputs = List.of(close, offerPrice);
    Optional<NotMeaningful> problem = positiveDivisor(Measure.FIRST_DAY_RETURN, label, offerPrice, inputs);
    if (problem.isPresent()) {
      return problem.get();
    }
    DecimalRange range = CalcSupport.toPercent(close.range().dividedBy(offerPrice.range())
        .minus(DecimalRange.of(BigDecimal.ONE)));
    BigDecimal value = CalcSupport.toPercent(CalcSupport.divide(close.value(), offerPrice.value())
        .subtract(BigDecimal.ONE));
    return Derived.of(Measure.FIRST_DAY_RETURN, label, value, range, Unit.PERCENT,
        "(" + close.label() + " / " + offerPrice.label() + " - 1) x 100", inputs, List.of());
  }

  /**
   * Calculates the issue costs as a share of gross proceeds: {@code costs = (1 - net / gross) x 100},
   * in percent.
   * <p>
   * For example net proceeds of 75.76億 from gross proceeds of 80億 are costs of 5.3%.
   *
   * @param netProceeds  the net proceeds, money
   * @param grossProceeds  the gross proceeds, in the same currency
   * @return the costs in percent of the gross proceeds, or not meaningful if the gross may be zero or less
   * @throws IllegalArgumentException if an argument is null
   * @throws UnitMismatchException if the proceeds are not money in one currency
   */
  public static Calculation issueCosts(Quantity netProceeds, Quantity grossProceeds) {
    CalcSupport.requireSameCurrency(netProceeds, "netProceeds", grossProceeds, "grossProceeds");
    String label = "issue costs of " + grossProceeds.label();
    List<Quantity> inputs = List.of(netProceeds, grossProceeds);
    Optional<NotMeaningful> problem = positiveDivisor(Measure.ISSUE_COSTS, label, grossProceeds, inputs);
    if (problem.isPresent()) {
      return problem.get();
    }
    DecimalRange range = CalcSupport.toPercent(DecimalRange.of(BigDecimal.ONE)
        .minus(netProceeds.range().dividedBy(grossProceeds.range())));
    BigDecimal value = CalcSupport.toPercent(BigDecimal.ONE.subtract(
        CalcSupport.divide(netProceeds.value(), grossProceeds.value())));
    return Derived.of(Measure.ISSUE_COSTS, label, value, range, Unit.PERCENT,
        "(1 - " + netProceeds.label() + " / " + grossProceeds.label() + ") x 100", inputs, List.of());
  }

  /**
   * Calculates a part of a share base as a percentage of it: {@code share = part / base x 100}.
   * <p>
   * The cornerstone shares of the offer, of the offer after its upsize, or of the shares
   * outstanding; the free float of the shares outstanding; dilution, the new shares over the
   * shares after the offering. The base is named in the label, so the same part on two bases gives
   * two results that say which is which.
   *
   * @param part  the shares counted, a count
   * @param base  the share base, a count in the same unit
   * @return the part in percent of the base, or not meaningful if the base may be zero or less
   * @throws IllegalArgumentException if an argument is null
   * @throws UnitMismatchException if the counts are in different units, or are not counts
   */
  public static Calculation shareOfBase(Quantity part, Quantity base) {
    CalcSupport.requireCount(part, "part");
    CalcSupport.requireSameUnit(part, "part", base, "base");
    String label = part.label() + " as a share of " + base.label();
    List<Quantity> inputs = List.of(part, base);
    Optional<NotMeaningful> problem = positiveDivisor(Measure.SHARE_OF_BASE, label, base, inputs);
    if (problem.isPresent()) {
      return problem.get();
    }
    DecimalRange range = CalcSupport.toPercent(part.range().dividedBy(base.range()));
    BigDecimal value = CalcSupport.toPercent(CalcSupport.divide(part.value(), base.value()));
    return Derived.of(Measure.SHARE_OF_BASE, label, value, range, Unit.PERCENT,
        part.label() + " / " + base.label() + " x 100", inputs, List.of());
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates price to sales: {@code P/S = market capitalisation / revenue}, in times, on the
   * revenue of a full fiscal year.
   * <p>
   * An interim revenue is never silently annualised: it is not meaningful here
   * ({@link NotMeaningful.Reason#MISMATCHED_PERIODS}); {@link #annualised} makes the choice
   * explicit and labelled, and its result may be passed instead.
   *
   * @param marketCapitalisation  the capitalisation, money, such as from {@link #marketCapitalisation}
   * @param revenue  the revenue in the same currency: a figure of a full fiscal year, or a calculation
   * @return the multiple, or not meaningful for an interim figure or a revenue that may be zero or less
   * @throws IllegalArgumentException if an argument is null
   * @throws UnitMismatchException if the two are not money in one currency
   */
  public static Calculation priceToSales(Quantity marketCapitalisation, Quantity revenue) {
    CalcSupport.requireSameCurrency(marketCapitalisation, "marketCapitalisation", revenue, "revenue");
    String label = "price to sales of " + marketCapitalisation.label() + " on " + revenue.label();
    List<Quantity> inputs = List.of(marketCapitalisation, revenue);
    if (revenue instanceof Figure f && !(f.period() instanceof FiscalPeriod p && p.isFullYear())) {
      return NotMeaningful.of(Measure.PRICE_TO_SALES, label, NotMeaningful.Reason.MISMATCHED_PERIODS, "revenue '"
          + f.label() + "' is not a full year: an interim is never silently annualised; annualise it explicitly",
          inputs);
    }
    return multipleOf(Measure.PRICE_TO_SALES, label, marketCapitalisation, revenue, inputs);
  }

  /**
   * Calculates enterprise value to revenue:
   * {@code EV / revenue = (market capitalisation - cash + debt) / revenue}, in times.
   *
   * @param marketCapitalisation  the capitalisation, money
   * @param cash  cash and equivalents, in the same currency
   * @param debt  borrowings, in the same currency (a reported zero where there are none)
   * @param revenue  the revenue of a full fiscal year, or a calculation, in the same currency
   * @return the multiple, or not meaningful as for {@link #priceToSales}
   * @throws IllegalArgumentException if an argument is null
   * @throws UnitMismatchException if the four are not money in one currency
   */
  public static Calculation enterpriseValueToRevenue(Quantity marketCapitalisation, Quantity cash, Quantity debt,
      Quantity revenue) {
    CalcSupport.requireSameCurrency(marketCapitalisation, "marketCapitalisation", cash, "cash");
    CalcSupport.requireSameCurrency(marketCapitalisation, "marketCapitalisation", debt, "debt");
    CalcSupport.requireSameCurrency(marketCapitalisation, "marketCapitalisation", revenue, "revenue");
    String ev = marketCapitalisation.label() + " - " + cash.label() + " + " + debt.label();
    String label = "enterprise value to revenue of " + marketCapitalisation.label() + " on " + revenue.label();
    List<Quantity> inputs = List.of(marketCapitalisation, cash, debt, revenue);
    Calculation sales = priceToSales(marketCapitalisation, revenue);
    if (sales instanceof NotMeaningful nm && nm.reason() == NotMeaningful.Reason.MISMATCHED_PERIODS) {
      return NotMeaningful.of(Measure.EV_TO_REVENUE, label, nm.reason(), nm.explanation(), inputs);
    }
    Derived enterpriseValue = Derived.of(Measure.DIFFERENCE, "enterprise value (" + ev + ")",
        marketCapitalisation.value().subtract(cash.value()).add(debt.value()),
        marketCapitalisation.range().minus(cash.range()).plus(debt.range()), marketCapitalisation.unit(), ev,
        List.of(marketCapitalisation, cash, debt), List.of());
    return multipleOf(Measure.EV_TO_REVENUE, label, enterpriseValue, revenue, inputs);
  }

  /**
   * Calculates price to earnings: {@code P/E = market capitalisation / net income}, in times. A
   * company with a loss has no P/E: the datasets print losses as positive numbers of a loss metric,
   * so a loss is passed as such and the answer is not meaningful.
   *
   * @param marketCapitalisation  the capitalisation, money
   * @param netLoss  the net loss of a full year, a positive number for a loss, in the same currency
   * @return not meaningful for a loss ({@link NotMeaningful.Reason#NEGATIVE_EARNINGS}); for a profit
   *     (a negative loss) the multiple
   * @throws IllegalArgumentException if an argument is null
   * @throws UnitMismatchException if the two are not money in one currency
   */
  public static Calculation priceToEarnings(Quantity marketCapitalisation, Quantity netLoss) {
    CalcSupport.requireSameCurrency(marketCapitalisation, "marketCapitalisation", netLoss, "netLoss");
    String label = "price to earnings of " + marketCapitalisation.label() + " on " + netLoss.label();
    List<Quantity> inputs = List.of(marketCapitalisation, netLoss);
    if (netLoss.range().high().signum() >= 0) {
      return NotMeaningful.of(Measure.PRICE_TO_EARNINGS, label, NotMeaningful.Reason.NEGATIVE_EARNINGS,
          netLoss.label() + " is a loss, or may be: a price-to-earnings multiple needs earnings", inputs);
    }
    Derived earnings = Derived.of(Measure.AS_REPORTED, "earnings (" + netLoss.label() + ", negated)",
        netLoss.value().negate(), netLoss.range().negated(), netLoss.unit(), "-" + netLoss.label(),
        List.of(netLoss), List.of());
    return multipleOf(Measure.PRICE_TO_EARNINGS, label, marketCapitalisation, earnings, inputs);
  }

  /**
   * Sums the printed shares of the net proceeds that the uses take:
   * {@code total = share1 + ... + shareN}, in percent, with the range of the sum of their ranges.
   * <p>
   * The shares are consistent with a whole (they sum to 100% within rounding) when the total's range
   * contains 100, and a note says which: "45%, 35%, 15% and 5%" is 100% [98%, 102%], consistent;
   * "45%, 35% and 15%" is 95% [93.5%, 96.5%], which cannot be 100% ({@link #sumsToWhole}). A share
   * printed with a trailing zero ("30%") is read to its coarsest rounding, [25%, 35%], as every figure is.
   *
   * @param shares  each use's share of the proceeds, in percent, at least one
   * @return the total in percent, or not meaningful if shares printed as "over" and "under" leave it
   *     unbounded on both sides
   * @throws IllegalArgumentException if the list is null, empty or holds null
   * @throws UnitMismatchException if a share is not in percent
   */
  public static Calculation useOfProceedsTotal(List<? extends Quantity> shares) {
    Args.noNulls(shares, "shares");
    Args.isTrue(!shares.isEmpty(), "Argument 'shares' must not be empty");
    for (int i = 0; i < shares.size(); i++) {
      CalcSupport.requirePercent(shares.get(i), "shares[" + i + "]");
    }
    Derived sum = ArithmeticCalculator.sum(shares) instanceof Derived d ? d : null;
    String label = "use-of-proceeds shares summed (" + shares.size() + (shares.size() == 1 ? " use)" : " uses)");
    if (sum == null) {
      return NotMeaningful.of(Measure.USE_OF_PROCEEDS_TOTAL, label, NotMeaningful.Reason.UNBOUNDED_INPUT,
          "shares printed as over and under a number leave the sum unbounded on both sides", shares);
    }
    String range = Formats.format(sum.range(), Unit.PERCENT);
    String note = sum.range().contains(HUNDRED)
        ? "the printed shares sum to 100% within rounding: " + range + " contains 100%"
        : "the printed shares cannot sum to 100%: their sum lies in " + range + ", which does not contain 100%";
    return Derived.of(Measure.USE_OF_PROCEEDS_TOTAL, label, sum.value(), sum.range(), Unit.PERCENT, sum.formula(),
        shares, List.of(note));
  }

  /**
   * Checks whether a total of use-of-proceeds shares can be the whole: its range contains 100%.
   *
   * @param total  a total from {@link #useOfProceedsTotal}, meaningful or not
   * @return true if the total is meaningful and its range contains 100
   * @throws IllegalArgumentException if the total is null or not a total of use-of-proceeds shares
   */
  public static boolean sumsToWhole(Calculation total) {
    Args.notNull(total, "total");
    Args.isTrue(total.measure() == Measure.USE_OF_PROCEEDS_TOTAL, "Argument 'total' must be a total of "
        + "use-of-proceeds shares but is a " + total.measure());
    return total.isMeaningful() && total.derived().range().contains(HUNDRED);
  }

  /**
   * Annualises an interim revenue, an explicit and labelled choice: {@code annual = revenue x 12 /
   * months}, the months of its period, exact for whole months.
   * <p>
   * A note says so: annualising assumes the rest of the year runs at the interim's pace, which a
   * growing company's does not.
   *
   * @param interim  a figure of a period shorter than a year, money
   * @return the annualised revenue
   * @throws IllegalArgumentException if the figure is null, not money, or not over a period
   *     shorter than a year
   */
  public static Derived annualised(Figure interim) {
    CalcSupport.requireCurrency(interim, "interim");
    if (!(interim.period() instanceof FiscalPeriod p) || p.isFullYear()) {
      throw new IllegalArgumentException("Argument 'interim' must be a figure of a period shorter than a year but '"
          + interim.label() + "' is for '" + interim.period() + "'");
    }
    BigDecimal months = p.lengthInMonths();
    String label = interim.label() + " annualised";
    return Derived.of(Measure.ANNUALISED, label, CalcSupport.divide(interim.value().multiply(TWELVE), months),
        interim.range().multipliedBy(TWELVE).dividedBy(months), interim.unit(),
        interim.label() + " x 12 / " + months.toPlainString(), List.of(interim),
        List.of("annualised: the rest of the year assumed at the pace of " + p.describe()
            + ", an explicit choice, not a reported figure"));
  }

  //-------------------------------------------------------------------------
  private static Calculation multipleOf(Measure measure, String label, Quantity numerator, Quantity denominator,
      List<Quantity> inputs) {
    Optional<NotMeaningful> problem = positiveDivisor(measure, label, denominator, inputs);
    if (problem.isPresent()) {
      return problem.get();
    }
    return Derived.of(measure, label, CalcSupport.divide(numerator.value(), denominator.value()),
        numerator.range().dividedBy(denominator.range()), Unit.TIMES,
        numerator.label() + " / " + denominator.label(), inputs, List.of());
  }

  /** A divisor whose range reaches zero or below gives no bounded, meaningful quotient here. */
  private static Optional<NotMeaningful> positiveDivisor(Measure measure, String label, Quantity divisor,
      List<Quantity> inputs) {
    if (divisor.range().low().signum() > 0) {
      return Optional.empty();
    }
    return Optional.of(NotMeaningful.of(measure, label, divisor.range().high().signum() <= 0
        ? NotMeaningful.Reason.NEGATIVE_BASE : NotMeaningful.Reason.DIVISOR_MAY_BE_ZERO,
        "'" + divisor.label() + "' has range " + divisor.range() + ", which is not above zero", inputs));
  }
}
