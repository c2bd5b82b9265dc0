package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * One observation of a trend: a flow over a fiscal period, such as revenue for FY2024 or for the
 * nine months ended 30 Sep 2025.
 * <p>
 * Periods of different lengths are compared through their annualised values:
 * {@code value x 12 / months}, so 9M2025 revenue of US$15M stands for US$20M a year. A full year is
 * not annualised.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param period  the period the value covers
 * @param value  the value, a figure or a calculation
 */
public record TrendPoint(FiscalPeriod period, Quantity value) {

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final MathContext CONTEXT = new MathContext(DecimalRange.PRECISION, RoundingMode.HALF_EVEN);

  /**
   * Creates a point.
   *
   * @param period  the period, not null
   * @param value  the value, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public TrendPoint {
    Args.notNull(period, "period");
    Args.notNull(value, "value");
  }

  /**
   * Obtains a point.
   *
   * @param period  the period
   * @param value  the value over that period
   * @return the point
   */
  public static TrendPoint of(FiscalPeriod period, Quantity value) {
    return new TrendPoint(period, value);
  }

  /**
   * Obtains the point a reported flow figure gives: its period and itself.
   *
   * @param figure  a figure over a period, not a balance at an instant
   * @return the point
   * @throws IllegalArgumentException if the figure is a balance at an instant
   */
  public static TrendPoint from(Figure figure) {
    Args.notNull(figure, "figure");
    if (!(figure.period() instanceof FiscalPeriod period)) {
      throw new IllegalArgumentException("Figure '" + figure.label()
          + "' is a balance at an instant, not a flow over a period: a trend needs periods");
    }
    return new TrendPoint(period, figure);
  }

  /**
   * Checks whether the period is shorter or longer than a year, so its value is annualised.
   *
   * @return true unless the period is twelve whole months
   */
  public boolean isAnnualised() {
    return !period.isFullYear();
  }

  /**
   * The value at an annual rate: {@code value x 12 / months}, the value itself for a full year.
   *
   * @return the annualised point value
   */
  public BigDecimal annualisedValue() {
    if (!isAnnualised()) {
      return value.value();
    }
    return value.value().multiply(TWELVE).divide(period.lengthInMonths(), CONTEXT);
  }

  /**
   * Returns the label and period, noting annualisation: {@code "revenue 9M2025 (annualised x 12/9)"}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    String label = value.label().contains(period.toString()) ? value.label() : value.label() + " " + period;
    return isAnnualised() ? label + " (annualised x 12/" + period.lengthInMonths().toPlainString() + ")" : label;
  }
}
