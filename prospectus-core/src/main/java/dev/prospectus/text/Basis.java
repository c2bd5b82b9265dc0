package dev.prospectus.text;

import dev.prospectus.internal.Args;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Verdict;

/**
 * One row of the verdict on a number: a check the context names, on one basis, as a claim with the
 * verifier's verdict on it.
 * <p>
 * A number may have several checks (the dataset's report of the figure, and the article's own
 * arithmetic), and a check several bases where the text leaves something open: a runway "at the
 * current burn" has one basis per definition of burn the dataset supports.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param check  what is checked, such as {@code "runway"} or {@code "against the dataset"}
 * @param basis  the basis, such as {@code "burn: adjusted_net_loss 9M2025"}; empty where there is one
 * @param claim  the claim the row judges
 * @param verdict  the verifier's verdict
 * @param fromVerifier  false for a verdict the checker gave itself (a figure only this text reports),
 *     which a claims file cannot reproduce
 */
public record Basis(String check, String basis, Claim claim, Verdict verdict, boolean fromVerifier) {

  /**
   * Creates a row.
   *
   * @param check  the check, not blank
   * @param basis  the basis, not null
   * @param claim  the claim, not null
   * @param verdict  the verdict, not null
   * @param fromVerifier  whether the verifier gave the verdict
   * @throws IllegalArgumentException if an argument is null or the check blank
   */
  public Basis {
    Args.notBlank(check, "check");
    Args.notNull(basis, "basis");
    Args.notNull(claim, "claim");
    Args.notNull(verdict, "verdict");
  }

  /**
   * Returns the check, the basis and the verdict on one line.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return check + (basis.isEmpty() ? "" : " [" + basis + "]") + ": " + verdict.status() + ": " + verdict.reason();
  }
}
