package dev.prospectus.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.prospectus.format.Printable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Strict JSON text to a Jackson tree: UTF-8 only, one value per file, no duplicate keys, decimals
 * kept exactly as written, and no string or key that holds a character a terminal would obey
 * ({@link Printable}: ESC, BEL, CR, bidirectional overrides...). Every failure is a
 * {@link DataFormatException}.
 * <p>
 * This class is stateless and thread-safe: the shared mapper is configured once and only read.
 */
final class JsonText {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      // 12.50 must stay 12.50 in messages: its last zero is part of what was written.
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  /** Jackson's own location suffixes; the exception's fields carry the location instead. */
  private static final Pattern SOURCE_LOCATION = Pattern.compile("\\s*(\\(start marker at )?\\[Source: [^\\]]*\\]\\)?");
  private static final int BEFORE_ERROR = 24;
  private static final int AFTER_ERROR = 16;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private JsonText() {
  }

  /**
   * Parses the bytes of a JSON file.
   *
   * @param content  the file's bytes, UTF-8
   * @param file  the file, for messages
   * @return the root node, never missing
   * @throws DataFormatException if the bytes are not UTF-8, or not exactly one JSON value, or an
   *     object repeats a key
   */
  static JsonNode parse(byte[] content, String file) {
    Decoded decoded = decode(content, file);
    char[] chars = decoded.chars();
    int length = decoded.length();
    // Over the decoded characters, no String between: a String of non-Latin text and its copy back
    // to characters were a third of what reading a large batch allocated.
    try (JsonParser parser = MAPPER.createParser(chars, 0, length)) {
      JsonNode root = MAPPER.readTree(parser);
      if (root == null || root.isMissingNode()) {
        throw new DataFormatException(file, "", "", "is empty where a JSON object is required");
      }
      if (parser.nextToken() != null) {
        int offset = (int) parser.currentTokenLocation().getCharOffset();
        throw new DataFormatException(file, "", JsonFields.shorten(new String(chars, offset, length - offset).strip()),
            "is text after the end of the JSON value: a file holds one object");
      }
      // The walk that names where (with a pointer built per node) runs only for a file that needs it.
      if (holdsUnsafeText(root)) {
        refuseUnsafeText(root, file, "");
      }
      return root;
    } catch (JacksonException ex) {
      throw translate(ex, new String(chars, 0, length), file);
    } catch (IOException ex) {
      // A parser over a String does no I/O; keep the cause should that ever change.
      throw new UncheckedIOException("Unable to read '" + file + "'", ex);
    }
  }

  /**
   * Refuses every string, value or key, that holds a character a terminal would obey rather than
   * show ({@link Printable}): no text of a data file reaches a terminal raw.
   */
  /** Whether a key or text value anywhere in a tree holds a character {@link #refuseUnsafe} refuses. */
  private static boolean holdsUnsafeText(JsonNode node) {
    if (node.isTextual()) {
      return Printable.firstUnsafe(node.textValue()) >= 0;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (Printable.firstUnsafe(field.getKey()) >= 0 || holdsUnsafeText(field.getValue())) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (holdsUnsafeText(node.get(i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static void refuseUnsafeText(JsonNode node, String file, String pointer) {
    if (node.isTextual()) {
      refuseUnsafe(node.textValue(), file, pointer, "");
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
        refuseUnsafe(field.getKey(), file, pointer, "a key ");
        refuseUnsafeText(field.getValue(), file, child);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        refuseUnsafeText(node.get(i), file, pointer + "/" + i);
      }
    }
  }

  private static void refuseUnsafe(String text, String file, String pointer, String what) {
    int at = Printable.firstUnsafe(text);
    if (at >= 0) {
      throw new DataFormatException(file, pointer, text, "is " + what + "holding " + Printable.name(text.charAt(at))
          + " at character " + at + ": control characters and bidirectional overrides are refused, as a terminal"
          + " would obey them rather than show them");
    }
  }

  /** A file's characters, without a byte order mark: the first length of chars, the rest unused room. */
  private record Decoded(char[] chars, int length) {
  }

  private static Decoded decode(byte[] content, String file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(content);
    // UTF-8 never gives more characters than bytes: one buffer holds them all.
    CharBuffer chars = CharBuffer.allocate(content.length);
    try {
      CoderResult result = decoder.decode(bytes, chars, true);
      if (result.isError()) {
        result.throwException();
      }
      result = decoder.flush(chars);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException ex) {
      int at = bytes.position();
      String value = at < content.length ? String.format("0x%02X", content[at] & 0xFF) : "";
      throw new DataFormatException(file, "", value, "is not UTF-8: the byte at offset " + at
          + " does not belong to a UTF-8 character; JSON data files are UTF-8", ex);
    }
    char[] array = chars.array();
    int length = chars.position();
    // Offsets in messages count from after the mark, as they did over the text without it.
    if (length > 0 && array[0] == BYTE_ORDER_MARK) {
      System.arraycopy(array, 1, array, 0, length - 1);
      return new Decoded(array, length - 1);
    }
    return new Decoded(array, length);
  }

  private static DataFormatException translate(JacksonException ex, String text, String file) {
    String message = SOURCE_LOCATION.matcher(String.valueOf(ex.getOriginalMessage()).lines().findFirst().orElse(""))
        .replaceAll("");
    JsonStreamContext context = ex.getProcessor() instanceof JsonParser p ? p.getParsingContext() : null;
    // Jackson reports a repeated key with this message only; the context then names the key and
    // its parent is the object that holds it.
    if (context != null && message.startsWith("Duplicate field '") && context.getCurrentName() != null) {
      String object = context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
      return new DataFormatException(file, object, context.getCurrentName(),
          "is a duplicate key: a key may appear only once in an object", ex);
    }
    String pointer = context == null ? "" : context.pathAsPointer().toString();
    JsonLocation location = ex.getLocation();
    String where = location == null ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    return new DataFormatException(file, pointer, snippet(text, location), "is not valid JSON: " + message + where, ex);
  }

  /** The text around an error, on one line. */
  private static String snippet(String text, JsonLocation location) {
    if (location == null || location.getCharOffset() < 0) {
      return "";
    }
    int offset = (int) Math.min(location.getCharOffset(), text.length());
    String around = text.substring(Math.max(0, offset - BEFORE_ERROR), Math.min(text.length(), offset + AFTER_ERROR));
    return around.replaceAll("\\s+", " ").strip();
  }
}
