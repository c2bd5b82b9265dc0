package dev.prospectus.verify;

import dev.prospectus.format.Formats;
import dev.prospectus.internal.Args;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.Figure;
import java.util.Optional;

/**
 * A figure a verdict used: the reference in the claim, the report used (with its source), why that
 * report, and the exchange rate it was converted at when it was in another currency.
 * <p>
 * For example {@code revenue/total/FY2024} used "3052萬美元" from qbitai-seed, the claim's own source,
 * of 5 reports.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param reference  the key as the claim wrote it
 * @param figure  the report used, with its source
 * @param choice  why this report
 * @param reportCount  how many reports of the figure the dataset holds
 * @param rate  the rate the report was converted at, empty if it was used as printed
 */
public record InputFigure(String reference, Figure figure, ReportChoice choice, int reportCount,
    Optional<ExchangeRate> rate) {

  /**
   * Creates the record.
   *
   * @param reference  the reference, not blank
   * @param figure  the figure, not null
   * @param choice  the choice, not null
   * @param reportCount  the number of reports, positive
   * @param rate  the rate, not null (use empty)
   * @throws IllegalArgumentException if an argument is null, blank or not positive
   */
  public InputFigure {
    Args.notBlank(reference, "reference");
    Args.notNull(figure, "figure");
    Args.notNull(choice, "choice");
    Args.positive(reportCount, "reportCount");
    Args.notNull(rate, "rate");
  }

  /**
   * Obtains a report used as printed.
   *
   * @param reference  the key as the claim wrote it
   * @param figure  the report
   * @param choice  why this report
   * @param reportCount  how many reports the figure has
   * @return the record
   */
  public static InputFigure of(String reference, Figure figure, ReportChoice choice, int reportCount) {
    return new InputFigure(reference, figure, choice, reportCount, Optional.empty());
  }

  /**
   * Returns the figure, its range, its document, why it was chosen, and the rate it was converted at.
   *
   * @return a readable form, such as
   *     {@code revenue FY2024 = 3052萬 USD [US$30.515M, US$30.525M] (qbitai-seed, claim-source of 11)}
   */
  @Override
  public String toString() {
    return figure.label() + " = " + figure.qualifier().describe(figure.amount()) + " "
        + Formats.format(figure.range(), figure.unit()) + " (" + figure.source().document().id() + ", "
        + choice.code() + " of " + reportCount + rate.map(r -> ", converted at rate " + r.id()).orElse("") + ")";
  }
}
