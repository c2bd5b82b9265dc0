package dev.prospectus.model;

import dev.prospectus.internal.Args;

/**
 * Where a figure was printed: the document, the place in it, and the words that state the figure
 * in the document's own language.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param document  the document
 * @param locator  where in the document, such as a section and paragraph
 * @param quote  the words that state the figure, verbatim, in the original language
 */
public record Source(Document document, String locator, String quote) {

  /**
   * Creates a source.
   *
   * @param document  the document, not null
   * @param locator  the locator, not blank
   * @param quote  the quote, not blank
   * @throws IllegalArgumentException if an argument is null or blank
   */
  public Source {
    Args.notNull(document, "document");
    Args.notBlank(locator, "locator");
    Args.notBlank(quote, "quote");
  }

  /**
   * Obtains a source.
   *
   * @param document  the document
   * @param locator  where in the document
   * @param quote  the verbatim words
   * @return the source
   */
  public static Source of(Document document, String locator, String quote) {
    return new Source(document, locator, quote);
  }

  /**
   * Returns the document id, locator and quote.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return document.id() + ", " + locator + ": \u201c" + quote + "\u201d";
  }
}
