package dev.prospectus.verify;

import dev.prospectus.calc.ArithmeticCalculator;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Calculators;
import dev.prospectus.calc.CashCalculator;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.GrowthCalculator;
import dev.prospectus.calc.MarginCalculator;
import dev.prospectus.calc.PerUnitCalculator;
import dev.prospectus.calc.RatioCalculator;
import dev.prospectus.format.PrintedFigure;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FigureLookup;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the expressions of one claim against a dataset, choosing a report for every figure and
 * recording which, and what is missing or not meaningful. One instance per claim; not thread-safe.
 */
final class Evaluator {

  private final Dataset dataset;
  private final Optional<String> claimDocument;
  private final List<InputFigure> used = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();
  private final List<String> notMeaningful = new ArrayList<>();

  Evaluator(Dataset dataset, Optional<String> claimDocument) {
    this.dataset = dataset;
    this.claimDocument = claimDocument;
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

  //-------------------------------------------------------------------------
  /**
   * Evaluates an expression: empty if a figure is missing or a formula does not apply, which
   * {@link #missing()} and {@link #notMeaningful()} then say.
   */
  Optional<Quantity> evaluate(Expression expression) {
    if (expression instanceof FigureRef ref) {
      return resolve(ref).map(f -> f);
    }
    if (expression instanceof Printed printed) {
      return Optional.of(stated(printed));
    }
    return evaluate((Operation) expression);
  }

  /** The figure a reference names, by the rules of {@link FigureRef}; records the choice. */
  Optional<Figure> resolve(FigureRef ref) {
    FigureKey key = key(ref.key());
    FigureLookup all = dataset.lookup(key);
    FigureLookup candidates = all;
    if (ref.document().isPresent()) {
      candidates = candidates.fromDocument(ref.document().get());
    }
    if (ref.quoted().isPresent()) {
      String words = ref.quoted().get();
      candidates = new FigureLookup(key, dataset.name(),
          candidates.reports().stream().filter(f -> f.source().quote().contains(words)).toList());
    }
    if (candidates.isMissing()) {
      if (!missing.contains(ref.describe())) {
        missing.add(ref.describe());
      }
      return Optional.empty();
    }
    ReportChoice choice;
    if (ref.isNamed()) {
      choice = ReportChoice.NAMED;
    } else if (claimDocument.isPresent() && all.fromDocument(claimDocument.get()).isPresent()) {
      candidates = all.fromDocument(claimDocument.get());
      choice = ReportChoice.CLAIM_SOURCE;
    } else {
      choice = all.reports().size() == 1 ? ReportChoice.ONLY : ReportChoice.MOST_PRECISE;
    }
    Figure figure = candidates.preferred();
    used.add(new InputFigure(ref.key(), figure, choice, all.reports().size()));
    return Optional.of(figure);
  }

  FigureKey key(String text) {
    return FigureKey.parse(text, dataset.fiscalYearEnd());
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
    Calculation result = apply(operation, in, terms);
    if (!result.isMeaningful()) {
      notMeaningful.add(result.toString());
      return Optional.empty();
    }
    return Optional.of(result.derived());
  }

  //-------------------------------------------------------------------------
  private Calculation apply(Operation op, Map<String, Quantity> in, List<Quantity> terms) {
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
        return Calculators.monthlyBurn((Figure) in.get("from"));
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
      case SUM:
        return ArithmeticCalculator.sum(terms);
      case DIFFERENCE:
        return ArithmeticCalculator.difference(in.get("value"), in.get("minus"));
      case CONVERT:
        return convert(op, in.get("value"));
      case CURRENCY:
        return ArithmeticCalculator.converted(in.get("value"), (Figure) in.get("rate"),
            Unit.parse(op.option("to").orElseThrow()));
      default:
        throw new IllegalStateException("Unhandled calculation '" + op.operator() + "'");
    }
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
