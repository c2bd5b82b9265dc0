package dev.prospectus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FigureParseExceptionTest {

  @Test
  void test_constructor_messageNamesTextPositionAndProblem() {
    FigureParseException ex = new FigureParseException("3052萬美元x", 7, "unexpected 'x'");
    assertThat(ex).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unable to parse figure '3052萬美元x' at position 7: unexpected 'x'");
    assertThat(ex.text()).isEqualTo("3052萬美元x");
    assertThat(ex.position()).isEqualTo(7);
    assertThat(ex.problem()).isEqualTo("unexpected 'x'");
  }

  @Test
  void test_constructor_positionAtEndOfText() {
    // the text ended where a number was expected: position = length = 2
    FigureParseException ex = new FigureParseException("超過", 2, "expected a number");
    assertThat(ex).hasMessage("Unable to parse figure '超過' at position 2: expected a number");
  }

  @Test
  void test_constructor_positionOutsideText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new FigureParseException("超過", 3, "expected a number"))
        .withMessage("Argument 'position' must be between 0 and 2 but has value 3");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new FigureParseException("超過", -1, "expected a number"))
        .withMessage("Argument 'position' must be between 0 and 2 but has value -1");
  }

  @Test
  void test_constructor_badArguments() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new FigureParseException(null, 0, "expected a number"))
        .withMessage("Argument 'text' must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new FigureParseException("x", 0, " "))
        .withMessage("Argument 'problem' must not be blank but has value ' '");
  }
}
