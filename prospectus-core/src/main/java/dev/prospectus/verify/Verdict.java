package dev.prospectus.verify;

import dev.prospectus.calc.Derived;
import dev.prospectus.internal.Args;
import dev.prospectus.internal.LazyText;
import dev.prospectus.format.Formats;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

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
 * The reason is made when first read (a batch that counts statuses never reads it), the same text
 * at every read; equality and the hash read it, so they are by value as before.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Verdict {

  private final String id;
  private final VerdictStatus status;
  private final Claim claim;
  private final Optional<Derived> computed;
  private final Optional<Relation> relation;
  private final Optional<Reported> reported;
  // Made when read: writing the reason costs more than the arithmetic it explains (issue 12).
  private final LazyText reason;
  private final List<InputFigure> inputs;
  private final List<String> missing;
  private final boolean onlyWithinRounding;

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
  public Verdict(String id, VerdictStatus status, Claim claim, Optional<Derived> computed,
      Optional<Relation> relation, Optional<Reported> reported, String reason, List<InputFigure> inputs,
      List<String> missing, boolean onlyWithinRounding) {
    this(id, status, claim, computed, relation, reported, LazyText.of(checked(reason)), inputs, missing,
        onlyWithinRounding);
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
   * A verdict whose reason is made when first read, by a pure function of immutable values; the
   * reason is checked (not blank, one line) when it is made.
   */
  Verdict(String id, VerdictStatus status, Claim claim, Optional<Derived> computed, Optional<Relation> relation,
      Optional<Reported> reported, Supplier<String> reason, List<InputFigure> inputs, List<String> missing,
      boolean onlyWithinRounding) {
    this(id, status, claim, computed, relation, reported, LazyText.of(() -> checked(reason.get())), inputs, missing,
        onlyWithinRounding);
  }

  private Verdict(String id, VerdictStatus status, Claim claim, Optional<Derived> computed,
      Optional<Relation> relation, Optional<Reported> reported, LazyText reason, List<InputFigure> inputs,
      List<String> missing, boolean onlyWithinRounding) {
    Args.notBlank(id, "id");
    Args.notNull(status, "status");
    Args.notNull(claim, "claim");
    Args.notNull(computed, "computed");
    Args.notNull(relation, "relation");
    Args.notNull(reported, "reported");
    this.inputs = Args.listCopy(inputs, "inputs");
    this.missing = Args.listCopy(missing, "missing");
    if (!this.missing.isEmpty() && status != VerdictStatus.UNVERIFIABLE) {
      throw new IllegalArgumentException(
          "Only an unverifiable verdict has missing inputs but " + status + " has " + this.missing);
    }
    if (onlyWithinRounding && status != VerdictStatus.CONSISTENT) {
      throw new IllegalArgumentException("Only a CONSISTENT verdict can hold only within rounding, not " + status);
    }
    this.id = id;
    this.status = status;
    this.claim = claim;
    this.computed = computed;
    this.relation = relation;
    this.reported = reported;
    this.reason = reason;
    this.onlyWithinRounding = onlyWithinRounding;
  }

  private static String checked(String reason) {
    Args.notBlank(reason, "reason");
    if (reason.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("Argument 'reason' must be one line but has value '" + reason + "'");
    }
    return reason;
  }

  /**
   * The claim's id, or {@code <claim id>:<key>} for one figure of a dataset-wide agreement check.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The verdict.
   *
   * @return the status
   */
  public VerdictStatus status() {
    return status;
  }

  /**
   * The claim judged.
   *
   * @return the claim
   */
  public Claim claim() {
    return claim;
  }

  /**
   * The computed value with its range, formula and inputs.
   *
   * @return the value; empty if it could not be computed or the check computes nothing
   */
  public Optional<Derived> computed() {
    return computed;
  }

  /**
   * The relation judged.
   *
   * @return the relation, empty for checks without one
   */
  public Optional<Relation> relation() {
    return relation;
  }

  /**
   * The reported side.
   *
   * @return the reported side, empty for checks without one or when it could not be computed
   */
  public Optional<Reported> reported() {
    return reported;
  }

  /**
   * Why, in one line a person can read; made at the first read, the same text at every read.
   *
   * @return the reason
   */
  public String reason() {
    return reason.get();
  }

  /**
   * The dataset figures used, with the report chosen and why.
   *
   * @return the figures
   */
  public List<InputFigure> inputs() {
    return inputs;
  }

  /**
   * The figures the dataset lacks, each as {@code metric/segment/period}.
   *
   * @return the figures; empty unless the verdict is unverifiable for that reason
   */
  public List<String> missing() {
    return missing;
  }

  /**
   * True for a CONSISTENT verdict whose computed point, at the printed precision of the reported
   * number, is not that number (782.08% against a printed 782.2%): the claim holds only within
   * rounding, and the reason says so.
   *
   * @return whether it holds only within rounding
   */
  public boolean onlyWithinRounding() {
    return onlyWithinRounding;
  }

  /**
   * Verdicts are equal when every field is, the reason included.
   *
   * @param o  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Verdict v && id.equals(v.id) && status == v.status && claim.equals(v.claim)
        && computed.equals(v.computed) && relation.equals(v.relation) && reported.equals(v.reported)
        && inputs.equals(v.inputs) && missing.equals(v.missing) && onlyWithinRounding == v.onlyWithinRounding
        && reason().equals(v.reason());
  }

  /**
   * A hash of the same fields as {@link #equals}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, status, claim, computed, relation, reported, reason(), inputs, missing,
        onlyWithinRounding);
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
    sb.append("  reason: ").append(reason()).append('\n');
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
    return id + "  " + status + "  " + reason();
  }
}
