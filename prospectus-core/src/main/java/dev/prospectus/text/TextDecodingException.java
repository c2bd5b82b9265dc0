package dev.prospectus.text;

import dev.prospectus.internal.Args;

/**
 * Thrown when the bytes of a text are not valid in the encoding they are read with, naming the
 * file, the encoding and the byte offset: {@code article.txt: byte 17 (0xD6) is not valid UTF-8;
 * give the text's encoding, such as GB18030 or Big5}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TextDecodingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The file, or a name the caller gave the bytes. */
  private final String origin;
  /** The offset of the first byte that does not decode. */
  private final long byteOffset;
  /** The encoding's name. */
  private final String encoding;

  /**
   * Creates an exception.
   *
   * @param origin  the file or name of the bytes, not blank
   * @param encoding  the encoding's name, not blank
   * @param byteOffset  the offset of the first byte that does not decode, not negative
   * @param badByte  that byte
   * @throws IllegalArgumentException if an argument is null, blank or negative
   */
  public TextDecodingException(String origin, String encoding, long byteOffset, int badByte) {
    super(Args.notBlank(origin, "origin") + ": byte " + byteOffset + String.format(" (0x%02X)", badByte & 0xFF)
        + " is not valid " + Args.notBlank(encoding, "encoding")
        + "; give the text's encoding, such as UTF-8, GB18030 or Big5");
    Args.isTrue(byteOffset >= 0, "Argument 'byteOffset' must not be negative but has value " + byteOffset);
    this.origin = origin;
    this.byteOffset = byteOffset;
    this.encoding = encoding;
  }

  /**
   * The file, or the name the caller gave the bytes.
   *
   * @return the origin
   */
  public String origin() {
    return origin;
  }

  /**
   * The offset of the first byte that does not decode.
   *
   * @return the offset, from 0
   */
  public long byteOffset() {
    return byteOffset;
  }

  /**
   * The encoding the bytes were read with.
   *
   * @return its name, such as {@code UTF-8}
   */
  public String encoding() {
    return encoding;
  }
}
