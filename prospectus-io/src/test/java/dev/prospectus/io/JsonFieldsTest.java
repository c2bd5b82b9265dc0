package dev.prospectus.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

  @Test
  void test_pointer_escapesTildeAndSlash() {
    JsonFields source = open("{}", "/figures/3/source");

    // RFC 6901: '~' is written '~0' and '/' is written '~1'
    assertThat(source.pointer("a/b~c")).isEqualTo("/figures/3/source/a~1b~0c");
  }

  @Test
  void test_open_unknownFieldWithSlashInName() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> open("{\"id\": \"x\", \"id/2\": \"y\"}", "/metrics/0"))
        .withMessage("t.json at /metrics/0/id~12: 'id/2' is not a field of a metric: expected one of id, label");
  }

  @Test
  void test_optionalString_absentIsEmpty() {
    assertThat(open("{\"id\": \"x\"}", "").optionalString("label")).isEmpty();
    assertThat(open("{\"id\": \"x\"}", "").optionalString("id")).contains("x");
  }

  @Test
  void test_optionalString_blankIsAnError() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> open("{\"label\": \"\"}", "/metrics/0").optionalString("label"))
        .withMessage("t.json at /metrics/0/label: '' is blank: omit an optional field rather than leave it blank");
  }

  @Test
  void test_string_booleanIsWrongType() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> open("{\"id\": true}", "/metrics/0").string("id"))
        .withMessage("t.json at /metrics/0/id: 'true' is a JSON boolean where a string is required");
  }

  @Test
  void test_shorten_longTextEndsInDots() {
    String sixtyOne = "a".repeat(61);

    // 57 characters and "..." make 60
    assertThat(JsonFields.shorten(sixtyOne)).isEqualTo("a".repeat(57) + "...");
    assertThat(JsonFields.shorten("a".repeat(60))).isEqualTo("a".repeat(60));
  }

  private static JsonFields open(String json, String pointer) {
    return JsonFields.open(JsonText.parse(json.getBytes(StandardCharsets.UTF_8), "t.json"), "t.json", pointer,
        "a metric", List.of("id", "label"));
  }
}
