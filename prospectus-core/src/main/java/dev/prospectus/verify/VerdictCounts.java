package dev.prospectus.verify;

import dev.prospectus.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How many verdicts of each status, counted apart for the published claims (what the press and
 * the filings said, judged by arithmetic) and for the source checks (whether the dataset's reports
 * of one figure can all be true): the two answer different questions, so one total would mislead.
 * <p>
 * For example
 * {@code 137 published claims: 90 consistent (14 only within rounding), 31 inconsistent, 5 undecidable,
 * 11 unverifiable; 70 source checks: 49 consistent, 18 inconsistent, 0 undecidable, 3 unverifiable}.
 * <p>
 * A claim whose words can be read more than one way, each reading checked ({@link ClaimReading}),
 * counts once, by its best reading ({@link PrintedClaims#best}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param publishedClaims  the counts of the published claims' verdicts
 * @param sourceChecks  the counts of the source checks' verdicts
 */
public record VerdictCounts(Tally publishedClaims, Tally sourceChecks) {

  /**
   * Creates the counts.
   *
   * @param publishedClaims  the published claims' tally, not null
   * @param sourceChecks  the source checks' tally, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public VerdictCounts {
    Args.notNull(publishedClaims, "publishedClaims");
    Args.notNull(sourceChecks, "sourceChecks");
  }

  /**
   * Counts verdicts, a source agreement verdict ({@link Verdict#isSourceCheck()}) as a source check
   * and every other as a published claim, the readings of one printed claim once, by the best.
   *
   * @param verdicts  the verdicts
   * @return the counts
   */
  public static VerdictCounts of(List<Verdict> verdicts) {
    Args.noNulls(verdicts, "verdicts");
    return new VerdictCounts(Tally.of(PrintedClaims.best(verdicts.stream().filter(v -> !v.isSourceCheck())
        .toList())), Tally.of(verdicts.stream().filter(Verdict::isSourceCheck).toList()));
  }

  /**
   * How many verdicts on readings the published claims' count folds into fewer printed claims, and
   * into how many: {@code 15 readings of 5 claims}.
   *
   * @param verdicts  the verdicts
   * @return the sentence, empty if no claim is read more than one way
   */
  public static Optional<String> readings(List<Verdict> verdicts) {
    Args.noNulls(verdicts, "verdicts");
    List<Verdict> readings = verdicts.stream().filter(v -> v.claim().reading().isPresent()).toList();
    long printed = readings.stream().map(v -> v.claim().reading().orElseThrow().of()).distinct().count();
    return readings.isEmpty() ? Optional.empty() : Optional.of(readings.size()
        + " readings of " + printed + (printed == 1 ? " claim whose words" : " claims whose words")
        + " can be read more than one way"
        + " count once each, by the reading that fits best");
  }

  /**
   * Returns both tallies, a group with no verdict left out unless both are empty.
   *
   * @return a readable form, such as
   *     {@code 3 published claims: 2 consistent, 1 inconsistent, 0 undecidable, 0 unverifiable; 1 source check: ...}
   */
  @Override
  public String toString() {
    if (sourceChecks.total() == 0) {
      return publishedClaims.describe("published claim");
    }
    if (publishedClaims.total() == 0) {
      return sourceChecks.describe("source check");
    }
    return publishedClaims.describe("published claim") + "; " + sourceChecks.describe("source check");
  }

  /**
   * The count of each status in one group of verdicts, and how many of the consistent ones hold
   * only within rounding.
   *
   * @param consistent  CONSISTENT verdicts
   * @param onlyWithinRounding  of those, the ones whose points disagree at the printed precision
   * @param inconsistent  INCONSISTENT verdicts
   * @param undecidable  UNDECIDABLE verdicts
   * @param unverifiable  UNVERIFIABLE verdicts
   */
  public record Tally(int consistent, int onlyWithinRounding, int inconsistent, int undecidable, int unverifiable) {

    /**
     * Creates a tally.
     *
     * @param consistent  not negative
     * @param onlyWithinRounding  not negative, at most {@code consistent}
     * @param inconsistent  not negative
     * @param undecidable  not negative
     * @param unverifiable  not negative
     * @throws IllegalArgumentException if a count is negative, or more hold only within rounding
     *     than are consistent
     */
    public Tally {
      for (int n : new int[] {consistent, onlyWithinRounding, inconsistent, undecidable, unverifiable}) {
        if (!(n >= 0)) {
          throw new IllegalArgumentException("A count must not be negative but has value " + n);
        }
      }
      if (!(onlyWithinRounding <= consistent)) {
        throw new IllegalArgumentException("Only " + consistent + " verdicts are consistent, not "
            + onlyWithinRounding + " only within rounding");
      }
    }

    /**
     * Counts verdicts.
     *
     * @param verdicts  the verdicts
     * @return the tally
     */
    public static Tally of(List<Verdict> verdicts) {
      Args.noNulls(verdicts, "verdicts");
      int[] n = new int[VerdictStatus.values().length];
      verdicts.forEach(v -> n[v.status().ordinal()]++);
      int rounding = (int) verdicts.stream().filter(Verdict::onlyWithinRounding).count();
      return new Tally(n[VerdictStatus.CONSISTENT.ordinal()], rounding, n[VerdictStatus.INCONSISTENT.ordinal()],
          n[VerdictStatus.UNDECIDABLE.ordinal()], n[VerdictStatus.UNVERIFIABLE.ordinal()]);
    }

    /**
     * The number of verdicts.
     *
     * @return the sum of the statuses
     */
    public int total() {
      return consistent + inconsistent + undecidable + unverifiable;
    }

    /**
     * The count of one status.
     *
     * @param status  the status
     * @return how many verdicts have it
     */
    public int count(VerdictStatus status) {
      Args.notNull(status, "status");
      switch (status) {
        case CONSISTENT:
          return consistent;
        case INCONSISTENT:
          return inconsistent;
        case UNDECIDABLE:
          return undecidable;
        default:
          return unverifiable;
      }
    }

    /**
     * Returns the tally as verdicts.
     *
     * @return a readable form, such as {@code 3 verdicts: 2 consistent, 1 inconsistent, 0 undecidable, 0 unverifiable}
     */
    @Override
    public String toString() {
      return describe("verdict");
    }

    /**
     * Describes the tally with a noun for what was counted.
     *
     * @param noun  the singular noun, such as {@code "published claim"}
     * @return such as {@code 3 published claims: 2 consistent (1 only within rounding), 1 inconsistent,
     *     0 undecidable, 0 unverifiable}
     */
    public String describe(String noun) {
      Args.notBlank(noun, "noun");
      List<String> parts = new ArrayList<>();
      for (VerdictStatus s : VerdictStatus.values()) {
        String part = count(s) + " " + s.name().toLowerCase(Locale.ROOT);
        if (s == VerdictStatus.CONSISTENT && onlyWithinRounding > 0) {
          part += " (" + onlyWithinRounding + " only within rounding)";
        }
        parts.add(part);
      }
      return total() + " " + noun + (total() == 1 ? "" : "s") + ": " + String.join(", ", parts);
    }
  }
}
