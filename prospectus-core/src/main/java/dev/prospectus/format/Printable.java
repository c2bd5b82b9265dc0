package dev.prospectus.format;

import dev.prospectus.internal.Args;
import java.util.Locale;

/**
 * Characters that must not reach a terminal raw, and text made safe to print.
 * <p>
 * A terminal obeys some characters instead of showing them: ESC starts a sequence that can move
 * the cursor, recolour or retitle the window, or rewrite what was printed before; BEL rings; CR
 * returns to the start of the line, so that what follows overwrites it; the bidirectional
 * overrides and isolates (U+202A to U+202E, U+2066 to U+2069) reorder what follows, so that text
 * reads otherwise than it is. None of them belongs in a figure, a quote or a label, so the
 * library's readers refuse them in data files, and what it prints from elsewhere (messages that
 * quote a command-line argument or a file name) goes through {@link #escape}.
 * <p>
 * <b>Unsafe</b> are: the C0 controls U+0000 to U+001F except tab and line feed (a quote may span
 * lines), DEL U+007F, the C1 controls U+0080 to U+009F (U+009B is a one-character ESC [), and the
 * bidirectional embeddings, overrides and isolates U+202A to U+202E and U+2066 to U+2069.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class Printable {

  private Printable() {
  }

  /**
   * Checks whether a character must not reach a terminal raw.
   *
   * @param c  the character
   * @return true for the unsafe characters of the class description
   */
  public static boolean isUnsafe(char c) {
    return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * The index of the first unsafe character of a text.
   *
   * @param text  the text, not null
   * @return the index, or -1 if every character is safe to print
   */
  public static int firstUnsafe(CharSequence text) {
    Args.notNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The text with each unsafe character written as its Java escape, such as {@code \u001b} for
   * ESC, so that a person sees it and a terminal obeys nothing.
   *
   * @param text  the text, not null
   * @return the text, itself if every character is safe
   */
  public static String escape(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The text on one line: as {@link #escape}, and a line feed written {@code \n} too, for a message
   * that quotes a value that spans lines and must stay one line itself.
   *
   * @param text  the text, not null
   * @return the text on one line
   */
  public static String escapeLine(String text) {
    return escape(text).replace("\n", "\\n");
  }

  /**
   * Names a character for a message: its Unicode name and code point.
   *
   * @param c  the character
   * @return the name, such as {@code "ESCAPE (U+001B)"}
   */
  public static String name(char c) {
    String name = Character.getName(c);
    return (name == null ? "" : name + " ") + String.format(Locale.ROOT, "(U+%04X)", (int) c);
  }
}
