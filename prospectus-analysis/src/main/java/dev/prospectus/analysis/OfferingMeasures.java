package dev.prospectus.analysis;

import dev.prospectus.calc.ArithmeticCalculator;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Calculators;
import dev.prospectus.calc.CashCalculator;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.Measure;
import dev.prospectus.calc.NotMeaningful;
import dev.prospectus.calc.OfferingCalculator;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.ReportingDate;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Segment;
import dev.prospectus.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The "Offering and valuation" section: the offering's measures recomputed from its printed terms,
 * each with its share base in its label, by {@link OfferingCalculator}.
 * <p>
 * Each term is the figure the dataset's report rule prefers for the metric's latest period (the
 * standard offering metrics, docs/data-format.md). A measure whose terms the dataset lacks is left
 * out; a valuation multiple that cannot be computed (revenue in another currency than the price, no
 * borrowings figure, a loss) is listed as not meaningful with the reason. Formulas:
 * <ul>
 * <li>market capitalisation at the offer price, the first day's open and close: {@code price x
 *     shares_outstanding_after};
 * <li>first-day return: {@code (close / offer price - 1) x 100};
 * <li>gross proceeds at each stage: {@code offer price x shares offered} (base offer, final offer,
 *     with the over-allotment);
 * <li>issue costs: {@code (1 - net / gross) x 100}, on the printed proceeds;
 * <li>the use-of-proceeds shares summed: {@code share1 + ... + shareN}, consistent with 100% when
 *     the range contains it, on the latest period's shares of every use;
 * <li>cornerstone and strategic shares, free float and dilution: {@code part / base x 100}, on each
 *     base the dataset has;
 * <li>price to sales: {@code capitalisation at the offer / revenue of the latest full fiscal year},
 *     only in one currency (no conversion is assumed here; claims convert through sourced rates);
 * <li>price to earnings: not meaningful for a loss-maker; enterprise value to revenue: not
 *     meaningful without a borrowings figure, which the standard catalogue does not hold;
 * <li>the runway with the net proceeds: {@code (cash + net proceeds) / monthly burn}, at each cash
 *     metric's latest date and on each burn definition ending on it, the proceeds converted into the
 *     cash's currency only through a sourced exchange rate of the dataset that applies to their date
 *     (not meaningful, with that reason, when there is none).
 * </ul>
 * This class is stateless and thread-safe.
 */
final class OfferingMeasures {

  private OfferingMeasures() {
  }

  /**
   * Computes the offering's measures.
   *
   * @param ds  the dataset
   * @return the measures, in the order above; empty when the dataset has no offer price
   */
  static List<Calculation> of(Dataset ds) {
    List<Calculation> out = new ArrayList<>();
    Optional<Figure> price = latest(ds, Metric.IPO_OFFER_PRICE).filter(f -> f.unit().isCurrency());
    if (price.isEmpty()) {
      return out;
    }
    Figure offer = price.get();
    Optional<Figure> after = count(ds, Metric.SHARES_OUTSTANDING_AFTER);
    Optional<Derived> capAtOffer = after.map(a -> OfferingCalculator.marketCapitalisation(offer, a));
    capAtOffer.ifPresent(out::add);
    for (Metric day : List.of(Metric.FIRST_DAY_OPEN_PRICE, Metric.FIRST_DAY_CLOSE_PRICE)) {
      Optional<Figure> p = sameCurrency(latest(ds, day), offer);
      p.ifPresent(q -> after.ifPresent(a -> out.add(OfferingCalculator.marketCapitalisation(q, a))));
    }
    sameCurrency(latest(ds, Metric.FIRST_DAY_CLOSE_PRICE), offer)
        .ifPresent(close -> out.add(OfferingCalculator.firstDayReturn(close, offer)));
    List<Figure> stages = new ArrayList<>();
    for (Metric stage : List.of(Metric.IPO_BASE_OFFER_SHARES, Metric.IPO_OFFER_SHARES,
        Metric.IPO_OFFER_SHARES_WITH_OVER_ALLOTMENT)) {
      count(ds, stage).ifPresent(s -> {
        stages.add(s);
        out.add(OfferingCalculator.grossProceeds(offer, s));
      });
    }
    Optional<Figure> gross = latest(ds, Metric.IPO_GROSS_PROCEEDS).filter(g -> g.unit().isCurrency());
    Optional<Figure> net = gross.flatMap(g -> sameCurrency(latest(ds, Metric.IPO_NET_PROCEEDS), g));
    net.ifPresent(n -> out.add(OfferingCalculator.issueCosts(n, gross.get())));
    List<Figure> uses = useOfProceeds(ds);
    if (!uses.isEmpty()) {
      out.add(OfferingCalculator.useOfProceedsTotal(uses));
    }
    List<Figure> bases = new ArrayList<>(stages);
    after.ifPresent(bases::add);
    for (Metric part : List.of(Metric.CORNERSTONE_SHARES, Metric.STRATEGIC_PLACEMENT_SHARES)) {
      count(ds, part).ifPresent(p -> bases.stream().filter(b -> b.unit().equals(p.unit()))
          .forEach(b -> out.add(OfferingCalculator.shareOfBase(p, b))));
    }
    after.ifPresent(a -> {
      count(ds, Metric.FREE_FLOAT_SHARES).filter(f -> f.unit().equals(a.unit()))
          .ifPresent(f -> out.add(OfferingCalculator.shareOfBase(f, a)));
      // Dilution: the shares offered over the shares after, which assumes every offered share is new.
      count(ds, Metric.IPO_OFFER_SHARES).filter(s -> s.unit().equals(a.unit()))
          .ifPresent(s -> out.add(OfferingCalculator.shareOfBase(s, a)));
    });
    capAtOffer.ifPresent(cap -> out.addAll(multiples(ds, cap)));
    out.addAll(runwayWithProceeds(ds));
    return out;
  }

  /** Each use's share of the proceeds, for the latest period that has any: the preferred report of each. */
  private static List<Figure> useOfProceeds(Dataset ds) {
    List<FigureKey> keys = ds.keys().stream()
        .filter(k -> k.metric().equals(Metric.USE_OF_PROCEEDS_SHARE) && !k.segment().isTotal()).toList();
    Optional<ReportingPeriod> latest = keys.stream().map(FigureKey::period)
        .max(Comparator.comparing(ReportingPeriod::endInclusive));
    return keys.stream().filter(k -> latest.isPresent() && k.period().equals(latest.get()))
        .flatMap(k -> ds.lookup(k).findPreferred().stream()).filter(f -> f.unit().equals(Unit.PERCENT)).toList();
  }

  /**
   * The runway with the net proceeds added, at the latest date of each cash metric and on each
   * meaningful burn ending on it; the proceeds in the cash's currency, or converted at the first
   * sourced rate that applies to their date.
   */
  private static List<Calculation> runwayWithProceeds(Dataset ds) {
    List<Calculation> out = new ArrayList<>();
    Optional<Figure> net = latest(ds, Metric.IPO_NET_PROCEEDS).filter(f -> f.unit().isCurrency());
    if (net.isEmpty()) {
      return out;
    }
    for (Metric cashMetric : Calculators.CASH_METRICS) {
      Optional<Figure> cash = ds.periods(cashMetric, Segment.TOTAL).stream()
          .filter(p -> p instanceof ReportingDate)
          .max(Comparator.comparing(ReportingPeriod::endInclusive))
          .flatMap(p -> ds.lookup(cashMetric, Segment.TOTAL, p).findPreferred())
          .filter(f -> f.unit().isCurrency());
      if (cash.isEmpty()) {
        continue;
      }
      Figure c = cash.get();
      LocalDate at = ((ReportingDate) c.period()).date();
      List<Calculation> burns = Calculators.burnsEndingOn(ds, at, c.unit(), Calculators.BURN_METRICS).stream()
          .filter(Calculation::isMeaningful).toList();
      if (burns.isEmpty()) {
        continue;
      }
      Calculation proceeds = inCurrency(ds, net.get(), c.unit());
      for (Calculation burn : burns) {
        if (proceeds.isMeaningful()) {
          out.add(withProceeds(CashCalculator.runway(c, proceeds.derived(), burn.derived())));
        } else {
          NotMeaningful why = (NotMeaningful) proceeds;
          out.add(NotMeaningful.of(Measure.RUNWAY_WITH_PROCEEDS, "cash runway from " + c.label() + " with "
              + net.get().label() + " at " + burn.label(), why.reason(), why.explanation(),
              List.of(c, net.get(), burn.derived())));
        }
      }
    }
    return out;
  }

  /**
   * The runway on cash and proceeds as its own measure: the summary, the runway charts and the
   * comparison read {@link Measure#RUNWAY} as the runway on cash alone.
   */
  private static Calculation withProceeds(Calculation runway) {
    if (runway instanceof Derived d) {
      return new Derived(Measure.RUNWAY_WITH_PROCEEDS, d.label(), d.value(), d.range(), d.unit(), d.formula(),
          d.inputs(), d.notes());
    }
    NotMeaningful nm = (NotMeaningful) runway;
    return NotMeaningful.of(Measure.RUNWAY_WITH_PROCEEDS, nm.label(), nm.reason(), nm.explanation(), nm.inputs());
  }

  /** The proceeds in a currency: as printed, or through the first sourced rate that applies to their date. */
  private static Calculation inCurrency(Dataset ds, Figure proceeds, Unit currency) {
    if (proceeds.unit().equals(currency)) {
      return Derived.asReported(proceeds);
    }
    Optional<ExchangeRate> rate = ds.rates(proceeds.unit(), currency, proceeds.period()).stream()
        .filter(r -> r.from().equals(proceeds.unit()) || !r.range().containsZero()).findFirst();
    if (rate.isPresent()) {
      return ArithmeticCalculator.converted(proceeds, rate.get(), currency);
    }
    return NotMeaningful.of(Measure.RUNWAY_WITH_PROCEEDS, proceeds.label() + " in " + currency,
        NotMeaningful.Reason.OTHER_CURRENCY,
        "the net proceeds '" + proceeds.label() + "' are in " + proceeds.unit() + " and the cash in " + currency
        + ": the dataset has no sourced exchange rate between them that applies to " + proceeds.period()
        + ", and none is assumed", List.of(proceeds));
  }

  /** Price to sales, price to earnings and EV to revenue on the capitalisation at the offer. */
  private static List<Calculation> multiples(Dataset ds, Quantity cap) {
    List<Calculation> out = new ArrayList<>();
    Optional<Figure> revenue = latestFullYear(ds, Metric.REVENUE);
    if (revenue.isPresent()) {
      Figure r = revenue.get();
      out.add(r.unit().equals(cap.unit()) ? OfferingCalculator.priceToSales(cap, r)
          : otherCurrency(Measure.PRICE_TO_SALES, "price to sales of " + cap.label() + " on " + r.label(), cap, r));
      out.add(NotMeaningful.of(Measure.EV_TO_REVENUE, "enterprise value to revenue of " + cap.label() + " on "
          + r.label(), NotMeaningful.Reason.MISSING_INPUT, "needs cash and borrowings at the listing date: the "
          + "standard catalogue has no borrowings figure, so no enterprise value is assumed", List.of(cap, r)));
    }
    latestFullYear(ds, Metric.NET_LOSS).ifPresent(loss -> out.add(loss.unit().equals(cap.unit())
        ? OfferingCalculator.priceToEarnings(cap, loss)
        : otherCurrency(Measure.PRICE_TO_EARNINGS, "price to earnings of " + cap.label() + " on " + loss.label(),
            cap, loss)));
    return out;
  }

  private static NotMeaningful otherCurrency(Measure measure, String label, Quantity cap, Figure other) {
    return NotMeaningful.of(measure, label, NotMeaningful.Reason.OTHER_CURRENCY, "'" + cap.label() + "' is in "
        + cap.unit() + " and '" + other.label() + "' in " + other.unit() + ": a multiple across currencies needs a "
        + "sourced exchange rate, which this section does not assume", List.of(cap, other));
  }

  private static Optional<Figure> sameCurrency(Optional<Figure> figure, Figure as) {
    return figure.filter(f -> f.unit().equals(as.unit()));
  }

  private static Optional<Figure> count(Dataset ds, Metric metric) {
    return latest(ds, metric).filter(f -> f.unit().kind() == Unit.Kind.COUNT);
  }

  /** The preferred report of the metric's total for its latest period (by end date). */
  private static Optional<Figure> latest(Dataset ds, Metric metric) {
    return ds.periods(metric, Segment.TOTAL).stream()
        .max(Comparator.comparing(ReportingPeriod::endInclusive))
        .flatMap(p -> ds.lookup(metric, Segment.TOTAL, p).findPreferred());
  }

  /**
   * The preferred report of the metric's total for its latest full fiscal year with a reported
   * result: a trailing year, so a year with only guidance is passed over (guidance is not a result).
   */
  private static Optional<Figure> latestFullYear(Dataset ds, Metric metric) {
    return ds.periods(metric, Segment.TOTAL).stream()
        .filter(p -> p instanceof FiscalPeriod f && f.isFullYear())
        .sorted(Comparator.comparing(ReportingPeriod::endInclusive).reversed())
        .flatMap(p -> ds.lookup(metric, Segment.TOTAL, p).findPreferred().stream())
        .filter(Figure::isReported)
        .findFirst();
  }
}
