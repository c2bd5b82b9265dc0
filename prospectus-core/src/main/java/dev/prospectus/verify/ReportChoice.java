package dev.prospectus.verify;

import java.util.Locale;

/**
 * Why a verdict used a particular report of a figure, when the dataset may hold several.
 */
public enum ReportChoice {

  /** The claim named the document whose report to use. */
  NAMED,
  /** The report printed by the claim's own source document. */
  CLAIM_SOURCE,
  /** The only report of the figure in the dataset. */
  ONLY,
  /**
   * The report the dataset's report rule picks of several, none from the claim's own document in
   * the dataset's currency: undoubted first, then the document's class, then an original in the
   * dataset's currency before a converted one, then the narrowest range, then the first listed
   * ({@link dev.prospectus.model.ReportRule}, {@link dev.prospectus.model.Dataset#choose}).
   */
  PREFERRED,
  /** One of several reports compared with each other by a source agreement check. */
  COMPARED;

  /**
   * The code used in JSON output.
   *
   * @return the code, such as {@code "claim-source"}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
