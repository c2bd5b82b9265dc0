package dev.prospectus.text;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Calculators;
import dev.prospectus.calc.RatioCalculator;
import dev.prospectus.format.PrintedFigure;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Metric;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Segment;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calculations the dataset supports (its figures, growth of each metric, ratios to revenue,
 * segment shares), computed once per check, at most {@link #MAX_TABLE} of them, so that an
 * unexplained number can list the nearest ones.
 * <p>
 * The search per number is capped: it looks at the {@link #MAX_EXAMINED} calculations in the
 * number's unit whose values lie nearest, and lists at most {@link #MAX_LISTED}. Candidates are
 * never an explanation: they only show a person where to look.
 * <p>
 * Used by one check, on one thread.
 */
final class Candidates {

  /** The most calculations the table holds. */
  static final int MAX_TABLE = 2000;
  /** The most calculations the search looks at for one number. */
  static final int MAX_EXAMINED = 16;
  /** The most candidates listed for one number. */
  static final int MAX_LISTED = 3;

  private final Dataset dataset;
  private Map<Unit, List<Candidate>> byUnit;
  private int examined;

  Candidates(Dataset dataset) {
    this.dataset = dataset;
  }

  /** The most calculations the search has looked at for any one number so far. */
  int maxExamined() {
    return examined;
  }

  List<Candidate> near(PrintedFigure figure) {
    if (byUnit == null) {
      byUnit = table();
    }
    List<Candidate> list = byUnit.getOrDefault(figure.amount().unit(), List.of());
    if (list.isEmpty()) {
      return List.of();
    }
    BigDecimal v = figure.value();
    // The list is sorted by value: look at the few either side of where the number would stand.
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).value().compareTo(v) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int from = Math.max(0, lo - MAX_EXAMINED / 2);
    int to = Math.min(list.size(), from + MAX_EXAMINED);
    from = Math.max(0, to - MAX_EXAMINED);
    List<Candidate> window = new ArrayList<>(list.subList(from, to));
    examined = Math.max(examined, window.size());
    DecimalRange printed = figure.range();
    window.sort(Comparator.comparing((Candidate c) -> distance(c.range(), printed)));
    return List.copyOf(window.subList(0, Math.min(MAX_LISTED, window.size())));
  }

  private static BigDecimal distance(DecimalRange a, DecimalRange b) {
    if (a.isConnected(b)) {
      return BigDecimal.ZERO;
    }
    // Apart, one lies wholly below the other, so the ends facing each other are bounded even for
    // a one-sided range.
    if (a.isBoundedAbove() && b.isBoundedBelow() && a.high().compareTo(b.low()) < 0) {
      return b.low().subtract(a.high());
    }
    return a.low().subtract(b.high());
  }

  private Map<Unit, List<Candidate>> table() {
    List<Candidate> all = new ArrayList<>();
    for (FigureKey key : dataset.keys()) {
      preferred(key).ifPresent(f -> add(all, key + " as reported", f.value(), f.range(), f.unit()));
    }
    for (FigureKey key : dataset.keys()) {
      ReportingPeriod p = key.period();
      if (p.isInstant()) {
        continue;
      }
      Optional<Figure> current = preferred(key);
      Optional<Figure> prior = preferred(FigureKey.of(key.metric(), key.segment(), p.minusYears(1)));
      if (current.isPresent() && prior.isPresent() && current.get().unit().equals(prior.get().unit())) {
        calc(all, "growth of " + key.metric() + seg(key.segment()) + ", " + p + " over " + p.minusYears(1),
            Calculators.growth(current.get(), prior.get()));
      }
      Optional<Figure> revenue = preferred(FigureKey.of(Metric.REVENUE, Segment.TOTAL, p));
      if (current.isPresent() && revenue.isPresent() && current.get().unit().isCurrency()
          && current.get().unit().equals(revenue.get().unit())) {
        if (key.metric().equals(Metric.REVENUE) && !key.segment().isTotal()) {
          calc(all, "revenue " + key.segment() + " / revenue total, " + p, RatioCalculator.ratio(
              "revenue " + key.segment() + " / revenue total", current.get(), revenue.get(), Unit.PERCENT));
        } else if (!key.metric().equals(Metric.REVENUE)) {
          calc(all, key.metric() + seg(key.segment()) + " / revenue, " + p,
              RatioCalculator.toRevenue(current.get(), revenue.get()));
        }
      }
    }
    Map<Unit, List<Candidate>> result = new HashMap<>();
    all.stream().limit(MAX_TABLE).forEach(c -> result.computeIfAbsent(c.unit(), u -> new ArrayList<>()).add(c));
    result.values().forEach(l -> l.sort(Comparator.comparing(Candidate::value)));
    return result;
  }

  private Optional<Figure> preferred(FigureKey key) {
    return dataset.lookup(key).findPreferred();
  }

  private static String seg(Segment s) {
    return s.isTotal() ? "" : " " + s;
  }

  private static void calc(List<Candidate> all, String description, Calculation c) {
    if (c.isMeaningful()) {
      add(all, description, c.derived().value(), c.derived().range(), c.derived().unit());
    }
  }

  private static void add(List<Candidate> all, String description, BigDecimal value, DecimalRange range, Unit unit) {
    if (all.size() < MAX_TABLE) {
      all.add(new Candidate(description, value.round(MathContext.DECIMAL64), range, unit));
    }
  }
}
