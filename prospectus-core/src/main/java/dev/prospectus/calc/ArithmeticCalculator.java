package dev.prospectus.calc;

import dev.prospectus.format.Formats;
import dev.prospectus.internal.Args;
import dev.prospectus.model.ConvertedReport;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plain arithmetic on values with ranges: sums, differences, conversions by an exact constant, and
 * currency conversions at a rate.
 * <p>
 * Formulas, with ranges by interval arithmetic:
 * <ul>
 * <li>sum: {@code x1 + x2 + ... + xn}, range {@code [sum of lows, sum of highs]}, exact;
 * <li>difference: {@code a - b}, range {@code [a.low - b.high, a.high - b.low]}, exact;
 * <li>conversion: {@code x * k} or {@code x / k} for an exact positive constant {@code k}, such as
 *     days in a year; the quotient's ends are rounded outward to 34 digits;
 * <li>currency conversion: {@code x * rate}, range the interval product of both ranges, exact.
 * </ul>
 * Each input occurs once in each formula, so the ranges are the tightest that enclose every
 * combination of inputs.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class ArithmeticCalculator {

  private ArithmeticCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the sum of values in one unit: {@code sum = x1 + x2 + ... + xn}.
   * <p>
   * For example the sum of adjusted losses over three years, labelled with the terms' labels
   * ({@code "sum of adjusted_net_loss FY2023 + adjusted_net_loss FY2024"}).
   *
   * @param terms  the values, at least one, all in one unit
   * @return the sum, or {@link NotMeaningful} ({@link NotMeaningful.Reason#UNBOUNDED_INPUT}) when
   *     terms printed as "over" and "under" a number leave it unbounded on both sides
   * @throws IllegalArgumentException if the list is null, empty or holds null
   * @throws UnitMismatchException if the terms are not all in one unit
   */
  public static Calculation sum(List<? extends Quantity> terms) {
    Args.noNulls(terms, "terms");
    Args.isTrue(!terms.isEmpty(), "Argument 'terms' must not be empty");
    Unit unit = terms.get(0).unit();
    requireUnit("sum", unit, terms);
    BigDecimal value = BigDecimal.ZERO;
    DecimalRange range = DecimalRange.of(BigDecimal.ZERO);
    for (Quantity q : terms) {
      value = value.add(q.value());
      range = range.plus(q.range());
    }
    String labels = terms.stream().map(Quantity::label).collect(Collectors.joining(" + "));
    Optional<NotMeaningful> unbounded = CalcSupport.unboundedResult(Measure.SUM, "sum of " + labels, range, terms);
    if (unbounded.isPresent()) {
      return unbounded.get();
    }
    return Derived.of(Measure.SUM, "sum of " + labels, value, range, unit, labels, terms, List.of());
  }

  /**
   * Calculates the difference of two values in one unit: {@code difference = value - minus}.
   *
   * @param value  the value, not null
   * @param minus  the value taken from it, in the same unit
   * @return the difference, labelled with its formula, or {@link NotMeaningful}
   *     ({@link NotMeaningful.Reason#UNBOUNDED_INPUT}) when inputs printed as "over" (or "under")
   *     a number on both sides leave it unbounded on both sides
   * @throws IllegalArgumentException if an argument is null
   * @throws UnitMismatchException if the units differ
   */
  public static Calculation difference(Quantity value, Quantity minus) {
    Args.notNull(value, "value");
    Args.notNull(minus, "minus");
    requireUnit("difference", value.unit(), List.of(minus));
    String formula = value.label() + " - " + minus.label();
    DecimalRange range = value.range().minus(minus.range());
    List<Quantity> inputs = List.of(value, minus);
    Optional<NotMeaningful> unbounded = CalcSupport.unboundedResult(Measure.DIFFERENCE, formula, range, inputs);
    if (unbounded.isPresent()) {
      return unbounded.get();
    }
    return Derived.of(Measure.DIFFERENCE, formula, value.value().subtract(minus.value()), range, value.unit(),
        formula, inputs, List.of());
  }

  /**
   * Converts a value into another unit by multiplying by an exact constant:
   * {@code converted = value x factor}, exact.
   * <p>
   * For example hours into years at 8760 hours a year is {@code dividedBy}; tokens a day into tokens
   * a year is {@code multipliedBy(value, 365, ...)}. The basis says where the constant comes from
   * and becomes a note.
   *
   * @param value  the value, not null
   * @param factor  the exact factor, positive
   * @param unit  the unit of the result, not null
   * @param basis  what the constant is, such as {@code "365 days a year"}, not blank
   * @return the converted value, labelled {@code "<value> in <unit>"}
   * @throws IllegalArgumentException if an argument is null or blank, or the factor is not positive
   */
  public static Derived multipliedBy(Quantity value, BigDecimal factor, Unit unit, String basis) {
    checkConversion(value, factor, "factor", unit, basis);
    return Derived.of(Measure.CONVERSION, value.label() + " in " + unit, value.value().multiply(factor),
        value.range().multipliedBy(factor), unit, value.label() + " x " + factor.toPlainString(), List.of(value),
        List.of("conversion constant: " + basis));
  }

  /**
   * Converts a value into another unit by dividing by an exact constant:
   * {@code converted = value / divisor}, the point to 34 digits, the range rounded outward.
   *
   * @param value  the value, not null
   * @param divisor  the exact divisor, positive
   * @param unit  the unit of the result, not null
   * @param basis  what the constant is, such as {@code "8760 hours a year"}, not blank
   * @return the converted value, labelled {@code "<value> in <unit>"}
   * @throws IllegalArgumentException if an argument is null or blank, or the divisor is not positive
   */
  public static Derived dividedBy(Quantity value, BigDecimal divisor, Unit unit, String basis) {
    checkConversion(value, divisor, "divisor", unit, basis);
    return Derived.of(Measure.CONVERSION, value.label() + " in " + unit, CalcSupport.divide(value.value(), divisor),
        value.range().dividedBy(divisor), unit, value.label() + " / " + divisor.toPlainString(), List.of(value),
        List.of("conversion constant: " + basis));
  }

  private static void checkConversion(Quantity value, BigDecimal constant, String name, Unit unit, String basis) {
    Args.notNull(value, "value");
    Args.notNull(constant, name);
    if (!(constant.signum() > 0)) {
      throw new IllegalArgumentException("Argument '" + name + "' must be positive but has value "
          + constant.toPlainString());
    }
    Args.notNull(unit, "unit");
    Args.notBlank(basis, "basis");
  }

  /**
   * Converts money into another currency at an exchange rate of the dataset ({@link ExchangeRate}):
   * {@code value x rate} into the rate's target currency, {@code value / rate} back from it; the
   * result's range carries the value's and the rate's.
   * <p>
   * The inputs are the value and the figures the rate rests on (the printed rate, or the original
   * and translation that imply it), so the explanation shows every quote; a note names the rate.
   *
   * @param value  the money, in one of the rate's two currencies, not null
   * @param rate  the rate, not null
   * @param to  the target currency, the rate's other currency
   * @return the converted value, labelled {@code "<value> in <currency>"}, or {@link NotMeaningful}
   *     ({@link NotMeaningful.Reason#DIVISOR_MAY_BE_ZERO}) when the value would be divided by a rate
   *     whose range reaches zero, or ({@link NotMeaningful.Reason#UNBOUNDED_INPUT}) when the result
   *     is unbounded on both sides
   * @throws IllegalArgumentException if an argument is null
   * @throws UnitMismatchException if the value is not in one of the rate's currencies or the target
   *     is not the other
   */
  public static Calculation converted(Quantity value, ExchangeRate rate, Unit to) {
    Args.notNull(value, "value");
    Args.notNull(rate, "rate");
    Args.notNull(to, "to");
    if (!rate.converts(value.unit(), to) || value.unit().equals(to)) {
      throw new UnitMismatchException("Exchange rate '" + rate.id() + "' converts between '" + rate.from() + "' and '"
          + rate.to() + "', not '" + value.label() + "' in '" + value.unit() + "' into '" + to + "'",
          List.of(value.unit(), to));
    }
    String label = value.label() + " in " + to;
    List<Quantity> inputs = new ArrayList<>(List.of(value));
    inputs.addAll(rate.figures());
    if (value.unit().equals(rate.to())) {
      Optional<NotMeaningful> zero = CalcSupport.zeroDivisor(Measure.CURRENCY_CONVERSION, label, "rate " + rate.id(),
          rate.range(), inputs);
      if (zero.isPresent()) {
        return zero.get();
      }
    }
    ConvertedReport converted = rate.convert(value);
    Optional<NotMeaningful> unbounded = CalcSupport.unboundedResult(Measure.CURRENCY_CONVERSION, label,
        converted.range(), inputs);
    if (unbounded.isPresent()) {
      return unbounded.get();
    }
    String formula = value.unit().equals(rate.from()) ? value.label() + " x rate " + rate.id()
        : value.label() + " / rate " + rate.id();
    return Derived.of(Measure.CURRENCY_CONVERSION, label, converted.value(), converted.range(), to, formula, inputs,
        List.of("exchange rate " + rate.id() + ": " + Formats.formatRate(rate.value(), rate.range(), rate.to(),
            rate.from()) + ", applies to " + rate.appliesTo() + ", " + rate.origin()));
  }

  private static void requireUnit(String calc, Unit unit, List<? extends Quantity> others) {
    for (Quantity q : others) {
      if (!q.unit().equals(unit)) {
        throw new UnitMismatchException("Calculation '" + calc + "' needs one unit but '" + q.label() + "' is in '"
            + q.unit() + "', not '" + unit + "'", List.of(unit, q.unit()));
      }
    }
  }
}
