package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether the reports of one figure can all be true at once: which pairs were compared, directly
 * or through an exchange rate, which of them conflict, and which reports could not be compared.
 * <p>
 * Reports in one unit are compared directly. A report in another currency is compared with the
 * reports in the dataset's currency through the exchange rates that apply to the figure's period
 * and were not implied by either report of the pair (an implied rate never judges the pair it came
 * from), and conflicts only if it does at every one of them; without such a rate it is not
 * compared. Two amounts in one other currency are compared with each other only when the figure has
 * no report in the dataset's currency or no rate between the two applies: otherwise they are
 * translations, each judged against the originals, since their writers may have used different
 * rates. Reports in two units that are not currencies (months and years) are not compared.
 * {@link Dataset#agreement} builds it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param key  the figure
 * @param reports  every report of it, in the order listed
 * @param compared  how many pairs were compared
 * @param conflicts  the compared pairs that cannot both be true
 * @param leftOut  what could not be compared, and why, in words; empty if everything was
 */
public record Agreement(FigureKey key, List<Figure> reports, int compared, List<FigureConflict> conflicts,
    List<String> leftOut) {

  /**
   * Creates the result.
   *
   * @param key  the key, not null
   * @param reports  the reports, not null
   * @param compared  the number of pairs compared, not negative
   * @param conflicts  the conflicts, not null, at most {@code compared}
   * @param leftOut  the notes on what was left out, not null
   * @throws IllegalArgumentException if an argument is null or the counts do not fit
   */
  public Agreement {
    Args.notNull(key, "key");
    reports = Args.listCopy(reports, "reports");
    conflicts = Args.listCopy(conflicts, "conflicts");
    leftOut = Args.listCopy(leftOut, "leftOut");
    if (!(compared >= conflicts.size())) {
      throw new IllegalArgumentException("Argument 'compared' must be at least the " + conflicts.size()
          + " conflicts but has value " + compared);
    }
  }

  /**
   * Checks whether at least one pair of reports was compared: an agreement that compared nothing
   * says nothing.
   *
   * @return true if some pair was compared
   */
  public boolean comparedAny() {
    return compared > 0;
  }

  /**
   * Checks whether every compared pair can be true at once.
   *
   * @return true if no compared pair conflicts
   */
  public boolean agrees() {
    return conflicts.isEmpty();
  }

  /**
   * Returns the figure, what was compared, the conflicts and what was left out.
   *
   * @return a readable form, such as
   *     {@code net_loss/total/FY2024: 7 reports, 20 pairs compared, no conflict; left out: ...}
   */
  @Override
  public String toString() {
    String found = conflicts.isEmpty() ? "no conflict" : conflicts.size() + (conflicts.size() == 1 ? " conflict: "
        : " conflicts: ") + conflicts.stream().map(FigureConflict::toString).collect(Collectors.joining("; "));
    return key + ": " + reports.size() + (reports.size() == 1 ? " report, " : " reports, ") + compared
        + (compared == 1 ? " pair" : " pairs") + " compared, " + found
        + (leftOut.isEmpty() ? "" : "; left out: " + String.join("; ", leftOut));
  }
}
