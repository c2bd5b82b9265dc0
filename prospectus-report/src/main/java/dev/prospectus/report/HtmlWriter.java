package dev.prospectus.report;

import dev.prospectus.internal.Args;

/**
 * Writes well-formed XHTML: elements are opened and closed explicitly, and every text and
 * attribute value is escaped, so the page parses as XML.
 * <p>
 * For example {@code new HtmlWriter().element("td", "R&D", "class", "x")} writes
 * {@code <td class="x">R&amp;D</td>}.
 * <p>
 * This class is mutable and not thread-safe: one instance writes one page.
 */
final class HtmlWriter {

  private final StringBuilder sb = new StringBuilder();

  /**
   * Escapes text for XML content and attribute values: {@code & < > " '}. Characters XML 1.0
   * does not allow (control characters other than tab, newline and carriage return) become a
   * replacement character, so no input can make the page ill-formed.
   *
   * @param text  the text
   * @return the escaped text
   */
  static String escape(String text) {
    Args.notNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          boolean allowed = c == '\t' || c == '\n' || c == '\r'
              || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c != 0xFFFE && c != 0xFFFF;
          out.appendCodePoint(allowed ? c : 0xFFFD);
      }
    });
    return out.toString();
  }

  /**
   * Starts a self-contained page: the XHTML doctype, the head with its character set, viewport,
   * title and inline style, and the opened body. The caller closes body and html.
   *
   * @param lang  the page's language, such as {@code en}
   * @param title  the title
   * @param style  the style sheet, inline so that the page loads nothing
   * @return this writer
   */
  HtmlWriter startPage(String lang, String title, String style) {
    raw("<!DOCTYPE html>").newline();
    open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", lang).newline();
    open("head").newline();
    raw("<meta charset=\"UTF-8\"/>").newline();
    raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>").newline();
    element("title", title).newline();
    open("style").text(style).close("style").newline();
    close("head").newline();
    return open("body").newline();
  }

  /**
   * Opens an element.
   *
   * @param tag  the tag name
   * @param attributes  name and value pairs; a null value leaves the attribute out
   * @return this writer
   */
  HtmlWriter open(String tag, String... attributes) {
    sb.append('<').append(tag);
    attributes(attributes);
    sb.append('>');
    return this;
  }

  /**
   * Closes an element.
   *
   * @param tag  the tag name
   * @return this writer
   */
  HtmlWriter close(String tag) {
    sb.append("</").append(tag).append('>');
    return this;
  }

  /**
   * Writes an element holding text.
   *
   * @param tag  the tag name
   * @param text  the text, escaped here
   * @param attributes  name and value pairs; a null value leaves the attribute out
   * @return this writer
   */
  HtmlWriter element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /**
   * Writes text.
   *
   * @param text  the text, escaped here
   * @return this writer
   */
  HtmlWriter text(String text) {
    sb.append(escape(text));
    return this;
  }

  /**
   * Writes markup as it is, such as an SVG element from a trusted generator.
   *
   * @param markup  well-formed XML
   * @return this writer
   */
  HtmlWriter raw(String markup) {
    sb.append(markup);
    return this;
  }

  /**
   * Writes a line break in the source, for people reading the page's markup.
   *
   * @return this writer
   */
  HtmlWriter newline() {
    sb.append('\n');
    return this;
  }

  private void attributes(String... attributes) {
    Args.isTrue(attributes.length % 2 == 0, "Attributes must come in name and value pairs but there are "
        + attributes.length + " strings");
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        sb.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
      }
    }
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
