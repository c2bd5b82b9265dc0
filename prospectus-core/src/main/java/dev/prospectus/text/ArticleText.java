package dev.prospectus.text;

import dev.prospectus.internal.Args;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the bytes of a text strictly: every byte must decode in the given encoding, or the reader
 * says which does not. A UTF-8 byte-order mark is dropped.
 * <p>
 * For example {@code ArticleText.decode(bytes, Charset.forName("GB18030"), "article.txt")} reads a
 * simplified-Chinese page saved in GB18030; the same bytes read as UTF-8 give a
 * {@link TextDecodingException} naming the first byte that is not valid UTF-8.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class ArticleText {

  private ArticleText() {
  }

  /**
   * Decodes the bytes of a text.
   *
   * @param bytes  the bytes
   * @param encoding  the encoding, such as UTF-8, GB18030 or Big5
   * @param origin  the name messages give the bytes, such as the file name
   * @return the text
   * @throws TextDecodingException if a byte does not decode, naming its offset
   * @throws IllegalArgumentException if an argument is null or the origin blank
   */
  public static String decode(byte[] bytes, Charset encoding, String origin) {
    Args.notNull(bytes, "bytes");
    Args.notNull(encoding, "encoding");
    Args.notBlank(origin, "origin");
    int skip = encoding.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new TextDecodingException(origin, encoding.name(), in.position(), bytes[in.position()]);
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new TextDecodingException(origin, encoding.name(), bytes.length, 0);
    }
    out.flip();
    return out.toString();
  }

  /**
   * Decodes the bytes of a text, as {@link #decode(byte[], Charset, String)} does.
   *
   * @param bytes  the bytes
   * @param encoding  the encoding's name, such as {@code "GB18030"}
   * @param origin  the name messages give the bytes
   * @return the text
   * @throws TextDecodingException if a byte does not decode
   * @throws IllegalArgumentException if the encoding is unknown, or an argument null
   */
  public static String decode(byte[] bytes, String encoding, String origin) {
    Args.notNull(encoding, "encoding");
    Charset charset;
    try {
      charset = Charset.forName(encoding);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("Unknown encoding '" + encoding + "': expected UTF-8, GB18030 or Big5", ex);
    }
    return decode(bytes, charset, origin);
  }
}
