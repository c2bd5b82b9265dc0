package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.util.Optional;

/**
 * The report the {@link ReportRule} picked for a figure, with the value to use and why it was
 * picked: the report itself, or the report converted into the dataset's currency at an exchange
 * rate.
 * <p>
 * For example MiniMax's monthly cash burn for FY2025 has four reports: three doubted, and
 * itiger's undoubted "1.96億" in renminbi; with a rate that applies, the rule picks itiger's,
 * converted into US dollars, "the only undoubted report".
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param report  the report picked, with its source
 * @param rate  the rate it was converted at, empty if it is used as printed
 * @param value  the value to use: the report, or its conversion
 * @param why  which step of the rule picked it, in words
 * @param reportCount  how many reports the figure has
 */
public record ChosenReport(Figure report, Optional<ExchangeRate> rate, Quantity value, String why, int reportCount) {

  /**
   * Creates the choice.
   *
   * @param report  the report, not null
   * @param rate  the rate, not null (use empty)
   * @param value  the value, not null
   * @param why  the reason, not blank
   * @param reportCount  the number of reports, positive
   * @throws IllegalArgumentException if an argument is null, blank or not positive
   */
  public ChosenReport {
    Args.notNull(report, "report");
    Args.notNull(rate, "rate");
    Args.notNull(value, "value");
    Args.notBlank(why, "why");
    Args.positive(reportCount, "reportCount");
  }

  /**
   * Checks whether the report was converted from another currency.
   *
   * @return true if a rate was used
   */
  public boolean isConverted() {
    return rate.isPresent();
  }

  /**
   * Returns the report, its document, why it was picked and how many reports there are.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return report.key() + ": " + report.qualifier().describe(report.amount()) + " ("
        + report.source().document().id() + "), " + why + " (" + reportCount + (reportCount == 1 ? " report)"
        : " reports)");
  }
}
