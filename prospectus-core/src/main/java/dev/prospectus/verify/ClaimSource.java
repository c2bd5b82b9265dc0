package dev.prospectus.verify;

import dev.prospectus.internal.Args;
import java.util.Optional;

/**
 * Where a claim was published: the document (by its id in the dataset), the place in it, and the
 * words of the claim, verbatim, in the document's language.
 * <p>
 * The document decides which report of a figure a claim uses by default: its own, where the
 * dataset has one.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param document  the id of a document declared in the dataset, such as {@code "qbitai-seed"}
 * @param locator  where in the document, empty if not given
 * @param quote  the words of the claim, verbatim
 */
public record ClaimSource(String document, Optional<String> locator, String quote) {

  /**
   * Creates a source.
   *
   * @param document  the document id, not blank
   * @param locator  the locator, not null (use empty), not blank when present
   * @param quote  the quote, not blank
   * @throws IllegalArgumentException if an argument is null or blank
   */
  public ClaimSource {
    Args.notBlank(document, "document");
    Args.notNull(locator, "locator");
    locator.ifPresent(l -> Args.notBlank(l, "locator"));
    Args.notBlank(quote, "quote");
  }

  /**
   * Obtains a source without a locator.
   *
   * @param document  the document id
   * @param quote  the verbatim words
   * @return the source
   */
  public static ClaimSource of(String document, String quote) {
    return new ClaimSource(document, Optional.empty(), quote);
  }

  /**
   * Returns a copy with a locator.
   *
   * @param newLocator  where in the document
   * @return the new source
   */
  public ClaimSource withLocator(String newLocator) {
    return new ClaimSource(document, Optional.of(Args.notNull(newLocator, "newLocator")), quote);
  }

  /**
   * Returns the document, locator and quote.
   *
   * @return a readable form, such as {@code qbitai-seed, ¶2: “同比暴漲了782.2%”}
   */
  @Override
  public String toString() {
    return document + locator.map(l -> ", " + l).orElse("") + ": \u201c" + quote + "\u201d";
  }
}
