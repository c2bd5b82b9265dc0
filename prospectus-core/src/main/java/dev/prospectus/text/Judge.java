package dev.prospectus.text;

import dev.prospectus.calc.Calculators;
import dev.prospectus.format.PrintedFigure;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FigureLookup;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Metric;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Segment;
import dev.prospectus.model.Unit;
import dev.prospectus.verify.Check;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Comparison;
import dev.prospectus.verify.Expression;
import dev.prospectus.verify.FigureRef;
import dev.prospectus.verify.Operation;
import dev.prospectus.verify.Operator;
import dev.prospectus.verify.Printed;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.VerdictStatus;
import dev.prospectus.verify.Verifier;
import dev.prospectus.verify.WholeCount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what each number claims into claims for the {@link Verifier}, one per check and basis,
 * and the verdicts into findings.
 * <p>
 * A calculation makes a number consistent only when it is the one the number's context names:
 * this class never searches the dataset for a calculation that happens to fit. Used by one check,
 * on one thread.
 */
final class Judge {

  /** The most bases a check tries where the text leaves its period open. */
  static final int MAX_OPEN_PERIODS = 6;

  private static final String AGAINST_DATASET = "against the dataset";
  private static final String AS_PRINTED = "the dataset's printed figure";
  private static final Set<VerdictStatus> DECIDED = EnumSet.of(VerdictStatus.CONSISTENT, VerdictStatus.INCONSISTENT,
      VerdictStatus.UNDECIDABLE);

  private final Reader r;
  private final Dataset dataset;
  private final Lexicon lexicon;
  private final Optional<String> document;
  private final String company;
  private final Optional<String> notAbout;
  private final Candidates candidates;
  private final String squeezed;
  private final Map<Check, Verdict> verified = new HashMap<>();
  private final Map<Figure, Boolean> own = new HashMap<>();
  private int counter;

  Judge(Reader reader, Lexicon lexicon, Optional<String> document, Optional<String> notAbout, Candidates candidates) {
    this.r = reader;
    this.dataset = reader.dataset;
    this.lexicon = lexicon;
    this.document = document;
    this.company = dataset.name();
    this.notAbout = notAbout;
    this.candidates = candidates;
    this.squeezed = squeeze(reader.text);
  }

  private static String squeeze(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  //-------------------------------------------------------------------------
  List<Finding> findings() {
    List<Finding> result = new ArrayList<>();
    Map<Mention, Reader.Item> byMention = new HashMap<>();
    r.items.forEach(i -> byMention.put(i.mention, i));
    for (Mention m : r.mentions) {
      Layout.Sentence s = r.layout.sentenceAt(m.start());
      int line = r.layout.lineAt(m.start());
      if (!m.isAmount()) {
        result.add(new Finding(m.start(), m.end(), m.text(), line, s.start(), Math.max(s.end(), m.end()),
            Optional.of(m), Reading.none(ClaimKind.NOT_A_CLAIM), ArticleVerdict.NOT_A_CLAIM,
            m.kind() == Mention.Kind.UNREADABLE ? "not read as a figure: " + m.note() : "not a claim: " + m.note(),
            List.of(), List.of()));
        continue;
      }
      result.add(finding(byMention.get(m), line));
    }
    if (notAbout.isEmpty()) {
      for (Reader.Comparison c : r.comparisons) {
        result.add(comparison(c));
      }
    }
    result.sort(Comparator.comparingInt(Finding::start));
    return result;
  }

  private Finding finding(Reader.Item item, int line) {
    Reading reading = reading(item);
    Layout.Sentence s = item.sentence;
    int sentenceEnd = Math.max(s.end(), item.end());
    if (notAbout.isPresent()) {
      return new Finding(item.start(), item.end(), item.mention.text(), line, s.start(), sentenceEnd,
          Optional.of(item.mention), reading, ArticleVerdict.UNVERIFIABLE, notAbout.get(), List.of(), List.of());
    }
    if (item.otherEntity != null && item.kind != ClaimKind.SHARE) {
      return new Finding(item.start(), item.end(), item.mention.text(), line, s.start(), sentenceEnd,
          Optional.of(item.mention), reading, ArticleVerdict.UNVERIFIABLE, "about " + item.otherEntity + ", not "
          + company + ": the dataset holds " + company + "'s figures", List.of(), List.of());
    }
    if (item.kind == ClaimKind.UNKNOWN) {
      List<Candidate> near = candidates.near(item.figure);
      String why = item.metric == null ? "the context names no metric the lexicon knows"
          : "the context names " + item.metric + " but no kind of claim a " + item.unit() + " figure can make of it";
      return new Finding(item.start(), item.end(), item.mention.text(), line, s.start(), sentenceEnd,
          Optional.of(item.mention), reading, ArticleVerdict.UNEXPLAINED, why + (near.isEmpty() ? ""
          : "; nearest candidates, not taken as the explanation: "
          + near.stream().map(Candidate::toString).collect(Collectors.joining("; "))), List.of(), near);
    }
    List<List<Basis>> checks = checks(item);
    List<Basis> rows = checks.stream().flatMap(List::stream).toList();
    Verdict0 v = overall(checks);
    return new Finding(item.start(), item.end(), item.mention.text(), line, s.start(), sentenceEnd,
        Optional.of(item.mention), reading, v.verdict, v.reason, rows, List.of());
  }

  private Reading reading(Reader.Item item) {
    boolean flow = item.kind == ClaimKind.GROWTH || item.kind == ClaimKind.DECLINE || item.kind == ClaimKind.MULTIPLE
        || item.kind == ClaimKind.CAGR || item.kind == ClaimKind.CUMULATIVE || item.kind == ClaimKind.MONTHLY_BURN;
    Optional<ReportingPeriod> period = item.period().map(p -> item.metric == null ? p : r.periods.as(p,
        r.isStock(item.metric) && !flow));
    return new Reading(item.kind, Optional.ofNullable(item.metric), item.segment, period, item.relation, item.words,
        List.of());
  }

  //-------------------------------------------------------------------------
  // Checks per kind. Each check is a list of bases; the first check is the one the context names,
  // later ones are the dataset's printed figure of the same measure, used where the first cannot decide.

  private List<List<Basis>> checks(Reader.Item item) {
    List<List<Basis>> checks = new ArrayList<>();
    switch (item.kind) {
      case FIGURE:
        checks.add(figure(item));
        break;
      case GROWTH:
      case DECLINE:
        checks.add(growth(item));
        fallback(checks, item, ClaimWord.GROWTH);
        break;
      case MULTIPLE:
        checks.add(multiple(item));
        break;
      case SHARE:
        checks.add(share(item));
        wholeCount(item).ifPresent(checks::add);
        fallback(checks, item, ClaimWord.SHARE);
        break;
      case RATIO_TO_REVENUE:
        checks.add(ratioToRevenue(item));
        fallback(checks, item, ClaimWord.RATIO_TO_REVENUE);
        break;
      case CAGR:
        checks.add(cagr(item));
        fallback(checks, item, ClaimWord.CAGR);
        break;
      case CUMULATIVE:
        checks.add(cumulative(item));
        fallback(checks, item, ClaimWord.CUMULATIVE);
        break;
      case EXCLUDING:
        checks.add(excluding(item));
        fallback(checks, item, ClaimWord.EXCLUDING);
        break;
      case MONTHLY_BURN:
        checks.add(monthlyBurn(item));
        fallback(checks, item, ClaimWord.MONTHLY);
        break;
      case RUNWAY:
        checks.add(runway(item));
        fallback(checks, item, ClaimWord.RUNWAY);
        break;
      case CONVERSION:
        checks.add(conversion(item));
        break;
      default:
        break;
    }
    checks.removeIf(List::isEmpty);
    return checks;
  }

  private List<Basis> figure(Reader.Item item) {
    List<Basis> rows = new ArrayList<>();
    boolean stock = r.isStock(item.metric);
    for (Open<ReportingPeriod> p : periodsOf(item, item.metric, item.segment, stock)) {
      FigureKey key = FigureKey.of(item.metric, item.segment, p.value);
      Term t = datasetTerm(key, item.unit());
      String basis = p.basis;
      if (t.problem != null) {
        rows.add(own(item, AGAINST_DATASET, basis, key, t.problem));
      } else {
        rows.add(verify(item, AGAINST_DATASET, basis, Comparison.of(t.expression, item.relation,
            new Printed(item.figure))));
      }
    }
    return rows;
  }

  private List<Basis> growth(Reader.Item item) {
    List<Basis> rows = new ArrayList<>();
    for (Open<ReportingPeriod> p : periodsOf(item, item.metric, item.segment, false)) {
      ReportingPeriod current = p.value;
      ReportingPeriod prior = priorOf(item, current);
      Expression e = Operation.of(Operator.GROWTH).with("current", term(item, item.metric, item.segment, current))
          .with("prior", term(item, item.metric, item.segment, prior));
      rows.add(verify(item, item.kind.words(), p.basis, Comparison.of(e, item.relation, reported(item))));
    }
    return rows;
  }

  private ReportingPeriod priorOf(Reader.Item item, ReportingPeriod current) {
    if (item.phrase != null && item.phrase.prior().isPresent() && item.period().isPresent()) {
      return item.phrase.prior().get();
    }
    return current.minusYears(1);
  }

  /** A decline is a negative growth: "下降8.6%" is a growth of -8.6%. */
  private Printed reported(Reader.Item item) {
    if (item.kind != ClaimKind.DECLINE || item.figure.amount().isRange()) {
      return new Printed(item.figure);
    }
    BigDecimal v = item.figure.amount().value();
    return Printed.of((v.signum() < 0 ? "" : "-") + v.abs().toPlainString() + "%");
  }

  private List<Basis> multiple(Reader.Item item) {
    List<Basis> rows = new ArrayList<>();
    for (Open<ReportingPeriod> p : periodsOf(item, item.metric, item.segment, false)) {
      ReportingPeriod current = p.value;
      Expression cur = term(item, item.metric, item.segment, current);
      Expression pri = term(item, item.metric, item.segment, priorOf(item, current));
      Expression multiple = Operation.of(Operator.MULTIPLE).with("current", cur).with("prior", pri);
      String basis = join(p.basis, item.growthWord ? "current / prior" : "");
      rows.add(verify(item, "multiple", basis, Comparison.of(multiple, item.relation, new Printed(item.figure))));
      if (item.growthWord) {
        // "增長了2.7倍" is read both ways in practice: 2.7 times as much, or 2.7 times more.
        Expression growth = Operation.of(Operator.CONVERT)
            .with("value", Operation.of(Operator.GROWTH).with("current", cur).with("prior", pri))
            .withOption("divideBy", "100").withOption("unit", "x").withOption("basis", "100% = 1 time");
        rows.add(verify(item, "multiple", join(p.basis, "current / prior - 1"),
            Comparison.of(growth, item.relation, new Printed(item.figure))));
      }
    }
    return rows;
  }

  private List<Basis> share(Reader.Item item) {
    List<Basis> rows = new ArrayList<>();
    Metric m = item.metric == null ? Metric.REVENUE : item.metric;
    if (item.ofOther != null) {
      boolean stock = r.isStock(m);
      for (Open<ReportingPeriod> p : periodsOf(item, m, Segment.TOTAL, stock)) {
        Expression ratio = Operation.of(Operator.RATIO).with("numerator", term(item, m, Segment.TOTAL, p.value))
            .with("denominator", new Printed(item.ofOther.figure));
        rows.add(verify(item, "ratio to " + item.ofOther.mention.text(), p.basis,
            Comparison.of(ratio, item.relation, new Printed(item.figure))));
      }
      return rows;
    }
    Optional<Metric> denominator = derivedEntry(ClaimWord.SHARE, m).flatMap(e -> e.size() > 2
        ? Optional.of(Metric.of(e.get(2))) : Optional.empty());
    if (denominator.isEmpty() && item.segment.isTotal()) {
      return rows;
    }
    Metric den = denominator.orElse(m);
    boolean stock = r.isStock(m);
    for (Open<ReportingPeriod> p : periodsOf(item, m, item.segment, stock)) {
      Expression ratio = Operation.of(Operator.RATIO).with("numerator", term(item, m, item.segment, p.value))
          .with("denominator", term(item, den, Segment.TOTAL, p.value));
      rows.add(verify(item, "share", p.basis, Comparison.of(ratio, item.relation, new Printed(item.figure))));
    }
    return rows;
  }

  /**
   * A percentage of a count printed in the same sentence ("385名員工中,研發人員占比高達73.8%") must
   * come from a whole number of its things: the count must be of the share's whole.
   */
  private Optional<List<Basis>> wholeCount(Reader.Item item) {
    Metric m = item.metric == null ? Metric.REVENUE : item.metric;
    Metric whole = derivedEntry(ClaimWord.SHARE, m).filter(e -> e.size() > 2).map(e -> Metric.of(e.get(2))).orElse(m);
    return r.itemsBySentence.get(item.sentence.index()).stream().filter(c -> c != item)
        .filter(c -> whole.equals(c.metric))
        .filter(c -> c.unit().kind() == Unit.Kind.COUNT && !c.unit().code().equals("count"))
        .filter(c -> c.figure.amount().valueTo().isEmpty())
        .reduce((a, b) -> b)
        .map(c -> List.of(verify(item, "whole count", "of " + c.mention.text(),
            WholeCount.of(new Printed(c.figure), new Printed(item.figure)))));
  }

  private List<Basis> ratioToRevenue(Reader.Item item) {
    List<Basis> rows = new ArrayList<>();
    for (Open<ReportingPeriod> p : periodsOf(item, item.metric, item.segment, false)) {
      Expression ratio = Operation.of(Operator.RATIO_TO_REVENUE)
          .with("amount", term(item, item.metric, item.segment, p.value))
          .with("revenue", term(item, Metric.REVENUE, Segment.TOTAL, p.value));
      rows.add(verify(item, ClaimKind.RATIO_TO_REVENUE.words(), p.basis, Comparison.of(ratio, item.relation,
          new Printed(item.figure))));
    }
    return rows;
  }

  private List<Basis> cagr(Reader.Item item) {
    if (item.period().isEmpty() || item.phrase.prior().isEmpty()) {
      return List.of();
    }
    ReportingPeriod start = item.phrase.prior().get();
    ReportingPeriod end = item.period().get();
    int years = end.endInclusive().getYear() - start.endInclusive().getYear();
    if (years < 1) {
      return List.of();
    }
    Expression e = Operation.of(Operator.CAGR).with("end", term(item, item.metric, item.segment, end))
        .with("start", term(item, item.metric, item.segment, start)).withOption("years", Integer.toString(years));
    return List.of(verify(item, ClaimKind.CAGR.words(), "", Comparison.of(e, item.relation,
        new Printed(item.figure))));
  }

  private List<Basis> cumulative(Reader.Item item) {
    ReportingPeriod range = item.span().orElseThrow();
    List<ReportingPeriod> available = r.periods(item.metric, item.segment).stream()
        .filter(p -> !p.isInstant()).toList();
    List<ReportingPeriod> tiles = new ArrayList<>();
    FiscalPeriod target = (FiscalPeriod) range;
    java.time.LocalDate cursor = target.start();
    while (!cursor.isAfter(target.endInclusive())) {
      java.time.LocalDate at = cursor;
      Optional<ReportingPeriod> next = available.stream()
          .filter(p -> ((FiscalPeriod) p).start().equals(at) && !p.endInclusive().isAfter(target.endInclusive()))
          .max(Comparator.comparing(ReportingPeriod::endInclusive));
      if (next.isEmpty()) {
        FigureKey key = FigureKey.of(item.metric, item.segment, range);
        return List.of(own(item, "sum over periods", "", key, "the dataset's periods of " + item.metric
            + " do not add up to " + range + " (none starts on " + at + ")"));
      }
      tiles.add(next.get());
      cursor = next.get().endInclusive().plusDays(1);
    }
    if (tiles.size() < 2) {
      return List.of();
    }
    List<Expression> terms = tiles.stream().map(p -> term(item, item.metric, item.segment, p)).toList();
    Expression sum = Operation.of(Operator.SUM).withTerms(terms);
    String basis = tiles.stream().map(Object::toString).collect(Collectors.joining(" + "));
    return List.of(verify(item, "sum over periods", basis,
        Comparison.of(sum, item.relation, new Printed(item.figure))));
  }

  private List<Basis> excluding(Reader.Item item) {
    if (!item.metric.equals(Metric.GROSS_MARGIN)) {
      return List.of();
    }
    List<Basis> rows = new ArrayList<>();
    Segment x = item.excluded;
    for (Open<ReportingPeriod> p : periodsOf(item, Metric.GROSS_MARGIN, Segment.TOTAL, false)) {
      Expression revenue = term(item, Metric.REVENUE, Segment.TOTAL, p.value);
      Expression segmentRevenue = term(item, Metric.REVENUE, x, p.value);
      Expression e = Operation.of(Operator.MARGIN_EXCLUDING).with("revenue", revenue)
          .with("grossProfit", Operation.of(Operator.GROSS_PROFIT_FROM_MARGIN).with("revenue", revenue)
              .with("margin", term(item, Metric.GROSS_MARGIN, Segment.TOTAL, p.value)))
          .with("segmentRevenue", segmentRevenue)
          .with("segmentGrossProfit", Operation.of(Operator.GROSS_PROFIT_FROM_MARGIN).with("revenue", segmentRevenue)
              .with("margin", term(item, Metric.GROSS_MARGIN, x, p.value)));
      rows.add(verify(item, "margin excluding " + x, p.basis, Comparison.of(e, item.relation,
          new Printed(item.figure))));
    }
    return rows;
  }

  private List<Basis> monthlyBurn(Reader.Item item) {
    List<Basis> rows = new ArrayList<>();
    for (Metric burn : burnMetrics(item)) {
      Optional<ReportingPeriod> period = item.period().map(p -> r.periods.as(p, false))
          .or(() -> latest(burn, Optional.empty()));
      if (period.isEmpty()) {
        continue;
      }
      FigureKey key = FigureKey.of(burn, Segment.TOTAL, period.get());
      Term t = datasetTerm(key, item.unit());
      String basis = "burn: " + burn + " " + period.get();
      if (t.problem != null || !(t.expression instanceof FigureRef)) {
        rows.add(own(item, "monthly burn", basis, key, t.problem == null ? "missing" : t.problem));
        continue;
      }
      Expression e = Operation.of(Operator.MONTHLY_BURN).with("from", t.expression);
      rows.add(verify(item, "monthly burn", basis, Comparison.of(e, item.relation, new Printed(item.figure))));
    }
    return rows;
  }

  private List<Metric> burnMetrics(Reader.Item item) {
    if (item.metric != null && Calculators.BURN_METRICS.contains(item.metric)) {
      return List.of(item.metric);
    }
    return Calculators.BURN_METRICS.stream().filter(m -> !r.periods(m, Segment.TOTAL).isEmpty()).toList();
  }

  private List<Basis> runway(Reader.Item item) {
    List<Basis> rows = new ArrayList<>();
    List<Cash> cash = cash(item);
    for (Cash c : cash) {
      for (Metric burn : burnMetrics(item)) {
        Optional<ReportingPeriod> period = latest(burn, Optional.of(c.date));
        if (period.isEmpty()) {
          continue;
        }
        FigureKey key = FigureKey.of(burn, Segment.TOTAL, period.get());
        Term t = datasetTerm(key, c.unit);
        String basis = join(c.basis, "burn: " + burn + " " + period.get());
        if (t.problem != null || !(t.expression instanceof FigureRef)) {
          rows.add(own(item, "runway", basis, key, t.problem == null ? "missing" : t.problem));
          continue;
        }
        Expression runway = Operation.of(Operator.RUNWAY).with("cash", c.expression)
            .with("burn", Operation.of(Operator.MONTHLY_BURN).with("from", t.expression));
        rows.add(verify(item, "runway", basis, Comparison.of(inUnit(runway, item.unit()), item.relation,
            new Printed(item.figure))));
      }
      // The article's own arithmetic: a burn it prints itself.
      for (Reader.Item b : passage(item)) {
        if (b.kind == ClaimKind.MONTHLY_BURN && b.unit().equals(c.unit)) {
          Expression runway = Operation.of(Operator.RUNWAY).with("cash", c.expression)
              .with("burn", new Printed(b.figure));
          rows.add(verify(item, "runway", join(c.basis, "burn: " + b.mention.text() + " as printed"),
              Comparison.of(inUnit(runway, item.unit()), item.relation, new Printed(item.figure))));
        }
      }
    }
    return rows;
  }

  private Expression inUnit(Expression months, Unit unit) {
    if (unit.equals(Unit.MONTHS)) {
      return months;
    }
    return convert(months, Unit.MONTHS, unit);
  }

  /** A cash balance a runway starts from. */
  private record Cash(Expression expression, java.time.LocalDate date, Unit unit, String basis) {
  }

  private List<Cash> cash(Reader.Item item) {
    // Printed in the passage: the article's own figure.
    Optional<Reader.Item> printed = passage(item).stream()
        .filter(c -> c != item && c.metric != null && Calculators.isCash(c.metric) && c.kind == ClaimKind.FIGURE)
        .filter(c -> c.start() < item.start()).reduce((a, b) -> b);
    if (printed.isPresent()) {
      Reader.Item c = printed.get();
      java.time.LocalDate date = c.period().map(ReportingPeriod::endInclusive)
          .or(() -> latest(c.metric, Optional.empty()).map(ReportingPeriod::endInclusive)).orElse(null);
      if (date != null) {
        return List.of(new Cash(new Printed(c.figure), date, c.unit(), "cash: " + c.mention.text() + " as printed"));
      }
    }
    // "The cash on the books" names no definition: each cash balance the dataset holds is a basis.
    List<Cash> result = new ArrayList<>();
    for (Metric m : Calculators.CASH_METRICS) {
      Optional<ReportingPeriod> at = latest(m, Optional.empty());
      if (at.isEmpty()) {
        continue;
      }
      FigureKey key = FigureKey.of(m, Segment.TOTAL, at.get());
      Unit currency = dataset.currencyUnit();
      Term t = datasetTerm(key, currency);
      if (t.problem == null) {
        result.add(new Cash(t.expression, at.get().endInclusive(), currency, "cash: " + key));
      }
    }
    return result;
  }

  private List<Basis> conversion(Reader.Item item) {
    Reader.Item from = item.convertsFrom;
    Unit a = from.unit();
    Unit b = item.unit();
    if (a.kind() == Unit.Kind.DURATION) {
      Expression e = convert(new Printed(from.figure), a, b);
      return List.of(verify(item, "conversion", from.mention.text() + " in " + b, Comparison.of(e, item.relation,
          new Printed(item.figure))));
    }
    // Only the dataset's sourced rates convert: one row per rate between the two currencies; with
    // none, the verifier says why the claim is unverifiable (a rate is never assumed).
    List<ExchangeRate> rates = dataset.exchangeRates().stream().filter(x -> x.converts(a, b)).toList();
    Expression value = new Printed(from.figure);
    if (rates.isEmpty()) {
      Expression e = Operation.of(Operator.CURRENCY).with("value", value).withOption("to", b.code());
      return List.of(verify(item, "conversion", "no rate " + a + "/" + b + " in the dataset",
          Comparison.of(e, item.relation, new Printed(item.figure))));
    }
    List<Basis> rows = new ArrayList<>();
    for (ExchangeRate rate : rates.subList(0, Math.min(rates.size(), MAX_OPEN_PERIODS))) {
      Expression e = Operation.of(Operator.CURRENCY).with("value", value).withOption("rate", rate.id())
          .withOption("to", b.code());
      rows.add(verify(item, "conversion", "rate: " + rate.id(), Comparison.of(e, item.relation,
          new Printed(item.figure))));
    }
    return rows;
  }

  /** A duration in another unit, by exact constants: a year is 365.25 days of 24 hours, a month 30.4375 days. */
  private static Expression convert(Expression value, Unit from, Unit to) {
    BigDecimal a = days(from);
    BigDecimal b = days(to);
    boolean up = a.compareTo(b) >= 0;
    BigDecimal factor = up ? a.divide(b, MathContext.DECIMAL128) : b.divide(a, MathContext.DECIMAL128);
    String basis = "1 year = 365.25 days = 12 months of 30.4375 days; 1 day = 24 hours";
    return Operation.of(Operator.CONVERT).with("value", value)
        .withOption(up ? "multiplyBy" : "divideBy", factor.stripTrailingZeros().toPlainString())
        .withOption("unit", to.code()).withOption("basis", basis);
  }

  private static BigDecimal days(Unit unit) {
    switch (unit.code()) {
      case "hours":
        return BigDecimal.ONE.divide(new BigDecimal("24"), MathContext.DECIMAL128);
      case "days":
        return BigDecimal.ONE;
      case "months":
        return FiscalPeriod.AVERAGE_DAYS_PER_MONTH;
      default:
        return new BigDecimal("365.25");
    }
  }

  /** The dataset's printed figure of the same measure ("revenue_growth"), where the calculation cannot decide. */
  private void fallback(List<List<Basis>> checks, Reader.Item item, ClaimWord kind) {
    boolean decided = checks.get(0).stream().anyMatch(b -> DECIDED.contains(b.verdict().status()));
    if (decided) {
      return;
    }
    Metric base = item.kind == ClaimKind.SHARE && item.metric == null ? Metric.REVENUE : item.metric;
    Optional<Metric> printed = derivedMetric(kind, base);
    if (printed.isEmpty() || !r.knows(printed.get())) {
      return;
    }
    Segment segment = kind == ClaimWord.EXCLUDING ? item.excluded
        : kind == ClaimWord.RATIO_TO_REVENUE ? Segment.TOTAL : item.segment;
    List<Basis> rows = new ArrayList<>();
    boolean stock = r.isStock(printed.get());
    for (Open<ReportingPeriod> p : periodsOf(item, printed.get(), segment, stock)) {
      FigureKey key = FigureKey.of(printed.get(), segment, p.value);
      Term t = datasetTerm(key, item.unit());
      if (t.problem != null) {
        rows.add(own(item, AS_PRINTED, p.basis, key, t.problem));
      } else {
        rows.add(verify(item, AS_PRINTED, p.basis, Comparison.of(t.expression, item.relation, reported(item))));
      }
    }
    checks.add(rows);
  }

  private Optional<List<String>> derivedEntry(ClaimWord kind, Metric base) {
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Section.DERIVED)) {
      List<String> parts = List.of(e.words().get(0).split(" "));
      if (parts.get(0).equals(kind.code()) && (parts.size() == 1 || base != null && parts.get(1).equals(base.id()))) {
        List<String> withKey = new ArrayList<>();
        withKey.add(e.key());
        withKey.addAll(parts.subList(1, parts.size()));
        return Optional.of(withKey);
      }
    }
    return Optional.empty();
  }

  private Optional<Metric> derivedMetric(ClaimWord kind, Metric base) {
    return derivedEntry(kind, base).map(e -> Metric.of(e.get(0)));
  }

  //-------------------------------------------------------------------------
  // Claims in words.

  private Finding comparison(Reader.Comparison c) {
    Reader.Item l = c.left();
    Layout.Sentence s = l.sentence;
    String printed = r.text.substring(c.start(), c.end()).strip();
    Check check;
    String what;
    List<String> keys = new ArrayList<>();
    if (c.right() != null) {
      Reader.Item rt = c.right();
      Expression difference = Operation.of(Operator.DIFFERENCE).with("value", new Printed(l.figure))
          .with("minus", new Printed(rt.figure));
      check = Comparison.of(difference, c.relation(), Printed.of(zero(l.unit())));
      for (Reader.Item x : List.of(l, rt)) {
        keys.add(FigureKey.of(x.metric, x.segment, r.periods.as(x.period().orElseThrow(), r.isStock(x.metric)))
            .toString());
      }
      what = l.metric + " " + l.period().orElseThrow() + " (" + l.mention.text() + ") " + c.relation().symbol() + " "
          + rt.period().orElseThrow() + " (" + rt.mention.text() + "), as printed";
    } else {
      ReportingPeriod lp = r.periods.as(l.period().orElseThrow(), l.kind == ClaimKind.FIGURE && r.isStock(l.metric));
      ReportingPeriod rp = r.periods.as(c.rightPeriod(), c.rightKind() == ClaimKind.FIGURE
          && r.isStock(c.rightMetric()));
      Optional<Expression> left = measure(l, l.kind, l.metric, l.segment, lp);
      Optional<Expression> right = measure(l, c.rightKind(), c.rightMetric(), c.rightSegment(), rp);
      if (left.isEmpty() || right.isEmpty()) {
        return new Finding(c.start(), c.end(), printed, r.layout.lineAt(c.start()), Math.min(s.start(), c.start()),
            Math.max(s.end(), c.end()), Optional.empty(), Reading.none(ClaimKind.COMPARISON),
            ArticleVerdict.UNEXPLAINED, "a comparison in words whose sides the checker cannot compute", List.of(),
            List.of());
      }
      check = Comparison.of(left.get(), c.relation(), right.get());
      keys.addAll(measureKeys(l.kind, l.metric, l.segment, lp));
      keys.addAll(measureKeys(c.rightKind(), c.rightMetric(), c.rightSegment(), rp));
      what = describe(l.kind, l.metric, l.segment, lp) + " " + c.relation().symbol() + " "
          + describe(c.rightKind(), c.rightMetric(), c.rightSegment(), rp);
    }
    Basis b = verify(c.start(), "comparison in words", "", check);
    Reading reading = new Reading(ClaimKind.COMPARISON, Optional.ofNullable(l.metric), l.segment, l.period(),
        c.relation(), List.of(what), keys);
    Verdict0 v = overall(List.of(List.of(b)));
    return new Finding(c.start(), c.end(), printed, r.layout.lineAt(c.start()), Math.min(s.start(), c.start()),
        Math.max(s.end(), c.end()), Optional.empty(), reading, v.verdict, what + ": " + v.reason, List.of(b),
        List.of());
  }

  private Optional<Expression> measure(Reader.Item at, ClaimKind kind, Metric m, Segment s, ReportingPeriod p) {
    switch (kind) {
      case FIGURE:
        return Optional.of(term(at, m, s, p));
      case GROWTH:
        return Optional.of(Operation.of(Operator.GROWTH).with("current", term(at, m, s, p))
            .with("prior", term(at, m, s, p.minusYears(1))));
      case RATIO_TO_REVENUE:
        return Optional.of(Operation.of(Operator.RATIO_TO_REVENUE).with("amount", term(at, m, s, p))
            .with("revenue", term(at, Metric.REVENUE, Segment.TOTAL, p)));
      case SHARE:
        return s.isTotal() ? Optional.empty() : Optional.of(Operation.of(Operator.RATIO)
            .with("numerator", term(at, m, s, p)).with("denominator", term(at, m, Segment.TOTAL, p)));
      default:
        return Optional.empty();
    }
  }

  /** The figures a side of a comparison is about. */
  private List<String> measureKeys(ClaimKind kind, Metric m, Segment s, ReportingPeriod p) {
    List<String> keys = new ArrayList<>();
    keys.add(FigureKey.of(m, s, p).toString());
    if (kind == ClaimKind.GROWTH) {
      keys.add(FigureKey.of(m, s, p.minusYears(1)).toString());
    } else if (kind == ClaimKind.RATIO_TO_REVENUE) {
      keys.add(FigureKey.of(Metric.REVENUE, Segment.TOTAL, p).toString());
    } else if (kind == ClaimKind.SHARE) {
      keys.add(FigureKey.of(m, Segment.TOTAL, p).toString());
    }
    return keys;
  }

  private static String describe(ClaimKind kind, Metric m, Segment s, ReportingPeriod p) {
    return (kind == ClaimKind.FIGURE ? "" : kind.words() + " of ") + m + (s.isTotal() ? "" : " " + s) + " " + p;
  }

  /** Zero in a unit, as the figure grammar reads it: the bound a difference is compared with. */
  private static String zero(Unit unit) {
    if (unit.equals(Unit.PERCENT)) {
      return "0%";
    }
    if (unit.equals(Unit.TIMES)) {
      return "0x";
    }
    if (unit.isCurrency()) {
      return unit.code() + " 0";
    }
    return unit.code().equals("count") ? "0" : "0 " + unit.code();
  }

  //-------------------------------------------------------------------------
  // Inputs.

  /** A dataset report as an input, or why there is none to use. */
  private record Term(Expression expression, String problem) {
  }

  /**
   * An input for a metric, segment and period: the number the passage prints for it, else the
   * dataset's report (never one this text prints itself), else a reference the verifier finds
   * missing.
   */
  private Expression term(Reader.Item at, Metric m, Segment s, ReportingPeriod period) {
    ReportingPeriod p = r.periods.as(period, r.isStock(m));
    Optional<Reader.Item> printed = passage(at).stream()
        .filter(c -> c.kind == ClaimKind.FIGURE && m.equals(c.metric) && s.equals(c.segment) && c != at)
        .filter(c -> c.period().map(x -> r.periods.as(x, r.isStock(m)).equals(p)).orElse(false))
        .filter(c -> c.sentence == at.sentence || c.start() < at.start() && inPassage(c, at))
        .filter(c -> c.figure.amount().valueTo().isEmpty())
        .min(Comparator.comparingInt(c -> Math.abs(c.start() - at.start())));
    if (printed.isPresent()) {
      return new Printed(printed.get().figure);
    }
    FigureKey key = FigureKey.of(m, s, p);
    Term t = datasetTerm(key, null);
    if (t.expression != null) {
      return t.expression;
    }
    // Only this text reports the input: a calculation may use it, as the text's own arithmetic
    // ("超過1365%" over the 4723萬 it printed paragraphs before), naming the report.
    Figure mine = dataset.lookup(key).preferred();
    return new FigureRef(key.toString(), Optional.of(mine.source().document().id()),
        Optional.of(mine.source().quote()), askedCurrency(mine));
  }

  /** The amounts of a number's passage: its paragraph and the one before, in order. */
  private List<Reader.Item> passage(Reader.Item at) {
    List<Reader.Item> result = new ArrayList<>();
    int p = at.sentence.paragraph();
    for (int k = p - Reader.PASSAGE_PARAGRAPHS; k <= p; k++) {
      result.addAll(r.itemsByParagraph.getOrDefault(k, List.of()));
    }
    return result;
  }

  private boolean inPassage(Reader.Item c, Reader.Item at) {
    int d = at.sentence.paragraph() - c.sentence.paragraph();
    return d >= 0 && d <= Reader.PASSAGE_PARAGRAPHS;
  }

  /** The report of a key to compare with: in the unit asked (if any), not printed by this text. */
  private Term datasetTerm(FigureKey key, Unit unit) {
    FigureLookup all = dataset.lookup(key);
    if (all.isMissing()) {
      // The verifier says what is missing.
      return new Term(FigureRef.of(key.toString()), null);
    }
    List<Figure> candidates = all.reports().stream().filter(f -> unit == null || sameUnit(f.unit(), unit)).toList();
    if (candidates.isEmpty()) {
      return new Term(null, "the dataset reports " + key + " in " + all.reports().stream().map(f -> f.unit().code())
          .distinct().collect(Collectors.joining(", ")) + ", the text prints " + unit.code()
          + (unit.isCurrency() ? ": that needs an exchange rate the dataset does not hold" : ""));
    }
    List<Figure> others = candidates.stream().filter(f -> !isOwn(f)).toList();
    if (others.isEmpty()) {
      return new Term(null, "only this text reports " + key + " (" + candidates.get(0).source().document().id()
          + "): a figure cannot be checked against itself");
    }
    Figure chosen = new FigureLookup(key, dataset.name(), others).preferred();
    return new Term(new FigureRef(key.toString(), Optional.of(chosen.source().document().id()),
        Optional.of(chosen.source().quote()), askedCurrency(chosen)), null);
  }

  /** A report in another currency than the dataset's is named with its currency, which verify asks for. */
  private Optional<Unit> askedCurrency(Figure report) {
    return report.unit().isCurrency() && !report.unit().equals(dataset.currencyUnit())
        ? Optional.of(report.unit()) : Optional.empty();
  }

  private static boolean sameUnit(Unit a, Unit b) {
    return a.equals(b) || a.kind() == Unit.Kind.COUNT && b.code().equals("count");
  }

  /**
   * Whether a report is this text's own: printed by the document the caller says the text is, or,
   * where the caller does not say, one whose quote the text holds word for word.
   */
  private boolean isOwn(Figure f) {
    return own.computeIfAbsent(f, x -> document.map(d -> d.equals(x.source().document().id()))
        .orElseGet(() -> squeezed.contains(squeeze(x.source().quote()))));
  }

  /** The latest period of a metric in the dataset, ending on or before a day if given. */
  private Optional<ReportingPeriod> latest(Metric m, Optional<java.time.LocalDate> notAfter) {
    boolean stock = r.isStock(m);
    return r.periods(m, Segment.TOTAL).stream().filter(p -> p.isInstant() == stock)
        .filter(p -> notAfter.map(d -> !p.endInclusive().isAfter(d)).orElse(true))
        .max(Dataset.PERIOD_ORDER);
  }

  /** A period with the basis it stands for where the text names none. */
  private record Open<T>(T value, String basis) {
  }

  private List<Open<ReportingPeriod>> periodsOf(Reader.Item item, Metric m, Segment s, boolean stock) {
    if (item.period().isPresent()) {
      ReportingPeriod p = r.periods.as(item.period().get(), stock);
      return List.of(new Open<>(p, item.periodCarried ? "period " + p + " from the sentence before" : ""));
    }
    List<ReportingPeriod> all = r.periods(m, s).stream().filter(p -> p.isInstant() == stock).toList();
    List<ReportingPeriod> chosen = all.subList(Math.max(0, all.size() - MAX_OPEN_PERIODS), all.size());
    List<Open<ReportingPeriod>> result = new ArrayList<>();
    for (ReportingPeriod p : chosen) {
      result.add(new Open<>(p, "period " + p + " (the text names none)"));
    }
    return result;
  }

  //-------------------------------------------------------------------------
  // Verdicts.

  private Basis verify(Reader.Item item, String check, String basis, Check claimCheck) {
    return verify(item.start(), check, basis, claimCheck);
  }

  private Basis verify(int position, String check, String basis, Check claimCheck) {
    Claim claim = new Claim("n" + position + "." + (++counter), Optional.empty(), claimCheck, Optional.empty());
    Verdict cached = verified.get(claimCheck);
    if (cached == null) {
      try {
        cached = Verifier.verify(dataset, claim);
      } catch (IllegalArgumentException ex) {
        // The inputs cannot be combined (units that differ, a calculator's refusal): not an answer about the text.
        cached = new Verdict(claim.id(), VerdictStatus.UNVERIFIABLE, claim, Optional.empty(), Optional.empty(),
            Optional.empty(), "the inputs cannot be combined: " + oneLine(ex.getMessage()), List.of(), List.of());
      }
      verified.put(claimCheck, cached);
    }
    Verdict v = new Verdict(claim.id(), cached.status(), claim, cached.computed(), cached.relation(), cached.reported(),
        cached.reason(), cached.inputs(), cached.missing());
    return new Basis(check, basis, claim, v, true);
  }

  private static String oneLine(String s) {
    return s == null ? "no reason given" : s.replace('\n', ' ');
  }

  /** A row the checker answers itself: only this text reports the figure, or its unit differs. */
  private Basis own(Reader.Item item, String check, String basis, FigureKey key, String problem) {
    Claim claim = new Claim("n" + item.start() + "." + (++counter), Optional.empty(),
        Comparison.of(FigureRef.of(key.toString()), item.relation, new Printed(item.figure)), Optional.empty());
    Verdict v = new Verdict(claim.id(), VerdictStatus.UNVERIFIABLE, claim, Optional.empty(), Optional.of(item.relation),
        Optional.empty(), problem, List.of(), List.of(key.toString()));
    return new Basis(check, basis, claim, v, false);
  }

  private record Verdict0(ArticleVerdict verdict, String reason) {
  }

  /**
   * The verdict of a number from its checks: within a check, bases that differ make it
   * undecidable; across checks, one inconsistency is enough, and a check that cannot decide adds
   * nothing. A later check (the dataset's printed figure) counts only where the earlier cannot decide.
   */
  private Verdict0 overall(List<List<Basis>> checks) {
    if (checks.isEmpty()) {
      return new Verdict0(ArticleVerdict.UNEXPLAINED, "the context names a kind of claim the dataset has nothing to"
          + " compute it from");
    }
    List<Verdict0> each = new ArrayList<>();
    for (List<Basis> check : checks) {
      Set<VerdictStatus> decided = check.stream().map(b -> b.verdict().status()).filter(DECIDED::contains)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(VerdictStatus.class)));
      String name = check.get(0).check();
      if (check.size() == 1) {
        VerdictStatus st = check.get(0).verdict().status();
        each.add(new Verdict0(ArticleVerdict.of(st), name + ": " + check.get(0).verdict().reason()));
      } else if (decided.size() == 1) {
        // A basis the dataset cannot compute says nothing; those it can agree.
        VerdictStatus st = decided.iterator().next();
        long n = check.stream().filter(b -> b.verdict().status() == st).count();
        each.add(new Verdict0(ArticleVerdict.of(st), name + ": " + st + " on " + (n == check.size() ? "every basis ("
            + n + ")" : n + " of " + check.size() + " bases, the others unverifiable") + ": " + bases(check)));
      } else if (decided.isEmpty()) {
        each.add(new Verdict0(ArticleVerdict.UNVERIFIABLE, name + ": unverifiable on every basis: "
            + check.get(0).verdict().reason()));
      } else {
        each.add(new Verdict0(ArticleVerdict.UNDECIDABLE, name + ": the text leaves the basis open and the bases "
            + "differ: " + bases(check)));
      }
    }
    for (ArticleVerdict worst : List.of(ArticleVerdict.INCONSISTENT, ArticleVerdict.UNDECIDABLE,
        ArticleVerdict.CONSISTENT)) {
      for (Verdict0 v : each) {
        if (v.verdict == worst) {
          return v;
        }
      }
    }
    return each.get(0);
  }

  private static String bases(List<Basis> check) {
    return check.stream().map(b -> (b.basis().isEmpty() ? b.check() : b.basis()) + " " + b.verdict().status())
        .collect(Collectors.joining("; "));
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
  }

  /** The printed figure of a mention, for callers that build claims from findings. */
  static PrintedFigure figureOf(Mention m) {
    return m.figure().orElseThrow();
  }
}
