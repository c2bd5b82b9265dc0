package dev.prospectus.scenario;

import dev.prospectus.calc.Derived;
import dev.prospectus.calc.Measure;
import dev.prospectus.internal.Args;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Cash added to a projection on a date, such as the net proceeds of a share offering.
 * <p>
 * For example {@code CashInjection.ofNetProceeds("IPO", gross, new BigDecimal("5"), date)} adds the
 * gross proceeds less issue costs assumed at 5%; the amount is then a {@link Derived} that states
 * the assumption.
 * <p>
 * The cash arrives at the start of the date: a projection counts it from that instant on.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param description  what the cash is, such as {@code "IPO net proceeds"}
 * @param amount  the amount, positive, in a currency
 * @param date  the date it arrives
 */
public record CashInjection(String description, Quantity amount, LocalDate date) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates an injection.
   *
   * @param description  the description, not blank
   * @param amount  the amount, positive, in a currency
   * @param date  the date, not null
   * @throws IllegalArgumentException if an argument is null or blank, or the amount is not a positive
   *     amount of money
   */
  public CashInjection {
    Args.notBlank(description, "description");
    Checks.currency(amount, "amount");
    Args.positive(amount.value(), "amount");
    Args.notNull(date, "date");
  }

  /**
   * Obtains an injection.
   *
   * @param description  what the cash is
   * @param amount  the amount
   * @param date  the date it arrives
   * @return the injection
   */
  public static CashInjection of(String description, Quantity amount, LocalDate date) {
    return new CashInjection(description, amount, date);
  }

  /**
   * Obtains the net proceeds of an offering from its gross proceeds and assumed issue costs:
   * {@code net = gross x (1 - costs / 100)}, with the range scaled the same way.
   * <p>
   * For example gross proceeds of US$500M with costs of 5% give US$475M net.
   *
   * @param description  what the cash is, such as {@code "IPO net proceeds"}
   * @param grossProceeds  the gross proceeds, in a currency
   * @param costsPercent  the issue costs as a percentage of gross proceeds, 0 to under 100
   * @param date  the date the proceeds arrive
   * @return the injection, whose amount is a {@link Derived} noting the cost assumption
   * @throws IllegalArgumentException if the costs are negative or 100% or more
   */
  public static CashInjection ofNetProceeds(
      String description, Quantity grossProceeds, BigDecimal costsPercent, LocalDate date) {
    Args.notBlank(description, "description");
    Checks.currency(grossProceeds, "grossProceeds");
    Args.notNegative(costsPercent, "costsPercent");
    Args.isTrue(costsPercent.compareTo(HUNDRED) < 0,
        "Argument 'costsPercent' must be less than 100 but has value " + costsPercent.toPlainString());
    BigDecimal factor = BigDecimal.ONE.subtract(costsPercent.divide(HUNDRED, MathContext.DECIMAL128));
    Derived net = Derived.of(Measure.ADJUSTED_INPUT, description, grossProceeds.value().multiply(factor),
        grossProceeds.range().multipliedBy(factor), grossProceeds.unit(),
        "gross proceeds x (1 - " + costsPercent.toPlainString() + "%)", List.of(grossProceeds),
        List.of("issue costs assumed at " + costsPercent.toPlainString() + "% of gross proceeds"));
    return new CashInjection(description, net, date);
  }

  /**
   * Returns a copy with another amount.
   *
   * @param newAmount  the amount
   * @return the injection with the amount replaced
   */
  public CashInjection withAmount(Quantity newAmount) {
    return new CashInjection(description, newAmount, date);
  }

  /**
   * Returns the description, amount and date, such as {@code "IPO net proceeds US$475.00M on 2026-01-09"}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return description + " " + Formats.format(amount.value(), amount.unit()) + " on " + date;
  }
}
