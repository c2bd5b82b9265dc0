package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportingPeriodTest {

  private static final String EXPECTED_FORMS = "expected FY2024, 9M2025, H1 2025, 2025-01-01..2025-09-30 or 2025-09-30";

  /** A closed range {@code start..end} or an instant, built without the parser under test. */
  private static ReportingPeriod period(String closedOrDate) {
    int dots = closedOrDate.indexOf("..");
    if (dots < 0) {
      return ReportingDate.of(LocalDate.parse(closedOrDate));
    }
    return FiscalPeriod.ofClosed(LocalDate.parse(closedOrDate.substring(0, dots)),
        LocalDate.parse(closedOrDate.substring(dots + 2)));
  }

  static Object[][] data_parse() {
    return new Object[][] {
        // text, fiscal year end, the period it means, its string form
        {"FY2024", "--12-31", "2024-01-01..2024-12-31", "FY2024"},
        {"FY 2024", "--12-31", "2024-01-01..2024-12-31", "FY2024"},
        {"9M2025", "--12-31", "2025-01-01..2025-09-30", "9M2025"},
        {"9M 2025", "--12-31", "2025-01-01..2025-09-30", "9M2025"},
        {"6M2025", "--12-31", "2025-01-01..2025-06-30", "6M2025"},
        {"H1 2025", "--12-31", "2025-01-01..2025-06-30", "6M2025"},
        {"H12025", "--12-31", "2025-01-01..2025-06-30", "6M2025"},
        {"12M2025", "--12-31", "2025-01-01..2025-12-31", "FY2025"},
        {"1M2025", "--12-31", "2025-01-01..2025-01-31", "1M2025"},
        {"2025-01-01..2025-09-30", "--12-31", "2025-01-01..2025-09-30", "9M2025"},
        {"2024-07-01..2025-06-30", "--12-31", "2024-07-01..2025-06-30", "2024-07-01..2025-06-30"},
        {" 2025-09-30 ", "--12-31", "2025-09-30", "2025-09-30"},
        // a fiscal year ending 31 March: FY2025 is April 2024 to March 2025
        {"FY2025", "--03-31", "2024-04-01..2025-03-31", "2024-04-01..2025-03-31"},
        {"6M2025", "--03-31", "2024-04-01..2024-09-30", "2024-04-01..2024-09-30"},
        {"H1 2025", "--03-31", "2024-04-01..2024-09-30", "2024-04-01..2024-09-30"},
        {"9M2025", "--03-31", "2024-04-01..2024-12-31", "2024-04-01..2024-12-31"},
        {"FY2025", "--06-30", "2024-07-01..2025-06-30", "2024-07-01..2025-06-30"},
        {"2025-09-30", "--03-31", "2025-09-30", "2025-09-30"},
        // year ends in February
        {"FY2024", "--02-29", "2023-03-01..2024-02-29", "2023-03-01..2024-02-29"},
        {"FY2025", "--02-29", "2024-03-01..2025-02-28", "2024-03-01..2025-02-28"},
        {"FY2024", "--02-28", "2023-03-01..2024-02-28", "2023-03-01..2024-02-28"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_parse")
  void test_parse(String text, String yearEnd, String expected, String string) {
    ReportingPeriod parsed = ReportingPeriod.parse(text, MonthDay.parse(yearEnd));
    assertThat(parsed).isEqualTo(period(expected));
    assertThat(parsed).hasToString(string);
    assertThat(parsed.isInstant()).isEqualTo(!expected.contains(".."));
  }

  @ParameterizedTest
  @MethodSource("data_parse")
  void test_parse_roundTrip(String text, String yearEnd, String expected, String string) {
    // the string form reads back with the default, calendar, fiscal year
    ReportingPeriod parsed = ReportingPeriod.parse(text, MonthDay.parse(yearEnd));
    assertThat(ReportingPeriod.parse(parsed.toString())).isEqualTo(parsed);
  }

  @Test
  void test_parse_defaultIsCalendarYear() {
    assertThat(ReportingPeriod.CALENDAR_YEAR_END).isEqualTo(MonthDay.of(12, 31));
    assertThat(ReportingPeriod.parse("FY2024")).isEqualTo(FiscalPeriod.fiscalYear(2024));
  }

  @Test
  void test_endInclusiveAndMinusYears_overInterface() {
    ReportingPeriod span = ReportingPeriod.parse("9M2025");
    ReportingPeriod instant = ReportingPeriod.parse("2025-09-30");
    assertThat(span.endInclusive()).isEqualTo(instant.endInclusive()).isEqualTo("2025-09-30");
    assertThat(span.minusYears(1)).isEqualTo(ReportingPeriod.parse("9M2024"));
    assertThat(instant.minusYears(1)).isEqualTo(ReportingPeriod.parse("2024-09-30"));
  }

  static Object[][] data_parse_invalid() {
    return new Object[][] {
        {"FY24", "Unable to parse period: 'FY24': " + EXPECTED_FORMS},
        {"fy2024", "Unable to parse period: 'fy2024': " + EXPECTED_FORMS},
        {"H2 2025", "Unable to parse period: 'H2 2025': " + EXPECTED_FORMS},
        {"", "Unable to parse period: '': " + EXPECTED_FORMS},
        {"2025-02-30", "Unable to parse period: '2025-02-30': " + EXPECTED_FORMS},
        {"2025-01-01..", "Unable to parse period: '2025-01-01..': " + EXPECTED_FORMS},
        {"2025-01-01/2025-09-30", "Unable to parse period: '2025-01-01/2025-09-30': " + EXPECTED_FORMS},
        {"13M2025", "Unable to parse period: '13M2025': months must be 1 to 12"},
        {"0M2025", "Unable to parse period: '0M2025': months must be 1 to 12"},
        {"2025-09-30..2025-01-01", "Invalid period: end 2025-01-01 is before start 2025-09-30"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_parse_invalid")
  void test_parse_invalid(String text, String message) {
    assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> ReportingPeriod.parse(text))
        .withMessage(message);
  }

  @Test
  void test_parse_keepsCause() {
    assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> ReportingPeriod.parse("2025-02-30"))
        .withCauseInstanceOf(DateTimeParseException.class);
  }

  @Test
  void test_parse_nulls() {
    assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse(null))
        .withMessage("Argument 'text' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse("FY2024", null))
        .withMessage("Argument 'fiscalYearEnd' must not be null");
  }
}
