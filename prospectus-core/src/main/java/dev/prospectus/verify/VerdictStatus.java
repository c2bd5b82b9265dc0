package dev.prospectus.verify;

/**
 * What the arithmetic says about a published claim.
 * <p>
 * A verdict is about the claim and the dataset together: the same claim can be
 * {@link #UNVERIFIABLE} against a dataset that lacks a figure and {@link #CONSISTENT} against one
 * that has it.
 */
public enum VerdictStatus {

  /**
   * The claim holds within the rounding of its inputs.
   * <p>
   * For {@code =}, {@code about} and {@code nearly}: the computed range meets the reported range,
   * so some values of the inputs within their rounding give the reported figure. For an inequality:
   * every value in the computed range satisfies it against every value the other side may have.
   * For a whole-number share: some whole count gives the printed percentage. For a source
   * agreement check: all reports of the figure overlap.
   */
  CONSISTENT,

  /**
   * No values of the inputs within their rounding make the claim true.
   * <p>
   * For {@code =}, {@code about} and {@code nearly}: the computed range and the reported range are
   * disjoint. For an inequality: no value in the computed range satisfies it. For a whole-number
   * share: no whole count gives the printed percentage. For a source agreement check: at least two
   * reports cannot both be true.
   */
  INCONSISTENT,

  /**
   * The claim holds for some values of the inputs within their rounding and fails for others: an
   * inequality whose computed range straddles its bound. More precise figures would decide it.
   */
  UNDECIDABLE,

  /**
   * The claim cannot be checked against the dataset: an input is missing (the verdict names
   * which), or the formula does not apply to the inputs (growth from a negative base).
   */
  UNVERIFIABLE;

  /**
   * Checks whether this status says the claim holds.
   *
   * @return true for {@link #CONSISTENT}
   */
  public boolean isConsistent() {
    return this == CONSISTENT;
  }
}
