package dev.prospectus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.calc.Measure;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Segment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComparisonRowTest {

  private static final List<AlignedKey> SUBJECT = List.of(new AlignedKey(Metric.REVENUE, Segment.TOTAL,
      "interim 2025"), new AlignedKey(Metric.REVENUE, Segment.TOTAL, "interim 2024"));
  private static final ComparedCell MISSING = new ComparedCell.Missing(ComparedCell.Reason.NOT_COMPUTED,
      "Acme has no growth of revenue/total/interim 2025", Optional.empty());

  @Test
  void test_new_mixedPeriodsWithoutNote_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ComparisonRow(Measure.GROWTH, SUBJECT,
        "revenue growth interim 2025 over interim 2024", List.of(MISSING, MISSING), true, List.of()))
        .withMessage("Row 'revenue growth interim 2025 over interim 2024' mixes periods and must say so in a note");
  }

  @Test
  void test_companiesWithCalculation() {
    ComparisonRow row = new ComparisonRow(Measure.GROWTH, SUBJECT, "revenue growth", List.of(MISSING, MISSING),
        false, List.of());
    assertThat(row.companiesWithCalculation()).isZero();
    assertThat(row.subject().get(0).toString()).isEqualTo("revenue/total/interim 2025");
  }

  @Test
  void test_alignedKey_blankSlot_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new AlignedKey(Metric.REVENUE, Segment.TOTAL, " "))
        .withMessageContaining("slot");
  }

  @Test
  void test_settings_nullRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> ComparisonSettings.DEFAULT.withPeriods(null))
        .withMessageContaining("periods");
  }
}
