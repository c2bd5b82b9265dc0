package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentTest {

  @Test
  void test_total() {
    // the constant is built while the class initialises, so this also checks the initialisation order
    assertThat(Segment.TOTAL.id()).isEqualTo("total");
    assertThat(Segment.TOTAL.isTotal()).isTrue();
    assertThat(Segment.of("total")).isEqualTo(Segment.TOTAL);
  }

  @Test
  void test_of() {
    Segment segment = Segment.of("consumer_apps2");
    assertThat(segment.id()).isEqualTo("consumer_apps2");
    assertThat(segment.isTotal()).isFalse();
    assertThat(segment).isEqualTo(new Segment("consumer_apps2")).hasSameHashCodeAs(new Segment("consumer_apps2"));
    assertThat(segment).isNotEqualTo(Segment.of("consumer"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"total", "hardware", "asia_pacific", "b2b2"})
  void test_toString_roundTrip(String id) {
    assertThat(Segment.of(id)).hasToString(id);
    assertThat(Segment.of(Segment.of(id).toString())).isEqualTo(Segment.of(id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Consumer", "2b", "asia-pacific", "", "asia pacific", "_x"})
  void test_of_invalid(String id) {
    assertThatIllegalArgumentException().isThrownBy(() -> Segment.of(id))
        .withMessage("Invalid segment id '" + id + "': expected [a-z][a-z0-9_]*");
  }

  @Test
  void test_of_null() {
    assertThatIllegalArgumentException().isThrownBy(() -> Segment.of(null))
        .withMessage("Argument 'id' must not be null");
  }
}
