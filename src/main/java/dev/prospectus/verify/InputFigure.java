package dev.prospectus.verify;

import dev.prospectus.model.Args;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Figure;

/**
 * A figure a verdict used: the reference in the claim, the report used (with its source) and why
 * that report.
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
 */
public record InputFigure(String reference, Figure figure, ReportChoice choice, int reportCount) {

  /**
   * Creates the record.
   *
   * @param reference  the reference, not blank
   * @param figure  the figure, not null
   * @param choice  the choice, not null
   * @param reportCount  the number of reports, positive
   * @throws IllegalArgumentException if an argument is null, blank or not positive
   */
  public InputFigure {
    Args.notBlank(reference, "reference");
    Args.notNull(figure, "figure");
    Args.notNull(choice, "choice");
    Args.positive(reportCount, "reportCount");
  }

  /**
   * Returns the figure, its range, its document and why it was chosen.
   *
   * @return a readable form, such as
   *     {@code revenue FY2024 = 3052萬 USD [US$30.51M, US$30.53M] (qbitai-seed, claim-source of 5)}
   */
  @Override
  public String toString() {
    return figure.label() + " = " + figure.qualifier().describe(figure.amount()) + " "
        + Formats.format(figure.range(), figure.unit()) + " (" + figure.source().document().id() + ", "
        + choice.code() + " of " + reportCount + ")";
  }
}
