package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document figures are taken from: a prospectus, a news article, an analyst page.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the identifier figures and claims use to name it, such as {@code "qbitai-seed"}
 * @param title  the title
 * @param publisher  the publisher, empty if unknown
 * @param url  where it can be read, empty if there is no URL
 * @param language  the BCP 47 language tag of the quotes taken from it, such as {@code "zh-Hant"}
 * @param date  the publication date, empty if unknown
 * @param documentClass  what kind of document it is, which ranks its reports ({@link ReportRule})
 */
public record Document(
    String id, String title, Optional<String> publisher, Optional<URI> url, String language,
    Optional<LocalDate> date, DocumentClass documentClass) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  /**
   * Creates a document.
   *
   * @param id  the identifier, lower-case letters, digits, dots, dashes and underscores
   * @param title  the title, not blank
   * @param publisher  the publisher, not null (use empty)
   * @param url  the URL, not null (use empty); absolute http or https when present
   * @param language  the language tag, not blank
   * @param date  the publication date, not null (use empty)
   * @param documentClass  the class, not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Document {
    Args.notBlank(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Invalid document id '" + id + "': expected [a-z0-9][a-z0-9._-]*");
    }
    Args.notBlank(title, "title");
    Args.notNull(publisher, "publisher");
    Args.notNull(url, "url");
    url.ifPresent(u -> Args.isTrue(u.isAbsolute() && ("http".equals(u.getScheme()) || "https".equals(u.getScheme())),
        "Invalid document url '" + u + "': expected an absolute http or https URI"));
    Args.notBlank(language, "language");
    Args.notNull(date, "date");
    Args.notNull(documentClass, "documentClass");
  }

  /**
   * Obtains a press document with only an id, title and language.
   *
   * @param id  the identifier
   * @param title  the title
   * @param language  the language tag of its quotes
   * @return the document
   */
  public static Document of(String id, String title, String language) {
    return new Document(id, title, Optional.empty(), Optional.empty(), language, Optional.empty(),
        DocumentClass.PRESS);
  }

  /**
   * Returns a copy of another class.
   *
   * @param newClass  the class, such as {@link DocumentClass#FILING}
   * @return the document of that class
   */
  public Document withDocumentClass(DocumentClass newClass) {
    return new Document(id, title, publisher, url, language, date, Args.notNull(newClass, "newClass"));
  }

  /**
   * Returns the id and title.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return id + " (" + title + publisher.map(p -> ", " + p).orElse("") + ")";
  }
}
