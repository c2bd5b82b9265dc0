package dev.prospectus.model;

import static dev.prospectus.model.Fixtures.REVENUE_2023;
import static dev.prospectus.model.Fixtures.REVENUE_2024_ARTICLE;
import static dev.prospectus.model.Fixtures.REVENUE_2024_PROSPECTUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FigureBasisTest {

  @ParameterizedTest
  @CsvSource({"reported, REPORTED", "guidance, GUIDANCE", "forecast, FORECAST"})
  void test_parse_word(String word, FigureBasis basis) {
    assertThat(FigureBasis.parse(word)).isEqualTo(basis);
    assertThat(basis.word()).isEqualTo(word);
  }

  @Test
  void test_parse_rejectsOtherWords() {
    assertThatIllegalArgumentException().isThrownBy(() -> FigureBasis.parse("GUIDANCE"))
        .withMessage("Basis 'GUIDANCE' is not one of reported, guidance, forecast");
  }

  @Test
  void test_figure_reportedUnlessMarked() {
    assertThat(REVENUE_2023.basis()).isEqualTo(FigureBasis.REPORTED);
    assertThat(REVENUE_2023.isReported()).isTrue();
    Figure guidance = REVENUE_2023.withBasis(FigureBasis.GUIDANCE);
    assertThat(guidance.isReported()).isFalse();
    // The basis is part of the figure: guidance is not the reported figure it resembles.
    assertThat(guidance).isNotEqualTo(REVENUE_2023);
    assertThat(guidance.withRoundedTo(java.math.BigDecimal.ONE).basis()).isEqualTo(FigureBasis.GUIDANCE);
  }

  @Test
  void test_describeMix() {
    assertThat(FigureBasis.describeMix(List.of(REVENUE_2023, REVENUE_2024_ARTICLE))).isEmpty();
    Figure guidance = REVENUE_2024_PROSPECTUS.withBasis(FigureBasis.GUIDANCE);
    assertThat(FigureBasis.describeMix(List.of(guidance, REVENUE_2023)))
        .contains("mixes guidance (revenue FY2024) with reported actuals (revenue FY2023)");
    assertThat(FigureBasis.describeMix(List.of(guidance, REVENUE_2024_ARTICLE.withBasis(FigureBasis.FORECAST))))
        .contains("rests on guidance (revenue FY2024) and forecast (revenue FY2024), not on reported actuals");
  }
}
