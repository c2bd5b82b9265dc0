package dev.prospectus.analysis;

import dev.prospectus.internal.Args;
import java.util.Currency;
import java.util.Optional;

/**
 * What a {@link CompanyComparison} shows: each company in its own currency or money in one currency, and
 * how periods are aligned.
 * <p>
 * A target currency converts only through each dataset's own sourced exchange rates
 * ({@link dev.prospectus.model.Dataset#rates}), carrying the rate's range; a cell with no rate that
 * applies says so instead of showing a number. Nothing here knows a rate.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param currency  the currency money is shown in; empty for each company's own
 * @param periods  how periods are aligned
 */
public record ComparisonSettings(Optional<Currency> currency, PeriodAlignment periods) {

  /** Each company in its own currency, interims only beside interims of the same length. */
  public static final ComparisonSettings DEFAULT = new ComparisonSettings(Optional.empty(),
      PeriodAlignment.SAME_LENGTH);

  /**
   * Creates the settings.
   *
   * @param currency  the target currency, not null (use empty)
   * @param periods  the alignment, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public ComparisonSettings {
    Args.notNull(currency, "currency");
    Args.notNull(periods, "periods");
  }

  /**
   * Returns a copy that shows money in one currency, through each dataset's sourced rates.
   *
   * @param target  the currency, such as USD
   * @return the settings
   */
  public ComparisonSettings withCurrency(Currency target) {
    Args.notNull(target, "target");
    return new ComparisonSettings(Optional.of(target), periods);
  }

  /**
   * Returns a copy with another period alignment.
   *
   * @param alignment  the alignment
   * @return the settings
   */
  public ComparisonSettings withPeriods(PeriodAlignment alignment) {
    return new ComparisonSettings(currency, alignment);
  }
}
