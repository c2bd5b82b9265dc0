package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnclosureTest {

  static Stream<Arguments> data_compare() {
    return Stream.of(
        // certainly below, certainly above
        Arguments.of(780.66, 780.67, "782.15", -1),
        Arguments.of(783.50, 783.51, "782.25", 1),
        // the bounds reach the decimal, or come within a unit in the last place of its double
        Arguments.of(782.1, 782.2, "782.15", 0),
        Arguments.of(782.15, 782.15, "782.15", 0),
        Arguments.of(Math.nextUp(782.15), Math.nextUp(782.15), "782.15", 0),
        Arguments.of(Math.nextUp(Math.nextUp(782.15)), 783.0, "782.15", 1),
        // a decimal beyond a double
        Arguments.of(1.0, 2.0, "1E+400", 0),
        Arguments.of(1.0, 2.0, "-1E+400", 0),
        // zero
        Arguments.of(-Double.MIN_VALUE, Double.MIN_VALUE, "0", 0),
        Arguments.of(0.5, 1.0, "0", 1));
  }

  @ParameterizedTest
  @MethodSource("data_compare")
  void test_compare(double min, double max, String value, int expected) {
    assertThat(Enclosure.compare(min, max, new BigDecimal(value))).isEqualTo(expected);
  }

  @Test
  void test_compareEnds() {
    Enclosure growth = new Enclosure(782.08, 782.09, 780.66, 780.67, 783.50, 783.51);
    assertThat(growth.compareLowTo(new BigDecimal("782.25"))).isEqualTo(-1);
    assertThat(growth.compareHighTo(new BigDecimal("782.15"))).isEqualTo(1);
    assertThat(growth.compareLowTo(new BigDecimal("780.665"))).isEqualTo(Enclosure.UNDECIDED);
    assertThat(growth.compareHighTo(new BigDecimal("800"))).isEqualTo(-1);
    assertThat(growth.compareLowTo(new BigDecimal("-5"))).isEqualTo(1);
  }

  @Test
  void test_invalid() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Enclosure(2, 1, 0, 0, 3, 3))
        .withMessage("Invalid enclosure of the point: expected finite bounds with min <= max but found [2.0, 1.0]");
    assertThatIllegalArgumentException().isThrownBy(() -> new Enclosure(1, 1, Double.NaN, 0, 3, 3))
        .withMessage("Invalid enclosure of the low: expected finite bounds with min <= max but found [NaN, 0.0]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Enclosure(1, 1, 0, 0, 3, Double.POSITIVE_INFINITY))
        .withMessage("Invalid enclosure of the high: expected finite bounds with min <= max but found [3.0, Infinity]");
    assertThatIllegalArgumentException().isThrownBy(() -> new Enclosure(1, 1, 4, 5, 2, 3))
        .withMessage("Invalid enclosure: the low end's lower bound 4.0 exceeds the high end's upper bound 3.0");
  }
}
