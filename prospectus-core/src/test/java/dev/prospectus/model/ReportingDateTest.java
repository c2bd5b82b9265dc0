package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingDateTest {

  @Test
  void test_of() {
    ReportingDate date = ReportingDate.of(LocalDate.of(2025, 9, 30));
    assertThat(date.date()).isEqualTo("2025-09-30");
    assertThat(date.isInstant()).isTrue();
    assertThat(date.endInclusive()).isEqualTo("2025-09-30");
    assertThat(date).isEqualTo(new ReportingDate(LocalDate.of(2025, 9, 30)))
        .hasSameHashCodeAs(new ReportingDate(LocalDate.of(2025, 9, 30)));
    assertThat(date).isNotEqualTo(ReportingDate.of(LocalDate.of(2025, 9, 29)));
  }

  @Test
  void test_of_null() {
    assertThatIllegalArgumentException().isThrownBy(() -> ReportingDate.of(null))
        .withMessage("Argument 'date' must not be null");
  }

  @ParameterizedTest
  @CsvSource({
      "2025-09-30, 1, 2024-09-30",
      "2025-09-30, 3, 2022-09-30",
      // no 29 February in 2023: the last day of that February
      "2024-02-29, 1, 2023-02-28",
      "2024-02-29, 4, 2020-02-29",
      "2025-09-30, 0, 2025-09-30",
  })
  void test_minusYears(String date, long years, String expected) {
    assertThat(ReportingDate.of(LocalDate.parse(date)).minusYears(years))
        .isEqualTo(ReportingDate.of(LocalDate.parse(expected)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-09-30", "2024-02-29", "1999-12-31"})
  void test_parse_roundTrip(String text) {
    ReportingDate date = ReportingDate.of(LocalDate.parse(text));
    assertThat(date).hasToString(text);
    assertThat(ReportingPeriod.parse(date.toString())).isEqualTo(date);
  }
}
