package dev.prospectus.verify;

import dev.prospectus.format.Formats;
import dev.prospectus.internal.Args;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The printed claims behind a list of verdicts. A claim read one way is a printed claim of its
 * own; the readings of a claim that can be read more than one way ({@link ClaimReading}: a share
 * of the base offer, or of the upsized offer) are one printed claim, which fits if some reading
 * fits. Counts and summaries count printed claims, so that "28 inconsistent" does not count a
 * claim that fits on another reading; every reading keeps its own verdict.
 * <p>
 * The verdict that stands for a printed claim is its best reading's, in this order: consistent
 * beyond rounding, consistent only within rounding, undecidable, unverifiable (a reading that
 * might fit but cannot be checked), inconsistent; the first listed among equals.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PrintedClaims {

  private static final Comparator<Verdict> BEST = Comparator.comparingInt(PrintedClaims::rank);

  private PrintedClaims() {
  }

  /**
   * One verdict per printed claim, in the order the claims first appear: a claim read one way is
   * its own verdict, the readings of one printed claim give their best reading's verdict.
   *
   * @param verdicts  the verdicts, not null
   * @return the standing verdicts, a new list
   * @throws IllegalArgumentException if the list or an element is null
   */
  public static List<Verdict> best(List<Verdict> verdicts) {
    Args.noNulls(verdicts, "verdicts");
    // A claim read one way stands under its place in the list (a verdict's own equality would make
    // its reason), each reading under its printed claim's id.
    Map<Object, Verdict> standing = new LinkedHashMap<>();
    for (int i = 0; i < verdicts.size(); i++) {
      Verdict v = verdicts.get(i);
      Object key = v.claim().reading().<Object>map(ClaimReading::of).orElse(i);
      standing.merge(key, v, (a, b) -> BEST.compare(b, a) < 0 ? b : a);
    }
    return new ArrayList<>(standing.values());
  }

  /**
   * The verdicts on every reading of a printed claim, in the order given.
   *
   * @param verdicts  the verdicts, not null
   * @param printed  the printed claim's id ({@link ClaimReading#of()})
   * @return the readings' verdicts, empty if none reads that claim
   * @throws IllegalArgumentException if an argument is null
   */
  public static List<Verdict> readings(List<Verdict> verdicts, String printed) {
    Args.noNulls(verdicts, "verdicts");
    Args.notNull(printed, "printed");
    return verdicts.stream().filter(v -> v.claim().reading().map(r -> r.of().equals(printed)).orElse(false))
        .toList();
  }

  /**
   * Says which readings of a printed claim fit: {@code "fits when read as a share of the upsized offer
   * (56.52%); not when read as a share of the base offer (65.00%)"}.
   *
   * @param readings  the verdicts on the readings of one printed claim, not empty
   * @return the sentence
   * @throws IllegalArgumentException if the list is null or empty, or a verdict is on a claim read one way
   */
  public static String describe(List<Verdict> readings) {
    Args.noNulls(readings, "readings");
    Args.isTrue(!readings.isEmpty(), "Argument 'readings' must not be empty");
    List<String> fit = new ArrayList<>();
    List<String> open = new ArrayList<>();
    List<String> not = new ArrayList<>();
    for (Verdict v : readings) {
      ClaimReading reading = v.claim().reading().orElseThrow(() -> new IllegalArgumentException("Verdict '"
          + v.id() + "' is on a claim read one way, not on a reading"));
      String text = "when read " + reading.reading() + v.computed().map(d -> " (" + Formats.formatValue(d.value(),
          d.range(), d.unit()) + ")").orElse("");
      switch (v.status()) {
        case CONSISTENT -> fit.add(text);
        case INCONSISTENT -> not.add(text);
        default -> open.add(text + ", " + v.status().name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    List<String> parts = new ArrayList<>();
    if (!fit.isEmpty()) {
      parts.add("fits " + String.join(" and ", fit));
    }
    if (!open.isEmpty()) {
      parts.add((fit.isEmpty() ? "" : "open ") + String.join(" and ", open));
    }
    if (!not.isEmpty()) {
      parts.add((fit.isEmpty() && open.isEmpty() ? "fits no reading: not " : "not ") + String.join(" or ", not));
    }
    return String.join("; ", parts);
  }

  private static int rank(Verdict v) {
    return switch (v.status()) {
      case CONSISTENT -> v.onlyWithinRounding() ? 1 : 0;
      case UNDECIDABLE -> 2;
      case UNVERIFIABLE -> 3;
      case INCONSISTENT -> 4;
    };
  }
}
