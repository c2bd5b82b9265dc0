package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.SEP_30_2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RunwayTest {

  @Test
  void test_cashOutAfter_datesAndForms() {
    Runway runway = Runway.cashOutAfter(SEP_30_2025, 120, 53.32258064516129);
    assertThat(runway.isCashOutWithinHorizon()).isTrue();
    assertThat(runway.cashOutDate()).contains(LocalDate.of(2030, 3, 9));
    assertThat(runway.monthsCappedAtHorizon()).isEqualTo(53.32258064516129);
    assertThat(runway.toString()).isEqualTo("53.3 months (cash out 2030-03)");
    assertThat(runway.toShortString()).isEqualTo("53.3");
    // outward rounding for the ends of a range
    assertThat(runway.toShortString(RoundingMode.FLOOR)).isEqualTo("53.3");
    assertThat(runway.toShortString(RoundingMode.CEILING)).isEqualTo("53.4");
  }

  @Test
  void test_beyondHorizon_forms() {
    Runway runway = Runway.beyondHorizon(SEP_30_2025, 120);
    assertThat(runway.isCashOutWithinHorizon()).isFalse();
    assertThat(runway.cashOutDate()).isEmpty();
    assertThat(runway.horizonEnd()).isEqualTo(LocalDate.of(2035, 9, 30));
    assertThat(runway.monthsCappedAtHorizon()).isEqualTo(120.0);
    assertThat(runway.toString()).isEqualTo("beyond 120 months (cash lasts past 2035-09)");
    assertThat(runway.toShortString()).isEqualTo("beyond 120");
  }

  @Test
  void test_equality() {
    assertThat(Runway.cashOutAfter(SEP_30_2025, 120, 12.0)).isEqualTo(Runway.cashOutAfter(SEP_30_2025, 120, 12.0))
        .isNotEqualTo(Runway.cashOutAfter(SEP_30_2025, 60, 12.0))
        .isNotEqualTo(Runway.beyondHorizon(SEP_30_2025, 120));
  }

  @Test
  void test_constructor_monthsBeyondHorizon() {
    assertThatIllegalArgumentException().isThrownBy(() -> Runway.cashOutAfter(SEP_30_2025, 12, 12.5))
        .withMessage("Argument 'months' must be from 0 to the horizon 12 but has value 12.5");
  }

  @Test
  void test_constructor_nanMonths() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Runway(SEP_30_2025, 12, OptionalDouble.of(Double.NaN)))
        .withMessage("Argument 'months' must be from 0 to the horizon 12 but has value NaN");
  }
}
