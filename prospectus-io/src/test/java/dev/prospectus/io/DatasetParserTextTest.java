package dev.prospectus.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scans of {@link DatasetParser} take exactly the texts of the rules they replace. */
class DatasetParserTextTest {

  @Test
  void test_isPlainNumber_asTheRule() {
    assertSameLanguage(Pattern.compile("[+-]?\\d+(\\.\\d+)?"), "+-.019a٣", 6, DatasetParser::isPlainNumber);
  }

  @Test
  void test_isRoundingUnit_asTheRule() {
    assertSameLanguage(Pattern.compile("1(0)*|0\\.(0)*1"), "01.2", 7, DatasetParser::isRoundingUnit);
  }

  @Test
  void test_isId_asTheRule() {
    assertSameLanguage(Pattern.compile("[a-z0-9][a-z0-9._-]*"), "az09._-A/", 4, DatasetParser::isId);
  }

  private static void assertSameLanguage(Pattern rule, String alphabet, int maxLength,
      java.util.function.Predicate<String> scan) {
    List<String> texts = new ArrayList<>(List.of(""));
    int checked = 0;
    for (int length = 0; length <= maxLength; length++) {
      List<String> longer = new ArrayList<>();
      for (String text : texts) {
        assertThat(scan.test(text)).as("'%s'", text).isEqualTo(rule.matcher(text).matches());
        checked++;
        for (char c : alphabet.toCharArray()) {
          longer.add(text + c);
        }
      }
      texts = longer;
    }
    assertThat(checked).isGreaterThan(1000);
  }
}
