package dev.prospectus.text;

import dev.prospectus.internal.Args;
import java.util.List;
import java.util.Optional;

/**
 * The verdict on one number of a text, or on one claim the text makes in words: where it stands,
 * what it claims, the verdict with its reason, the rows (one per check and basis) and, for an
 * unexplained number, the nearest candidates.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param start  where the number (or the words) starts in the text, 0-based
 * @param end  where it ends, exclusive
 * @param printed  the number as printed, or the words of a comparison
 * @param line  the line of the text it stands on, counted from 1
 * @param sentenceStart  where its sentence starts
 * @param sentenceEnd  where its sentence ends, exclusive
 * @param mention  the number, empty for a claim in words
 * @param reading  what it claims
 * @param verdict  the verdict
 * @param reason  why, in one line
 * @param bases  the rows: each check on each basis, with the verifier's verdict
 * @param candidates  for an unexplained number, the nearest calculations the dataset supports
 */
public record Finding(int start, int end, String printed, int line, int sentenceStart, int sentenceEnd,
    Optional<Mention> mention, Reading reading, ArticleVerdict verdict, String reason, List<Basis> bases,
    List<Candidate> candidates) {

  /**
   * Creates a finding.
   *
   * @param start  the start
   * @param end  the end
   * @param printed  the printed form, not blank
   * @param line  the line, at least 1
   * @param sentenceStart  the sentence's start, not after {@code start}
   * @param sentenceEnd  the sentence's end, not before {@code end}
   * @param mention  the mention, not null
   * @param reading  the reading, not null
   * @param verdict  the verdict, not null
   * @param reason  the reason, not blank, one line
   * @param bases  the rows, not null
   * @param candidates  the candidates, not null
   * @throws IllegalArgumentException if an argument breaks these rules
   */
  public Finding {
    Args.isTrue(0 <= sentenceStart && sentenceStart <= start && start < end && end <= sentenceEnd,
        "Invalid span: expected 0 <= 'sentenceStart' <= 'start' < 'end' <= 'sentenceEnd' but found " + sentenceStart
        + ", " + start + ", " + end + ", " + sentenceEnd);
    Args.notBlank(printed, "printed");
    Args.isTrue(line >= 1, "Argument 'line' must be at least 1 but has value " + line);
    Args.notNull(mention, "mention");
    Args.notNull(reading, "reading");
    Args.notNull(verdict, "verdict");
    Args.notBlank(reason, "reason");
    Args.isTrue(reason.indexOf('\n') < 0, "Argument 'reason' must be one line but has value '" + reason + "'");
    bases = Args.listCopy(bases, "bases");
    candidates = Args.listCopy(candidates, "candidates");
  }

  /**
   * Checks whether this is a claim the text makes in words, not a number.
   *
   * @return true for a comparison in words
   */
  public boolean isInWords() {
    return mention.isEmpty();
  }

  /**
   * Returns the position, the printed form, the verdict and the reason on one line.
   *
   * @return a readable form, such as {@code 2396 '782.2%' CONSISTENT growth of revenue, total, FY2024: ...}
   */
  @Override
  public String toString() {
    return start + " '" + printed + "' " + verdict + " " + reading.describe() + ": " + reason;
  }
}
