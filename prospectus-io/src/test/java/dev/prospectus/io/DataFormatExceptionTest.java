package dev.prospectus.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DateTimeException;
import org.junit.jupiter.api.Test;

class DataFormatExceptionTest {

  @Test
  void test_constructor_messageNamesFilePointerValueAndProblem() {
    DataFormatException ex = new DataFormatException(
        "data/minimax/dataset.json", "/figures/3/value", "3052萬", "is not a number");

    assertThat(ex).hasMessage("data/minimax/dataset.json at /figures/3/value: '3052萬' is not a number")
        .hasNoCause()
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ex.file()).isEqualTo("data/minimax/dataset.json");
    assertThat(ex.pointer()).isEqualTo("/figures/3/value");
    assertThat(ex.value()).isEqualTo("3052萬");
    assertThat(ex.problem()).isEqualTo("is not a number");
  }

  @Test
  void test_constructor_keepsCause() {
    DateTimeException cause = new DateTimeException("Invalid period: end 2025-01-01 is before start 2025-09-30");

    DataFormatException ex = new DataFormatException("classpath:/datasets/x/dataset.json", "/figures/0/period",
        "2025-09-30..2025-01-01", "is not a period: its end is before its start", cause);

    assertThat(ex).hasMessage("classpath:/datasets/x/dataset.json at /figures/0/period: '2025-09-30..2025-01-01' "
        + "is not a period: its end is before its start").hasCause(cause);
  }

  @Test
  void test_constructor_rootPointerAndMissingValueAreEmpty() {
    // RFC 6901: the whole document is the empty pointer; a missing field has the empty value
    DataFormatException ex = new DataFormatException("d.json", "", "", "is empty where a JSON object is required");

    assertThat(ex).hasMessage("d.json at : '' is empty where a JSON object is required");
    assertThat(ex.pointer()).isEmpty();
    assertThat(ex.value()).isEmpty();
  }

  @Test
  void test_constructor_nullArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DataFormatException("d.json", null, "x", "is bad"))
        .withMessage("Argument 'pointer' must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DataFormatException(null, "", "x", "is bad"))
        .withMessage("Argument 'file' must not be null");
  }
}
