package dev.prospectus.analysis;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Calculators;
import dev.prospectus.calc.CashCalculator;
import dev.prospectus.calc.GrowthCalculator;
import dev.prospectus.calc.MarginCalculator;
import dev.prospectus.calc.Measure;
import dev.prospectus.calc.PerUnitCalculator;
import dev.prospectus.calc.RatioCalculator;
import dev.prospectus.internal.Args;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.ReportingDate;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Segment;
import dev.prospectus.model.SegmentDefinition;
import dev.prospectus.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.Verifier;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The analysis of one dataset, computed once: every calculator applied wherever the dataset has
 * its inputs, grouped into sections; the verdicts on the claims given; and the projections the
 * settings ask for. Renderers (text, JSON, HTML) only render it.
 * <p>
 * Nothing here knows a company: which growth rates, margins, ratios and runways are computed
 * follows from which metrics, segments and periods the dataset reports. Where a figure has several
 * reports, the preferred one ({@link dev.prospectus.model.FigureLookup#preferred()}) is used and
 * named in the calculation's inputs. Which calculator a pair of inputs needs is decided by
 * {@link Calculators}, as for the claims and the projections.
 * <p>
 * Results are found by what they measure, {@link #find(Measure, List)}, not by their labels.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param dataset  the dataset analysed
 * @param settings  what was computed beyond the calculations
 * @param sections  the calculations, by section, in report order
 * @param verdicts  the verdicts on the claims given, in their order; empty if none were given
 * @param projections  the forward-looking projections the settings asked for, each under stated
 *     assumptions
 */
public record Analysis(
    Dataset dataset, AnalysisSettings settings, List<Section> sections, List<Verdict> verdicts,
    Projections projections) {

  /** Flow metrics whose growth is computed wherever a period and its year-earlier twin exist. */
  private static final List<Metric> GROWTH_METRICS = List.of(
      Metric.REVENUE, Metric.GROSS_PROFIT, Metric.COST_OF_REVENUE, Metric.TRAINING_COMPUTE_SPEND,
      Metric.RND_EXPENSE, Metric.SELLING_MARKETING_EXPENSE, Metric.NET_LOSS, Metric.ADJUSTED_NET_LOSS,
      Metric.PAYING_USERS);
  /** Expenses and losses expressed as a share of revenue. */
  private static final List<Metric> RATIO_METRICS = List.of(
      Metric.TRAINING_COMPUTE_SPEND, Metric.ADJUSTED_NET_LOSS, Metric.NET_LOSS, Metric.RND_EXPENSE,
      Metric.SELLING_MARKETING_EXPENSE, Metric.COST_OF_REVENUE);

  /**
   * One titled group of calculations.
   *
   * @param title  the title, such as "Growth"
   * @param results  the calculations, meaningful or not
   */
  public record Section(String title, List<Calculation> results) {

    /**
     * Creates a section.
     *
     * @param title  the title, not blank
     * @param results  the results, not null
     * @throws IllegalArgumentException if an argument is null or blank
     */
    public Section {
      Args.notBlank(title, "title");
      results = Args.listCopy(results, "results");
    }

    /**
     * Returns the title and the number of calculations, such as {@code Margins: 4 calculations}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return title + ": " + results.size() + (results.size() == 1 ? " calculation" : " calculations");
    }
  }

  /**
   * Creates an analysis.
   *
   * @param dataset  the dataset, not null
   * @param settings  the settings, not null
   * @param sections  the sections, not null
   * @param verdicts  the verdicts, not null
   * @param projections  the projections, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public Analysis {
    Args.notNull(dataset, "dataset");
    Args.notNull(settings, "settings");
    sections = Args.listCopy(sections, "sections");
    verdicts = Args.listCopy(verdicts, "verdicts");
    Args.notNull(projections, "projections");
  }

  /**
   * Analyses a dataset with the default settings and no claims: growth, margins, ratios to
   * revenue, cash burn and runway, per-unit measures, each wherever its inputs exist, and every
   * projection.
   *
   * @param dataset  the dataset
   * @return the analysis
   */
  public static Analysis of(Dataset dataset) {
    return of(dataset, List.of(), AnalysisSettings.DEFAULT);
  }

  /**
   * Analyses a dataset: the calculations wherever their inputs exist, the verdicts on the claims
   * ({@link Verifier#verify(Dataset, List)}), and the projections the settings ask for.
   *
   * @param dataset  the dataset
   * @param claims  the claims to judge, ids unique; empty for none
   * @param settings  what to compute beyond the calculations
   * @return the analysis
   * @throws IllegalArgumentException if an argument is null, or a claim cannot be checked
   *     ({@link dev.prospectus.verify.ClaimException})
   */
  public static Analysis of(Dataset dataset, List<Claim> claims, AnalysisSettings settings) {
    Args.notNull(dataset, "dataset");
    Args.noNulls(claims, "claims");
    Args.notNull(settings, "settings");
    Analyst a = new Analyst(dataset);
    List<Section> sections = new ArrayList<>();
    addIfAny(sections, "Growth", a.growth());
    addIfAny(sections, "Margins", a.margins());
    addIfAny(sections, "Ratios to revenue", a.ratios());
    addIfAny(sections, "Cash burn and runway", a.runway());
    addIfAny(sections, "Per unit", a.perUnit());
    addIfAny(sections, "Offering and valuation", OfferingMeasures.of(dataset));
    List<Verdict> verdicts = claims.isEmpty() ? List.of() : Verifier.verify(dataset, claims);
    return new Analysis(dataset, settings, sections, verdicts, Projections.of(dataset, settings));
  }

  private static void addIfAny(List<Section> sections, String title, List<Calculation> results) {
    if (!results.isEmpty()) {
      sections.add(new Section(title, results));
    }
  }

  /**
   * Finds a section by title.
   *
   * @param title  the title
   * @return the section, empty if the dataset had no inputs for it
   */
  public Optional<Section> section(String title) {
    return sections.stream().filter(s -> s.title().equals(title)).findFirst();
  }

  /**
   * Every calculation, in report order.
   *
   * @return the calculations, meaningful or not
   */
  public List<Calculation> calculations() {
    return sections.stream().flatMap(s -> s.results().stream()).toList();
  }

  /**
   * The calculations of one measure, in report order.
   *
   * @param measure  the measure, such as {@link Measure#RUNWAY}
   * @return the calculations, meaningful or not
   */
  public List<Calculation> find(Measure measure) {
    Args.notNull(measure, "measure");
    return calculations().stream().filter(c -> c.measure() == measure).toList();
  }

  /**
   * Finds the calculation of a measure over given figures.
   * <p>
   * For example {@code find(Measure.GROWTH, List.of(FigureKey.parse("revenue/total/FY2024"),
   * FigureKey.parse("revenue/total/FY2023")))} is revenue growth FY2024 over FY2023.
   *
   * @param measure  the measure
   * @param subject  the keys of the figures it reads, in the order of {@link Calculation#subject()}
   * @return the calculation, empty if the analysis did not compute it
   */
  public Optional<Calculation> find(Measure measure, List<FigureKey> subject) {
    Args.noNulls(subject, "subject");
    return find(measure).stream().filter(c -> c.subject().equals(subject)).findFirst();
  }

  /**
   * Returns the dataset name and the number of calculations per section.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return "Analysis of " + dataset.name() + ": " + sections.stream()
        .map(s -> s.title() + " (" + s.results().size() + ")").collect(Collectors.joining(", "));
  }

  /** Walks a dataset; one instance per analysis, confined to the calling thread. */
  private static final class Analyst {
    private final Dataset ds;

    Analyst(Dataset ds) {
      this.ds = ds;
    }

    private Optional<Figure> find(Metric metric, Segment segment, ReportingPeriod period) {
      return ds.lookup(metric, segment, period).findPreferred();
    }

    private List<Segment> segmentsAndTotal() {
      return ds.segments().stream().map(SegmentDefinition::segment).toList();
    }

    private List<FiscalPeriod> spans(Metric metric, Segment segment) {
      return ds.periods(metric, segment).stream()
          .filter(p -> p instanceof FiscalPeriod).map(p -> (FiscalPeriod) p).toList();
    }

    List<Calculation> growth() {
      List<Calculation> out = new ArrayList<>();
      for (Metric metric : GROWTH_METRICS) {
        for (Segment segment : segmentsAndTotal()) {
          for (FiscalPeriod period : spans(metric, segment)) {
            Optional<Figure> current = find(metric, segment, period);
            Optional<Figure> prior = find(metric, segment, period.minusYears(1));
            if (current.isPresent() && prior.isPresent() && current.get().unit().equals(prior.get().unit())) {
              out.add(Calculators.growth(current.get(), prior.get()));
            }
          }
        }
      }
      // Fiscal years only: twelve months to another date (trailing twelve months) are no year of a CAGR.
      // And revenue in the dataset's currency only: growth from a figure in another unit is no growth.
      Unit currency = ds.currencyUnit();
      List<FiscalPeriod> years = spans(Metric.REVENUE, Segment.TOTAL).stream()
          .filter(ds::isFiscalYear)
          .filter(p -> find(Metric.REVENUE, Segment.TOTAL, p)
              .map(f -> f.value().signum() > 0 && f.unit().equals(currency)).orElse(false))
          .toList();
      if (years.size() >= 2) {
        Figure first = find(Metric.REVENUE, Segment.TOTAL, years.get(0)).orElseThrow();
        Figure last = find(Metric.REVENUE, Segment.TOTAL, years.get(years.size() - 1)).orElseThrow();
        out.add(GrowthCalculator.multiple(last, first));
        if (years.size() >= 3) {
          out.add(GrowthCalculator.cagr(last, first));
        }
      }
      return out;
    }

    List<Calculation> margins() {
      List<Calculation> out = new ArrayList<>();
      for (Segment segment : segmentsAndTotal()) {
        for (FiscalPeriod period : spans(Metric.REVENUE, segment)) {
          Figure revenue = find(Metric.REVENUE, segment, period).orElseThrow();
          if (!revenue.unit().isCurrency()) {
            continue;
          }
          Optional<Figure> gp = find(Metric.GROSS_PROFIT, segment, period).filter(f -> f.unit().equals(revenue.unit()));
          Optional<Figure> cost = find(Metric.COST_OF_REVENUE, segment, period)
              .filter(f -> f.unit().equals(revenue.unit()));
          if (gp.isPresent()) {
            out.add(MarginCalculator.grossMargin(revenue, gp.get()));
          } else if (cost.isPresent()) {
            out.add(MarginCalculator.grossMarginFromCost(revenue, cost.get()));
          }
        }
      }
      for (FiscalPeriod period : spans(Metric.GROSS_MARGIN, Segment.TOTAL)) {
        Figure blended = find(Metric.GROSS_MARGIN, Segment.TOTAL, period).orElseThrow();
        for (List<Segment> pair : pairsByDimension(Metric.GROSS_MARGIN, period)) {
          Figure marginA = find(Metric.GROSS_MARGIN, pair.get(0), period).orElseThrow();
          Figure marginB = find(Metric.GROSS_MARGIN, pair.get(1), period).orElseThrow();
          if (!Stream.of(blended, marginA, marginB).allMatch(f -> f.unit().equals(Unit.PERCENT))) {
            continue;
          }
          out.add(MarginCalculator.impliedMix(blended, marginA, marginB));
          Optional<Figure> revenueA = find(Metric.REVENUE, pair.get(0), period).filter(f -> f.unit().isCurrency());
          Optional<Figure> revenueB = find(Metric.REVENUE, pair.get(1), period)
              .filter(f -> revenueA.isPresent() && f.unit().equals(revenueA.get().unit()));
          if (revenueA.isPresent() && revenueB.isPresent()) {
            out.add(MarginCalculator.blendedMargin(marginA, revenueA.get(), marginB, revenueB.get()));
          }
        }
      }
      return out;
    }

    /** Pairs of segments of one dimension that are the only two with the metric in the period. */
    private List<List<Segment>> pairsByDimension(Metric metric, ReportingPeriod period) {
      Map<String, List<Segment>> byDimension = new LinkedHashMap<>();
      for (SegmentDefinition def : ds.segments()) {
        if (!def.segment().isTotal() && find(metric, def.segment(), period).isPresent()) {
          byDimension.computeIfAbsent(def.dimension(), d -> new ArrayList<>()).add(def.segment());
        }
      }
      return byDimension.values().stream().filter(l -> l.size() == 2).toList();
    }

    List<Calculation> ratios() {
      List<Calculation> out = new ArrayList<>();
      for (FiscalPeriod period : spans(Metric.REVENUE, Segment.TOTAL)) {
        Figure revenue = find(Metric.REVENUE, Segment.TOTAL, period).orElseThrow();
        if (!revenue.unit().isCurrency()) {
          continue;
        }
        for (Metric metric : RATIO_METRICS) {
          find(metric, Segment.TOTAL, period)
              .filter(f -> f.unit().equals(revenue.unit()))
              .ifPresent(f -> out.add(RatioCalculator.toRevenue(f, revenue)));
        }
      }
      return out;
    }

    List<Calculation> runway() {
      List<Calculation> out = new ArrayList<>();
      for (Metric cashMetric : Calculators.CASH_METRICS) {
        for (ReportingPeriod at : ds.periods(cashMetric, Segment.TOTAL)) {
          if (!(at instanceof ReportingDate date)) {
            continue;
          }
          Figure cash = find(cashMetric, Segment.TOTAL, date).orElseThrow();
          if (!cash.unit().isCurrency()) {
            continue;
          }
          for (Calculation burn : Calculators.burnsEndingOn(ds, date.date(), cash.unit(), Calculators.BURN_METRICS)) {
            if (!out.contains(burn)) {
              out.add(burn);
            }
            if (burn.isMeaningful()) {
              out.add(CashCalculator.runway(cash, burn.derived()));
            }
          }
        }
      }
      return out;
    }

    List<Calculation> perUnit() {
      List<Calculation> out = new ArrayList<>();
      TreeSet<ReportingPeriod> dates = new TreeSet<>(Dataset.PERIOD_ORDER);
      dates.addAll(ds.periods(Metric.HEADCOUNT, Segment.TOTAL));
      for (ReportingPeriod at : dates) {
        Figure headcount = find(Metric.HEADCOUNT, Segment.TOTAL, at).orElseThrow();
        if (!isCount(headcount)) {
          continue;
        }
        find(Metric.RND_HEADCOUNT_SHARE, Segment.TOTAL, at).filter(share -> share.unit().equals(Unit.PERCENT))
            .ifPresent(share -> out.add(PerUnitCalculator.shareOfCount(share, headcount)));
        for (FiscalPeriod period : spans(Metric.REVENUE, Segment.TOTAL)) {
          Figure revenue = find(Metric.REVENUE, Segment.TOTAL, period).orElseThrow();
          if (period.endInclusive().equals(at.endInclusive()) && revenue.unit().isCurrency()) {
            out.add(PerUnitCalculator.revenuePerEmployee(revenue, headcount));
          }
        }
      }
      addPerUnit(out, Metric.PAYING_USERS, PerUnitCalculator::revenuePerPayingUser);
      return out;
    }

    private void addPerUnit(List<Calculation> out, Metric countMetric,
        BiFunction<Quantity, Quantity, Calculation> calculator) {
      for (ReportingPeriod at : ds.periods(countMetric, Segment.TOTAL)) {
        Figure count = find(countMetric, Segment.TOTAL, at).orElseThrow();
        if (!isCount(count)) {
          continue;
        }
        for (FiscalPeriod period : spans(Metric.REVENUE, Segment.TOTAL)) {
          Figure revenue = find(Metric.REVENUE, Segment.TOTAL, period).orElseThrow();
          boolean aligned = period.equals(at) || period.endInclusive().equals(at.endInclusive()) && at.isInstant();
          if (aligned && revenue.unit().isCurrency()) {
            out.add(calculator.apply(revenue, count));
          }
        }
      }
    }

    private static boolean isCount(Figure figure) {
      return figure.unit().kind() == Unit.Kind.COUNT;
    }
  }
}
