package dev.prospectus.report;

import dev.prospectus.calc.CashCalculator;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.calc.GrowthCalculator;
import dev.prospectus.calc.MarginCalculator;
import dev.prospectus.calc.NotMeaningful;
import dev.prospectus.calc.PerUnitCalculator;
import dev.prospectus.calc.RatioCalculator;
import dev.prospectus.model.Args;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Figure;
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
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The analysis of one dataset: every calculator applied wherever the dataset has its inputs,
 * grouped into sections for the reports.
 * <p>
 * Nothing here knows a company: which growth rates, margins, ratios and runways are computed
 * follows from which metrics, segments and periods the dataset reports. Where a figure has several
 * reports, the preferred one ({@link dev.prospectus.model.FigureLookup#preferred()}) is used and
 * named in the calculation's inputs.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param dataset  the dataset analysed
 * @param sections  the calculations, by section, in report order
 * @param projections  the forward-looking projections, each under stated assumptions
 */
public record Analysis(Dataset dataset, List<Section> sections, Projections projections) {

  /** Flow metrics whose growth is computed wherever a period and its year-earlier twin exist. */
  private static final List<Metric> GROWTH_METRICS = List.of(
      Metric.REVENUE, Metric.GROSS_PROFIT, Metric.COST_OF_REVENUE, Metric.TRAINING_COMPUTE_SPEND,
      Metric.RND_EXPENSE, Metric.SELLING_MARKETING_EXPENSE, Metric.NET_LOSS, Metric.ADJUSTED_NET_LOSS,
      Metric.PAYING_USERS);
  /** Expenses and losses expressed as a share of revenue. */
  private static final List<Metric> RATIO_METRICS = List.of(
      Metric.TRAINING_COMPUTE_SPEND, Metric.ADJUSTED_NET_LOSS, Metric.NET_LOSS, Metric.RND_EXPENSE,
      Metric.SELLING_MARKETING_EXPENSE, Metric.COST_OF_REVENUE);
  /** Balances that a runway can be computed on. */
  private static final List<Metric> CASH_METRICS = List.of(Metric.CASH_RESERVES, Metric.CASH_AND_EQUIVALENTS);

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
      results = List.copyOf(Args.noNulls(results, "results"));
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
   * @param sections  the sections, not null
   * @param projections  the projections, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public Analysis {
    Args.notNull(dataset, "dataset");
    sections = List.copyOf(Args.noNulls(sections, "sections"));
    Args.notNull(projections, "projections");
  }

  /**
   * Analyses a dataset: growth, margins, ratios to revenue, cash burn and runway, per-unit
   * measures, each wherever its inputs exist; and the projections of {@link Projections#of}.
   *
   * @param dataset  the dataset
   * @return the analysis
   */
  public static Analysis of(Dataset dataset) {
    Args.notNull(dataset, "dataset");
    Analyst a = new Analyst(dataset);
    List<Section> sections = new ArrayList<>();
    addIfAny(sections, "Growth", a.growth());
    addIfAny(sections, "Margins", a.margins());
    addIfAny(sections, "Ratios to revenue", a.ratios());
    addIfAny(sections, "Cash burn and runway", a.runway());
    addIfAny(sections, "Per unit", a.perUnit());
    return new Analysis(dataset, sections, Projections.of(dataset));
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
   * Finds a calculation by its measure, such as {@code "revenue growth FY2024 over FY2023"}.
   *
   * @param measure  the measure
   * @return the calculation, empty if not computed
   */
  public Optional<Calculation> find(String measure) {
    return sections.stream().flatMap(s -> s.results().stream()).filter(c -> c.measure().equals(measure)).findFirst();
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

    /**
     * Runs one calculator, recording a refusal as not meaningful with its message: a dataset can
     * hold inputs that only the calculator rejects (a revenue of nil, segment margins too close to
     * tell apart, a profit where a burn is expected), and one such figure must not cost the whole
     * report. The measure is the one the calculator would have given.
     */
    private static Calculation attempt(String measure, List<Quantity> inputs, Supplier<Calculation> calculator) {
      try {
        return calculator.get();
      } catch (IllegalArgumentException | ArithmeticException ex) {
        return new NotMeaningful(measure, ex.getMessage(), inputs);
      }
    }

    /** The metric and, unless it is the total, the segment: {@code "revenue consumer"}. */
    private static String subject(Figure figure) {
      return figure.metric() + (figure.segment().isTotal() ? "" : " " + figure.segment());
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
              out.add(attempt(subject(current.get()) + " growth " + period + " over " + prior.get().period(),
                  List.of(current.get(), prior.get()), () -> period.isFullYear()
                  ? GrowthCalculator.yearOnYear(current.get(), prior.get())
                  : GrowthCalculator.interimOnInterim(current.get(), prior.get())));
            }
          }
        }
      }
      // Fiscal years only: twelve months to another date (trailing twelve months) are no year of a CAGR.
      List<FiscalPeriod> years = spans(Metric.REVENUE, Segment.TOTAL).stream()
          .filter(ds::isFiscalYear)
          .filter(p -> find(Metric.REVENUE, Segment.TOTAL, p).map(f -> f.value().signum() > 0).orElse(false))
          .toList();
      if (years.size() >= 2) {
        Figure first = find(Metric.REVENUE, Segment.TOTAL, years.get(0)).orElseThrow();
        Figure last = find(Metric.REVENUE, Segment.TOTAL, years.get(years.size() - 1)).orElseThrow();
        out.add(attempt("revenue multiple " + last.period() + " over " + first.period(), List.of(last, first),
            () -> GrowthCalculator.multiple(last, first)));
        if (years.size() >= 3) {
          out.add(attempt("revenue compound annual growth " + first.period() + " to " + last.period(),
              List.of(last, first), () -> GrowthCalculator.cagr(last, first)));
        }
      }
      return out;
    }

    List<Calculation> margins() {
      List<Calculation> out = new ArrayList<>();
      for (Segment segment : segmentsAndTotal()) {
        for (FiscalPeriod period : spans(Metric.REVENUE, segment)) {
          Figure revenue = find(Metric.REVENUE, segment, period).orElseThrow();
          Optional<Figure> gp = find(Metric.GROSS_PROFIT, segment, period);
          Optional<Figure> cost = find(Metric.COST_OF_REVENUE, segment, period);
          String measure = "gross margin " + (segment.isTotal() ? "" : segment + " ") + period;
          if (gp.isPresent()) {
            out.add(attempt(measure, List.of(revenue, gp.get()),
                () -> MarginCalculator.grossMargin(revenue, gp.get())));
          } else if (cost.isPresent()) {
            out.add(attempt(measure, List.of(revenue, cost.get()),
                () -> MarginCalculator.grossMarginFromCost(revenue, cost.get())));
          }
        }
      }
      for (FiscalPeriod period : spans(Metric.GROSS_MARGIN, Segment.TOTAL)) {
        Figure blended = find(Metric.GROSS_MARGIN, Segment.TOTAL, period).orElseThrow();
        for (List<Segment> pair : pairsByDimension(Metric.GROSS_MARGIN, period)) {
          Figure marginA = find(Metric.GROSS_MARGIN, pair.get(0), period).orElseThrow();
          Figure marginB = find(Metric.GROSS_MARGIN, pair.get(1), period).orElseThrow();
          out.add(attempt("implied revenue share of " + pair.get(0) + " " + period, List.of(blended, marginA, marginB),
              () -> MarginCalculator.impliedMix(blended, marginA, marginB)));
          Optional<Figure> revenueA = find(Metric.REVENUE, pair.get(0), period);
          Optional<Figure> revenueB = find(Metric.REVENUE, pair.get(1), period);
          if (revenueA.isPresent() && revenueB.isPresent()) {
            out.add(attempt(Metric.GROSS_MARGIN + " blended from " + pair.get(0) + " and " + pair.get(1) + " " + period,
                List.of(marginA, revenueA.get(), marginB, revenueB.get()),
                () -> MarginCalculator.blendedMargin(marginA, revenueA.get(), marginB, revenueB.get())));
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
        for (Metric metric : RATIO_METRICS) {
          find(metric, Segment.TOTAL, period)
              .filter(f -> f.unit().equals(revenue.unit()))
              .ifPresent(f -> out.add(attempt(metric + " to revenue " + period, List.of(f, revenue),
                  () -> ratio(metric, f, revenue))));
        }
      }
      return out;
    }

    private static Derived ratio(Metric metric, Quantity amount, Quantity revenue) {
      if (metric.equals(Metric.TRAINING_COMPUTE_SPEND)) {
        return RatioCalculator.computeToRevenue(amount, revenue);
      }
      if (metric.equals(Metric.ADJUSTED_NET_LOSS)) {
        return RatioCalculator.adjustedLossToRevenue(amount, revenue);
      }
      return RatioCalculator.toRevenue(amount, revenue);
    }

    List<Calculation> runway() {
      List<Calculation> out = new ArrayList<>();
      for (Metric cashMetric : CASH_METRICS) {
        for (ReportingPeriod at : ds.periods(cashMetric, Segment.TOTAL)) {
          if (!(at instanceof ReportingDate date)) {
            continue;
          }
          Figure cash = find(cashMetric, Segment.TOTAL, date).orElseThrow();
          for (Calculation burn : burnsEndingOn(date, cash.unit())) {
            if (!out.contains(burn)) {
              out.add(burn);
            }
            if (burn.isMeaningful()) {
              out.add(attempt("cash runway from " + cash.label() + " at " + burn.measure(),
                  List.of(cash, burn.derived()), () -> CashCalculator.runway(cash, burn.derived())));
            }
          }
        }
      }
      return out;
    }

    /** The monthly burns, on every definition the dataset allows, of the periods ending on a date. */
    private List<Calculation> burnsEndingOn(ReportingDate date, Unit currency) {
      return Burns.endingOn(ds, date.date(), currency,
          List.of(Metric.ADJUSTED_NET_LOSS, Metric.NET_LOSS, Metric.OPERATING_CASH_FLOW));
    }

    List<Calculation> perUnit() {
      List<Calculation> out = new ArrayList<>();
      TreeSet<ReportingPeriod> dates = new TreeSet<>(Dataset.PERIOD_ORDER);
      dates.addAll(ds.periods(Metric.HEADCOUNT, Segment.TOTAL));
      for (ReportingPeriod at : dates) {
        Figure headcount = find(Metric.HEADCOUNT, Segment.TOTAL, at).orElseThrow();
        find(Metric.RND_HEADCOUNT_SHARE, Segment.TOTAL, at)
            .ifPresent(share -> out.add(attempt(share.label() + " of " + headcount.label(), List.of(share, headcount),
                () -> PerUnitCalculator.shareOfCount(share, headcount))));
        for (FiscalPeriod period : spans(Metric.REVENUE, Segment.TOTAL)) {
          if (period.endInclusive().equals(at.endInclusive())) {
            Figure revenue = find(Metric.REVENUE, Segment.TOTAL, period).orElseThrow();
            out.add(attempt(revenue.label() + " per employee", List.of(revenue, headcount),
                () -> PerUnitCalculator.revenuePerEmployee(revenue, headcount)));
          }
        }
      }
      addPerUnit(out, Metric.PAYING_USERS, "paying user", PerUnitCalculator::revenuePerPayingUser);
      return out;
    }

    private void addPerUnit(List<Calculation> out, Metric countMetric, String counted,
        BiFunction<Quantity, Quantity, Derived> calculator) {
      for (ReportingPeriod at : ds.periods(countMetric, Segment.TOTAL)) {
        Figure count = find(countMetric, Segment.TOTAL, at).orElseThrow();
        if (count.unit().kind() != Unit.Kind.COUNT) {
          continue;
        }
        for (FiscalPeriod period : spans(Metric.REVENUE, Segment.TOTAL)) {
          if (period.equals(at) || period.endInclusive().equals(at.endInclusive()) && at.isInstant()) {
            Figure revenue = find(Metric.REVENUE, Segment.TOTAL, period).orElseThrow();
            out.add(attempt(revenue.label() + " per " + counted, List.of(revenue, count),
                () -> calculator.apply(revenue, count)));
          }
        }
      }
    }
  }
}
