package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FiscalPeriodTest {

  private static final MonthDay MARCH_END = MonthDay.of(3, 31);

  private static FiscalPeriod closed(String start, String end) {
    return FiscalPeriod.ofClosed(LocalDate.parse(start), LocalDate.parse(end));
  }

  //-------------------------------------------------------------------------
  static Object[][] data_periods() {
    return new Object[][] {
        // start, end (inclusive), toString, days, months, whole months, full year, describe, a year earlier
        {"2024-01-01", "2024-12-31", "FY2024", 366, "12", true, true, "year ended 2024-12-31",
            "2023-01-01..2023-12-31"},
        // 31+28+31+30+31+30+31+31+30 = 273 days
        {"2025-01-01", "2025-09-30", "9M2025", 273, "9", true, false, "9 months ended 2025-09-30",
            "2024-01-01..2024-09-30"},
        // 31+28+31+30+31+30 = 181 days
        {"2025-01-01", "2025-06-30", "6M2025", 181, "6", true, false, "6 months ended 2025-06-30",
            "2024-01-01..2024-06-30"},
        {"2025-01-01", "2025-01-31", "1M2025", 31, "1", true, false, "1 month ended 2025-01-31",
            "2024-01-01..2024-01-31"},
        // FY2025 of a company whose year ends on 31 March; February 2025 has 28 days: 365
        {"2024-04-01", "2025-03-31", "2024-04-01..2025-03-31", 365, "12", true, true, "year ended 2025-03-31",
            "2023-04-01..2024-03-31"},
        // its first six months: 30+31+30+31+31+30 = 183 days
        {"2024-04-01", "2024-09-30", "2024-04-01..2024-09-30", 183, "6", true, false, "6 months ended 2024-09-30",
            "2023-04-01..2023-09-30"},
        {"2025-07-01", "2025-09-30", "2025-07-01..2025-09-30", 92, "3", true, false, "3 months ended 2025-09-30",
            "2024-07-01..2024-09-30"},
        // 18 months: 366 + 181 = 547 days; not a fiscal year, so the closed form
        {"2024-01-01", "2025-06-30", "2024-01-01..2025-06-30", 547, "18", true, false, "18 months ended 2025-06-30",
            "2023-01-01..2024-06-30"},
        // not whole months: 31 + 14 = 45 days, 45 / 30.4375 = 1.4784394...
        {"2025-01-01", "2025-02-14", "2025-01-01..2025-02-14", 45, "1.478439", false, false,
            "45 days ended 2025-02-14", "2024-01-01..2024-02-14"},
        // a year ending on a leap day; a year earlier it ends on the last day of February 2023
        {"2023-03-01", "2024-02-29", "2023-03-01..2024-02-29", 366, "12", true, true, "year ended 2024-02-29",
            "2022-03-01..2023-02-28"},
        {"2024-01-01", "2024-02-29", "2M2024", 60, "2", true, false, "2 months ended 2024-02-29",
            "2023-01-01..2023-02-28"},
        // ending the day before a leap day: 365 / 30.4375 = 11.9917864...; a year earlier it ends on
        // 2023-02-28, not 2023-02-27
        {"2023-03-01", "2024-02-28", "2023-03-01..2024-02-28", 365, "11.991786", false, false,
            "365 days ended 2024-02-28", "2022-03-01..2023-02-28"},
        // the leap day alone: 1 / 30.4375 = 0.0328542...; a year earlier is the 28th
        {"2024-02-29", "2024-02-29", "2024-02-29..2024-02-29", 1, "0.032854", false, false,
            "1 day ended 2024-02-29", "2023-02-28..2023-02-28"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_periods")
  void test_properties(String start, String end, String text, long days, String months, boolean whole,
      boolean fullYear, String description, String yearEarlier) {
    FiscalPeriod period = closed(start, end);
    assertThat(period.start()).isEqualTo(start);
    assertThat(period.endInclusive()).isEqualTo(end);
    assertThat(period.endExclusive()).isEqualTo(LocalDate.parse(end).plusDays(1));
    assertThat(period.isInstant()).isFalse();
    assertThat(period).hasToString(text);
    assertThat(period.lengthInDays()).isEqualTo(days);
    assertThat(period.isWholeMonths()).isEqualTo(whole);
    assertThat(period.isFullYear()).isEqualTo(fullYear);
    assertThat(period.describe()).isEqualTo(description);
  }

  @ParameterizedTest
  @MethodSource("data_periods")
  void test_lengthInMonths(String start, String end, String text, long days, String months, boolean whole,
      boolean fullYear, String description, String yearEarlier) {
    // whole months are exact integers; other spans have exactly six decimals
    assertThat(closed(start, end).lengthInMonths()).isEqualTo(new BigDecimal(months));
  }

  @ParameterizedTest
  @MethodSource("data_periods")
  void test_minusYears(String start, String end, String text, long days, String months, boolean whole,
      boolean fullYear, String description, String yearEarlier) {
    assertThat(closed(start, end).minusYears(1)).isEqualTo(ReportingPeriod.parse(yearEarlier));
  }

  @ParameterizedTest
  @MethodSource("data_periods")
  void test_parse_roundTrip(String start, String end, String text, long days, String months, boolean whole,
      boolean fullYear, String description, String yearEarlier) {
    assertThat(ReportingPeriod.parse(closed(start, end).toString())).isEqualTo(closed(start, end));
  }

  @Test
  void test_minusYears_severalAndZero() {
    assertThat(FiscalPeriod.fiscalYear(2024).minusYears(2)).isEqualTo(FiscalPeriod.fiscalYear(2022));
    assertThat(closed("2025-01-01", "2025-09-30").minusYears(0)).isEqualTo(closed("2025-01-01", "2025-09-30"));
    // four years back from a leap year is a leap year again: the 29th is kept
    assertThat(closed("2024-01-01", "2024-02-29").minusYears(4)).isEqualTo(closed("2020-01-01", "2020-02-29"));
  }

  @Test
  void test_minusYears_fromMarch_keepsTheRuleOfTheDayBefore() {
    // the day before the first, 2025-02-28, goes back to 2024-02-28: the period starts on the 29th
    assertThat(closed("2025-03-01", "2026-02-28").minusYears(1)).isEqualTo(closed("2024-02-29", "2025-02-28"));
    assertThat(closed("2025-03-01", "2026-02-28").isFullYear()).isTrue();
    assertThat(closed("2024-03-01", "2024-05-31").minusYears(1)).isEqualTo(closed("2023-03-01", "2023-05-31"));
    // the last day, 2025-02-28, goes back to 2024-02-28, a day before the end of that February
    assertThat(closed("2024-12-01", "2025-02-28").minusYears(1)).isEqualTo(closed("2023-12-01", "2024-02-28"));
  }

  @Test
  void test_minusYears_and_isFullYear_everyPeriodFromTheFirstOfAMonth() {
    // Every period from the first of a month over eight years, against the rule as documented.
    for (LocalDate start = LocalDate.parse("2019-01-01"); start.getYear() < 2027; start = start.plusMonths(1)) {
      for (int months = 1; months <= 24; months++) {
        FiscalPeriod period = closed(start.toString(), start.plusMonths(months).minusDays(1).toString());
        assertThat(period.isFullYear()).as(period.toString()).isEqualTo(months == 12);
        for (int years = 0; years <= 5; years++) {
          LocalDate end = period.endInclusive().minusYears(years);
          LocalDate first = period.start().minusDays(1).minusYears(years).plusDays(1);
          assertThat(period.minusYears(years)).as(period + " minus " + years)
              .isEqualTo(FiscalPeriod.ofClosed(first.isAfter(end) ? end : first, end));
        }
      }
    }
  }

  @Test
  void test_averageDaysPerMonth() {
    // 365.25 / 12 = 30.4375
    assertThat(FiscalPeriod.AVERAGE_DAYS_PER_MONTH).isEqualByComparingTo("30.4375");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_fiscalYear_calendar() {
    assertThat(FiscalPeriod.fiscalYear(2024)).isEqualTo(closed("2024-01-01", "2024-12-31"));
    assertThat(FiscalPeriod.fiscalYear(2024, ReportingPeriod.CALENDAR_YEAR_END))
        .isEqualTo(FiscalPeriod.fiscalYear(2024));
  }

  static Object[][] data_fiscalYear() {
    return new Object[][] {
        {2025, "--03-31", "2024-04-01", "2025-03-31"},
        {2025, "--06-30", "2024-07-01", "2025-06-30"},
        {2024, "--02-29", "2023-03-01", "2024-02-29"},
        {2025, "--02-29", "2024-03-01", "2025-02-28"},
        // a year end of 28 February is literal: 29 February 2024 opens FY2025
        {2024, "--02-28", "2023-03-01", "2024-02-28"},
        {2025, "--02-28", "2024-02-29", "2025-02-28"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_fiscalYear")
  void test_fiscalYear(int year, String yearEnd, String start, String end) {
    assertThat(FiscalPeriod.fiscalYear(year, MonthDay.parse(yearEnd))).isEqualTo(closed(start, end));
  }

  static Stream<Arguments> data_consecutiveYears() {
    return Stream.of("--12-31", "--03-31", "--06-30", "--09-30", "--01-31", "--02-28", "--02-29")
        .flatMap(end -> IntStream.rangeClosed(2019, 2030).mapToObj(year -> Arguments.of(MonthDay.parse(end), year)));
  }

  @ParameterizedTest
  @MethodSource("data_consecutiveYears")
  void test_fiscalYear_consecutiveYearsTile(MonthDay yearEnd, int year) {
    // no overlap and no gap between FY(n-1) and FY(n)
    assertThat(FiscalPeriod.fiscalYear(year, yearEnd).isAdjacentAfter(FiscalPeriod.fiscalYear(year - 1, yearEnd)))
        .isTrue();
  }

  @Test
  void test_fiscalYear_null() {
    assertThatIllegalArgumentException().isThrownBy(() -> FiscalPeriod.fiscalYear(2024, null))
        .withMessage("Argument 'yearEnd' must not be null");
  }

  static Object[][] data_firstMonthsOfFiscalYear() {
    return new Object[][] {
        {9, 2025, "--12-31", "2025-01-01", "2025-09-30"},
        {6, 2025, "--12-31", "2025-01-01", "2025-06-30"},
        {6, 2025, "--03-31", "2024-04-01", "2024-09-30"},
        {9, 2025, "--03-31", "2024-04-01", "2024-12-31"},
        {12, 2025, "--03-31", "2024-04-01", "2025-03-31"},
        {1, 2024, "--12-31", "2024-01-01", "2024-01-31"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_firstMonthsOfFiscalYear")
  void test_firstMonthsOfFiscalYear(int months, int year, String yearEnd, String start, String end) {
    assertThat(FiscalPeriod.firstMonthsOfFiscalYear(months, year, MonthDay.parse(yearEnd)))
        .isEqualTo(closed(start, end));
  }

  @Test
  void test_firstMonthsOfFiscalYear_monthsOutOfRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> FiscalPeriod.firstMonthsOfFiscalYear(0, 2025, MARCH_END))
        .withMessage("Argument 'months' must be 1 to 12 but has value 0");
    assertThatIllegalArgumentException().isThrownBy(() -> FiscalPeriod.firstMonthsOfFiscalYear(13, 2025, MARCH_END))
        .withMessage("Argument 'months' must be 1 to 12 but has value 13");
  }

  static Object[][] data_monthsEnded() {
    return new Object[][] {
        {9, "2025-09-30", "2025-01-01"},
        {6, "2024-08-31", "2024-03-01"},
        {12, "2024-02-29", "2023-03-01"},
        // counted back from the day after the end: 2025-03-01 less three months
        {3, "2025-02-28", "2024-12-01"},
        {1, "2025-09-30", "2025-09-01"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_monthsEnded")
  void test_monthsEnded(int months, String end, String start) {
    assertThat(FiscalPeriod.monthsEnded(months, LocalDate.parse(end))).isEqualTo(closed(start, end));
  }

  @Test
  void test_monthsEnded_invalid() {
    LocalDate end = LocalDate.of(2025, 9, 30);
    assertThatIllegalArgumentException().isThrownBy(() -> FiscalPeriod.monthsEnded(0, end))
        .withMessage("Argument 'months' must be positive but has value 0");
    assertThatIllegalArgumentException().isThrownBy(() -> FiscalPeriod.monthsEnded(9, null))
        .withMessage("Argument 'endInclusive' must not be null");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_ofClosed_endBeforeStart() {
    assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> closed("2025-09-30", "2025-01-01"))
        .withMessage("Invalid period: end 2025-01-01 is before start 2025-09-30");
  }

  @Test
  void test_ofClosed_nulls() {
    LocalDate day = LocalDate.of(2025, 9, 30);
    assertThatIllegalArgumentException().isThrownBy(() -> FiscalPeriod.ofClosed(null, day))
        .withMessage("Argument 'startInclusive' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> FiscalPeriod.ofClosed(day, null))
        .withMessage("Argument 'endInclusive' must not be null");
  }

  @Test
  void test_constructor_halfOpen() {
    FiscalPeriod period = new FiscalPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 1));
    FiscalPeriod same = closed("2025-01-01", "2025-09-30");
    assertThat(period).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(period).isNotEqualTo(closed("2025-01-01", "2025-09-29"));
  }

  @Test
  void test_constructor_emptyOrReversed() {
    LocalDate day = LocalDate.of(2025, 9, 30);
    // an empty span: the last day would be the day before the first
    assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> new FiscalPeriod(day, day))
        .withMessage("Invalid period: end 2025-09-29 is before start 2025-09-30");
    assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> new FiscalPeriod(day, day.minusDays(5)))
        .withMessage("Invalid period: end 2025-09-24 is before start 2025-09-30");
  }

  @Test
  void test_constructor_nulls() {
    LocalDate day = LocalDate.of(2025, 9, 30);
    assertThatIllegalArgumentException().isThrownBy(() -> new FiscalPeriod(null, day))
        .withMessage("Argument 'start' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new FiscalPeriod(day, null))
        .withMessage("Argument 'endExclusive' must not be null");
  }

  @Test
  void test_isAdjacentAfter() {
    FiscalPeriod nineMonths = closed("2025-01-01", "2025-09-30");
    FiscalPeriod fourthQuarter = closed("2025-10-01", "2025-12-31");
    assertThat(fourthQuarter.isAdjacentAfter(nineMonths)).isTrue();
    assertThat(nineMonths.isAdjacentAfter(fourthQuarter)).isFalse();
    assertThat(closed("2025-10-02", "2025-12-31").isAdjacentAfter(nineMonths)).isFalse();
    assertThat(closed("2025-09-30", "2025-12-31").isAdjacentAfter(nineMonths)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> nineMonths.isAdjacentAfter(null))
        .withMessage("Argument 'previous' must not be null");
  }
}
