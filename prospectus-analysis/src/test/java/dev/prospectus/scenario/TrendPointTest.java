package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.FiscalPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrendPointTest {

  private static final FiscalPeriod NINE_MONTHS = FiscalPeriod.monthsEnded(9, LocalDate.of(2025, 9, 30));

  @Test
  void test_annualisedValue_interimTimesTwelveOverMonths() {
    // 15 over nine months x 12 / 9 = 20 a year
    TrendPoint point = TrendPoint.of(NINE_MONTHS, usd("15"));
    assertThat(point.isAnnualised()).isTrue();
    assertThat(point.annualisedValue()).isEqualByComparingTo("20");
    assertThat(point.toString()).isEqualTo("given 15 9M2025 (annualised x 12/9)");
  }

  @Test
  void test_annualisedValue_fullYearUnchanged() {
    TrendPoint point = TrendPoint.of(FiscalPeriod.fiscalYear(2024), usd("30.52"));
    assertThat(point.isAnnualised()).isFalse();
    assertThat(point.annualisedValue()).isEqualTo("30.52");
    assertThat(point.toString()).isEqualTo("given 30.52 FY2024");
  }

  @Test
  void test_annualisedValue_longerThanAYear() {
    // 18 months: 36 x 12 / 18 = 24 a year
    TrendPoint point = TrendPoint.of(FiscalPeriod.monthsEnded(18, LocalDate.of(2025, 6, 30)), usd("36"));
    assertThat(point.annualisedValue()).isEqualByComparingTo("24");
  }

  @Test
  void test_equality() {
    assertThat(TrendPoint.of(NINE_MONTHS, Fixtures.loss9m2025())).isEqualTo(TrendPoint.of(NINE_MONTHS,
        Fixtures.loss9m2025())).isNotEqualTo(TrendPoint.of(FiscalPeriod.fiscalYear(2025), Fixtures.loss9m2025()));
  }

  @Test
  void test_of_nullValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> TrendPoint.of(NINE_MONTHS, null))
        .withMessage("Argument 'value' must not be null");
  }
}
