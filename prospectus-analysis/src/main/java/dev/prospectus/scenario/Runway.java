package dev.prospectus.scenario;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How long projected cash lasts: the months until it reaches zero, or the answer that it lasts
 * beyond the horizon.
 * <p>
 * For example from 2025-09-30, {@code 53.32} months is a cash-out on 2030-03-09, printed
 * {@code "53.3 months (cash out 2030-03)"}; a projection that never reaches zero within 120 months is
 * {@code "beyond 120 months (cash lasts past 2035-09)"}.
 * <p>
 * Months are continuous calendar months from {@code asOf}: whole months are {@code asOf.plusMonths(k)},
 * a fraction is the share of the next month's days. They are computed in double precision by a
 * root solver.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param asOf  the date of month 0
 * @param horizonMonths  the horizon of the projection, positive
 * @param months  the months until cash reaches zero, empty if it lasts beyond the horizon
 */
public record Runway(LocalDate asOf, int horizonMonths, OptionalDouble months) {

  /**
   * Creates a runway.
   *
   * @param asOf  the date of month 0, not null
   * @param horizonMonths  the horizon, positive
   * @param months  the months, not null; if present finite and from 0 to the horizon
   * @throws IllegalArgumentException if an argument is null or out of range
   */
  public Runway {
    Args.notNull(asOf, "asOf");
    Args.positive(horizonMonths, "horizonMonths");
    Args.notNull(months, "months");
    if (months.isPresent()) {
      double m = months.getAsDouble();
      Args.isTrue(Double.isFinite(m) && m >= 0 && m <= horizonMonths,
          "Argument 'months' must be from 0 to the horizon " + horizonMonths + " but has value " + m);
    }
  }

  /**
   * Obtains a runway that ends within the horizon.
   *
   * @param asOf  the date of month 0
   * @param horizonMonths  the horizon
   * @param months  the months until cash reaches zero
   * @return the runway
   */
  public static Runway cashOutAfter(LocalDate asOf, int horizonMonths, double months) {
    return new Runway(asOf, horizonMonths, OptionalDouble.of(months));
  }

  /**
   * Obtains a runway that lasts beyond the horizon.
   *
   * @param asOf  the date of month 0
   * @param horizonMonths  the horizon
   * @return the runway
   */
  public static Runway beyondHorizon(LocalDate asOf, int horizonMonths) {
    return new Runway(asOf, horizonMonths, OptionalDouble.empty());
  }

  /**
   * Checks whether cash reaches zero within the horizon.
   *
   * @return true if it does
   */
  public boolean isCashOutWithinHorizon() {
    return months.isPresent();
  }

  /**
   * The date on which cash reaches zero: {@code asOf} plus the months, rounded down to the day.
   *
   * @return the date, empty if cash lasts beyond the horizon
   */
  public Optional<LocalDate> cashOutDate() {
    return months.isPresent() ? Optional.of(MonthClock.plusMonths(asOf, months.getAsDouble())) : Optional.empty();
  }

  /**
   * The last date of the horizon, {@code asOf.plusMonths(horizonMonths)}.
   *
   * @return the horizon's end
   */
  public LocalDate horizonEnd() {
    return asOf.plusMonths(horizonMonths);
  }

  /**
   * The months, or the horizon when cash lasts beyond it: a lower bound that sorts and charts.
   *
   * @return the months capped at the horizon
   */
  public double monthsCappedAtHorizon() {
    return months.orElse(horizonMonths);
  }

  /**
   * The months to one decimal, or {@code "beyond 120"}: the short form for ranges and tables.
   *
   * @return the short form
   */
  public String toShortString() {
    return toShortString(RoundingMode.HALF_EVEN);
  }

  /** The short form rounded one way, so that the printed ends of a range still enclose it. */
  String toShortString(RoundingMode mode) {
    if (months.isEmpty()) {
      return "beyond " + horizonMonths;
    }
    return BigDecimal.valueOf(months.getAsDouble()).setScale(1, mode).toPlainString();
  }

  /**
   * Returns {@code "53.3 months (cash out 2030-03)"} or {@code "beyond 120 months (cash lasts past 2035-09)"}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    if (months.isPresent()) {
      return toShortString() + " months (cash out " + YearMonth.from(cashOutDate().orElseThrow()) + ")";
    }
    return toShortString() + " months (cash lasts past " + YearMonth.from(horizonEnd()) + ")";
  }
}
