package dev.prospectus.verify;

import dev.prospectus.calc.ArithmeticCalculator;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Calculators;
import dev.prospectus.calc.CashCalculator;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.GrowthCalculator;
import dev.prospectus.calc.MarginCalculator;
import dev.prospectus.calc.OfferingCalculator;
import dev.prospectus.calc.PerUnitCalculator;
import dev.prospectus.calc.RatioCalculator;
import dev.prospectus.format.PrintedFigure;
import dev.prospectus.model.ChosenReport;
import dev.prospectus.model.ConvertedReport;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FigureLookup;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.ReportRule;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Evaluates the expressions of one claim against a dataset, choosing a report for every figure and
 * recording which, and what is missing or not meaningful. One instance per claim; not thread-safe.
 */
final class Evaluator {

  /** Bits of what currencies a calculation's inputs hold: the dataset's, another. */
  private static final int OWN = 1;
  private static final int OTHER = 2;

  private final Dataset dataset;
  private final Optional<ClaimSource> claimSource;
  private final Optional<String> claimDocument;
  private final List<InputFigure> used = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();
  private final List<String> notMeaningful = new ArrayList<>();
  private final List<ExchangeRate> rates = new ArrayList<>();

  Evaluator(Dataset dataset, Optional<ClaimSource> claimSource) {
    this.dataset = dataset;
    this.claimSource = claimSource;
    this.claimDocument = claimSource.map(ClaimSource::document);
  }

  List<InputFigure> used() {
    return List.copyOf(used);
  }

  List<String> missing() {
    return List.copyOf(missing);
  }

  List<String> notMeaningful() {
    return List.copyOf(notMeaningful);
  }

  /** The exchange rates the claim's values were converted at, in the order used. */
  List<ExchangeRate> rates() {
    return List.copyOf(rates);
  }

  //-------------------------------------------------------------------------
  /**
   * Evaluates an expression: empty if a figure is missing or a formula does not apply, which
   * {@link #missing()} and {@link #notMeaningful()} then say.
   */
  Optional<Quantity> evaluate(Expression expression) {
    if (expression instanceof FigureRef ref) {
      return choose(ref, true).map(Resolved::value);
    }
    if (expression instanceof Printed printed) {
      return Optional.of(stated(printed));
    }
    return evaluate((Operation) expression);
  }

  /**
   * The report a reference names, by the rules of {@link FigureRef}, as printed (never converted):
   * for parameters that need a figure of the dataset. Records the choice.
   */
  Optional<Figure> resolve(FigureRef ref) {
    return choose(ref, false).map(Resolved::figure);
  }

  /** A report picked for a reference: the figure, the value to use (it, or its conversion), the rate. */
  private record Resolved(Figure figure, Quantity value) {
  }

  /**
   * Picks the report a reference names: the named one (in the dataset's currency unless the
   * reference asks for another); else the claim's own document's report in the dataset's currency;
   * else the one the dataset's rule picks, converted at a rate when it is in another currency and
   * {@code mayConvert}. Records the choice, or the missing figure.
   */
  private Optional<Resolved> choose(FigureRef ref, boolean mayConvert) {
    FigureLookup all = dataset.lookup(ref.key());
    FigureKey key = all.key();
    int count = all.reports().size();
    if (ref.isNamed()) {
      List<Figure> named = all.reports().stream()
          .filter(f -> ref.document().map(d -> f.source().document().id().equals(d)).orElse(true))
          .filter(f -> ref.quoted().map(w -> f.source().quote().contains(w)).orElse(true))
          .filter(f -> ref.currency().map(u -> f.unit().equals(u)).orElse(true))
          .toList();
      if (named.isEmpty()) {
        if (!missing.contains(ref.describe())) {
          missing.add(ref.describe());
        }
        return Optional.empty();
      }
      // Asked for a document, the claim gets its report in the dataset's currency where it printed one.
      List<Figure> own = ref.currency().isPresent() ? named : inOwnCurrency(named);
      Figure figure = ReportRule.best(own.isEmpty() ? named : own).orElseThrow();
      used.add(InputFigure.of(ref.key(), figure, ReportChoice.NAMED, count));
      return Optional.of(new Resolved(figure, figure));
    }
    if (all.isMissing()) {
      if (!missing.contains(ref.describe())) {
        missing.add(ref.describe());
      }
      return Optional.empty();
    }
    if (claimDocument.isPresent()) {
      // A figure nobody printed in the dataset's currency (a price in HK$) is taken in the currency printed.
      List<Figure> fromClaim = all.fromDocument(claimDocument.get()).reports();
      List<Figure> own = hasOwnCurrency(all.reports()) ? inOwnCurrency(fromClaim) : fromClaim;
      if (!own.isEmpty()) {
        Figure figure = ReportRule.best(own).orElseThrow();
        used.add(InputFigure.of(ref.key(), figure, ReportChoice.CLAIM_SOURCE, count));
        return Optional.of(new Resolved(figure, figure));
      }
    }
    ReportChoice choice = count == 1 ? ReportChoice.ONLY : ReportChoice.PREFERRED;
    if (!mayConvert) {
      Figure figure = all.preferred();
      used.add(InputFigure.of(ref.key(), figure, choice, count));
      return Optional.of(new Resolved(figure, figure));
    }
    ChosenReport chosen = dataset.choose(key).orElseThrow();
    used.add(new InputFigure(ref.key(), chosen.report(), choice, count, chosen.rate()));
    chosen.rate().ifPresent(rates::add);
    return Optional.of(new Resolved(chosen.report(), chosen.value()));
  }

  /** The reports in the dataset's currency, or in a unit that is no currency at all. */
  private List<Figure> inOwnCurrency(List<Figure> reports) {
    Unit own = dataset.currencyUnit();
    if (allOwnCurrency(reports, own)) {
      // Most reports are in the dataset's currency: the list as it is, immutable, not a copy.
      return reports;
    }
    List<Figure> result = new ArrayList<>(reports.size());
    for (Figure f : reports) {
      if (isOwn(f.unit(), own)) {
        result.add(f);
      }
    }
    return result;
  }

  private static boolean allOwnCurrency(List<Figure> reports, Unit own) {
    for (int i = 0; i < reports.size(); i++) {
      if (!isOwn(reports.get(i).unit(), own)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a unit is the dataset's currency, or no currency at all. */
  private static boolean isOwn(Unit unit, Unit own) {
    return !unit.isCurrency() || unit.equals(own);
  }

  /** Whether {@link #inOwnCurrency} would keep a report: asked for every figure, so it builds no list. */
  private boolean hasOwnCurrency(List<Figure> reports) {
    Unit own = dataset.currencyUnit();
    for (Figure f : reports) {
      if (isOwn(f.unit(), own)) {
        return true;
      }
    }
    return false;
  }

  private static Quantity stated(Printed printed) {
    PrintedFigure p = printed.figure();
    return new StatedQuantity("'" + p.text() + "' as printed in the claim", p.value(), p.range(), p.amount().unit());
  }

  private Optional<Quantity> evaluate(Operation operation) {
    Map<String, Quantity> in = new LinkedHashMap<>();
    boolean complete = true;
    for (Map.Entry<String, Expression> e : operation.inputs().entrySet()) {
      Optional<Quantity> q = evaluate(e.getValue());
      complete &= q.isPresent();
      q.ifPresent(v -> in.put(e.getKey(), v));
    }
    List<Quantity> terms = new ArrayList<>();
    for (Expression e : operation.terms()) {
      Optional<Quantity> q = evaluate(e);
      complete &= q.isPresent();
      q.ifPresent(terms::add);
    }
    if (!complete) {
      return Optional.empty();
    }
    if (operation.operator() != Operator.CURRENCY && operation.operator() != Operator.CONVERT
        && !harmonise(in, terms)) {
      return Optional.empty();
    }
    Optional<Calculation> computed = operation.operator() == Operator.CURRENCY
        ? currency(operation, in.get("value")) : Optional.of(apply(operation, in, terms));
    if (computed.isEmpty()) {
      return Optional.empty();
    }
    Calculation result = computed.get();
    if (!result.isMeaningful()) {
      notMeaningful.add(result.toString());
      return Optional.empty();
    }
    return Optional.of(result.derived());
  }

  //-------------------------------------------------------------------------
  private Calculation apply(Operation op, Map<String, Quantity> in, List<Quantity> terms) {
    // CURRENCY is evaluated by currency(), which finds the rate first.
    switch (op.operator()) {
      case GROWTH:
        return Calculators.growth(in.get("current"), in.get("prior"));
      case CAGR:
        return cagr(op, in.get("end"), in.get("start"));
      case MULTIPLE:
        return GrowthCalculator.multiple(in.get("current"), in.get("prior"));
      case RATIO_TO_REVENUE:
        return RatioCalculator.toRevenue(in.get("amount"), in.get("revenue"));
      case RATIO: {
        Quantity num = in.get("numerator");
        Quantity den = in.get("denominator");
        Unit unit = op.option("unit").map(Unit::parse).orElse(Unit.PERCENT);
        return RatioCalculator.ratio(num.label() + " to " + den.label(), num, den, unit);
      }
      case GROSS_MARGIN:
        return MarginCalculator.grossMargin(in.get("revenue"), in.get("grossProfit"));
      case GROSS_MARGIN_FROM_COST:
        return MarginCalculator.grossMarginFromCost(in.get("revenue"), in.get("costOfRevenue"));
      case GROSS_PROFIT_FROM_MARGIN:
        return MarginCalculator.grossProfitFromMargin(in.get("revenue"), in.get("margin"));
      case BLENDED_MARGIN:
        return MarginCalculator.blendedMargin(in.get("marginA"), in.get("revenueA"), in.get("marginB"),
            in.get("revenueB"));
      case IMPLIED_MIX:
        return MarginCalculator.impliedMix(in.get("blendedMargin"), in.get("marginA"), in.get("marginB"));
      case MARGIN_EXCLUDING:
        return MarginCalculator.marginExcluding(in.get("revenue"), in.get("grossProfit"), in.get("segmentRevenue"),
            in.get("segmentGrossProfit"));
      case MONTHLY_BURN:
        return monthlyBurn(in.get("from"));
      case RUNWAY: {
        Derived burn = Derived.asReported(in.get("burn"));
        Quantity extra = in.get("extraCash");
        return extra == null ? CashCalculator.runway(in.get("cash"), burn)
            : CashCalculator.runway(in.get("cash"), extra, burn);
      }
      case SHARE_OF_COUNT:
        return PerUnitCalculator.shareOfCount(in.get("share"), in.get("count"));
      case PER_UNIT:
        return PerUnitCalculator.perUnit(in.get("amount"), in.get("count"));
      case MARKET_CAP:
        return OfferingCalculator.marketCapitalisation(in.get("price"), in.get("shares"));
      case GROSS_PROCEEDS:
        return OfferingCalculator.grossProceeds(in.get("price"), in.get("shares"));
      case PRICE_TO_SALES:
        return OfferingCalculator.priceToSales(in.get("marketCap"), in.get("revenue"));
      case ISSUE_COSTS:
        return OfferingCalculator.issueCosts(in.get("net"), in.get("gross"));
      case SUM:
        return ArithmeticCalculator.sum(terms);
      case DIFFERENCE:
        return ArithmeticCalculator.difference(in.get("value"), in.get("minus"));
      case CONVERT:
        return convert(op, in.get("value"));
      case CURRENCY:
        throw new IllegalStateException("A currency conversion is evaluated with its rate, by currency()");
      default:
        throw new IllegalStateException("Unhandled calculation '" + op.operator() + "'");
    }
  }

  /**
   * The monthly burn of a flow the dataset reports: the burn of the figure, in the currency it was
   * chosen in (a report in another currency is burnt first, then converted at the same rate, so the
   * burn's definition still names the figure's metric and period).
   */
  private static Calculation monthlyBurn(Quantity from) {
    if (from instanceof Figure figure) {
      return Calculators.monthlyBurn(figure);
    }
    if (from instanceof ConvertedReport converted && converted.original() instanceof Figure figure) {
      Calculation burn = Calculators.monthlyBurn(figure);
      return burn.isMeaningful() ? ArithmeticCalculator.converted(burn.derived(), converted.rate(), converted.unit())
          : burn;
    }
    throw new IllegalArgumentException("Calculation 'monthly-burn' takes a reported flow (operating cash flow, net"
        + " loss or adjusted net loss) as 'from', but was given '" + from.label() + "', a calculated value");
  }

  /**
   * A currency conversion at the rate the claim names, or else at the first rate the dataset's rule
   * gives that applies to every period the value reads and that the claim's own words did not imply:
   * a claim that prints "15億美元 (約106億元)" is not judged by the rate its own pair implies. With
   * no such rate the claim is unverifiable, and the verdict says why.
   */
  private Optional<Calculation> currency(Operation op, Quantity value) {
    Unit to = Unit.parse(op.option("to").orElseThrow());
    Optional<String> named = op.option("rate");
    if (named.isPresent()) {
      ExchangeRate rate = dataset.exchangeRate(named.get()).orElseThrow(() -> new IllegalArgumentException(
          "Calculation 'currency' names rate '" + named.get() + "', which dataset '" + dataset.name()
          + "' does not declare"));
      rates.add(rate);
      return Optional.of(ArithmeticCalculator.converted(value, rate, to));
    }
    return rateFor(value, to).map(rate -> ArithmeticCalculator.converted(value, rate, to));
  }

  /**
   * The first rate the dataset's rule gives from the value's currency to another that applies to
   * every period the value reads and that neither the claim's own words nor the value's reports
   * imply; records it, or records why there is none.
   */
  private Optional<ExchangeRate> rateFor(Quantity value, Unit to) {
    List<ReportingPeriod> periods = Derived.asReported(value).subject().stream().map(FigureKey::period).distinct()
        .toList();
    List<ExchangeRate> applicable = periods.isEmpty() ? List.of() : dataset.rates(value.unit(), to, periods.get(0))
        .stream().filter(r -> periods.stream().allMatch(r::appliesTo)).toList();
    List<Figure> read = figures(value);
    Optional<ExchangeRate> rate = applicable.stream()
        .filter(r -> !impliedByClaim(r) && read.stream().noneMatch(r::isImpliedBy)).findFirst();
    if (rate.isPresent()) {
      rates.add(rate.get());
      return rate;
    }
    String dates = periods.isEmpty() ? "a value of no period" : periods.stream().map(Object::toString)
        .collect(Collectors.joining(", "));
    missing.add("exchange rate " + value.unit() + " to " + to + " for " + dates);
    notMeaningful.add(applicable.isEmpty()
        ? "no exchange rate between " + value.unit() + " and " + to + " applies to " + dates
        : "the only exchange rates between " + value.unit() + " and " + to + " that apply to " + dates + " ("
            + applicable.stream().map(ExchangeRate::id).collect(Collectors.joining(", "))
            + ") are implied by the claim's own words, and a rate never judges the pair it came from");
    return Optional.empty();
  }

  /**
   * Inputs in more than one currency, one of them the dataset's (a loss the claim's source printed
   * only in renminbi beside cash in US dollars): each input in another currency joins the dataset's
   * through a sourced rate, as {@link Dataset#choose} converts a report; without one the claim is
   * unverifiable and says which rate is missing. Inputs all in one foreign currency (an offer price
   * and a market capitalisation in HK$) stay as printed.
   */
  private boolean harmonise(Map<String, Quantity> in, List<Quantity> terms) {
    Unit own = dataset.currencyUnit();
    // Every claim's every operation passes here: decide without allocating in the common case.
    if (!mixesWithOwn(in.values(), terms, own)) {
      return true;
    }
    boolean complete = true;
    for (Map.Entry<String, Quantity> e : in.entrySet()) {
      Optional<Quantity> q = inOwn(e.getValue(), own);
      complete &= q.isPresent();
      q.ifPresent(e::setValue);
    }
    for (int i = 0; i < terms.size(); i++) {
      Optional<Quantity> q = inOwn(terms.get(i), own);
      complete &= q.isPresent();
      if (q.isPresent()) {
        terms.set(i, q.get());
      }
    }
    return complete;
  }

  /** Whether the inputs hold money in the dataset's currency and money in another. */
  private static boolean mixesWithOwn(Iterable<Quantity> inputs, List<Quantity> terms, Unit own) {
    int found = currencies(inputs, own);
    for (int i = 0; i < terms.size(); i++) {
      found |= currency(terms.get(i), own);
    }
    return found == (OWN | OTHER);
  }

  private static int currency(Quantity q, Unit own) {
    return !q.unit().isCurrency() ? 0 : q.unit().equals(own) ? OWN : OTHER;
  }

  private static int currencies(Iterable<Quantity> values, Unit own) {
    int found = 0;
    for (Quantity q : values) {
      found |= currency(q, own);
    }
    return found;
  }

  private Optional<Quantity> inOwn(Quantity q, Unit own) {
    if (isOwn(q.unit(), own)) {
      return Optional.of(q);
    }
    if (q instanceof Figure f) {
      // A report converts as the dataset's rule converts it: the report stays its source, the rate is said.
      return rateFor(f, own).map(r -> r.convert(f));
    }
    return rateFor(q, own).map(r -> ArithmeticCalculator.converted(q, r, own)).filter(Calculation::isMeaningful)
        .map(Calculation::derived);
  }

  /** The reports a value reads: itself, or those of its calculation trail. */
  private static List<Figure> figures(Quantity value) {
    if (value instanceof Figure f) {
      return List.of(f);
    }
    if (value instanceof Derived d) {
      return d.inputs().stream().flatMap(q -> figures(q).stream()).toList();
    }
    return List.of();
  }

  /** Whether a rate rests on figures the claim's own quote prints: its own sentence implied it. */
  private boolean impliedByClaim(ExchangeRate rate) {
    return claimSource.isPresent() && rate.figures().stream().allMatch(f -> f.source().document().id()
        .equals(claimSource.get().document()) && (claimSource.get().quote().contains(f.source().quote())
            || f.source().quote().contains(claimSource.get().quote())));
  }

  private static Calculation cagr(Operation op, Quantity end, Quantity start) {
    Optional<String> years = op.option("years");
    if (years.isPresent()) {
      return GrowthCalculator.cagr(end, start, Integer.parseInt(years.get().strip()));
    }
    if (end instanceof Figure e && start instanceof Figure s) {
      return GrowthCalculator.cagr(e, s);
    }
    throw new IllegalArgumentException("Calculation 'cagr' needs the option 'years' unless 'end' and 'start' are"
        + " figures of full fiscal years, but has " + end.label() + " and " + start.label());
  }

  private static Derived convert(Operation op, Quantity value) {
    Unit unit = Unit.parse(op.option("unit").orElseThrow());
    String basis = op.option("basis").orElseThrow();
    Optional<String> multiplyBy = op.option("multiplyBy");
    if (multiplyBy.isPresent()) {
      return ArithmeticCalculator.multipliedBy(value, new BigDecimal(multiplyBy.get().strip()), unit, basis);
    }
    return ArithmeticCalculator.dividedBy(value, new BigDecimal(op.option("divideBy").orElseThrow().strip()), unit,
        basis);
  }

  //-------------------------------------------------------------------------
  /** A number printed in a claim's own quote, used as an input. */
  record StatedQuantity(String label, BigDecimal value, DecimalRange range, Unit unit) implements Quantity {
  }
}
