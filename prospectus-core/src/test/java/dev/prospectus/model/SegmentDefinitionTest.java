package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SegmentDefinitionTest {

  @Test
  void test_total() {
    assertThat(SegmentDefinition.TOTAL.segment()).isEqualTo(Segment.TOTAL);
    assertThat(SegmentDefinition.TOTAL.dimension()).isEqualTo("total");
    assertThat(SegmentDefinition.TOTAL.label()).isEqualTo("Total");
  }

  @Test
  void test_constructor() {
    SegmentDefinition def = new SegmentDefinition(Segment.of("hardware"), "business", "Robot hardware");
    assertThat(def.segment()).isEqualTo(Segment.of("hardware"));
    assertThat(def.dimension()).isEqualTo("business");
    assertThat(def.label()).isEqualTo("Robot hardware");
    assertThat(def).isEqualTo(new SegmentDefinition(Segment.of("hardware"), "business", "Robot hardware"));
  }

  @Test
  void test_constructor_invalid() {
    Segment hardware = Segment.of("hardware");
    assertThatIllegalArgumentException().isThrownBy(() -> new SegmentDefinition(null, "business", "Hardware"))
        .withMessage("Argument 'segment' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new SegmentDefinition(hardware, " ", "Hardware"))
        .withMessage("Argument 'dimension' must not be blank but has value ' '");
    assertThatIllegalArgumentException().isThrownBy(() -> new SegmentDefinition(hardware, "business", null))
        .withMessage("Argument 'label' must not be null");
  }

  @Test
  void test_toString() {
    assertThat(new SegmentDefinition(Segment.of("hardware"), "business", "Hardware"))
        .hasToString("hardware (Hardware), business");
    assertThat(SegmentDefinition.TOTAL).hasToString("total (Total), total");
  }
}
