package dev.prospectus.analysis;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.Measure;
import dev.prospectus.calc.NotMeaningful;
import dev.prospectus.internal.Args;
import dev.prospectus.model.ConvertedReport;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Companies side by side: the same measures of two or more analyses, aligned by period, one cell
 * per company.
 * <p>
 * A row is one {@link Measure} over the same metrics and segments in aligned periods
 * ({@link PeriodAlignment}): a fiscal year beside the same fiscal year; by default an interim only
 * beside an interim of the same length, so a nine-month period is never beside a six-month one unless
 * {@link PeriodAlignment#SAME_YEAR} is asked for, and then the row says so. Every measure an analysis
 * produces takes part, whatever it is (growth, margins, ratios to revenue, burn and runway per
 * definition of burn, valuation multiples): rows are found from the calculations' measures and
 * figure keys, never from their labels.
 * <p>
 * Each company stays in its own currency unless {@link ComparisonSettings#currency()} names one;
 * then money is converted only at a sourced exchange rate of that company's own dataset that applies
 * to every period the value reads, the first in the dataset's rate order
 * ({@link Dataset#rates}), with the rate's range carried into the value's. A company that lacks a
 * calculation, whose calculation is not meaningful, or whose money cannot be converted has a
 * {@link ComparedCell.Missing} cell that says why.
 * <p>
 * For example, with MiniMax (US$) and Zhipu (RMB): revenue growth FY2024 over FY2023 is 782.17%
 * beside 150.858%, each with its range; MiniMax's growth over nine months of 2025 and Zhipu's over six
 * months are two rows, each with the other company's cell {@link ComparedCell.Reason#NOT_COMPUTED}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param analyses  the companies' analyses, in column order
 * @param settings  the target currency and the period alignment
 * @param rows  the rows, by measure, in the order the analyses first compute them
 */
public record CompanyComparison(List<Analysis> analyses, ComparisonSettings settings, List<ComparisonRow> rows) {

  /**
   * Creates a comparison.
   *
   * @param analyses  the analyses, at least two, not null
   * @param settings  the settings, not null
   * @param rows  the rows, each with one cell per analysis
   * @throws IllegalArgumentException if an argument is null, there are fewer than two analyses, or a
   *     row's cells do not match the analyses
   */
  public CompanyComparison {
    analyses = Args.listCopy(analyses, "analyses");
    Args.isTrue(analyses.size() >= 2, "A comparison needs at least two analyses but has " + analyses.size());
    Args.notNull(settings, "settings");
    rows = Args.listCopy(rows, "rows");
    for (ComparisonRow row : rows) {
      Args.isTrue(row.cells().size() == analyses.size(), "Row '" + row.label() + "' has " + row.cells().size()
          + " cells for " + analyses.size() + " companies");
    }
  }

  /**
   * Compares analyses with the default settings: each company in its own currency, interims only
   * beside interims of the same length.
   *
   * @param analyses  the analyses, at least two
   * @return the comparison
   */
  public static CompanyComparison of(List<Analysis> analyses) {
    return of(analyses, ComparisonSettings.DEFAULT);
  }

  /**
   * Compares analyses.
   *
   * @param analyses  the analyses, at least two, in column order
   * @param settings  the target currency and the period alignment
   * @return the comparison
   * @throws IllegalArgumentException if an argument is null, or there are fewer than two analyses
   */
  public static CompanyComparison of(List<Analysis> analyses, ComparisonSettings settings) {
    Args.noNulls(analyses, "analyses");
    Args.notNull(settings, "settings");
    Args.isTrue(analyses.size() >= 2, "A comparison needs at least two analyses but has " + analyses.size());
    List<Map<RowKey, Calculation>> byCompany = new ArrayList<>();
    // Rows in the order the analyses first compute them: the first company's order, then what others add.
    Map<RowKey, Integer> order = new LinkedHashMap<>();
    for (Analysis a : analyses) {
      Map<RowKey, Calculation> mine = new LinkedHashMap<>();
      for (Calculation c : a.calculations()) {
        RowKey key = RowKey.of(a.dataset(), c, settings.periods());
        Calculation held = mine.get(key);
        // Under SAME_YEAR two interims of one year meet in one slot: the one ending later is the latest.
        if (held == null || end(c).isAfter(end(held))) {
          mine.put(key, c);
        }
        order.putIfAbsent(key, order.size());
      }
      byCompany.add(mine);
    }
    List<RowKey> keys = new ArrayList<>(order.keySet());
    // Measures in their declared order (growth, margins, ratios, burn, runway, per unit, valuation...).
    keys.sort(Comparator.comparing((RowKey k) -> k.measure().ordinal()).thenComparing(order::get));
    List<ComparisonRow> rows = new ArrayList<>();
    for (RowKey key : keys) {
      rows.add(row(key, analyses, byCompany, settings));
    }
    return new CompanyComparison(analyses, settings, rows);
  }

  private static LocalDate end(Calculation c) {
    return c.subject().stream().map(k -> k.period().endInclusive()).max(Comparator.naturalOrder())
        .orElse(LocalDate.MIN);
  }

  private static ComparisonRow row(RowKey key, List<Analysis> analyses, List<Map<RowKey, Calculation>> byCompany,
      ComparisonSettings settings) {
    List<ComparedCell> cells = new ArrayList<>();
    Map<String, String> periods = new LinkedHashMap<>();
    String label = null;
    Calculation first = null;
    for (int i = 0; i < analyses.size(); i++) {
      Dataset ds = analyses.get(i).dataset();
      Calculation c = byCompany.get(i).get(key);
      if (c == null) {
        cells.add(new ComparedCell.Missing(ComparedCell.Reason.NOT_COMPUTED, ds.name() + " has no "
            + key.describe() + ": its analysis does not compute it (a figure it reads is missing, or in another unit)",
            Optional.empty()));
        continue;
      }
      if (first == null) {
        first = c;
        label = c.label();
      }
      periods.put(ds.name(), c.subject().stream().map(k -> k.period().toString()).distinct()
          .collect(Collectors.joining(", ")));
      cells.add(cell(ds, c, settings.currency()));
    }
    boolean mixed = new HashSet<>(periods.values()).size() > 1;
    List<String> notes = new ArrayList<>();
    if (mixed) {
      notes.add("periods differ, aligned by " + settings.periods().code() + ": " + periods.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; ")));
    }
    return new ComparisonRow(key.measure(), key.subject(), mixed ? slotted(first, key) : label, cells, mixed, notes);
  }

  /**
   * The label of a row whose companies' periods differ: the first company's label with each period
   * written as its slot ("revenue growth interim 2025 over interim 2024"), so that it names no
   * company's period as everyone's; the measure and keys where the label does not print them.
   */
  private static String slotted(Calculation c, RowKey key) {
    String label = c.label();
    List<FigureKey> subject = c.subject();
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < subject.size(); j++) {
      order.add(j);
    }
    // Longest period text first, so that "FY2024" is never replaced inside a longer period's text.
    order.sort(Comparator.comparing((Integer j) -> -subject.get(j).period().toString().length()));
    Set<String> done = new HashSet<>();
    for (int j : order) {
      String period = subject.get(j).period().toString();
      // Two figures of one period (a ratio of two flows) print it once: replaced with the first.
      if (done.add(period)) {
        if (!label.contains(period)) {
          return key.describe();
        }
        label = label.replace(period, key.subject().get(j).slot());
      }
    }
    return label;
  }

  private static ComparedCell cell(Dataset ds, Calculation c, Optional<Currency> target) {
    if (c instanceof NotMeaningful nm) {
      return new ComparedCell.Missing(ComparedCell.Reason.NOT_MEANINGFUL, ds.name() + ": " + nm.explanation(),
          Optional.of(c));
    }
    Derived d = (Derived) c;
    if (target.isEmpty() || !d.unit().isCurrency() || d.unit().equals(Unit.of(target.get()))) {
      return new ComparedCell.Computed(d, Optional.empty());
    }
    Unit to = Unit.of(target.get());
    List<ReportingPeriod> periods = d.subject().stream().map(FigureKey::period).distinct().toList();
    Optional<ExchangeRate> rate = periods.isEmpty() ? Optional.empty() : ds.rates(d.unit(), to, periods.get(0))
        .stream()
        .filter(r -> periods.stream().allMatch(r::appliesTo))
        // Dividing by a rate whose range reaches zero has no bound: such a rate cannot convert this way.
        .filter(r -> r.from().equals(d.unit()) || !r.range().containsZero())
        .findFirst();
    if (rate.isEmpty()) {
      return new ComparedCell.Missing(ComparedCell.Reason.NO_EXCHANGE_RATE, ds.name() + " states no exchange rate"
          + " between " + d.unit() + " and " + to + " that applies to " + periods.stream()
          .map(ReportingPeriod::toString).collect(Collectors.joining(" and ")) + ": " + d.label()
          + " is shown in " + d.unit() + " only", Optional.of(d));
    }
    ConvertedReport converted = rate.get().convert(d);
    return new ComparedCell.Computed(d, Optional.of(converted));
  }

  //-------------------------------------------------------------------------
  /**
   * The companies' dataset names, in column order, such as {@code [MiniMax, Zhipu]}.
   *
   * @return the names
   */
  public List<String> names() {
    return analyses.stream().map(a -> a.dataset().name()).toList();
  }

  /**
   * The rows of one measure, in order.
   *
   * @param measure  the measure, such as {@link Measure#RUNWAY}
   * @return the rows
   */
  public List<ComparisonRow> find(Measure measure) {
    Args.notNull(measure, "measure");
    return rows.stream().filter(r -> r.measure() == measure).toList();
  }

  /**
   * Finds the row of a measure over aligned figures.
   *
   * @param measure  the measure
   * @param subject  the aligned keys, such as {@code revenue/total/FY2024} and {@code revenue/total/FY2023}
   * @return the row, empty if no company computes it
   */
  public Optional<ComparisonRow> find(Measure measure, List<AlignedKey> subject) {
    Args.noNulls(subject, "subject");
    return find(measure).stream().filter(r -> r.subject().equals(subject)).findFirst();
  }

  /**
   * The rows that at least two companies compute (meaningful or not): what can be read side by side.
   *
   * @return the rows, in order
   */
  public List<ComparisonRow> shared() {
    return rows.stream().filter(r -> r.companiesWithCalculation() >= 2).toList();
  }

  /**
   * Returns the companies and the number of rows.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return "Comparison of " + String.join(", ", names()) + ": " + rows.size() + " rows, " + shared().size()
        + " shared" + settings.currency().map(c -> ", in " + c).orElse("") + ", periods aligned by "
        + settings.periods().code();
  }

  /** What identifies a row: the measure and the aligned figures. */
  private record RowKey(Measure measure, List<AlignedKey> subject) {

    static RowKey of(Dataset ds, Calculation c, PeriodAlignment alignment) {
      List<AlignedKey> keys = new ArrayList<>();
      for (FigureKey k : c.subject()) {
        keys.add(new AlignedKey(k.metric(), k.segment(), alignment.slot(ds, k.period())));
      }
      return new RowKey(c.measure(), keys);
    }

    String describe() {
      return measure.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " of " + subject.stream()
          .map(AlignedKey::toString).collect(Collectors.joining(", "));
    }
  }
}
