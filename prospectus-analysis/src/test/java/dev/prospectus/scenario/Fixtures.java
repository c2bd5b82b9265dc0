package dev.prospectus.scenario;

import dev.prospectus.calc.Derived;
import dev.prospectus.calc.Measure;
import dev.prospectus.model.Amount;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Inputs shared by the scenario tests: exact quantities, and printed amounts with their rounding
 * ranges. The printed amounts are Derived values built from {@link Amount}: on the base this was
 * written against, touching {@code Metric} or {@code Segment} (hence {@code Figure.of}) fails in their
 * class initialisation.
 */
final class Fixtures {

  static final Unit USD = Unit.parse("USD");
  static final LocalDate SEP_30_2025 = LocalDate.of(2025, 9, 30);

  private Fixtures() {
  }

  /** An exact amount of US dollars (its range is the value itself). */
  static Quantity usd(String value) {
    return exact(value, USD);
  }

  /** An exact percentage. */
  static Quantity percent(String value) {
    return exact(value, Unit.PERCENT);
  }

  static Quantity exact(String value, Unit unit) {
    BigDecimal v = new BigDecimal(value);
    return Derived.of(Measure.AS_REPORTED, "given " + value, v, DecimalRange.of(v), unit, "given", List.of(), List.of(
        ));
  }

  /** A printed amount with the range its last digit allows, labelled like a figure. */
  static Derived printed(String label, String value, Scale scale, Unit unit) {
    Amount amount = Amount.of(value, scale, unit);
    return Derived.of(Measure.AS_REPORTED, label, amount.baseValue(), amount.roundingRange(), unit, "as printed",
        List.of(), List.of());
  }

  /** Cash reserves of 11.02億 USD at 2025-09-30: 1,102,000,000 in [1,101,500,000, 1,102,500,000]. */
  static Derived cash1102() {
    return printed("cash_reserves 2025-09-30", "11.02", Scale.HUNDRED_MILLION, USD);
  }

  /** Adjusted net loss of 1.86億 USD over 9M2025: 186,000,000 in [185,500,000, 186,500,000]. */
  static Derived loss9m2025() {
    return printed("adjusted_net_loss 9M2025", "1.86", Scale.HUNDRED_MILLION, USD);
  }

  /** Monthly burn from the 9M2025 adjusted net loss: 1.86億 / 9, range [1.855億, 1.865億] / 9. */
  static Derived burnFromLoss9m2025() {
    Derived loss = loss9m2025();
    BigDecimal nine = BigDecimal.valueOf(9);
    return Derived.of(Measure.AS_REPORTED, "monthly burn from adjusted_net_loss 9M2025", loss.value().divide(nine,
        MathContext.DECIMAL128),
        loss.range().dividedBy(nine), USD, "adjusted net loss / 9", List.of(loss), List.of());
  }
}
