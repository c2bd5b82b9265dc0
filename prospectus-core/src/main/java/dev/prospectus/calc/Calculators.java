package dev.prospectus.calc;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Segment;
import dev.prospectus.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which calculator a pair of inputs needs: growth of full years or of interims, a burn from a loss
 * or from operating cash flow, which metrics are cash. The analysis, the projections and the
 * claims all choose here, so the same inputs always get the same formula.
 * <p>
 * For example {@code growth(revenue FY2024, revenue FY2023)} is year-on-year growth,
 * {@code growth(revenue 9M2025, revenue 9M2024)} interim growth, and
 * {@code monthlyBurn(adjusted net loss 9M2025)} the loss spread over its nine months.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class Calculators {

  /** Balances a runway can be computed on, in order of preference. */
  public static final List<Metric> CASH_METRICS = List.of(Metric.CASH_RESERVES, Metric.CASH_AND_EQUIVALENTS);
  /** Flows a monthly burn can be computed from, in the order a report shows them. */
  public static final List<Metric> BURN_METRICS =
      List.of(Metric.ADJUSTED_NET_LOSS, Metric.NET_LOSS, Metric.OPERATING_CASH_FLOW);

  private Calculators() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the growth of one value over another with the calculator their periods call for:
   * {@code growth = (current / prior - 1) x 100}.
   * <ul>
   * <li>two full fiscal years of one metric and segment, one year apart:
   *     {@link GrowthCalculator#yearOnYear};
   * <li>two interim periods of one metric and segment, the prior the current one moved back a
   *     year: {@link GrowthCalculator#interimOnInterim};
   * <li>two full years not one year apart, or two interims that do not match: not meaningful,
   *     {@link NotMeaningful.Reason#MISMATCHED_PERIODS} (a growth over several years is a
   *     multiple or a compound rate);
   * <li>anything else (values that are not figures, a period against a year, different series):
   *     {@link GrowthCalculator#periodOverPeriod}.
   * </ul>
   *
   * @param current  the later value, not null
   * @param prior  the earlier value, the base, in the same unit
   * @return the growth in percent, or {@link NotMeaningful} with the reason
   * @throws IllegalArgumentException if an argument is null
   * @throws UnitMismatchException if the units differ
   */
  public static Calculation growth(Quantity current, Quantity prior) {
    Args.notNull(current, "current");
    Args.notNull(prior, "prior");
    if (current instanceof Figure c && prior instanceof Figure p && CalcSupport.isSameSeries(c, p)
        && c.period() instanceof FiscalPeriod cp && p.period() instanceof FiscalPeriod pp) {
      if (cp.isFullYear() && pp.isFullYear()) {
        // The checks of yearOnYear and interimOnInterim are made here already: the growth itself follows.
        return pp.equals(cp.minusYears(1)) ? GrowthCalculator.periodOverPeriod(c, p)
            : mismatched(c, p, "full years " + pp + " and " + cp + " are not one year apart: growth over"
                + " several years is a multiple or a compound rate");
      }
      if (!cp.isFullYear() && !pp.isFullYear()) {
        if (!cp.start().plusYears(1).isAfter(cp.endInclusive())) {
          return mismatched(c, p, cp + " is longer than a year: neither a fiscal year nor an interim period");
        }
        return pp.equals(cp.minusYears(1)) ? GrowthCalculator.periodOverPeriod(c, p)
            : mismatched(c, p, pp + " is not the same interim period a year before " + cp);
      }
    }
    return GrowthCalculator.periodOverPeriod(current, prior);
  }

  private static NotMeaningful mismatched(Figure current, Figure prior, String why) {
    CalcSupport.requireSameUnit(current, "current", prior, "prior");
    return NotMeaningful.of(Measure.GROWTH, CalcSupport.subject(current) + " growth " + current.period() + " over "
        + prior.period(), NotMeaningful.Reason.MISMATCHED_PERIODS, why, List.of(current, prior));
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the monthly burn of a flow with the calculator its metric calls for: operating cash
   * flow with {@link CashCalculator#monthlyBurnFromOperatingCashFlow}, an adjusted or reported net
   * loss with {@link CashCalculator#monthlyBurnFromLoss}.
   *
   * @param flow  a figure of operating cash flow, adjusted net loss or net loss, over a period
   * @return the burn a month, or {@link NotMeaningful} for an operating inflow
   * @throws IllegalArgumentException if the figure is null, of another metric, or at an instant
   */
  public static Calculation monthlyBurn(Figure flow) {
    Args.notNull(flow, "flow");
    Metric metric = flow.metric();
    if (metric.equals(Metric.OPERATING_CASH_FLOW)) {
      return CashCalculator.monthlyBurnFromOperatingCashFlow(flow);
    }
    if (metric.equals(Metric.ADJUSTED_NET_LOSS) || metric.equals(Metric.NET_LOSS)) {
      return CashCalculator.monthlyBurnFromLoss(flow);
    }
    throw new IllegalArgumentException("A monthly burn takes a figure of " + BURN_METRICS + ", but '"
        + flow.key() + "' is a figure of '" + metric + "'");
  }

  /**
   * The monthly burns a dataset allows at a cash date: for each metric given, in order, each
   * whole-company period ending on that date whose preferred report is in the cash's currency.
   *
   * @param dataset  the dataset, not null
   * @param date  the cash date, not null
   * @param currency  the cash's currency, not null
   * @param metrics  the burn metrics to use, each one of {@link #BURN_METRICS}
   * @return the burns, meaningful or not, in the order of the metrics and then the periods
   * @throws IllegalArgumentException if an argument is null or a metric is not a burn metric
   */
  public static List<Calculation> burnsEndingOn(Dataset dataset, LocalDate date, Unit currency, List<Metric> metrics) {
    Args.notNull(dataset, "dataset");
    Args.notNull(date, "date");
    Args.notNull(currency, "currency");
    Args.noNulls(metrics, "metrics");
    List<Calculation> burns = new ArrayList<>();
    for (Metric metric : metrics) {
      if (!BURN_METRICS.contains(metric)) {
        throw new IllegalArgumentException("Metric '" + metric + "' is not one of " + BURN_METRICS);
      }
      for (ReportingPeriod p : dataset.periods(metric, Segment.TOTAL)) {
        Optional<Figure> flow = dataset.lookup(metric, Segment.TOTAL, p).findPreferred();
        if (p instanceof FiscalPeriod fp && fp.endInclusive().equals(date) && flow.isPresent()
            && flow.get().unit().equals(currency)) {
          burns.add(monthlyBurn(flow.get()));
        }
      }
    }
    return burns;
  }

  /**
   * Checks whether a metric is a cash balance a runway can start from.
   *
   * @param metric  the metric
   * @return true for {@link #CASH_METRICS}
   */
  public static boolean isCash(Metric metric) {
    return CASH_METRICS.contains(Args.notNull(metric, "metric"));
  }
}
