package dev.prospectus.verify;

import dev.prospectus.calc.Derived;
import dev.prospectus.internal.Args;
import dev.prospectus.format.Formats;
import java.util.List;
import java.util.Optional;

/**
 * What the arithmetic says about one claim: the status, the computed value with its range, the
 * reported range it was compared with, a one-line reason, and the figures used with their sources.
 * <p>
 * For example
 * {@code revenue-growth-fy2024  CONSISTENT  computed 782.08% [780.66%, 783.51%] vs reported 782.2% [782.15%, 782.25%]}.
 * <p>
 * A verdict is a result, not an error: an inconsistent or unverifiable claim is an answer. An
 * {@link VerdictStatus#UNVERIFIABLE} verdict lists the figures the dataset lacks in
 * {@link #missing()}. A source agreement verdict has no computed or reported value: its reports are
 * in {@link #inputs()}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the claim's id, or {@code <claim id>:<key>} for one figure of a dataset-wide agreement check
 * @param status  the verdict
 * @param claim  the claim judged
 * @param computed  the computed value with its range, formula and inputs; empty if it could not be
 *     computed or the check computes nothing
 * @param relation  the relation judged, empty for checks without one
 * @param reported  the reported side, empty for checks without one or when it could not be computed
 * @param reason  why, in one line a person can read
 * @param inputs  the dataset figures used, with the report chosen and why
 * @param missing  the figures the dataset lacks, each as {@code metric/segment/period}; empty unless
 *     the verdict is unverifiable for that reason
 * @param onlyWithinRounding  true for a CONSISTENT verdict whose computed point, at the printed
 *     precision of the reported number, is not that number (782.08% against a printed 782.2%): the
 *     claim holds only within rounding, and the reason says so
 */
public record Verdict(
    String id, VerdictStatus status, Claim claim, Optional<Derived> computed, Optional<Relation> relation,
    Optional<Reported> reported, String reason, List<InputFigure> inputs, List<String> missing,
    boolean onlyWithinRounding) {

  /**
   * Creates a verdict.
   *
   * @param id  the id, not blank
   * @param status  the status, not null
   * @param claim  the claim, not null
   * @param computed  the computed value, not null (use empty)
   * @param relation  the relation, not null (use empty)
   * @param reported  the reported side, not null (use empty)
   * @param reason  the reason, not blank, one line
   * @param inputs  the figures used, not null
   * @param missing  the missing figures, not null; not empty only for an unverifiable verdict
   * @param onlyWithinRounding  whether it holds only within rounding; only for a CONSISTENT verdict
   * @throws IllegalArgumentException if an argument is null, the reason is blank or spans lines,
   *     missing figures are given with another status than unverifiable, or a verdict other than
   *     CONSISTENT is said to hold only within rounding
   */
  public Verdict {
    Args.notBlank(id, "id");
    Args.notNull(status, "status");
    Args.notNull(claim, "claim");
    Args.notNull(computed, "computed");
    Args.notNull(relation, "relation");
    Args.notNull(reported, "reported");
    Args.notBlank(reason, "reason");
    if (!(reason.indexOf('\n') < 0)) {
      throw new IllegalArgumentException("Argument 'reason' must be one line but has value '" + reason + "'");
    }
    inputs = List.copyOf(Args.noNulls(inputs, "inputs"));
    missing = List.copyOf(Args.noNulls(missing, "missing"));
    if (!(missing.isEmpty() || status == VerdictStatus.UNVERIFIABLE)) {
      throw new IllegalArgumentException(
          "Only an unverifiable verdict has missing inputs but " + status + " has " + missing);
    }
    if (!(!onlyWithinRounding || status == VerdictStatus.CONSISTENT)) {
      throw new IllegalArgumentException("Only a CONSISTENT verdict can hold"
          + " only within rounding, not " + status);
    }
  }

  /**
   * Creates a verdict that does not hold only within rounding.
   *
   * @param id  the id, not blank
   * @param status  the status, not null
   * @param claim  the claim, not null
   * @param computed  the computed value, not null (use empty)
   * @param relation  the relation, not null (use empty)
   * @param reported  the reported side, not null (use empty)
   * @param reason  the reason, not blank, one line
   * @param inputs  the figures used, not null
   * @param missing  the missing figures, not null; not empty only for an unverifiable verdict
   */
  public Verdict(String id, VerdictStatus status, Claim claim, Optional<Derived> computed,
      Optional<Relation> relation, Optional<Reported> reported, String reason, List<InputFigure> inputs,
      List<String> missing) {
    this(id, status, claim, computed, relation, reported, reason, inputs, missing, false);
  }

  /**
   * Checks whether this verdict is a check of the dataset's sources against each other rather than
   * of a published claim.
   *
   * @return true for a source agreement verdict
   */
  public boolean isSourceCheck() {
    return claim.check() instanceof SourceAgreement;
  }

  /**
   * Checks whether the claim holds.
   *
   * @return true for {@link VerdictStatus#CONSISTENT}
   */
  public boolean isConsistent() {
    return status.isConsistent();
  }

  /**
   * The full explanation: the one-line form, the reason, the claim's source, the computation with
   * every input and its source, and the reports chosen.
   *
   * @return several lines
   */
  public String explain() {
    StringBuilder sb = new StringBuilder(toString()).append('\n');
    sb.append("  reason: ").append(reason).append('\n');
    sb.append("  claim: ").append(claim.check().describe()).append('\n');
    claim.source().ifPresent(s -> sb.append("  source: ").append(s).append('\n'));
    claim.note().ifPresent(n -> sb.append("  note: ").append(n).append('\n'));
    computed.ifPresent(d -> d.explain().lines().forEach(l -> sb.append("  ").append(l).append('\n')));
    for (InputFigure f : inputs) {
      sb.append("  used: ").append(f).append('\n');
    }
    for (String m : missing) {
      sb.append("  missing: ").append(m).append('\n');
    }
    return sb.toString();
  }

  /**
   * Returns the id, the status and the two ranges on one line, with a note when the verdict holds
   * only within rounding, or the reason where there are no ranges.
   *
   * @return a readable form, such as
   *     {@code revenue-growth-fy2024  CONSISTENT  computed 782.08% [780.66%, 783.51%] vs reported 782.2% [...]}
   */
  @Override
  public String toString() {
    if (computed.isPresent() && reported.isPresent() && relation.isPresent()) {
      Derived c = computed.get();
      String rel = relation.get() == Relation.EQUAL ? "vs" : relation.get().symbol();
      return id + "  " + status + "  computed " + Formats.format(c.value(), c.range(), c.unit()) + " " + rel
          + " reported " + reported.get() + (onlyWithinRounding ? "  (consistent only within rounding)" : "");
    }
    return id + "  " + status + "  " + reason;
  }
}
