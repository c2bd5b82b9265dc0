package dev.prospectus.calc;

import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Argument checks, readable names and range helpers shared by the calculators.
 * <p>
 * Point values are computed to {@link MathContext#DECIMAL128} (34 digits, half-even); ranges are
 * rounded outward to the same 34 digits, so a range always encloses the point and every true value.
 */
final class CalcSupport {

  /** Precision of point values: 34 significant digits, half-even. */
  static final MathContext POINT = MathContext.DECIMAL128;


  private static final MathContext DOWN = new MathContext(DecimalRange.PRECISION, RoundingMode.FLOOR);
  private static final MathContext UP = new MathContext(DecimalRange.PRECISION, RoundingMode.CEILING);

  private CalcSupport() {
  }

  //-------------------------------------------------------------------------
  static void requireCurrency(Quantity quantity, String name) {
    Args.notNull(quantity, name);
    if (!quantity.unit().isCurrency()) {
      throw new UnitMismatchException("Argument '" + name + "' must be an amount of money but '"
          + quantity.label() + "' is in '" + quantity.unit() + "'", List.of(quantity.unit()));
    }
  }

  static void requireSameCurrency(Quantity first, String firstName, Quantity second, String secondName) {
    requireCurrency(first, firstName);
    requireCurrency(second, secondName);
    if (!first.unit().equals(second.unit())) {
      throw new UnitMismatchException("Arguments '" + firstName + "' and '" + secondName
          + "' must be in the same currency but '" + first.label() + "' is in '" + first.unit() + "' and '"
          + second.label() + "' is in '" + second.unit() + "'", List.of(first.unit(), second.unit()));
    }
  }

  static void requireSameUnit(Quantity first, String firstName, Quantity second, String secondName) {
    Args.notNull(first, firstName);
    Args.notNull(second, secondName);
    if (!first.unit().equals(second.unit())) {
      throw new UnitMismatchException("Arguments '" + firstName + "' and '" + secondName
          + "' must be in the same unit but '" + first.label() + "' is in '" + first.unit() + "' and '"
          + second.label() + "' is in '" + second.unit() + "'", List.of(first.unit(), second.unit()));
    }
  }

  static void requirePercent(Quantity quantity, String name) {
    Args.notNull(quantity, name);
    if (!quantity.unit().equals(Unit.PERCENT)) {
      throw new UnitMismatchException("Argument '" + name + "' must be in percent ('%') but '"
          + quantity.label() + "' is in '" + quantity.unit() + "'", List.of(quantity.unit()));
    }
  }

  static void requireCount(Quantity quantity, String name) {
    Args.notNull(quantity, name);
    if (quantity.unit().kind() != Unit.Kind.COUNT) {
      throw new UnitMismatchException("Argument '" + name + "' must be a count of something but '"
          + quantity.label() + "' is in '" + quantity.unit() + "'", List.of(quantity.unit()));
    }
  }

  /** A figure passed where a named metric is expected must report that metric; calculations pass. */
  static void requireMetric(Quantity quantity, Metric metric, String name) {
    Args.notNull(quantity, name);
    if (quantity instanceof Figure f && !f.metric().equals(metric)) {
      throw new IllegalArgumentException("Argument '" + name + "' must be a figure of '" + metric + "' but is '"
          + f.label() + "'");
    }
  }

  /** Two figures combined by one formula must cover the same period; calculations pass. */
  static void requireSamePeriod(String measure, Quantity first, Quantity second) {
    if (first instanceof Figure a && second instanceof Figure b && !a.period().equals(b.period())) {
      throw new IllegalArgumentException("Unable to compute " + measure + ": '" + a.label() + "' and '"
          + b.label() + "' are for different periods '" + a.period() + "' and '" + b.period() + "'");
    }
  }

  /** Two figures combined by one formula must be for the same segment; calculations pass. */
  static void requireSameSegment(String measure, Quantity first, Quantity second) {
    if (first instanceof Figure a && second instanceof Figure b && !a.segment().equals(b.segment())) {
      throw new IllegalArgumentException("Unable to compute " + measure + ": '" + a.label() + "' and '"
          + b.label() + "' are for different segments '" + a.segment() + "' and '" + b.segment() + "'");
    }
  }

  //-------------------------------------------------------------------------
  /** The metric and, unless it is the total, the segment: {@code "revenue"}, {@code "revenue consumer"}. */
  static String subject(Figure figure) {
    return figure.metric() + (figure.segment().isTotal() ? "" : " " + figure.segment());
  }

  /** The segment unless it is the total, and the period: {@code "9M2025"}, {@code "consumer 9M2025"}. */
  static String segmentAndPeriod(Figure figure) {
    return (figure.segment().isTotal() ? "" : figure.segment() + " ") + figure.period();
  }

  /** Whether two quantities are figures of one metric and segment, so a name can state the periods. */
  static boolean isSameSeries(Quantity first, Quantity second) {
    return first instanceof Figure a && second instanceof Figure b
        && a.metric().equals(b.metric()) && a.segment().equals(b.segment());
  }

  /** A quantity's value for a message: the printed form of a figure, else the display form. */
  static String printed(Quantity quantity) {
    if (quantity instanceof Figure f) {
      if (f.unit().equals(Unit.PERCENT) && !f.amount().isRange()) {
        return f.amount().value().toPlainString() + "%";
      }
      return f.amount().toString();
    }
    return Formats.format(quantity.value(), quantity.unit());
  }

  //-------------------------------------------------------------------------
  /** The point quotient to 34 digits; callers divide the ranges first, which rejects a zero divisor. */
  static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    return dividend.divide(divisor, POINT);
  }

  /**
   * The answer when a divisor's range contains zero, so that no quotient is bounded: not
   * meaningful, naming the divisor and its range; empty when the divisor keeps clear of zero.
   */
  static Optional<NotMeaningful> zeroDivisor(Measure measure, String label, String divisorName,
      DecimalRange divisor, List<? extends Quantity> inputs) {
    if (!divisor.containsZero()) {
      return Optional.empty();
    }
    return Optional.of(NotMeaningful.of(measure, label, NotMeaningful.Reason.DIVISOR_MAY_BE_ZERO,
        "divisor '" + divisorName + "' has range " + divisor + ", which contains zero", inputs));
  }

  /**
   * The answer when a result's range is unbounded on both sides, so the inputs printed as "over" or
   * "under" a number leave it saying nothing: not meaningful, naming those inputs; empty when the
   * range has at least one end.
   */
  static Optional<NotMeaningful> unboundedResult(Measure measure, String label, DecimalRange range,
      List<? extends Quantity> inputs) {
    if (!range.isUnbounded()) {
      return Optional.empty();
    }
    return Optional.of(NotMeaningful.of(measure, label, NotMeaningful.Reason.UNBOUNDED_INPUT,
        "the result could be any value: " + openInputs(inputs) + " bounded on one side only", inputs));
  }

  /**
   * The answer when a formula whose range is a corner hull gets an input without both ends: the hull
   * is taken over the corners of bounded inputs, so the calculation is not meaningful; empty when
   * every input is bounded.
   */
  static Optional<NotMeaningful> unboundedCorner(Measure measure, String label, List<? extends Quantity> inputs) {
    if (inputs.stream().allMatch(q -> q.range().isBounded())) {
      return Optional.empty();
    }
    return Optional.of(NotMeaningful.of(measure, label, NotMeaningful.Reason.UNBOUNDED_INPUT,
        "the range of this formula is the hull of its values at the corners of the inputs' ranges, which needs"
        + " every input bounded, but " + openInputs(inputs) + " bounded on one side only", inputs));
  }

  /** The inputs without both ends, in words: {@code "'cash_reserves 2025-09-30' (≥ 1000000000) is"}. */
  private static String openInputs(List<? extends Quantity> inputs) {
    List<String> open = inputs.stream().filter(q -> !q.range().isBounded())
        .map(q -> "'" + q.label() + "' (" + q.range() + ")").toList();
    return String.join(" and ", open) + (open.size() == 1 ? " is" : " are");
  }

  /** Multiplies a decimal fraction by 100, exactly. */
  static BigDecimal toPercent(BigDecimal fraction) {
    return fraction.movePointRight(2);
  }

  /** Multiplies both ends of a decimal-fraction range by 100, exactly. */
  static DecimalRange toPercent(DecimalRange fraction) {
    return fraction.movePointRight(2);
  }

  /** Divides a percentage by 100, exactly. */
  static BigDecimal fromPercent(BigDecimal percent) {
    return percent.movePointLeft(2);
  }

  /** Divides both ends of a range of percentages by 100, exactly. */
  static DecimalRange fromPercent(DecimalRange percent) {
    return percent.movePointRight(-2);
  }

  //-------------------------------------------------------------------------
  /**
   * A formula value written as one exact quotient, {@code numerator / denominator}, so that it can
   * be rounded in a chosen direction with a single division.
   */
  record Quotient(BigDecimal numerator, BigDecimal denominator) {

    BigDecimal at(MathContext mc) {
      return numerator.divide(denominator, mc);
    }
  }

  /**
   * The hull of a formula over the corners of a box of input ranges, rounded outward: the exact
   * range of the formula when it is monotone in each variable with the others held fixed.
   * <p>
   * Why that suffices: take any point of the box. Holding the other variables, moving the first to
   * the better of its two ends does not lower the value; then the second, and so on. After one
   * pass the point is a corner with a value at least as high; likewise for the low end. The
   * formula is exact at each corner (sums and products) up to one final division, which is rounded
   * toward negative infinity for the low end and positive infinity for the high end.
   *
   * @param box  the input ranges, in the order the formula reads them
   * @param formula  the formula at one corner, as an exact quotient whose denominator is not zero
   * @return the outward-rounded hull of the corner values
   */
  static DecimalRange cornerHull(List<DecimalRange> box, Function<List<BigDecimal>, Quotient> formula) {
    int corners = 1 << box.size();
    List<BigDecimal> downs = new ArrayList<>(corners);
    List<BigDecimal> ups = new ArrayList<>(corners);
    for (int mask = 0; mask < corners; mask++) {
      List<BigDecimal> corner = new ArrayList<>(box.size());
      for (int i = 0; i < box.size(); i++) {
        corner.add((mask & (1 << i)) == 0 ? box.get(i).low() : box.get(i).high());
      }
      Quotient q = formula.apply(corner);
      downs.add(q.at(DOWN));
      ups.add(q.at(UP));
    }
    return DecimalRange.ofClosed(DecimalRange.hull(downs).low(), DecimalRange.hull(ups).high());
  }
}
