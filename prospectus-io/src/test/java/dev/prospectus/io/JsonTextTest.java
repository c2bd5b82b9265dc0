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
}
