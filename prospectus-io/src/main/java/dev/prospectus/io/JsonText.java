package dev.prospectus.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prospectus.format.Printable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

  /**
   * The mapper of the strict reading, made when a file first needs it: building a mapper, and its
   * first tree, loads and sets up much of Jackson's data binding, a tenth of a second of a command
   * line's start, which a valid file never needs (issue 12).
   */
  private static final class Strict {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // 12.50 must stay 12.50 in messages: its last zero is part of what was written.
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

  /** The parser factory of the first attempt: Jackson's streaming core, with its default limits. */
  private static final JsonFactory FIRST_ATTEMPT = new JsonFactory();
  /** Nodes as the strict mapper makes them: since Jackson 2.15 a decimal node keeps the number as written (12.50). */
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** What {@link #scan} finds in bytes that are not strict UTF-8, or hold a NUL. */
  private static final int NOT_PLAIN = -1;
  /** What {@link #scan} finds in text that may hold a character {@link Printable} refuses. */
  private static final int MAYBE_UNSAFE = 1;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

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
    // The usual file, valid, is read straight from its bytes; anything the first attempt does not
    // take is read again the strict way, which alone words the messages, so they stay as they were.
    int found = scan(content);
    if (found != NOT_PLAIN) {
      JsonNode root = firstAttempt(content);
      if (root != null) {
        if (found == MAYBE_UNSAFE && holdsUnsafeText(root)) {
          refuseUnsafeText(root, file, "");
        }
        return root;
      }
    }
    return parseStrictly(content, file);
  }

  /**
   * The tree of a file that is one valid JSON value, from its bytes, or null for any other file
   * (a repeated key included). The bytes must be UTF-8 without a NUL ({@link #scan}): with no zero
   * byte, Jackson reads them as UTF-8, skipping a byte order mark as {@link #decode} does. The tree
   * is built from the parser's tokens with the nodes the strict mapper makes (an int, a long or a
   * big integer by the number's size, a decimal as written), with no data binding set up.
   */
  private static JsonNode firstAttempt(byte[] content) {
    try (JsonParser parser = FIRST_ATTEMPT.createParser(content)) {
      if (parser.nextToken() == null) {
        return null;
      }
      JsonNode root = tree(parser);
      if (root == null || parser.nextToken() != null) {
        return null;
      }
      return root;
    } catch (IOException | RuntimeException ex) {
      // Whatever failed, a JacksonException or another, the strict reading fails the same way, as it always has.
      return null;
    }
  }

  /** The node at the parser's current token and everything in it; null if an object repeats a key. */
  private static JsonNode tree(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT: {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          JsonNode value = tree(parser);
          if (value == null || object.replace(name, value) != null) {
            return null;
          }
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          JsonNode value = tree(parser);
          if (value == null) {
            return null;
          }
          array.add(value);
        }
        return array;
      }
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        return null;
    }
  }

  /**
   * Classifies a file's bytes in one pass: {@link #NOT_PLAIN} unless they are strict UTF-8, as the
   * JDK's decoder takes it (no overlong form, no surrogate, nothing above U+10FFFF), with no NUL;
   * otherwise {@link #MAYBE_UNSAFE} if the text holds an escape that can write a character
   * {@link Printable#isUnsafe} refuses ({@code \r}, {@code \b}, {@code \f}, {@code \}{@code u}...)
   * or such a character itself beyond the C0 controls (which JSON only takes as whitespace between
   * tokens), else 0.
   */
  static int scan(byte[] bytes) {
    int n = bytes.length;
    boolean maybeUnsafe = false;
    int i = 0;
    while (i < n) {
      int b = bytes[i];
      if (b > 0) {
        // Most of a file is ASCII that needs no further look: eight bytes a step. (Text outside ASCII,
        // such as Chinese, goes a character a step, with no word read that would fail.)
        while (i + Long.BYTES <= n && isPlainAscii((long) LONGS.get(bytes, i))) {
          i += Long.BYTES;
        }
        if (i >= n) {
          break;
        }
        b = bytes[i];
      }
      if (b > 0) {
        if (b == '\\') {
          // In a valid file a backslash starts an escape, the byte after it its letter; \" \\ \/ \n \t
          // write safe characters, and an invalid file is read again the strict way anyway.
          int letter = i + 1 < n ? bytes[i + 1] : 0;
          if (letter != '"' && letter != '\\' && letter != '/' && letter != 'n' && letter != 't') {
            maybeUnsafe = true;
          }
          // A letter outside ASCII is no escape: left to be checked as UTF-8.
          i += letter > 0 ? 2 : 1;
          continue;
        }
        if (b == 0x7F) {
          maybeUnsafe = true;
        }
        i++;
        continue;
      }
      if (b == 0) {
        return NOT_PLAIN;
      }
      b &= 0xFF;
      if (b < 0xC2) {
        return NOT_PLAIN;
      }
      if (b < 0xE0) {
        if (i + 1 >= n || !continues(bytes[i + 1])) {
          return NOT_PLAIN;
        }
        // U+0080 to U+009F, the C1 controls.
        if (b == 0xC2 && (bytes[i + 1] & 0xFF) < 0xA0) {
          maybeUnsafe = true;
        }
        i += 2;
      } else if (b < 0xF0) {
        if (i + 2 >= n || !continues(bytes[i + 1]) || !continues(bytes[i + 2])) {
          return NOT_PLAIN;
        }
        int b2 = bytes[i + 1] & 0xFF;
        int b3 = bytes[i + 2] & 0xFF;
        if (b == 0xE0 && b2 < 0xA0 || b == 0xED && b2 >= 0xA0) {
          return NOT_PLAIN;
        }
        // U+202A to U+202E (E2 80 AA to AE) and U+2066 to U+2069 (E2 81 A6 to A9), the bidirectional controls.
        if (b == 0xE2 && (b2 == 0x80 && b3 >= 0xAA && b3 <= 0xAE || b2 == 0x81 && b3 >= 0xA6 && b3 <= 0xA9)) {
          maybeUnsafe = true;
        }
        i += 3;
      } else if (b < 0xF5) {
        if (i + 3 >= n || !continues(bytes[i + 1]) || !continues(bytes[i + 2]) || !continues(bytes[i + 3])) {
          return NOT_PLAIN;
        }
        int b2 = bytes[i + 1] & 0xFF;
        if (b == 0xF0 && b2 < 0x90 || b == 0xF4 && b2 >= 0x90) {
          return NOT_PLAIN;
        }
        i += 4;
      } else {
        return NOT_PLAIN;
      }
    }
    return maybeUnsafe ? MAYBE_UNSAFE : 0;
  }

  /** Whether eight bytes are all ASCII, none of them NUL, a backslash or DEL. */
  private static boolean isPlainAscii(long word) {
    // A byte outside ASCII sets its own high bit. Over ASCII bytes, subtracting one from each sets a
    // high bit only if a byte is zero (then a borrow may set more, in a word that fails anyway), and
    // adding one sets it only for DEL (0x7F + 1 = 0x80, which carries into no other byte).
    long flagged = word | (word - ONES) | ((word ^ (ONES * '\\')) - ONES) | (word + ONES);
    return (flagged & HIGH_BITS) == 0;
  }

  private static boolean continues(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /**
   * {@link #parse} the strict way: over the decoded characters, with messages for every problem.
   * Package-private so that tests can hold {@link #parse} to the same outcome.
   */
  static JsonNode parseStrictly(byte[] content, String file) {
    Decoded decoded = decode(content, file);
    char[] chars = decoded.chars();
    int length = decoded.length();
    // Over the decoded characters, no String between: a String of non-Latin text and its copy back
    // to characters were a third of what reading a large batch allocated.
    try (JsonParser parser = Strict.MAPPER.createParser(chars, 0, length)) {
      JsonNode root;
      try {
        root = Strict.MAPPER.readTree(parser);
      } catch (NumberFormatException | ArithmeticException ex) {
        // Jackson lets through what BigDecimal refuses, such as an exponent beyond an int (1e99999999999).
        JsonStreamContext context = parser.getParsingContext();
        throw new DataFormatException(file, context == null ? "" : context.pathAsPointer().toString(),
            snippet(new String(chars, 0, length), parser.currentTokenLocation()),
            "is not valid JSON: a number too large to read (" + ex.getMessage() + ")", ex);
      }
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
