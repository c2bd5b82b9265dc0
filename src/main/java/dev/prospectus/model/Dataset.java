package dev.prospectus.model;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One company's reported figures, each with its source, looked up by metric, segment and period.
 * <p>
 * Several reports of one figure are all kept, in the order given; nothing is merged, averaged or
 * overwritten. {@link #lookup} returns every report (or says none exists), {@link #conflicts()}
 * lists the reports that cannot both be true.
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
  private final MonthDay fiscalYearEnd;
  private final Map<String, Document> documents;
  private final Map<Metric, MetricDefinition> metrics;
  private final Map<Segment, SegmentDefinition> segments;
  private final List<Figure> figures;
  private final Map<FigureKey, List<Figure>> index;
  private final List<String> aliases;

  private Dataset(
      String company, String name, Currency currency, MonthDay fiscalYearEnd, List<Document> documents,
      List<MetricDefinition> declaredMetrics, List<SegmentDefinition> declaredSegments, List<Figure> figures,
      List<String> aliases) {
    this.company = Args.notBlank(company, "company");
    this.name = Args.notBlank(name, "name");
    this.currency = Args.notNull(currency, "currency");
    this.fiscalYearEnd = Args.notNull(fiscalYearEnd, "fiscalYearEnd");
    Map<String, Document> docs = new LinkedHashMap<>();
    for (Document d : Args.noNulls(documents, "documents")) {
      Args.isTrue(docs.put(d.id(), d) == null, "Duplicate document id '" + d.id() + "'");
    }
    Map<Metric, MetricDefinition> mets = new LinkedHashMap<>();
    Metric.STANDARD.forEach(m -> mets.put(m.metric(), m));
    for (MetricDefinition m : Args.noNulls(declaredMetrics, "declaredMetrics")) {
      Args.isTrue(mets.put(m.metric(), m) == null, "Duplicate metric id '" + m.metric() + "'");
    }
    Map<Segment, SegmentDefinition> segs = new LinkedHashMap<>();
    segs.put(Segment.TOTAL, SegmentDefinition.TOTAL);
    for (SegmentDefinition s : Args.noNulls(declaredSegments, "declaredSegments")) {
      Args.isTrue(segs.put(s.segment(), s) == null, "Duplicate segment id '" + s.segment() + "'");
    }
    Map<FigureKey, List<Figure>> idx = new LinkedHashMap<>();
    int i = 0;
    for (Figure f : Args.noNulls(figures, "figures")) {
      check(f, i, docs, mets, segs);
      idx.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
      i++;
    }
    idx.replaceAll((k, v) -> List.copyOf(v));
    this.documents = Collections.unmodifiableMap(docs);
    this.metrics = Collections.unmodifiableMap(mets);
    this.segments = Collections.unmodifiableMap(segs);
    this.figures = List.copyOf(figures);
    this.index = Collections.unmodifiableMap(idx);
    this.aliases = List.copyOf(Args.noNulls(aliases, "aliases"));
    this.aliases.forEach(a -> Args.notBlank(a, "alias"));
  }

  private void check(Figure f, int i, Map<String, Document> docs, Map<Metric, MetricDefinition> mets,
      Map<Segment, SegmentDefinition> segs) {
    String where = "figure " + i + " (" + f.key() + ")";
    Args.isTrue(mets.containsKey(f.metric()), where + " has undeclared metric '" + f.metric() + "'");
    Args.isTrue(segs.containsKey(f.segment()), where + " has undeclared segment '" + f.segment() + "'");
    Document d = f.source().document();
    Document declared = docs.get(d.id());
    Args.isTrue(declared != null, where + " cites undeclared document '" + d.id() + "'");
    Args.isTrue(d.equals(declared), where + " cites document " + d + ", which differs from the declared "
        + declared);
    boolean foreign = f.unit().currency().map(c -> !c.equals(currency)).orElse(false);
    Args.isTrue(!foreign || f.currencyNote().isPresent(), where + " is in " + f.unit()
        + ", not the reporting currency " + currency.getCurrencyCode() + ", and has no currency note");
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
        List.of());
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
    return new Dataset(company, name, currency, fiscalYearEnd, List.copyOf(documents.values()),
        metrics.values().stream().filter(m -> !Metric.STANDARD.contains(m)).toList(),
        segments.values().stream().filter(s -> !s.segment().isTotal()).toList(), figures, names);
  }

  /**
   * The other names the company goes by in print, beside {@link #name()} and {@link #company()}.
   *
   * @return the names, empty if none are declared
   */
  public List<String> aliases() {
    return aliases;
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
    return new FigureLookup(key, name, index.getOrDefault(key, List.of()));
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
   * Every pair of reports of one figure that cannot both be true, over the whole dataset.
   *
   * @return the conflicts, in order of first appearance
   */
  public List<FigureConflict> conflicts() {
    return index.keySet().stream().flatMap(k -> lookup(k).conflicts().stream()).toList();
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
