package dev.prospectus.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrintableTest {

  @ParameterizedTest
  @ValueSource(chars = {'\u0000', '\u0007', '\u0008', '\r', '\u001b', '\u001f', '\u007f', '\u0080', '\u009b', '\u009f',
      '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'})
  void test_isUnsafe(char c) {
    assertThat(Printable.isUnsafe(c)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(chars = {'\t', '\n', ' ', '~', '\u00a0', '萬', '％', '\u2029', '\u2065', '\u206a', '\u2029', '\u200f',
      '\ufeff'})
  void test_isSafe(char c) {
    assertThat(Printable.isUnsafe(c)).isFalse();
  }

  @Test
  void test_escape() {
    assertThat(Printable.escape("346萬美元\t(\n)")).isEqualTo("346萬美元\t(\n)");
    assertThat(Printable.escape("\u001b[31mred\u001b[0m")).isEqualTo("\\u001b[31mred\\u001b[0m");
    assertThat(Printable.escape("a\u202eb\u0007")).isEqualTo("a\\u202eb\\u0007");
  }

  @Test
  void test_firstUnsafe() {
    assertThat(Printable.firstUnsafe("fine")).isEqualTo(-1);
    assertThat(Printable.firstUnsafe("ok\u009b2J")).isEqualTo(2);
  }

  @Test
  void test_name() {
    assertThat(Printable.name('\u001b')).isEqualTo("ESCAPE (U+001B)");
    assertThat(Printable.name('\u202e')).isEqualTo("RIGHT-TO-LEFT OVERRIDE (U+202E)");
  }
}
