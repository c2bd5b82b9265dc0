package dev.prospectus.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prospectus.format.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonText#parse} reads a valid file from its bytes and anything else the strict way: the
 * two must agree on every input, in the tree and in the message.
 */
class JsonTextFirstAttemptTest {

  private static final String SAMPLE = "{\"company\": \"Acme 合成公司\", \"n\": [1, -2, 12.50, 1e3, 99999999999,"
      + " 123456789012345678901234567890, true, null], \"o\": {\"a\": {\"b\": []}, \"c\": \"x—y “q”\"}}";

  @Test
  void test_scan_takesWhatTheJdkDecoderTakes() {
    Random random = new Random(42);
    byte[] alphabet = {'a', '{', '"', 0x7F, (byte) 0x80, (byte) 0x8F, (byte) 0x90, (byte) 0x9F, (byte) 0xA0,
        (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xE2, (byte) 0xED,
        (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF, (byte) 0xAA, (byte) 0x81};
    for (int t = 0; t < 50_000; t++) {
      // Long enough, at times, for the eight-byte steps over ASCII.
      byte[] bytes = new byte[1 + random.nextInt(t % 2 == 0 ? 6 : 24)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = random.nextInt(3) == 0 ? (byte) "ab\\\0".charAt(random.nextInt(4))
            : alphabet[random.nextInt(alphabet.length)];
      }
      assertThat(JsonText.scan(bytes) >= 0).as("%s", hex(bytes)).isEqualTo(jdkTakes(bytes));
    }
  }

  @Test
  void test_scan_flagsEveryCharacterPrintableRefuses() {
    for (int cp = 1; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isSurrogate((char) cp) && cp <= 0xFFFF || cp < 0x20 && cp != '\\') {
        continue;
      }
      String text = new String(Character.toChars(cp));
      boolean unsafe = cp <= 0xFFFF && Printable.isUnsafe((char) cp);
      int expected = unsafe || cp == '\\' ? 1 : 0;
      assertThat(JsonText.scan(text.getBytes(StandardCharsets.UTF_8))).as("U+%04X", cp).isEqualTo(expected);
      if (cp < 0x80 || cp % 61 == 0 || unsafe) {
        // Within and after runs of eight ASCII bytes.
        for (String padded : new String[] {"abcdefgh" + text + "ijklmnopq", "abcdefg" + text,
            "abcdefghi" + text + "x"}) {
          assertThat(JsonText.scan(padded.getBytes(StandardCharsets.UTF_8))).as("U+%04X in %s", cp, padded)
              .isEqualTo(expected);
        }
      }
    }
    assertThat(JsonText.scan(new byte[] {'a', 0, 'b'})).isEqualTo(-1);
    assertThat(JsonText.scan("abcdefgh\u0000ijklmnop".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
  }

  @Test
  void test_scan_flagsOnlyEscapesThatCanWriteUnsafeText() {
    for (String safe : new String[] {"\\n", "\\t", "\\\"", "\\/", "\\\\", "\\\\r", "a\\\\\\n"}) {
      assertThat(JsonText.scan(safe.getBytes(StandardCharsets.UTF_8))).as(safe).isEqualTo(0);
    }
    for (String unsafe : new String[] {"\\r", "\\b", "\\f", "\\u0041", "\\\\\\r", "\\", "\\合"}) {
      assertThat(JsonText.scan(unsafe.getBytes(StandardCharsets.UTF_8))).as(unsafe).isEqualTo(1);
    }
  }

  @Test
  void test_parse_agreesWithStrictReadingOnBundledFiles() throws IOException {
    for (String name : DatasetReader.bundledNames()) {
      for (String file : List.of("dataset.json", "claims.json")) {
        try (InputStream in = getClass().getResourceAsStream("/datasets/" + name + "/" + file)) {
          if (in != null) {
            assertAgree(in.readAllBytes());
          }
        }
      }
    }
  }

  @Test
  void test_parse_agreesWithStrictReadingOnMangledText() {
    byte[] sample = SAMPLE.getBytes(StandardCharsets.UTF_8);
    String[] pieces = {"\"", "{", "}", "[", "]", ",", ":", "\\", "\\u001b", "\\u202e", "\\n", "\\\"", " ", "\r\n",
        "0", "-", ".", "e", "1.0", "\u0000", "\uFEFF", "\u202E", "\u0085", "\u007F",
        "\\r", "\\b", "\\f", "\\\\", "\\u0085", "\\u0041", "\"a\": 1,", "\"n\": 2,",
        "\"o\": {},", "null", "tru", "//", "合", "\uD83D\uDE00"};
    Random random = new Random(7);
    for (int t = 0; t < 8_000; t++) {
      byte[] bytes = sample;
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        bytes = mangle(bytes, random, pieces);
      }
      assertAgree(bytes);
    }
  }

  @Test
  void test_parse_repeatedKeyMessagesAsStrict() {
    for (String json : new String[] {"{\"a\": 1, \"a\": 2}", "{\"a\": {}, \"a\": []}",
        "{\"a\": [], \"b\": 1, \"a\": {}}",
        "{\"x\": [{\"a\": {\"b\": 1, \"b\": [}}]}", "{\"x\": {\"c\": 1, \"d\": 2, \"e\": 3, \"d\": 4}}",
        "\uFEFF{\"a\": \"\u202E\", \"a\": 1}"}) {
      assertAgree(json.getBytes(StandardCharsets.UTF_8));
      assertThat(outcome(() -> JsonText.parse(json.getBytes(StandardCharsets.UTF_8), "t.json")))
          .startsWith("error:");
    }
  }

  //-------------------------------------------------------------------------
  private static byte[] mangle(byte[] bytes, Random random, String[] pieces) {
    int at = random.nextInt(bytes.length + 1);
    List<Byte> list = new ArrayList<>();
    for (byte b : bytes) {
      list.add(b);
    }
    switch (random.nextInt(4)) {
      case 0:
        if (at < list.size()) {
          list.remove(at);
        }
        break;
      case 1:
        if (at < list.size()) {
          list.set(at, (byte) random.nextInt(256));
        }
        break;
      default:
        byte[] piece = pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8);
        for (int i = piece.length - 1; i >= 0; i--) {
          list.add(at, piece[i]);
        }
        break;
    }
    byte[] result = new byte[list.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = list.get(i);
    }
    return result;
  }

  private static void assertAgree(byte[] bytes) {
    String fast = outcome(() -> JsonText.parse(bytes, "t.json"));
    String strict = outcome(() -> JsonText.parseStrictly(bytes, "t.json"));
    assertThat(fast).as("%s", new String(bytes, StandardCharsets.UTF_8)).isEqualTo(strict);
  }

  private static String outcome(java.util.function.Supplier<JsonNode> read) {
    try {
      JsonNode root = read.get();
      return "tree: " + root + " " + shape(root);
    } catch (DataFormatException ex) {
      return "error: " + ex.getMessage() + " | " + ex.pointer() + " | " + ex.value() + " | "
          + (ex.getCause() == null ? "" : ex.getCause().getClass().getName());
    } catch (RuntimeException ex) {
      return "other: " + ex;
    }
  }

  /** The node classes, which the text of a tree does not show (an int and a long print alike). */
  private static String shape(JsonNode node) {
    StringBuilder sb = new StringBuilder(node.getClass().getSimpleName());
    if (node.isContainerNode()) {
      sb.append('(');
      node.forEach(child -> sb.append(shape(child)).append(' '));
      sb.append(')');
    } else if (node.isBigDecimal()) {
      sb.append(node.decimalValue().scale());
    }
    return sb.toString();
  }

  private static boolean jdkTakes(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException ex) {
      return false;
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format("%02X ", b & 0xFF));
    }
    return sb.toString();
  }
}
