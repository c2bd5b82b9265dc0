package dev.prospectus.docs;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Section[title=Margins, results=[]]",
      "[MetricDefinition[metric=revenue, label=Revenue]]",
      "java.io.PrintStream@67a20f67",
      "Uniform(20700000, 23222222.22222222222222222222222222) USD"})
  void test_assertReadable_rejects(String shown) {
    assertThatThrownBy(() -> DocCheck.assertReadable("page", 1, shown)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("page, block at line 1 shows");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "782.17% [782.02%, 782.31%]",
      "revenue-growth-fy2024  CONSISTENT  computed 782.08% [780.66%, 783.51%] vs reported 782.2% [782.15%, 782.25%]",
      "revenue FY2023 = 346萬 USD [3455000, 3465000] (qbitai-seed)",
      "[FY2022, FY2023, 6M2024, FY2024, 6M2025]",
      "revenue_share consumer 9M2025 = 71.1 % [71.05, 71.15] (datumintell-05-financials)",
      "\"MiniMax Group Inc.\""})
  void test_assertReadable_accepts(String shown) {
    assertThatCode(() -> DocCheck.assertReadable("page", 1, shown)).doesNotThrowAnyException();
  }
}
