package dev.prospectus.verify;

/**
 * What a claim asserts, in a form the verifier can check: a {@link Comparison} of a calculation
 * with a reported figure, a {@link WholeCount} (a percentage of a count must come from a whole
 * number), a {@link WholeMean} (a mean of whole-number values must come from a whole sum, the GRIM
 * test), or a {@link SourceAgreement} (all reports of a figure must overlap).
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface Check permits Comparison, WholeCount, WholeMean, SourceAgreement {

  /**
   * A one-line description, such as {@code growth(...) = '782.2%'}.
   *
   * @return the description
   */
  String describe();
}
