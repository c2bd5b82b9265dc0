package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class MissingFigureExceptionTest {

  private static final FigureKey KEY = FigureKey.of(Metric.REVENUE, FiscalPeriod.fiscalYear(2022));

  @Test
  void test_message() {
    MissingFigureException ex = new MissingFigureException(KEY, "Lumen");
    assertThat(ex).hasMessage("No figure for revenue/total/FY2022 in dataset 'Lumen'");
    assertThat(ex.key()).isEqualTo(KEY);
    assertThat(ex).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void test_nulls() {
    assertThatIllegalArgumentException().isThrownBy(() -> new MissingFigureException(null, "Lumen"))
        .withMessage("Argument 'key' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new MissingFigureException(KEY, null))
        .withMessage("Argument 'datasetName' must not be null");
  }
}
