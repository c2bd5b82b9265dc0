package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.figure;
import static dev.prospectus.calc.Fixtures.percent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalcSupportTest {

  @Test
  void test_cornerHull_quotientRoundedOutward() {
    // x / y over [1, 2] x [3, 4]: lowest 1 / 4 = 0.25 exactly, highest 2 / 3 rounded up to 34 digits
    List<DecimalRange> box = List.of(DecimalRange.ofClosed("1", "2"), DecimalRange.ofClosed("3", "4"));
    DecimalRange hull = CalcSupport.cornerHull(box,
        x -> new CalcSupport.Quotient(x.get(0), x.get(1)));
    assertThat(hull.isSameRange(DecimalRange.ofClosed("0.25", "0.6666666666666666666666666666666667"))).isTrue();
  }

  @Test
  void test_cornerHull_lowEndRoundedDown() {
    // -x / y over [1, 2] x [3, 4]: lowest -2 / 3 rounded down to 34 digits, highest -1 / 4
    List<DecimalRange> box = List.of(DecimalRange.ofClosed("1", "2"), DecimalRange.ofClosed("3", "4"));
    DecimalRange hull = CalcSupport.cornerHull(box,
        x -> new CalcSupport.Quotient(x.get(0).negate(), x.get(1)));
    assertThat(hull.isSameRange(DecimalRange.ofClosed("-0.6666666666666666666666666666666667", "-0.25"))).isTrue();
  }

  @Test
  void test_zeroDivisor_namesMeasureAndDivisor() {
    Figure a = figure("revenue", "FY2023", "1", Scale.ONE, "USD");
    assertThat(CalcSupport.zeroDivisor(Measure.BLENDED_MARGIN, "blended margin", "revenue a + revenue b",
        DecimalRange.ofClosed("-1", "1"), List.of(a)))
        .contains(new NotMeaningful(Measure.BLENDED_MARGIN, "blended margin", NotMeaningful.Reason.DIVISOR_MAY_BE_ZERO,
            "divisor 'revenue a + revenue b' has range [-1, 1], which contains zero", List.of(a)));
    assertThat(CalcSupport.zeroDivisor(Measure.BLENDED_MARGIN, "blended margin", "revenue a + revenue b",
        DecimalRange.ofClosed("0.5", "1"), List.of(a))).isEmpty();
  }

  @Test
  void test_printed_figureAsPrintedElseFormatted() {
    assertThat(CalcSupport.printed(percent("gross_margin", "FY2023", "-24.7"))).isEqualTo("-24.7%");
    assertThat(CalcSupport.printed(figure("revenue", "FY2023", "346", Scale.TEN_THOUSAND, "USD")))
        .isEqualTo("346萬 USD");
    Derived burn = Derived.of(Measure.MONTHLY_BURN, "burn", new BigDecimal("20666666.67"),
        DecimalRange.of(new BigDecimal("20666666.67")), Unit.parse("USD"), "loss / 9", List.of(), List.of());
    assertThat(CalcSupport.printed(burn)).isEqualTo("US$20.67M");
  }

  @Test
  void test_toPercent_exact() {
    // 0.233 x 100 = 23.3 exactly; [0.2325, 0.2335] x 100 = [23.25, 23.35]
    assertThat(CalcSupport.toPercent(new BigDecimal("0.233"))).isEqualByComparingTo("23.3");
    assertThat(CalcSupport.toPercent(DecimalRange.ofClosed("0.2325", "0.2335")))
        .isEqualTo(DecimalRange.ofClosed("23.25", "23.35"));
    assertThat(CalcSupport.fromPercent(DecimalRange.ofClosed("23.25", "23.35")))
        .isEqualTo(DecimalRange.ofClosed("0.2325", "0.2335"));
  }
}
