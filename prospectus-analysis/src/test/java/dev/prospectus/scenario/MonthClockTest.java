package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.SEP_30_2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MonthClockTest {

  static Stream<Arguments> data_months() {
    return Stream.of(
        // month 5 from 2025-09-30 is 2026-02-28 (clamped), month 6 is 2026-03-30, 30 days later
        Arguments.of(LocalDate.of(2026, 2, 28), 5.0),
        Arguments.of(LocalDate.of(2026, 3, 1), 5 + 1 / 30.0),
        Arguments.of(LocalDate.of(2026, 3, 30), 6.0),
        // month 6 to 7 is 2026-03-30 to 2026-04-30, 31 days
        Arguments.of(LocalDate.of(2026, 4, 15), 6 + 16 / 31.0),
        Arguments.of(SEP_30_2025, 0.0),
        Arguments.of(LocalDate.of(2035, 9, 30), 120.0));
  }

  @ParameterizedTest
  @MethodSource("data_months")
  void test_monthsBetween_calendarMonthsAndDayShares(LocalDate date, double months) {
    assertThat(MonthClock.monthsBetween(SEP_30_2025, date)).isCloseTo(months, offset(1e-12));
  }

  @ParameterizedTest
  @MethodSource("data_months")
  void test_plusMonths_inverseToTheDay(LocalDate date, double months) {
    assertThat(MonthClock.plusMonths(SEP_30_2025, months)).isEqualTo(date);
  }

  @Test
  void test_plusMonths_roundsDownToTheDay() {
    // 53.3225806 months: 2030-02-28 + 0.3225806 x 30 days = 9.68 days -> 2030-03-09
    assertThat(MonthClock.plusMonths(SEP_30_2025, 53.32258064516129)).isEqualTo(LocalDate.of(2030, 3, 9));
  }

  @Test
  void test_monthsBetween_dateBeforeStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MonthClock.monthsBetween(SEP_30_2025, LocalDate.of(2025, 9, 29)))
        .withMessage("Date 2025-09-29 is before the start 2025-09-30");
  }

  @Test
  void test_plusMonths_negative() {
    assertThatIllegalArgumentException().isThrownBy(() -> MonthClock.plusMonths(SEP_30_2025, -1))
        .withMessage("Months must be finite and not negative but were -1.0");
  }
}
