package dev.prospectus.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Qualifier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RelationTest {

  @ParameterizedTest
  @EnumSource(Relation.class)
  void test_parse_roundTrip(Relation relation) {
    assertThat(Relation.parse(relation.toString())).isEqualTo(relation);
  }

  @Test
  void test_parse_unknown() {
    assertThatIllegalArgumentException().isThrownBy(() -> Relation.parse("=="))
        .withMessage("Unknown relation '==': expected one of [=, >, >=, <, <=, about, nearly]");
  }

  static Stream<Arguments> data_qualifiers() {
    return Stream.of(
        Arguments.of(Qualifier.EXACT, Relation.EQUAL),
        Arguments.of(Qualifier.OVER, Relation.GREATER),
        Arguments.of(Qualifier.AT_LEAST, Relation.GREATER_OR_EQUAL),
        Arguments.of(Qualifier.UNDER, Relation.LESS),
        Arguments.of(Qualifier.AT_MOST, Relation.LESS_OR_EQUAL),
        Arguments.of(Qualifier.ABOUT, Relation.ABOUT),
        Arguments.of(Qualifier.NEARLY, Relation.NEARLY));
  }

  @ParameterizedTest
  @MethodSource("data_qualifiers")
  void test_of_qualifier(Qualifier qualifier, Relation expected) {
    assertThat(Relation.of(qualifier)).isEqualTo(expected);
  }

  static Stream<Arguments> data_judge() {
    // C = [10, 20] throughout; R varies. Closed ranges: touching ends count.
    return Stream.of(
        Arguments.of(Relation.EQUAL, "15", "25", VerdictStatus.CONSISTENT),
        Arguments.of(Relation.EQUAL, "20", "25", VerdictStatus.CONSISTENT),
        Arguments.of(Relation.EQUAL, "20.01", "25", VerdictStatus.INCONSISTENT),
        Arguments.of(Relation.ABOUT, "0", "9.99", VerdictStatus.INCONSISTENT),
        Arguments.of(Relation.NEARLY, "5", "10", VerdictStatus.CONSISTENT),
        // > : c1 > r2 consistent; c2 <= r1 inconsistent
        Arguments.of(Relation.GREATER, "9.99", "9.99", VerdictStatus.CONSISTENT),
        Arguments.of(Relation.GREATER, "10", "10", VerdictStatus.UNDECIDABLE),
        Arguments.of(Relation.GREATER, "20", "20", VerdictStatus.INCONSISTENT),
        // >= : c1 >= r2 consistent; c2 < r1 inconsistent
        Arguments.of(Relation.GREATER_OR_EQUAL, "10", "10", VerdictStatus.CONSISTENT),
        Arguments.of(Relation.GREATER_OR_EQUAL, "20", "20", VerdictStatus.UNDECIDABLE),
        Arguments.of(Relation.GREATER_OR_EQUAL, "20.01", "21", VerdictStatus.INCONSISTENT),
        // < : c2 < r1 consistent; c1 >= r2 inconsistent
        Arguments.of(Relation.LESS, "20.01", "30", VerdictStatus.CONSISTENT),
        Arguments.of(Relation.LESS, "20", "20", VerdictStatus.UNDECIDABLE),
        Arguments.of(Relation.LESS, "5", "10", VerdictStatus.INCONSISTENT),
        // <= : c2 <= r1 consistent; c1 > r2 inconsistent
        Arguments.of(Relation.LESS_OR_EQUAL, "20", "30", VerdictStatus.CONSISTENT),
        Arguments.of(Relation.LESS_OR_EQUAL, "10", "10", VerdictStatus.UNDECIDABLE),
        Arguments.of(Relation.LESS_OR_EQUAL, "5", "9.99", VerdictStatus.INCONSISTENT),
        // a range on the other side: [15, 25] overlaps, so > can hold for some pairs only
        Arguments.of(Relation.GREATER, "15", "25", VerdictStatus.UNDECIDABLE));
  }

  @ParameterizedTest
  @MethodSource("data_judge")
  void test_judge(Relation relation, String low, String high, VerdictStatus expected) {
    assertThat(relation.judge(DecimalRange.ofClosed("10", "20"), DecimalRange.ofClosed(low, high))).isEqualTo(expected);
  }

  @Test
  void test_isInequality() {
    assertThat(Stream.of(Relation.values()).filter(Relation::isInequality))
        .containsExactly(Relation.GREATER, Relation.GREATER_OR_EQUAL, Relation.LESS, Relation.LESS_OR_EQUAL);
  }
}
