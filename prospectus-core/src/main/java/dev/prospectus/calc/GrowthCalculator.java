package dev.prospectus.calc;

import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Enclosure;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Growth of one quantity over another: period-over-period growth, year-on-year growth of full
 * fiscal years, interim-on-interim growth, compound annual growth and plain multiples.
 * <p>
 * Formulas, with {@code c} the current and {@code p} the prior value:
 * <ul>
 * <li>growth, in percent: {@code (c / p - 1) x 100};
 * <li>multiple, in times: {@code c / p};
 * <li>compound annual growth over {@code n} years, in percent: {@code ((c / p)^(1/n) - 1) x 100}.
 * </ul>
 * Each input occurs once in each formula, so interval arithmetic on the inputs' ranges gives the
 * tightest range (up to the outward rounding of the division to 34 digits, and for compound growth
 * the relative {@code 1e-12} that {@link DecimalRange#pow} widens by).
 * <p>
 * For example revenue "3052萬美元" in FY2024 over "346萬美元" in FY2023 grows by 782.08%, within
 * 30515000 / 3465000 - 1 = 780.66% and 30525000 / 3455000 - 1 = 783.51% (rounded outward).
 * <p>
 * A base that is zero or negative, or whose range reaches zero or below, gives
 * {@link NotMeaningful} rather than a percentage: growth from a gross margin of -24.7% to 12.2% is
 * not a percentage change, and "-149%" would flip its meaning.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class GrowthCalculator {

  private GrowthCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the growth of one quantity over another, in percent:
   * {@code growth = (current / prior - 1) x 100}.
   * <p>
   * For two figures of one metric and segment the measure reads
   * {@code "revenue growth FY2024 over FY2023"}; otherwise {@code "growth of <current> over <prior>"}.
   * Nothing is checked about the periods: see {@link #yearOnYear} and {@link #interimOnInterim}.
   *
   * @param current  the later value, not null
   * @param prior  the earlier value, the base, in the same unit
   * @return the growth in percent, or {@link NotMeaningful} if the prior value or its range is not
   *     positive
   * @throws IllegalArgumentException if an argument is null or the units differ
   */
  public static Calculation periodOverPeriod(Quantity current, Quantity prior) {
    CalcSupport.requireSameUnit(current, "current", prior, "prior");
    // The label is made when read or when the growth fails: most growths are judged, not read.
    Supplier<String> measure = () -> seriesName(current, prior, "growth",
        () -> "growth of " + current.label() + " over " + prior.label());
    List<Quantity> inputs = List.of(current, prior);
    Optional<NotMeaningful> problem = baseProblem(Measure.GROWTH, measure, "prior", prior, "growth from",
        "is not a percentage change", inputs);
    if (problem.isPresent()) {
      return problem.get();
    }
    Supplier<String> formula = () -> "(" + current.label() + " / " + prior.label() + " - 1) x 100";
    Enclosure bounds = Bounds.ofQuotient(current, prior, 1, 100);
    if (bounds != null) {
      // Judged on its bounds; the three divisions of decimals are made when the growth is read.
      return Derived.deferred(Measure.GROWTH, measure, () -> growthPoint(current, prior),
          () -> growthRange(current, prior), bounds, Unit.PERCENT, formula, inputs, List.of());
    }
    DecimalRange range = growthRange(current, prior);
    if (range.isUnbounded()) {
      return CalcSupport.unboundedResult(Measure.GROWTH, measure.get(), range, inputs).orElseThrow();
    }
    return Derived.lazy(Measure.GROWTH, measure, growthPoint(current, prior), range, Unit.PERCENT, formula, inputs,
        List.of());
  }

  private static BigDecimal growthPoint(Quantity current, Quantity prior) {
    return CalcSupport.toPercent(CalcSupport.divide(current.value(), prior.value()).subtract(BigDecimal.ONE));
  }

  private static DecimalRange growthRange(Quantity current, Quantity prior) {
    return CalcSupport.toPercent(current.range().dividedBy(prior.range()).minus(DecimalRange.of(BigDecimal.ONE)));
  }

  /**
   * Calculates year-on-year growth of two full fiscal years, in percent:
   * {@code growth = (current / prior - 1) x 100}.
   * <p>
   * Both figures must report one metric for one segment, each over a full fiscal year, and the
   * prior year must be the year before the current one ({@code FY2024} over {@code FY2023}).
   *
   * @param current  the later year's figure, not null
   * @param prior  the earlier year's figure, not null
   * @return the growth in percent, or {@link NotMeaningful} if the prior value or its range is not
   *     positive
   * @throws IllegalArgumentException if an argument is null, the metrics, segments or units differ,
   *     or the periods are not full fiscal years one year apart (the message names both periods)
   */
  public static Calculation yearOnYear(Figure current, Figure prior) {
    requireSameSeries("Year-on-year growth", current, "current", prior, "prior");
    boolean fullYears = isFullYear(current.period()) && isFullYear(prior.period());
    if (!fullYears || !prior.period().equals(current.period().minusYears(1))) {
      throw new IllegalArgumentException("Year-on-year growth compares two full fiscal years one year apart"
          + " but found current '" + current.period() + "' and prior '" + prior.period() + "'");
    }
    return periodOverPeriod(current, prior);
  }

  /**
   * Calculates growth of an interim period over the same period one year before, in percent:
   * {@code growth = (current / prior - 1) x 100}.
   * <p>
   * The current period must be a span shorter than a year, and the prior period must be exactly
   * the current one moved back a year: the nine months ended 30 Sep 2025 compare only with the nine
   * months ended 30 Sep 2024, never with a year or a half-year.
   *
   * @param current  the later interim figure, not null
   * @param prior  the same interim period a year before, not null
   * @return the growth in percent, or {@link NotMeaningful} if the prior value or its range is not
   *     positive
   * @throws IllegalArgumentException if an argument is null, the metrics, segments or units differ,
   *     or the periods are not matching interim periods one year apart (the message names both
   *     periods)
   */
  public static Calculation interimOnInterim(Figure current, Figure prior) {
    requireSameSeries("Interim growth", current, "current", prior, "prior");
    Optional<String> problem = interimProblem(current.period(), prior.period());
    if (problem.isPresent()) {
      throw new IllegalArgumentException("Interim growth compares an interim period with the same period one"
          + " year before but found current '" + current.period() + "' and prior '" + prior.period() + "': "
          + problem.get());
    }
    return periodOverPeriod(current, prior);
  }

  private static Optional<String> interimProblem(ReportingPeriod current, ReportingPeriod prior) {
    if (!(current instanceof FiscalPeriod span)) {
      return Optional.of("current '" + current + "' is an instant, not a period");
    }
    if (span.isFullYear()) {
      return Optional.of("current '" + current + "' is a full fiscal year: use yearOnYear");
    }
    if (!span.start().plusYears(1).isAfter(span.endInclusive())) {
      return Optional.of("current '" + current + "' is longer than a year, not an interim period");
    }
    if (!prior.equals(span.minusYears(1))) {
      return Optional.of("prior must be '" + span.minusYears(1) + "'");
    }
    return Optional.empty();
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates compound annual growth over a number of years, in percent:
   * {@code cagr = ((end / start)^(1/years) - 1) x 100}.
   * <p>
   * The range is {@code (end.range / start.range)} raised to {@code 1/years} by
   * {@link DecimalRange#pow}, which is computed in double precision and widened outward by a
   * relative {@code 1e-12}; the point is computed in double precision too, and a note says so.
   * <p>
   * For example 2.44億 after 1215萬 two years before grows at (244000000 / 12150000)^(1/2) - 1 =
   * 348.13% a year.
   *
   * @param end  the value at the end, not null
   * @param start  the value at the start, the base, in the same unit
   * @param years  the number of years between them, positive
   * @return the compound growth in percent a year, or {@link NotMeaningful} if the start value or
   *     its range is not positive, the end value or its range is negative, or the ratio of end to
   *     start is beyond the range of a double
   * @throws IllegalArgumentException if an argument is null, the units differ or {@code years} is
   *     not positive
   */
  public static Calculation cagr(Quantity end, Quantity start, int years) {
    CalcSupport.requireSameUnit(end, "end", start, "start");
    Args.positive(years, "years");
    String span = " (" + years + (years == 1 ? " year)" : " years)");
    String measure = CalcSupport.isSameSeries(end, start)
        ? CalcSupport.subject((Figure) end) + " compound annual growth " + ((Figure) start).period() + " to "
            + ((Figure) end).period() + span
        : "compound annual growth of " + end.label() + " from " + start.label() + span;
    List<Quantity> inputs = List.of(end, start);
    Optional<NotMeaningful> problem = baseProblem(Measure.COMPOUND_GROWTH, () -> measure, "start", start,
        "compound growth from", "is not meaningful", inputs).or(() -> negativeEnd(measure, end, inputs));
    if (problem.isPresent()) {
      return problem.get();
    }
    double exponent = 1.0 / years;
    DecimalRange ratio = end.range().dividedBy(start.range());
    double root = Math.pow(CalcSupport.divide(end.value(), start.value()).doubleValue(), exponent);
    if (!Double.isFinite(root) || ratio.isBoundedAbove() && !Double.isFinite(ratio.high().doubleValue())) {
      return NotMeaningful.of(Measure.COMPOUND_GROWTH, measure, NotMeaningful.Reason.BEYOND_RANGE, "the ratio "
          + end.label() + " / " + start.label() + " is beyond double precision, in which powers are taken", inputs);
    }
    DecimalRange range = CalcSupport.toPercent(ratio.pow(exponent).minus(DecimalRange.of(BigDecimal.ONE)));
    BigDecimal value = CalcSupport.toPercent(BigDecimal.valueOf(root).subtract(BigDecimal.ONE));
    String formula = "((" + end.label() + " / " + start.label() + ")^(1/" + years + ") - 1) x 100";
    List<String> notes = List.of("the point is computed in double precision; the range is widened outward"
        + " by a relative 1e-12 to stay enclosing");
    return Derived.of(Measure.COMPOUND_GROWTH, measure, value, range, Unit.PERCENT, formula, inputs, notes);
  }

  /**
   * Calculates compound annual growth between two full fiscal years, in percent:
   * {@code cagr = ((end / start)^(1/years) - 1) x 100}, with {@code years} the whole number of
   * years from the start year to the end year.
   * <p>
   * For example FY2024 over FY2022 is two years. See {@link #cagr(Quantity, Quantity, int)}.
   *
   * @param end  the later year's figure, not null
   * @param start  the earlier year's figure, not null
   * @return the compound growth in percent a year, or {@link NotMeaningful} as for
   *     {@link #cagr(Quantity, Quantity, int)}
   * @throws IllegalArgumentException if an argument is null, the metrics, segments or units differ,
   *     or the periods are not full fiscal years a whole number of years apart with the end after
   *     the start (the message names both periods)
   */
  public static Calculation cagr(Figure end, Figure start) {
    requireSameSeries("Compound growth", end, "end", start, "start");
    String message = "Compound growth compares two full fiscal years a whole number of years apart, the end"
        + " after the start, but found end '" + end.period() + "' and start '" + start.period() + "'";
    if (!(end.period() instanceof FiscalPeriod last && last.isFullYear()
        && start.period() instanceof FiscalPeriod first && first.isFullYear())) {
      throw new IllegalArgumentException(message);
    }
    long years = ChronoUnit.YEARS.between(first.start(), last.start());
    if (years < 1 || !first.equals(last.minusYears(years))) {
      throw new IllegalArgumentException(message);
    }
    return cagr((Quantity) end, start, Math.toIntExact(years));
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates how many times one quantity is another: {@code multiple = current / prior}, in
   * {@link Unit#TIMES}.
   * <p>
   * For example "3052萬美元" over "346萬美元" is 8.82x, within 30515000 / 3465000 = 8.8066x and
   * 30525000 / 3455000 = 8.8350x.
   *
   * @param current  the later value, not null
   * @param prior  the earlier value, the base, in the same unit
   * @return the multiple, or {@link NotMeaningful} if the prior value or its range is not positive
   * @throws IllegalArgumentException if an argument is null or the units differ
   */
  public static Calculation multiple(Quantity current, Quantity prior) {
    CalcSupport.requireSameUnit(current, "current", prior, "prior");
    String measure = seriesName(current, prior, "multiple",
        () -> current.label() + " as a multiple of " + prior.label());
    List<Quantity> inputs = List.of(current, prior);
    Optional<NotMeaningful> problem = baseProblem(Measure.MULTIPLE, () -> measure, "prior", prior, "a multiple of",
        "is not meaningful", inputs);
    if (problem.isPresent()) {
      return problem.get();
    }
    DecimalRange range = current.range().dividedBy(prior.range());
    Optional<NotMeaningful> unbounded = CalcSupport.unboundedResult(Measure.MULTIPLE, measure, range, inputs);
    if (unbounded.isPresent()) {
      return unbounded.get();
    }
    BigDecimal value = CalcSupport.divide(current.value(), prior.value());
    String formula = current.label() + " / " + prior.label();
    return Derived.of(Measure.MULTIPLE, measure, value, range, Unit.TIMES, formula, inputs, List.of());
  }

  //-------------------------------------------------------------------------
  /**
   * Why a base does not support a ratio: its point is zero or negative, or its range reaches zero
   * or below, as in "prior value -24.7% is not positive: growth from a negative base is not a
   * percentage change". A base that keeps above zero also keeps the quotient bounded.
   */
  private static Optional<NotMeaningful> baseProblem(Measure measure, Supplier<String> label, String role,
      Quantity base, String what, String verdict, List<Quantity> inputs) {
    BigDecimal point = base.value();
    // Printed only for a problem: growth is computed far more often than it fails.
    Supplier<String> stated = () -> role + " value " + CalcSupport.printed(base);
    if (point.signum() < 0) {
      return Optional.of(NotMeaningful.of(measure, label.get(), NotMeaningful.Reason.NEGATIVE_BASE,
          stated.get() + " is not positive: " + what + " a negative base " + verdict, inputs));
    }
    if (point.signum() == 0) {
      return Optional.of(NotMeaningful.of(measure, label.get(), NotMeaningful.Reason.ZERO_BASE,
          stated.get() + " is not positive: " + what + " a zero base " + verdict, inputs));
    }
    if (!base.range().isBoundedBelow() || base.range().low().signum() <= 0) {
      return Optional.of(NotMeaningful.of(measure, label.get(), NotMeaningful.Reason.BASE_MAY_NOT_BE_POSITIVE,
          stated.get() + " has range " + base.range() + " " + base.unit() + " reaching zero or below: " + what
          + " a base that may not be positive " + verdict, inputs));
    }
    return Optional.empty();
  }

  private static Optional<NotMeaningful> negativeEnd(String label, Quantity end, List<Quantity> inputs) {
    Supplier<String> stated = () -> "end value " + CalcSupport.printed(end);
    if (end.value().signum() < 0) {
      return Optional.of(NotMeaningful.of(Measure.COMPOUND_GROWTH, label, NotMeaningful.Reason.SIGN_CHANGE,
          stated.get() + " is negative: compound growth across a sign change is not meaningful", inputs));
    }
    if (!end.range().isBoundedBelow() || end.range().low().signum() < 0) {
      return Optional.of(NotMeaningful.of(Measure.COMPOUND_GROWTH, label, NotMeaningful.Reason.SIGN_CHANGE,
          stated.get() + " has range " + end.range() + " " + end.unit()
          + " reaching below zero: compound growth across a possible sign change is not meaningful", inputs));
    }
    return Optional.empty();
  }

  private static void requireSameSeries(String what, Figure later, String laterName, Figure earlier,
      String earlierName) {
    Args.notNull(later, laterName);
    Args.notNull(earlier, earlierName);
    if (!CalcSupport.isSameSeries(later, earlier)) {
      throw new IllegalArgumentException(what + " compares one metric and segment over time but found "
          + laterName + " '" + later.label() + "' and " + earlierName + " '" + earlier.label() + "'");
    }
  }

  /** {@code "revenue growth FY2024 over FY2023"} for two figures of one series, else the fallback. */
  private static String seriesName(Quantity later, Quantity earlier, String what, Supplier<String> fallback) {
    if (later instanceof Figure l && earlier instanceof Figure e && CalcSupport.isSameSeries(l, e)) {
      return CalcSupport.subject(l) + " " + what + " " + l.period() + " over " + e.period();
    }
    return fallback.get();
  }

  private static boolean isFullYear(ReportingPeriod period) {
    return period instanceof FiscalPeriod span && span.isFullYear();
  }
}
