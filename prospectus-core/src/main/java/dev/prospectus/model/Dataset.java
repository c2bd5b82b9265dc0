package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One company's reported figures, each with its source, looked up by metric, segment and period.
 * <p>
 * Several reports of one figure are all kept, in the order given; nothing is merged, averaged or
 * overwritten. {@link #lookup} returns every report (or says none exists), {@link #choose} picks one
 * by the {@link ReportRule}, converting a report in another currency at an exchange rate when that
 * is the one to use, and {@link #agreement} and {@link #conflicts()} say which reports cannot both
 * be true.
 * <p>
 * Exchange rates are figures too ({@link ExchangeRate}): printed as rates, or implied by one
 * document's pair of an original and its translation. The dataset never assumes one.
 * <p>
 * Every figure's metric, segment and document must be known to the dataset: a standard metric or
 * a declared one, {@link Segment#TOTAL} or a declared segment, a declared document. A figure in a
 * currency other than the reporting currency must say why in its currency note.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Dataset {

  private final String company;
  private final String name;
  private final Currency currency;
  /** The currency as a unit, as figures in it have it: asked for every claim and every figure chosen. */
  private final Unit currencyUnit;
  private final MonthDay fiscalYearEnd;
  private final Map<String, Document> documents;
  private final Map<Metric, MetricDefinition> metrics;
  private final Map<Segment, SegmentDefinition> segments;
  private final List<Figure> figures;
  /** Each key's reports, with what is worked out from them once asked. */
  private final Map<FigureKey, Slot> index;
  private final List<ExchangeRate> exchangeRates;
  private final List<String> aliases;
  // Memoized: the dataset is immutable.
  private final ParseCache<RatePair, List<ExchangeRate>> rateOrder = new ParseCache<>(1024);
  // Claims name figures by their keys' text: a key's text (its hash kept by the string) finds its
  // lookup without the key parsed and hashed again for every claim verified.
  private final ParseCache<String, FigureLookup> byKeyText = new ParseCache<>(16_384);

  /**
   * A key's reports as a lookup, made once, and the report chosen and the agreement of the reports,
   * remembered when first asked: the dataset is immutable, and every calculation and claim that
   * reads a figure asks again. The remembered values are immutable with final fields, so a thread
   * that finds one unset computes an equal one: a race costs a recomputation, never a wrong value.
   * (A concurrent map per dataset, hashing the key for each question, was a twentieth of a batch.)
   */
  private static final class Slot {
    private final FigureLookup lookup;
    private Optional<ChosenReport> chosen;
    private Agreement agreement;

    Slot(FigureLookup lookup) {
      this.lookup = lookup;
    }
  }

  /** Rates in the order the report rule tries them: undoubted, printed before implied, narrowest, listed. */
  private static final Comparator<ExchangeRate> RATE_ORDER = Comparator.comparing(ExchangeRate::isDoubted)
      .thenComparing(ExchangeRate::isImplied)
      .thenComparing(ExchangeRate::range, DecimalRange::compareWidth);

  private Dataset(
      String company, String name, Currency currency, MonthDay fiscalYearEnd, List<Document> documents,
      List<MetricDefinition> declaredMetrics, List<SegmentDefinition> declaredSegments, List<Figure> figures,
      List<ExchangeRate> exchangeRates, List<String> aliases) {
    this.company = Args.notBlank(company, "company");
    this.name = Args.notBlank(name, "name");
    this.currency = Args.notNull(currency, "currency");
    this.currencyUnit = Unit.of(currency);
    this.fiscalYearEnd = Args.notNull(fiscalYearEnd, "fiscalYearEnd");
    Map<String, Document> docs = new LinkedHashMap<>();
    for (Document d : Args.noNulls(documents, "documents")) {
      if (!(docs.put(d.id(), d) == null)) {
        throw new IllegalArgumentException("Duplicate document id '" + d.id() + "'");
      }
    }
    Map<Metric, MetricDefinition> mets = new LinkedHashMap<>();
    Metric.STANDARD.forEach(m -> mets.put(m.metric(), m));
    for (MetricDefinition m : Args.noNulls(declaredMetrics, "declaredMetrics")) {
      if (!(mets.put(m.metric(), m) == null)) {
        throw new IllegalArgumentException("Duplicate metric id '" + m.metric() + "'");
      }
    }
    Map<Segment, SegmentDefinition> segs = new LinkedHashMap<>();
    segs.put(Segment.TOTAL, SegmentDefinition.TOTAL);
    for (SegmentDefinition s : Args.noNulls(declaredSegments, "declaredSegments")) {
      if (!(segs.put(s.segment(), s) == null)) {
        throw new IllegalArgumentException("Duplicate segment id '" + s.segment() + "'");
      }
    }
    Map<FigureKey, List<Figure>> idx = new LinkedHashMap<>();
    int i = 0;
    for (Figure f : Args.noNulls(figures, "figures")) {
      check(f, i, docs, mets, segs);
      idx.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
      i++;
    }
    Map<FigureKey, Slot> slots = new LinkedHashMap<>();
    idx.forEach((k, v) -> slots.put(k, new Slot(new FigureLookup(k, this.name, v))));
    Set<String> rateIds = new HashSet<>();
    // A rate usually rests on the very figure objects of the list: found at once, else by equality.
    Set<Figure> same = Collections.newSetFromMap(new IdentityHashMap<>());
    same.addAll(figures);
    for (ExchangeRate r : Args.noNulls(exchangeRates, "exchangeRates")) {
      if (!(rateIds.add(r.id()))) {
        throw new IllegalArgumentException("Duplicate exchange rate id '" + r.id() + "'");
      }
      for (Figure f : r.figures()) {
        if (!same.contains(f) && !figures.contains(f)) {
          throw new IllegalArgumentException("Exchange rate '" + r.id() + "' rests on '" + f.label() + "' ("
              + f.source().document().id() + "), which is not a figure of the dataset");
        }
      }
    }
    this.exchangeRates = List.copyOf(exchangeRates);
    this.documents = Collections.unmodifiableMap(docs);
    this.metrics = Collections.unmodifiableMap(mets);
    this.segments = Collections.unmodifiableMap(segs);
    this.figures = List.copyOf(figures);
    this.index = Collections.unmodifiableMap(slots);
    this.aliases = Args.listCopy(aliases, "aliases");
    this.aliases.forEach(a -> Args.notBlank(a, "alias"));
  }

  private void check(Figure f, int i, Map<String, Document> docs, Map<Metric, MetricDefinition> mets,
      Map<Segment, SegmentDefinition> segs) {
    // The messages are built only for a figure that fails: this runs for every figure loaded.
    if (!mets.containsKey(f.metric())) {
      throw new IllegalArgumentException(where(f, i) + " has undeclared metric '" + f.metric() + "'");
    }
    if (!segs.containsKey(f.segment())) {
      throw new IllegalArgumentException(where(f, i) + " has undeclared segment '" + f.segment() + "'");
    }
    Document d = f.source().document();
    Document declared = docs.get(d.id());
    if (declared == null) {
      throw new IllegalArgumentException(where(f, i) + " cites undeclared document '" + d.id() + "'");
    }
    if (!d.equals(declared)) {
      throw new IllegalArgumentException(where(f, i) + " cites document " + d + ", which differs from the declared "
          + declared);
    }
    boolean foreign = f.unit().isCurrency() && f.unit().currency().map(c -> !c.equals(currency)).orElse(false);
    if (foreign && f.currencyNote().isEmpty()) {
      throw new IllegalArgumentException(where(f, i) + " is in " + f.unit() + ", not the reporting currency "
          + currency.getCurrencyCode() + ", and has no currency note");
    }
  }

  private static String where(Figure f, int i) {
    return "figure " + i + " (" + f.key() + ")";
  }

  /**
   * Obtains a dataset, checking every figure against the declarations.
   *
   * @param company  the company's legal or common name
   * @param name  the short name used in reports
   * @param currency  the reporting currency
   * @param fiscalYearEnd  the month and day the fiscal year ends
   * @param documents  the documents figures cite
   * @param declaredMetrics  metrics beyond the standard catalogue
   * @param declaredSegments  segments beyond the total
   * @param figures  the figures, in the order given
   * @return the dataset
   * @throws IllegalArgumentException if an argument is null, an id is declared twice, or a figure
   *     refers to something undeclared or is in another currency without a note
   */
  public static Dataset of(
      String company, String name, Currency currency, MonthDay fiscalYearEnd, List<Document> documents,
      List<MetricDefinition> declaredMetrics, List<SegmentDefinition> declaredSegments, List<Figure> figures) {
    return new Dataset(company, name, currency, fiscalYearEnd, documents, declaredMetrics, declaredSegments, figures,
        List.of(), List.of());
  }

  /**
   * Obtains a dataset with exchange rates, checking every figure against the declarations and every
   * rate against the figures.
   *
   * @param company  the company's legal or common name
   * @param name  the short name used in reports
   * @param currency  the reporting currency
   * @param fiscalYearEnd  the month and day the fiscal year ends
   * @param documents  the documents figures cite
   * @param declaredMetrics  metrics beyond the standard catalogue
   * @param declaredSegments  segments beyond the total
   * @param figures  the figures, in the order given
   * @param exchangeRates  the exchange rates, each resting on figures of the dataset, ids unique
   * @return the dataset
   * @throws IllegalArgumentException as {@link #of(String, String, Currency, MonthDay, List, List, List, List)},
   *     or if a rate rests on a figure not in the list or two rates share an id
   */
  public static Dataset of(
      String company, String name, Currency currency, MonthDay fiscalYearEnd, List<Document> documents,
      List<MetricDefinition> declaredMetrics, List<SegmentDefinition> declaredSegments, List<Figure> figures,
      List<ExchangeRate> exchangeRates) {
    return new Dataset(company, name, currency, fiscalYearEnd, documents, declaredMetrics, declaredSegments, figures,
        exchangeRates, List.of());
  }

  /**
   * Returns a copy with the other names the company goes by in print, such as its Chinese name or a
   * former name. Readers of running text use them, with {@link #name()} and {@link #company()}, to
   * tell whether a text is about this company.
   *
   * @param names  the names, none blank; replaces any given before
   * @return the copy
   * @throws IllegalArgumentException if the list or a name is null or blank
   */
  public Dataset withAliases(List<String> names) {
    return new Dataset(this, names);
  }

  /**
   * A copy of a dataset, checked already, with other aliases: every loaded dataset gets its aliases
   * this way, and checking every figure again doubled the cost of loading.
   */
  private Dataset(Dataset other, List<String> aliases) {
    this.company = other.company;
    this.name = other.name;
    this.currency = other.currency;
    this.currencyUnit = other.currencyUnit;
    this.fiscalYearEnd = other.fiscalYearEnd;
    this.documents = other.documents;
    this.metrics = other.metrics;
    this.segments = other.segments;
    this.figures = other.figures;
    this.index = other.index;
    this.exchangeRates = other.exchangeRates;
    this.aliases = Args.listCopy(aliases, "aliases");
    this.aliases.forEach(a -> Args.notBlank(a, "alias"));
  }

  /**
   * The other names the company goes by in print, beside {@link #name()} and {@link #company()}.
   *
   * @return the names, empty if none are declared
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * Starts building a dataset in code, in the words of its JSON file; see {@link DatasetBuilder}.
   * <p>
   * For example {@code Dataset.builder("Acme Robotics Ltd.", "Acme", "USD").document(...).figure(...).build()}.
   *
   * @param company  the company's legal or common name
   * @param name  the short name used in reports
   * @param currency  the ISO 4217 reporting currency, such as {@code "USD"}
   * @return the builder, with a fiscal year ending on 31 December until told otherwise
   * @throws IllegalArgumentException if a name is blank or the currency unknown
   */
  public static DatasetBuilder builder(String company, String name, String currency) {
    return DatasetBuilder.start(company, name, currency);
  }

  //-------------------------------------------------------------------------
  /**
   * The company's legal or common name.
   *
   * @return the company
   */
  public String company() {
    return company;
  }

  /**
   * The short name used in reports.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The reporting currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * The reporting currency as the unit of an amount: {@code Unit.of(currency())}.
   *
   * @return the unit
   */
  public Unit currencyUnit() {
    return currencyUnit;
  }

  /**
   * The month and day the fiscal year ends.
   *
   * @return the fiscal year end
   */
  public MonthDay fiscalYearEnd() {
    return fiscalYearEnd;
  }

  /**
   * The documents, in the order declared.
   *
   * @return the documents
   */
  public List<Document> documents() {
    return List.copyOf(documents.values());
  }

  /**
   * Finds a document by id.
   *
   * @param id  the id
   * @return the document, empty if not declared
   */
  public Optional<Document> document(String id) {
    return Optional.ofNullable(documents.get(Args.notNull(id, "id")));
  }

  /**
   * The metrics known to the dataset: the standard catalogue, then the declared ones.
   *
   * @return the metric definitions
   */
  public List<MetricDefinition> metrics() {
    return List.copyOf(metrics.values());
  }

  /**
   * The label of a metric.
   *
   * @param metric  the metric
   * @return the label, or the id for an unknown metric
   */
  public String label(Metric metric) {
    MetricDefinition d = metrics.get(Args.notNull(metric, "metric"));
    return d == null ? metric.id() : d.label();
  }

  /**
   * The segments known to the dataset: the total, then the declared ones.
   *
   * @return the segment definitions
   */
  public List<SegmentDefinition> segments() {
    return List.copyOf(segments.values());
  }

  /**
   * The definition of a segment.
   *
   * @param segment  the segment
   * @return the definition, empty if not declared
   */
  public Optional<SegmentDefinition> segment(Segment segment) {
    return Optional.ofNullable(segments.get(Args.notNull(segment, "segment")));
  }

  /**
   * Every figure, in the order given.
   *
   * @return the figures
   */
  public List<Figure> figures() {
    return figures;
  }

  /**
   * The distinct metric-segment-period keys, in order of first appearance.
   *
   * @return the keys
   */
  public List<FigureKey> keys() {
    return List.copyOf(index.keySet());
  }

  /**
   * Parses a period with this dataset's fiscal year end: {@code period("9M2025")}.
   *
   * @param text  the period, see {@link ReportingPeriod#parse(String, MonthDay)}
   * @return the period
   */
  public ReportingPeriod period(String text) {
    return ReportingPeriod.parse(text, fiscalYearEnd);
  }

  /**
   * Checks whether a period is one of this company's fiscal years, rather than, say, a trailing
   * twelve months that happens to be as long.
   *
   * @param period  the period
   * @return true if the period is the fiscal year ending in its end date's year
   */
  public boolean isFiscalYear(ReportingPeriod period) {
    Args.notNull(period, "period");
    return period.equals(FiscalPeriod.fiscalYear(period.endInclusive().getYear(), fiscalYearEnd));
  }

  /**
   * The periods a metric is reported for in a segment, earliest end first, spans before instants
   * on the same day.
   *
   * @param metric  the metric
   * @param segment  the segment
   * @return the periods
   */
  public List<ReportingPeriod> periods(Metric metric, Segment segment) {
    Args.notNull(metric, "metric");
    Args.notNull(segment, "segment");
    Set<ReportingPeriod> result = new TreeSet<>(PERIOD_ORDER);
    index.keySet().stream()
        .filter(k -> k.metric().equals(metric) && k.segment().equals(segment))
        .forEach(k -> result.add(k.period()));
    return List.copyOf(result);
  }

  /** Orders periods by end date, then longer spans first, then instants. */
  public static final Comparator<ReportingPeriod> PERIOD_ORDER = Comparator
      .comparing(ReportingPeriod::endInclusive)
      .thenComparing(p -> p.isInstant() ? 1 : 0)
      .thenComparing(p -> p instanceof FiscalPeriod fp ? -fp.lengthInDays() : 0L)
      .thenComparing(ReportingPeriod::toString);

  //-------------------------------------------------------------------------
  /**
   * Every report of a figure.
   *
   * @param key  the metric, segment and period
   * @return the lookup, which may hold no report
   */
  public FigureLookup lookup(FigureKey key) {
    Args.notNull(key, "key");
    Slot slot = index.get(key);
    return slot == null ? new FigureLookup(key, name, List.of()) : slot.lookup;
  }

  /**
   * Every report of a figure, the key as text: {@code lookup("revenue/total/FY2024")}, the period
   * read with this dataset's fiscal year end ({@link FigureKey#parse(String, MonthDay)}).
   *
   * @param key  the key, {@code metric/segment/period}
   * @return the lookup, which may hold no report
   * @throws IllegalArgumentException if the key is null or not a figure key
   */
  public FigureLookup lookup(String key) {
    Args.notNull(key, "key");
    return byKeyText.get(key, text -> lookup(FigureKey.parse(text, fiscalYearEnd)));
  }

  /**
   * Every report of a figure.
   *
   * @param metric  the metric
   * @param segment  the segment
   * @param period  the period
   * @return the lookup, which may hold no report
   */
  public FigureLookup lookup(Metric metric, Segment segment, ReportingPeriod period) {
    return lookup(FigureKey.of(metric, segment, period));
  }

  /**
   * Every report of a whole-company figure, the period given as text: {@code lookup(REVENUE, "FY2024")}.
   *
   * @param metric  the metric
   * @param period  the period, parsed with this dataset's fiscal year end
   * @return the lookup, which may hold no report
   */
  public FigureLookup lookup(Metric metric, String period) {
    return lookup(FigureKey.of(metric, period(period)));
  }

  /**
   * The preferred report of a figure (see {@link FigureLookup#preferred()}).
   *
   * @param key  the metric, segment and period
   * @return the figure
   * @throws MissingFigureException if the dataset has no report of it
   */
  public Figure figure(FigureKey key) {
    return lookup(key).preferred();
  }

  /**
   * The preferred report of a whole-company figure: {@code figure(REVENUE, "FY2024")}.
   *
   * @param metric  the metric
   * @param period  the period, parsed with this dataset's fiscal year end
   * @return the figure
   * @throws MissingFigureException if the dataset has no report of it
   */
  public Figure figure(Metric metric, String period) {
    return lookup(metric, period).preferred();
  }

  /**
   * Every pair of reports of one figure that cannot both be true, over the whole dataset, compared
   * as {@link #agreement} compares them.
   *
   * @return the conflicts, in order of first appearance
   */
  public List<FigureConflict> conflicts() {
    return index.keySet().stream().flatMap(k -> agreement(k).conflicts().stream()).toList();
  }

  //-------------------------------------------------------------------------
  /**
   * The exchange rates, in the order declared.
   *
   * @return the rates
   */
  public List<ExchangeRate> exchangeRates() {
    return exchangeRates;
  }

  /**
   * Finds an exchange rate by id.
   *
   * @param id  the id
   * @return the rate, empty if not declared
   */
  public Optional<ExchangeRate> exchangeRate(String id) {
    Args.notNull(id, "id");
    return exchangeRates.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The rates that may convert a figure of a period between two currencies, in either direction,
   * in the order the report rule tries them: undoubted before doubted, printed before implied, the
   * narrowest range, the order declared.
   *
   * @param a  one currency
   * @param b  the other
   * @param period  the period of the figure to convert
   * @return the rates, possibly none
   */
  public List<ExchangeRate> rates(Unit a, Unit b, ReportingPeriod period) {
    Args.notNull(a, "a");
    Args.notNull(b, "b");
    Args.notNull(period, "period");
    // Sorted once per pair and period: converting a figure reads them, for every claim verified.
    return rateOrder.get(new RatePair(a, b, period), k -> exchangeRates.stream()
        .filter(r -> r.converts(a, b) && r.appliesTo(period)).sorted(RATE_ORDER).toList());
  }

  /** Two currencies and a period: the key of the rates sorted for them. */
  private record RatePair(Unit a, Unit b, ReportingPeriod period) {
  }

  /**
   * The report of a figure to use, by the {@link ReportRule}: undoubted first, then the document's
   * class, then an original in the dataset's currency before a report converted from another
   * currency at an exchange rate (a report in another currency with no rate that applies takes no
   * part), then the narrowest range (of the converted value, which includes the rate's), then the
   * order listed.
   * <p>
   * A figure whose only reports are in another currency with no rate that applies is given as
   * printed, unconverted, and says so; a figure in a unit that is not money has no currency to
   * convert.
   *
   * @param key  the figure
   * @return the choice, empty if the dataset has no report of it
   */
  public Optional<ChosenReport> choose(FigureKey key) {
    Args.notNull(key, "key");
    // Remembered (the dataset is immutable): a conversion divides at 34 digits, and every claim that
    // reads the figure asks again.
    Slot slot = index.get(key);
    if (slot == null) {
      return Optional.empty();
    }
    Optional<ChosenReport> c = slot.chosen;
    if (c == null) {
      c = chooseReport(key);
      slot.chosen = c;
    }
    return c;
  }

  private Optional<ChosenReport> chooseReport(FigureKey key) {
    List<Figure> reports = lookup(key).reports();
    if (reports.isEmpty()) {
      return Optional.empty();
    }
    Unit own = currencyUnit;
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Figure f = reports.get(i);
      if (!f.unit().isCurrency() || f.unit().equals(own)) {
        candidates.add(new Candidate(f, Optional.empty(), f, i));
      } else {
        Optional<ExchangeRate> rate = rates(f.unit(), own, key.period()).stream()
            .filter(r -> !r.isImpliedBy(f) && (r.from().equals(f.unit()) || !r.range().containsZero())).findFirst();
        int index = i;
        rate.ifPresent(r -> candidates.add(new Candidate(f, rate, r.convert(f), index)));
      }
    }
    if (candidates.isEmpty()) {
      Figure printed = lookup(key).preferred();
      return Optional.of(new ChosenReport(printed, Optional.empty(), printed, "in " + printed.unit()
          + ", with no exchange rate to " + own + " that applies to " + key.period(), reports.size()));
    }
    Candidate best = candidates.stream().min(CANDIDATE_ORDER).orElseThrow();
    return Optional.of(new ChosenReport(best.report(), best.rate(), best.value(), why(best, candidates, reports),
        reports.size()));
  }

  /** A report the rule may pick: as printed, or converted at a rate; with its place in the list. */
  private record Candidate(Figure report, Optional<ExchangeRate> rate, Quantity value, int index) {
  }

  private static final Comparator<Candidate> CANDIDATE_ORDER = Comparator
      .comparing((Candidate c) -> !c.report().isReported())
      .thenComparing(c -> c.report().isDoubted())
      .thenComparing(c -> c.report().source().document().documentClass())
      .thenComparing(c -> c.rate().isPresent())
      .thenComparing(Candidate::value, (a, b) -> DecimalRange.compareWidth(a.range(), b.range()))
      .thenComparingInt(Candidate::index);

  private static String why(Candidate best, List<Candidate> candidates, List<Figure> reports) {
    String reason = ReportRule.why(best.report(), candidates.stream().map(Candidate::report).toList())
        + best.rate().map(r -> ", converted at rate " + r.id()).orElse("");
    int unusable = reports.size() - candidates.size();
    // The rule saw only the usable reports; say why the others took no part.
    return unusable == 0 ? reason : reason + "; " + unusable + (unusable == 1 ? " report is" : " reports are")
        + " in another currency with no exchange rate that applies";
  }

  /**
   * Whether the reports of a figure can all be true at once ({@link Agreement}): reports in one unit
   * are compared directly; a report in another currency is compared with the reports in the
   * dataset's currency, converted into it at the rates of {@link #rates} that neither report of the
   * pair implied, and conflicts only if it does at every one of them (writers translate at their own
   * rates; the conflict names the first). Two amounts in one other currency are compared with each
   * other directly only when the figure has no report in the dataset's currency or no rate between
   * the two currencies applies; otherwise each goes through the rates, since their writers may have
   * used different ones.
   *
   * @param key  the figure
   * @return the comparisons, conflicts and what was left out
   */
  public Agreement agreement(FigureKey key) {
    Args.notNull(key, "key");
    // Remembered, as choose(): every source agreement claim compares every figure with several reports.
    Slot slot = index.get(key);
    if (slot == null) {
      return compareReports(key);
    }
    Agreement a = slot.agreement;
    if (a == null) {
      a = compareReports(key);
      slot.agreement = a;
    }
    return a;
  }

  private Agreement compareReports(FigureKey key) {
    List<Figure> reports = lookup(key).reports();
    Unit own = currencyUnit;
    boolean hasOwn = reports.stream().anyMatch(f -> f.unit().equals(own));
    int compared = 0;
    List<FigureConflict> conflicts = new ArrayList<>();
    Map<String, Integer> uncompared = new LinkedHashMap<>();
    boolean skippedTranslations = false;
    int otherBasis = 0;
    for (int i = 0; i < reports.size(); i++) {
      for (int j = i + 1; j < reports.size(); j++) {
        Figure a = reports.get(i);
        Figure b = reports.get(j);
        if (a.basis() != b.basis()) {
          // Guidance is not a result: it is never set against a reported actual of the same figure.
          otherBasis++;
          continue;
        }
        if (a.unit().equals(b.unit())) {
          // Two amounts in another currency for which the dataset has rates are translations: each is
          // compared with the originals at the rates, not with the other, whose writer may have used another.
          boolean foreign = a.unit().isCurrency() && !a.unit().equals(own);
          if (hasOwn && foreign && !rates(a.unit(), own, key.period()).isEmpty()) {
            skippedTranslations = true;
            continue;
          }
          compared++;
          if (!FigureLookup.compatible(a.range(), a.qualifier(), b.range(), b.qualifier())) {
            conflicts.add(FigureConflict.of(a, b));
          }
          continue;
        }
        if (!(a.unit().isCurrency() && b.unit().isCurrency() && (a.unit().equals(own) || b.unit().equals(own)))) {
          continue;
        }
        Figure first = a.unit().equals(own) ? a : b;
        Figure second = first == a ? b : a;
        List<ExchangeRate> usable = rates(first.unit(), second.unit(), key.period()).stream()
            .filter(r -> !r.isImpliedBy(first) && !r.isImpliedBy(second)
                && (r.from().equals(second.unit()) || !r.range().containsZero()))
            .toList();
        if (usable.isEmpty()) {
          uncompared.merge(second.unit().code(), 1, Integer::sum);
          continue;
        }
        compared++;
        // Writers translate at their own rates: the pair conflicts only if it does at every rate that applies.
        boolean agreesAtSomeRate = usable.stream().anyMatch(r -> FigureLookup.compatible(first.range(),
            first.qualifier(), r.convert(second).range(), second.qualifier()));
        if (!agreesAtSomeRate) {
          conflicts.add(new FigureConflict(first, second, Optional.of(usable.get(0))));
        }
      }
    }
    List<String> leftOut = new ArrayList<>();
    uncompared.forEach((unit, n) -> leftOut.add(n + (n == 1 ? " pair" : " pairs") + " of a report in " + unit
        + " and one in " + own + ": no exchange rate between them applies to " + key.period()
        + " that neither report implied"));
    if (skippedTranslations) {
      leftOut.add("amounts in another currency with exchange rates to " + own + " are compared with the reports in "
          + own + " at those rates, not with each other: their writers may have used different rates");
    }
    if (otherBasis > 0) {
      leftOut.add(otherBasis + (otherBasis == 1 ? " pair" : " pairs") + " of reports on different bases (reported,"
          + " guidance, forecast): guidance is not a result and is never compared with a reported actual");
    }
    Map<Unit, Long> units = new LinkedHashMap<>();
    reports.forEach(f -> units.merge(f.unit(), 1L, Long::sum));
    if (units.keySet().stream().filter(u -> !u.isCurrency()).count() > 1) {
      leftOut.add("reports in units that are not currencies are not compared with each other: "
          + units.entrySet().stream().filter(e -> !e.getKey().isCurrency()).map(e -> e.getValue() + " in " + e.getKey())
              .collect(Collectors.joining(", ")));
    }
    return new Agreement(key, reports, compared, conflicts, leftOut);
  }

  /**
   * A one-line summary short enough for a JShell line: name, company, currency and counts.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Dataset " + name + " (" + company + ", " + currency.getCurrencyCode() + "): " + figures.size()
        + " figures from " + documents.size() + " documents";
  }
}
