package dev.prospectus.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void test_parse_keepsDecimalAsWritten() {
    JsonNode root = parse("{\"v\": 12.50, \"w\": 1200}");

    // scale 2: the trailing zero is part of what was written
    assertThat(root.get("v").decimalValue()).isEqualTo(new BigDecimal("12.50"));
    assertThat(root.get("v").toString()).isEqualTo("12.50");
    assertThat(root.get("w").toString()).isEqualTo("1200");
  }

  @Test
  void test_parse_skipsByteOrderMark() {
    assertThat(parse("\uFEFF{\"company\": \"Acme\"}").get("company").textValue()).isEqualTo("Acme");
  }

  @Test
  void test_parse_duplicateKeyInNestedObject() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> parse("{\"figures\": [{}, {\"unit\": \"EUR\", \"unit\": \"USD\"}]}"))
        .withMessage("t.json at /figures/1: 'unit' is a duplicate key: a key may appear only once in an object");
  }

  @Test
  void test_parse_numberBeyondWhatBigDecimalTakes() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> parse("{\"figures\": [{\"v\": 123e456789012345678901234567890}]}"))
        .withMessageStartingWith("t.json at /figures/0/v: ")
        .withMessageContaining("is not valid JSON: a number too large to read");
  }

  @Test
  void test_parse_unexpectedEnd() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> parse("{\"a\": [1, 2"))
        .withMessage("t.json at /a/1: '{\"a\": [1, 2' is not valid JSON: Unexpected end-of-input: "
            + "expected close marker for Array (line 1, column 12)");
  }

  @Test
  void test_parse_commentIsNotJson() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> parse("{\"a\": \"x\" // why\n}"))
        .withMessage("t.json at /a: '{\"a\": \"x\" // why }' is not valid JSON: Unexpected character ('/' (code 47)): "
            + "maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled "
            + "for parser) (line 1, column 11)");
  }

  @Test
  void test_parse_whitespaceOnlyIsEmpty() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> parse(" \n "))
        .withMessage("t.json at : '' is empty where a JSON object is required");
  }

  private static JsonNode parse(String json) {
    return JsonText.parse(json.getBytes(StandardCharsets.UTF_8), "t.json");
  }

  //-------------------------------------------------------------------------
  // Text a terminal would obey is refused wherever it stands, and never quoted raw in a message.
  @Test
  void test_parse_escapeInValueRefused() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> parse("{\"figures\": [{\"quote\": \"revenue \\u001b[2J\\u001b]0;owned\\u0007 grew\"}]}"))
        .satisfies(ex -> {
          assertThat(ex.pointer()).isEqualTo("/figures/0/quote");
          assertThat(ex.value()).isEqualTo("revenue \u001b[2J\u001b]0;owned\u0007 grew");
          assertThat(ex.getMessage()).isEqualTo("t.json at /figures/0/quote: 'revenue \\u001b[2J\\u001b]0;owned"
              + "\\u0007 grew' is holding ESCAPE (U+001B) at character 8: control characters and bidirectional"
              + " overrides are refused, as a terminal would obey them rather than show them");
        });
  }

  @Test
  void test_parse_bidiOverrideAndCarriageReturnRefused() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> parse("{\"a\": [\"ok\", \"x\\u202Ey\"]}"))
        .withMessage("t.json at /a/1: 'x\\u202ey' is holding RIGHT-TO-LEFT OVERRIDE (U+202E) at character 1: control"
            + " characters and bidirectional overrides are refused, as a terminal would obey them rather than show"
            + " them");
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> parse("{\"a\": \"100%\\rCONSISTENT\"}"))
        .satisfies(ex -> assertThat(ex.problem()).startsWith("is holding CARRIAGE RETURN (CR) (U+000D) at"));
  }

  @Test
  void test_parse_controlInKeyRefusedAtItsObject() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> parse("{\"figures\": [{\"note\\u0007\": \"x\"}]}"))
        .withMessage("t.json at /figures/0: 'note\\u0007' is a key holding BEL (U+0007) at character 4: control"
            + " characters and bidirectional overrides are refused, as a terminal would obey them rather than show"
            + " them");
  }

  @Test
  void test_parse_rawControlInJsonTextNotQuotedRaw() {
    // JSON itself forbids it unescaped; the message quotes the text around it, escaped.
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> parse("{\"a\": \"x\u001b[31my\"}"))
        .satisfies(ex -> {
          assertThat(ex.getMessage()).doesNotContain("\u001b").contains("\\u001b[31m");
          assertThat(ex.problem()).startsWith("is not valid JSON: Illegal unquoted character");
        });
  }

  @Test
  void test_parse_tabAndLineFeedTaken() {
    // A quote may span lines, as a quoted list does.
    assertThat(parse("{\"quote\": \"- 2023\\n- 2024\\tx\"}").get("quote").textValue()).isEqualTo("- 2023\n- 2024\tx");
  }

  @Test
  void test_parse_byteOrderMarkLeavesMessagesAsWithout() {
    // Offsets and snippets count from after the mark, as they did when the text was a String without it.
    for (String json : new String[] {"{\"a\": [1, 2", "{\"a\": 1} {\"b\": 2}", "{\"a\": \"x\" // why\n}", " "}) {
      String without = messageOf(json);
      assertThat(messageOf("\uFEFF" + json)).isEqualTo(without).isNotEmpty();
    }
  }

  @Test
  void test_parse_notUtf8NamesTheByte() {
    byte[] bytes = {'{', '"', 'a', '"', ':', ' ', '"', (byte) 0xC3, '(', '"', '}'};
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> JsonText.parse(bytes, "t.json"))
        .withMessageContaining("'0xC3' is not UTF-8: the byte at offset 7 does not belong to a UTF-8 character");
  }

  private static String messageOf(String json) {
    try {
      parse(json);
      return "";
    } catch (DataFormatException ex) {
      return ex.getMessage();
    }
  }
}
