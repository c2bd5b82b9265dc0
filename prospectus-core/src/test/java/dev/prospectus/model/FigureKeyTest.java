package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FigureKeyTest {

  private static final String PERIOD_FORMS = "expected FY2024, 9M2025, H1 2025, 2025-01-01..2025-09-30 or 2025-09-30";

  static Object[][] data_keys() {
    return new Object[][] {
        {FigureKey.of(Metric.REVENUE, Fixtures.FY2024), "revenue/total/FY2024"},
        {FigureKey.of(Metric.REVENUE, Fixtures.HARDWARE, Fixtures.NINE_MONTHS_2025), "revenue/hardware/9M2025"},
        {FigureKey.of(Metric.CASH_RESERVES, Fixtures.SEP_30_2025), "cash_reserves/total/2025-09-30"},
        {FigureKey.of(Metric.of("robots_shipped"), FiscalPeriod.fiscalYear(2025, MonthDay.of(3, 31))),
            "robots_shipped/total/2024-04-01..2025-03-31"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_keys")
  void test_toString(FigureKey key, String text) {
    assertThat(key).hasToString(text);
  }

  @ParameterizedTest
  @MethodSource("data_keys")
  void test_parse_roundTrip(FigureKey key, String text) {
    assertThat(FigureKey.parse(text)).isEqualTo(key);
    assertThat(FigureKey.parse(key.toString())).isEqualTo(key);
  }

  @Test
  void test_of_total() {
    FigureKey key = FigureKey.of(Metric.REVENUE, Fixtures.FY2024);
    assertThat(key.metric()).isEqualTo(Metric.REVENUE);
    assertThat(key.segment()).isEqualTo(Segment.TOTAL);
    assertThat(key.period()).isEqualTo(Fixtures.FY2024);
    assertThat(key).isEqualTo(new FigureKey(Metric.REVENUE, Segment.TOTAL, Fixtures.FY2024))
        .hasSameHashCodeAs(new FigureKey(Metric.REVENUE, Segment.TOTAL, Fixtures.FY2024));
    assertThat(key).isNotEqualTo(FigureKey.of(Metric.REVENUE, Fixtures.FY2023));
    assertThat(key).isNotEqualTo(FigureKey.of(Metric.REVENUE, Fixtures.HARDWARE, Fixtures.FY2024));
  }

  @Test
  void test_parse_withFiscalYearEnd() {
    // with the year ending 31 March, FY2025 is 2024-04-01 to 2025-03-31 and H1 2025 its first six months
    assertThat(FigureKey.parse("revenue/total/FY2025", MonthDay.of(3, 31))).isEqualTo(FigureKey.of(Metric.REVENUE,
        FiscalPeriod.ofClosed(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31))));
    assertThat(FigureKey.parse(" revenue/hardware/H1 2025 ", MonthDay.of(3, 31))).isEqualTo(FigureKey.of(
        Metric.REVENUE, Fixtures.HARDWARE, FiscalPeriod.ofClosed(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 9, 30))));
  }

  static Object[][] data_parse_invalid() {
    return new Object[][] {
        {"revenue/FY2024", "Unable to parse figure key: 'revenue/FY2024': expected metric/segment/period"},
        {"revenue", "Unable to parse figure key: 'revenue': expected metric/segment/period"},
        {"revenue/total/FY24", "Unable to parse figure key: 'revenue/total/FY24': Unable to parse period: 'FY24': "
            + PERIOD_FORMS},
        {"revenue/total/FY2024/x", "Unable to parse figure key: 'revenue/total/FY2024/x': Unable to parse period: "
            + "'FY2024/x': " + PERIOD_FORMS},
        {"revenue/total/13M2025", "Unable to parse figure key: 'revenue/total/13M2025': Unable to parse period: "
            + "'13M2025': months must be 1 to 12"},
        {"Revenue/total/FY2024", "Unable to parse figure key: 'Revenue/total/FY2024': Invalid metric id 'Revenue': "
            + "expected [a-z][a-z0-9_]*"},
        {"revenue//FY2024", "Unable to parse figure key: 'revenue//FY2024': Invalid segment id '': "
            + "expected [a-z][a-z0-9_]*"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_parse_invalid")
  void test_parse_invalid(String text, String message) {
    assertThatIllegalArgumentException().isThrownBy(() -> FigureKey.parse(text)).withMessage(message);
  }

  @Test
  void test_nulls() {
    assertThatIllegalArgumentException().isThrownBy(() -> FigureKey.of(null, Fixtures.FY2024))
        .withMessage("Argument 'metric' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> FigureKey.of(Metric.REVENUE, null, Fixtures.FY2024))
        .withMessage("Argument 'segment' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> FigureKey.of(Metric.REVENUE, null))
        .withMessage("Argument 'period' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> FigureKey.parse(null))
        .withMessage("Argument 'text' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> FigureKey.parse("revenue/total/FY2024", null))
        .withMessage("Argument 'fiscalYearEnd' must not be null");
  }
}
