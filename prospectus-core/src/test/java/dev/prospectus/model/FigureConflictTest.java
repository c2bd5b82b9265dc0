package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FigureConflictTest {

  private static final FigureConflict CONFLICT =
      FigureConflict.of(Fixtures.REVENUE_2024_ARTICLE, Fixtures.REVENUE_2024_PROSPECTUS);

  @Test
  void test_accessors() {
    assertThat(CONFLICT.first()).isEqualTo(Fixtures.REVENUE_2024_ARTICLE);
    assertThat(CONFLICT.second()).isEqualTo(Fixtures.REVENUE_2024_PROSPECTUS);
    assertThat(CONFLICT).isEqualTo(FigureConflict.of(Fixtures.REVENUE_2024_ARTICLE, Fixtures.REVENUE_2024_PROSPECTUS));
    assertThat(CONFLICT).isNotEqualTo(FigureConflict.of(Fixtures.REVENUE_2024_PROSPECTUS,
        Fixtures.REVENUE_2024_ARTICLE));
  }

  @Test
  void test_toString() {
    // 3052萬 is [30.515M, 30.525M], US$30.38 million is [30.375M, 30.385M]
    assertThat(CONFLICT).hasToString("revenue/total/FY2024: 3052萬 USD [30515000, 30525000] (daily-2025-12-02)"
        + " vs 30.38 million USD [30375000, 30385000] (lumen-prospectus-2025)");
  }

  @Test
  void test_nulls() {
    assertThatIllegalArgumentException().isThrownBy(() -> FigureConflict.of(null, Fixtures.REVENUE_2023))
        .withMessage("Argument 'first' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> FigureConflict.of(Fixtures.REVENUE_2023, null))
        .withMessage("Argument 'second' must not be null");
  }
}
