package dev.prospectus.io;

/**
 * An RFC 6901 JSON pointer whose text is built only when asked for: a file read without a
 * problem names no place, so reading it builds no pointer.
 * <p>
 * Instances are not shared between reads; each caches its text once built.
 */
final class Pointer {

  /** The pointer of the whole document, the empty text. */
  static final Pointer ROOT = new Pointer(null, null, -1, "");

  private final Pointer parent;
  /** The field name below the parent, or null for an element or a pointer given as text. */
  private final String name;
  /** The element index below the parent, or -1. */
  private final int index;
  private String text;

  private Pointer(Pointer parent, String name, int index, String text) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.text = text;
  }

  /**
   * A pointer given as its text.
   *
   * @param text  the pointer, such as {@code "/figures/3"}
   * @return the pointer
   */
  static Pointer of(String text) {
    return text.isEmpty() ? ROOT : new Pointer(null, null, -1, text);
  }

  /**
   * The pointer of a field of the value this points at.
   *
   * @param fieldName  the field name, unescaped
   * @return the pointer
   */
  Pointer field(String fieldName) {
    return new Pointer(this, fieldName, -1, null);
  }

  /**
   * The pointer of an element of the array this points at.
   *
   * @param elementIndex  the index
   * @return the pointer
   */
  Pointer element(int elementIndex) {
    return new Pointer(this, null, elementIndex, null);
  }

  /**
   * The pointer's text, with {@code ~} and {@code /} in names escaped as RFC 6901 requires.
   *
   * @return the text, empty for the whole document
   */
  @Override
  public String toString() {
    if (text == null) {
      text = parent + "/" + (name == null ? Integer.toString(index) : escape(name));
    }
    return text;
  }

  /**
   * A field name as a pointer writes it.
   *
   * @param fieldName  the name
   * @return the name with {@code ~} written {@code ~0} and {@code /} written {@code ~1}
   */
  static String escape(String fieldName) {
    return fieldName.replace("~", "~0").replace("/", "~1");
  }
}
