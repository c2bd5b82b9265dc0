package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "what does the dataset report for this metric, segment and period?": every report
 * in file order, possibly none. Never null.
 * <p>
 * When a calculation needs one report, {@link #preferred()} picks it by the {@link ReportRule}:
 * undoubted first, then the document's class, then the dataset's currency, then the narrowest
 * range, then the first listed. A report in another currency takes part in the rule only through
 * an exchange rate ({@link Dataset#choose}); without rates, this lookup returns one only when the
 * figure has no report in the dataset's currency, and callers check its unit.
 * {@link #fromDocument} picks by source instead.
 * Whichever is used, calculations carry the figure, and so its source, into their explanation.
 * <p>
 * This class is immutable and thread-safe. It is a class rather than a record so that it can
 * remember its preferred report: a dataset keeps one lookup per figure, and every calculation asks
 * it for its preferred report again.
 */
public final class FigureLookup {

  private final FigureKey key;
  private final String datasetName;
  private final List<Figure> reports;
  // Remembered when first asked; immutable, so a race costs a recomputation, never a wrong value.
  private Optional<Figure> preferred;
  // The last document asked for, with its answer: every figure of a claim that names its source asks
  // for that one document, claim after claim. Immutable, so a race costs a recomputation.
  private DocumentReports fromDocument;

  /** The reports of one document, as {@link #fromDocument} found them. */
  private record DocumentReports(String documentId, FigureLookup lookup) {
  }

  /**
   * Creates a lookup result.
   *
   * @param key  what was asked for, not null
   * @param datasetName  the dataset asked, not null
   * @param reports  the reports, in file order, possibly empty, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public FigureLookup(FigureKey key, String datasetName, List<Figure> reports) {
    Args.notNull(key, "key");
    Args.notNull(datasetName, "datasetName");
    this.key = key;
    this.datasetName = datasetName;
    this.reports = Args.listCopy(reports, "reports");
  }

  /** A lookup of reports already checked and copied: a subset of another lookup's. */
  private FigureLookup(FigureKey key, String datasetName, List<Figure> reports, boolean checked) {
    this.key = key;
    this.datasetName = datasetName;
    this.reports = reports;
  }

  /**
   * What was asked for.
   *
   * @return the key
   */
  public FigureKey key() {
    return key;
  }

  /**
   * The dataset asked.
   *
   * @return the dataset's name
   */
  public String datasetName() {
    return datasetName;
  }

  /**
   * The reports, in file order.
   *
   * @return the reports, possibly empty
   */
  public List<Figure> reports() {
    return reports;
  }

  /**
   * Checks whether at least one report exists.
   *
   * @return true if the dataset reports the figure
   */
  public boolean isPresent() {
    return !reports.isEmpty();
  }

  /**
   * Checks whether no report exists.
   *
   * @return true if the figure is missing
   */
  public boolean isMissing() {
    return reports.isEmpty();
  }

  /**
   * The preferred report by the {@link ReportRule}, among the reports in the dataset's currency
   * (those without a currency note): undoubted first, then the document's class, then the
   * narrowest range, then the first listed. When the figure has no report in the dataset's
   * currency, the rule picks among the others, and the caller checks the unit; {@link Dataset#choose}
   * converts them through an exchange rate instead.
   *
   * @return the report, empty if there is none
   */
  public Optional<Figure> findPreferred() {
    Optional<Figure> p = preferred;
    if (p == null) {
      List<Figure> own = reports.stream().filter(f -> f.currencyNote().isEmpty()).toList();
      p = ReportRule.best(own.isEmpty() ? reports : own);
      preferred = p;
    }
    return p;
  }

  /**
   * Which step of the {@link ReportRule} picked the preferred report, in words, such as
   * {@code "a compilation of the filing, before the press"}.
   *
   * @return the reason, empty if the figure has no report
   */
  public Optional<String> whyPreferred() {
    List<Figure> own = reports.stream().filter(f -> f.currencyNote().isEmpty()).toList();
    List<Figure> candidates = own.isEmpty() ? reports : own;
    return findPreferred().map(f -> ReportRule.why(f, candidates));
  }

  /**
   * The preferred report, see {@link #findPreferred()}.
   *
   * @return the report
   * @throws MissingFigureException if there is none
   */
  public Figure preferred() {
    return findPreferred().orElseThrow(() -> new MissingFigureException(key, datasetName));
  }

  /**
   * The reports printed by one document.
   *
   * @param documentId  the document id
   * @return the lookup restricted to that document, possibly empty
   */
  public FigureLookup fromDocument(String documentId) {
    Args.notNull(documentId, "documentId");
    DocumentReports last = fromDocument;
    if (last != null && last.documentId().equals(documentId)) {
      return last.lookup();
    }
    FigureLookup found = reportsFrom(documentId);
    fromDocument = new DocumentReports(documentId, found);
    return found;
  }

  private FigureLookup reportsFrom(String documentId) {
    int hash = documentId.hashCode();
    int count = 0;
    Figure only = null;
    for (Figure f : reports) {
      if (isFrom(f, documentId, hash)) {
        count++;
        only = f;
      }
    }
    // Every claim that names its source asks for each of its figures: most answers are all the
    // reports, none or one, which need no list copied.
    if (count == reports.size()) {
      return this;
    }
    if (count <= 1) {
      return new FigureLookup(key, datasetName, count == 0 ? List.of() : List.of(only), true);
    }
    List<Figure> printed = new ArrayList<>(count);
    for (Figure f : reports) {
      if (isFrom(f, documentId, hash)) {
        printed.add(f);
      }
    }
    return new FigureLookup(key, datasetName, List.copyOf(printed), true);
  }

  private static boolean isFrom(Figure f, String documentId, int hash) {
    String id = f.source().document().id();
    // A string keeps its hash: most reports are another document's, told apart without a character compared.
    return id == documentId || id.hashCode() == hash && id.equals(documentId);
  }


  /**
   * The pairs of reports that cannot both be true: no value lies within both ranges, open-ended
   * qualifiers giving half-lines from the number as printed ({@link Qualifier#range}). "Over" and
   * "under" are strict, "at least" and "at most" are not: "under 2" (below 2) conflicts with
   * "at least 2" and with "2.5" ([2.45, 2.55]); "at most 2" does not conflict with "2"
   * ([1.5, 2.5]); "over 15" (above 15) does not conflict with "16". Reports in different units are
   * not compared.
   *
   * @return the conflicting pairs, in file order
   */
  public List<FigureConflict> conflicts() {
    List<FigureConflict> result = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      for (int j = i + 1; j < reports.size(); j++) {
        Figure a = reports.get(i);
        Figure b = reports.get(j);
        if (a.unit().equals(b.unit()) && !compatible(a, b)) {
          result.add(FigureConflict.of(a, b));
        }
      }
    }
    return List.copyOf(result);
  }

  private static boolean compatible(Figure a, Figure b) {
    return compatible(a.range(), a.qualifier(), b.range(), b.qualifier());
  }

  /**
   * Whether two ranges share a value, the qualifiers saying whether a printed end is excluded: the
   * low end of "over 15" ({@code [15, +∞)}) is not itself a value, nor the high end of "under 1".
   */
  static boolean compatible(DecimalRange a, Qualifier qa, DecimalRange b, Qualifier qb) {
    return notAbove(lowerBound(a, qa), upperBound(b, qb)) && notAbove(lowerBound(b, qb), upperBound(a, qa));
  }

  private static boolean notAbove(Optional<Bound> low, Optional<Bound> high) {
    if (low.isEmpty() || high.isEmpty()) {
      return true;
    }
    int c = low.get().value().compareTo(high.get().value());
    // Meeting in one point is a common value only if neither side excludes it.
    return c < 0 || c == 0 && !low.get().strict() && !high.get().strict();
  }

  // The range is closed; "over" and "under" exclude the printed number itself.
  private static Optional<Bound> lowerBound(DecimalRange range, Qualifier q) {
    return range.lowerEnd().map(v -> new Bound(v, q == Qualifier.OVER));
  }

  private static Optional<Bound> upperBound(DecimalRange range, Qualifier q) {
    return range.upperEnd().map(v -> new Bound(v, q == Qualifier.UNDER));
  }

  /** One end of the values a report allows; strict when the end itself is excluded. */
  private record Bound(BigDecimal value, boolean strict) {
  }

  /**
   * Returns the key and the reports, or that none exists.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    if (reports.isEmpty()) {
      return key + ": no figure in dataset '" + datasetName + "'";
    }
    StringBuilder sb = new StringBuilder(key + ": " + reports.size() + " report(s)");
    reports.forEach(f -> sb.append("\n  ").append(f));
    return sb.toString();
  }

  /**
   * Checks whether another object is a lookup of the same key in the same dataset with the same reports.
   *
   * @param other  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof FigureLookup l && key.equals(l.key) && datasetName.equals(l.datasetName)
        && reports.equals(l.reports);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (31 * key.hashCode() + datasetName.hashCode()) * 31 + reports.hashCode();
  }
}
