package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MetricDefinitionTest {

  @Test
  void test_of() {
    MetricDefinition def = MetricDefinition.of(Metric.of("robots_shipped"), "Robots shipped");
    assertThat(def.metric()).isEqualTo(Metric.of("robots_shipped"));
    assertThat(def.label()).isEqualTo("Robots shipped");
    assertThat(def).isEqualTo(new MetricDefinition(Metric.of("robots_shipped"), "Robots shipped"));
    assertThat(def).isNotEqualTo(MetricDefinition.of(Metric.of("robots_shipped"), "Units shipped"));
  }

  @Test
  void test_of_invalid() {
    assertThatIllegalArgumentException().isThrownBy(() -> MetricDefinition.of(null, "Robots shipped"))
        .withMessage("Argument 'metric' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> MetricDefinition.of(Metric.REVENUE, ""))
        .withMessage("Argument 'label' must not be blank but has value ''");
  }

  @Test
  void test_toString() {
    assertThat(MetricDefinition.of(Metric.of("robots_shipped"), "Robots shipped"))
        .hasToString("robots_shipped (Robots shipped)");
  }
}
