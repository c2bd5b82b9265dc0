package dev.prospectus.model;

import java.math.BigDecimal;

/**
 * A value known only to lie within a range: a reported {@link Figure}, or a number calculated from
 * figures.
 * <p>
 * Values are at base scale in their unit: US$3.46 million is {@code 3460000} in {@code USD}, and a
 * percentage is in percent ({@code 782.08} for 782.08%). Calculators accept any quantity, so a
 * calculated result can feed the next calculation with its range intact.
 */
public interface Quantity {

  /**
   * The point value: the printed value for a figure, the formula applied to the inputs' points for
   * a calculation.
   *
   * @return the point value at base scale
   */
  BigDecimal value();

  /**
   * The closed range the true value lies in, given the rounding of every input.
   *
   * @return the range at base scale
   */
  DecimalRange range();

  /**
   * The unit of the value and the range.
   *
   * @return the unit
   */
  Unit unit();

  /**
   * A short name for explanations, such as {@code "revenue FY2024"}.
   *
   * @return the label
   */
  String label();
}
