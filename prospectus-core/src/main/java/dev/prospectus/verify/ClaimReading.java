package dev.prospectus.verify;

import dev.prospectus.internal.Args;
import java.util.regex.Pattern;

/**
 * One reading of a printed claim that can be read more than one way: "cornerstone investors took
 * 56.5%" is a share of the base offer, or of the offer after its upsizing, and the article does not
 * say which. Each reading is a claim of its own with its own verdict; the printed claim, named by
 * {@code of}, fits if some reading fits, and says which ({@link PrintedClaims}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param of  the id of the printed claim the reading belongs to, shared by all its readings
 * @param reading  how this reading takes the words, such as {@code "of the upsized offer"}
 */
public record ClaimReading(String of, String reading) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  /**
   * Creates a reading.
   *
   * @param of  the printed claim's id, of the form {@code [a-z0-9][a-z0-9._-]*}
   * @param reading  the reading in words, not blank
   * @throws IllegalArgumentException if an argument is null, blank or malformed
   */
  public ClaimReading {
    Args.notNull(of, "of");
    Args.isTrue(ID.matcher(of).matches(), "Invalid printed claim id '" + of + "': expected [a-z0-9][a-z0-9._-]*");
    Args.notBlank(reading, "reading");
  }

  /**
   * Obtains a reading.
   *
   * @param of  the printed claim's id
   * @param reading  the reading in words
   * @return the reading
   */
  public static ClaimReading of(String of, String reading) {
    return new ClaimReading(of, reading);
  }
}
