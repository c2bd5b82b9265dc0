package dev.prospectus.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Enclosure;
import dev.prospectus.model.Qualifier;
import java.math.BigDecimal;
import java.util.Random;
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

  static Stream<Arguments> data_judgeOnBounds() {
    // C = [10, 20] held by bounds a unit in the last place either side; null: an end touches R's,
    // which bounds never decide. Every other row as test_judge.
    return Stream.of(
        Arguments.of(Relation.EQUAL, "15", "25", VerdictStatus.CONSISTENT),
        Arguments.of(Relation.EQUAL, "20", "25", null),
        Arguments.of(Relation.EQUAL, "20.01", "25", VerdictStatus.INCONSISTENT),
        Arguments.of(Relation.ABOUT, "0", "9.99", VerdictStatus.INCONSISTENT),
        Arguments.of(Relation.NEARLY, "5", "10", null),
        Arguments.of(Relation.GREATER, "9.99", "9.99", VerdictStatus.CONSISTENT),
        Arguments.of(Relation.GREATER, "10", "10", null),
        Arguments.of(Relation.GREATER, "20", "20", null),
        Arguments.of(Relation.GREATER_OR_EQUAL, "10", "10", null),
        Arguments.of(Relation.GREATER_OR_EQUAL, "20", "20", null),
        Arguments.of(Relation.GREATER_OR_EQUAL, "20.01", "21", VerdictStatus.INCONSISTENT),
        Arguments.of(Relation.LESS, "20.01", "30", VerdictStatus.CONSISTENT),
        Arguments.of(Relation.LESS, "20", "20", null),
        Arguments.of(Relation.LESS, "5", "10", null),
        Arguments.of(Relation.LESS_OR_EQUAL, "20", "30", null),
        Arguments.of(Relation.LESS_OR_EQUAL, "10", "10", null),
        Arguments.of(Relation.LESS_OR_EQUAL, "5", "9.99", VerdictStatus.INCONSISTENT),
        Arguments.of(Relation.GREATER, "15", "25", VerdictStatus.UNDECIDABLE),
        Arguments.of(Relation.LESS_OR_EQUAL, "20.5", "21", VerdictStatus.CONSISTENT),
        Arguments.of(Relation.GREATER_OR_EQUAL, "0", "9.5", VerdictStatus.CONSISTENT),
        Arguments.of(Relation.LESS, "0", "9.5", VerdictStatus.INCONSISTENT));
  }

  @ParameterizedTest
  @MethodSource("data_judgeOnBounds")
  void test_judgeOnBounds(Relation relation, String low, String high, VerdictStatus expected) {
    Enclosure tenToTwenty = new Enclosure(Math.nextDown(15.0), Math.nextUp(15.0), Math.nextDown(10.0),
        Math.nextUp(10.0), Math.nextDown(20.0), Math.nextUp(20.0));
    assertThat(relation.judgeOnBounds(tenToTwenty, DecimalRange.ofClosed(low, high))).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Relation.class)
  void test_judgeOnBounds_unboundedReported(Relation relation) {
    Enclosure tenToTwenty = new Enclosure(15, 15, 10, 10, 20, 20);
    DecimalRange atLeast30 = DecimalRange.atLeast(new BigDecimal("30"));
    DecimalRange atMost5 = DecimalRange.atMost(new BigDecimal("5"));
    assertThat(relation.judgeOnBounds(tenToTwenty, atLeast30)).isEqualTo(relation.judge(
        DecimalRange.ofClosed("10", "20"), atLeast30));
    assertThat(relation.judgeOnBounds(tenToTwenty, atMost5)).isEqualTo(relation.judge(
        DecimalRange.ofClosed("10", "20"), atMost5));
    assertThat(relation.judgeOnBounds(tenToTwenty, DecimalRange.unbounded())).isEqualTo(relation.judge(
        DecimalRange.ofClosed("10", "20"), DecimalRange.unbounded()));
  }

  @Test
  void test_judgeOnBounds_agreesWithJudge_onRandomRanges() {
    // Ends of 34 digits next to printed ones: the bounds decide what they can, never otherwise than judge.
    Random random = new Random(12);
    int decided = 0;
    for (int i = 0; i < 20_000; i++) {
      BigDecimal low = BigDecimal.valueOf(random.nextInt(2_000) - 1_000, 1)
          .add(BigDecimal.valueOf(random.nextInt(3) - 1, 33));
      BigDecimal high = low.add(BigDecimal.valueOf(random.nextInt(50), 1))
          .add(BigDecimal.valueOf(random.nextInt(2), 33));
      DecimalRange computed = DecimalRange.ofClosed(low, high);
      Enclosure bounds = new Enclosure(0, 0, Math.nextDown(low.doubleValue()), Math.nextUp(low.doubleValue()),
          Math.nextDown(high.doubleValue()), Math.nextUp(high.doubleValue()));
      BigDecimal rLow = BigDecimal.valueOf(random.nextInt(2_000) - 1_000, 1);
      DecimalRange reported = DecimalRange.ofClosed(rLow, rLow.add(BigDecimal.valueOf(random.nextInt(20), 1)));
      for (Relation relation : Relation.values()) {
        VerdictStatus onBounds = relation.judgeOnBounds(bounds, reported);
        if (onBounds != null) {
          decided++;
          assertThat(onBounds).as(relation + " " + computed + " " + reported).isEqualTo(relation.judge(computed,
              reported));
        }
      }
    }
    // Most pairs lie apart by more than the bounds' width; ties and near-ties are left to judge.
    assertThat(decided).isBetween(120_000, 140_000);
  }

  @Test
  void test_isInequality() {
    assertThat(Stream.of(Relation.values()).filter(Relation::isInequality))
        .containsExactly(Relation.GREATER, Relation.GREATER_OR_EQUAL, Relation.LESS, Relation.LESS_OR_EQUAL);
  }
}
