package dev.prospectus.verify;

import dev.prospectus.internal.Args;

/**
 * A claim that cannot be checked at all: it cites a document the dataset does not declare, compares
 * values in different units, or passes a calculator inputs it refuses. A mistake in the claim, not
 * a verdict; the exception carries the claim's id, and its message starts with it
 * ({@code "Claim 'revenue-growth-fy2024': ..."}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ClaimException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The id of the claim that cannot be checked. */
  private final String claimId;

  /**
   * Creates the exception.
   *
   * @param claimId  the claim's id, not blank
   * @param problem  what is wrong with the claim, not blank
   */
  public ClaimException(String claimId, String problem) {
    super("Claim '" + Args.notBlank(claimId, "claimId") + "': " + Args.notBlank(problem, "problem"));
    this.claimId = claimId;
  }

  /**
   * Creates the exception from the refusal of a calculator or of the model.
   *
   * @param claimId  the claim's id, not blank
   * @param cause  the refusal, whose message says what is wrong
   */
  public ClaimException(String claimId, IllegalArgumentException cause) {
    super("Claim '" + Args.notBlank(claimId, "claimId") + "': " + Args.notNull(cause, "cause").getMessage(), cause);
    this.claimId = claimId;
  }

  /**
   * The id of the claim that cannot be checked.
   *
   * @return the id
   */
  public String claimId() {
    return claimId;
  }
}
