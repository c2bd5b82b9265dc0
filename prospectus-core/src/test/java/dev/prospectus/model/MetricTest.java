package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricTest {

  @Test
  void test_constants() {
    // the constants are built while the class initialises, so this also checks the initialisation order
    assertThat(Metric.REVENUE.id()).isEqualTo("revenue");
    assertThat(Metric.ADJUSTED_NET_LOSS.id()).isEqualTo("adjusted_net_loss");
    assertThat(Metric.OPERATING_CASH_FLOW.id()).isEqualTo("operating_cash_flow");
    assertThat(Metric.of("revenue")).isEqualTo(Metric.REVENUE).hasSameHashCodeAs(Metric.REVENUE);
  }

  @Test
  void test_standard_labelsEveryConstantOnce() {
    List<Metric> constants = Arrays.stream(Metric.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == Metric.class)
        .map(MetricTest::read)
        .toList();
    List<Metric> catalogue = Metric.STANDARD.stream().map(MetricDefinition::metric).toList();
    assertThat(constants).hasSize(51);
    assertThat(catalogue).containsExactlyInAnyOrderElementsOf(constants).doesNotHaveDuplicates();
    assertThat(Metric.STANDARD.get(0)).isEqualTo(MetricDefinition.of(Metric.REVENUE, "Revenue"));
    assertThat(Metric.STANDARD.get(26)).isEqualTo(MetricDefinition.of(Metric.REVENUE_GROWTH, "Revenue growth"));
    assertThat(Metric.STANDARD.get(50))
        .isEqualTo(MetricDefinition.of(Metric.USE_OF_PROCEEDS_SHARE, "Use of proceeds share"));
  }

  private static Metric read(Field field) {
    try {
      return (Metric) field.get(null);
    } catch (IllegalAccessException ex) {
      throw new IllegalStateException(ex);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"revenue", "robots_shipped", "gross_margin_excluding_segment", "h100_hours"})
  void test_toString_roundTrip(String id) {
    assertThat(Metric.of(id)).hasToString(id);
    assertThat(Metric.of(Metric.of(id).toString())).isEqualTo(Metric.of(id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Revenue", "net-loss", "1revenue", "", "net loss", "_revenue"})
  void test_of_invalid(String id) {
    assertThatIllegalArgumentException().isThrownBy(() -> Metric.of(id))
        .withMessage("Invalid metric id '" + id + "': expected [a-z][a-z0-9_]*");
  }

  @Test
  void test_of_null() {
    assertThatIllegalArgumentException().isThrownBy(() -> Metric.of(null))
        .withMessage("Argument 'id' must not be null");
  }
}
