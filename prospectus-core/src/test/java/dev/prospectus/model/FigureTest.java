package dev.prospectus.model;

import static dev.prospectus.model.Fixtures.ARTICLE;
import static dev.prospectus.model.Fixtures.FY2023;
import static dev.prospectus.model.Fixtures.USD_UNIT;
import static dev.prospectus.model.Fixtures.dec;
import static dev.prospectus.model.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FigureTest {

  private static final FigureKey KEY = FigureKey.of(Metric.REVENUE, FY2023);
  private static final Amount AMOUNT = Amount.of("346", Scale.TEN_THOUSAND, USD_UNIT);
  private static final Source SOURCE = source(ARTICLE, "346");

  @Test
  void test_of_exact() {
    Figure figure = Figure.of(KEY, AMOUNT, SOURCE);
    assertThat(figure.metric()).isEqualTo(Metric.REVENUE);
    assertThat(figure.segment()).isEqualTo(Segment.TOTAL);
    assertThat(figure.period()).isEqualTo(FY2023);
    assertThat(figure.amount()).isEqualTo(AMOUNT);
    assertThat(figure.qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(figure.source()).isEqualTo(SOURCE);
    assertThat(figure.currencyNote()).isEmpty();
    assertThat(figure.note()).isEmpty();
    assertThat(figure.key()).isEqualTo(KEY);
    assertThat(figure).isEqualTo(Fixtures.REVENUE_2023).hasSameHashCodeAs(Fixtures.REVENUE_2023);
  }

  @Test
  void test_quantity_exact() {
    Quantity figure = Fixtures.REVENUE_2023;
    // 346 * 10^4
    assertThat(figure.value()).isEqualTo(dec("3460000"));
    assertThat(figure.unit()).isEqualTo(USD_UNIT);
    // 345.5萬 to 346.5萬, not widened for an exact figure
    assertThat(figure.range()).isEqualTo(DecimalRange.ofClosed("3455000", "3465000"));
    assertThat(Fixtures.REVENUE_2023.roundingRange()).isEqualTo(figure.range());
    assertThat(figure.label()).isEqualTo("revenue FY2023");
  }

  @Test
  void test_range_about() {
    Figure cash = Fixtures.CASH_SEP_2025;
    // "約10.5億": rounding [10.45億, 10.55億]
    assertThat(cash.roundingRange()).isEqualTo(DecimalRange.ofClosed("1045000000", "1055000000"));
    // 5% of 10.5億 is 52500000, more than the one unit (0.1億) the printed digits allow: widened by 0.1億
    assertThat(cash.range()).isEqualTo(DecimalRange.ofClosed("1035000000", "1065000000"));
    ApproximationConvention tenPercent = ApproximationConvention.of(dec("0.10"), dec("0.10"));
    assertThat(cash.range(tenPercent)).isEqualTo(cash.range());
    assertThat(cash.isOpenEnded()).isFalse();
    // "約5億": rounded to 1億, so 5% (0.25億) and 10% (0.5億) apply in full
    Figure spend = Figure.of(cash.key(), Amount.of("5", Scale.HUNDRED_MILLION, USD_UNIT), Qualifier.ABOUT, SOURCE);
    assertThat(spend.range()).isEqualTo(DecimalRange.ofClosed("425000000.00", "575000000.00"));
    assertThat(spend.range(tenPercent)).isEqualTo(DecimalRange.ofClosed("400000000.00", "600000000.00"));
  }

  @Test
  void test_range_nearly() {
    // "近乎50%": the zero may be a rounding, so [45, 55]; nearly takes 5% of 50 below: [45 - 2.5, 55]
    Figure nearly = Fixtures.percent("50", Qualifier.NEARLY);
    assertThat(nearly.range()).isEqualTo(DecimalRange.ofClosed("42.50", "55"));
    // stated as rounded to 1%: 5% of 50 exceeds the one unit the digits allow, so [49.5 - 1, 50.5]
    assertThat(nearly.withRoundedTo(BigDecimal.ONE).range()).isEqualTo(DecimalRange.ofClosed("48.5", "50.5"));
  }

  @Test
  void test_range_openEndedIsBoundedOnOneSide() {
    Figure robots = Fixtures.ROBOTS_2024;
    assertThat(robots.isOpenEnded()).isTrue();
    // "over 1,200": above the number as printed, with no upper end; no convention widens it
    assertThat(robots.range()).isEqualTo(DecimalRange.atLeast(dec("1200")));
    assertThat(robots.range(ApproximationConvention.of(dec("0.5"), dec("0.5")))).isEqualTo(robots.range());
    Figure under = Figure.of(robots.key(), robots.amount(), Qualifier.AT_MOST, robots.source());
    assertThat(under.range()).isEqualTo(DecimalRange.atMost(dec("1200")));
  }

  @Test
  void test_range_nullConvention() {
    assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.REVENUE_2023.range(null))
        .withMessage("Argument 'convention' must not be null");
  }

  @Test
  void test_label_segment() {
    assertThat(Fixtures.HARDWARE_REVENUE_9M2025.label()).isEqualTo("revenue hardware 9M2025");
    assertThat(Fixtures.CASH_SEP_2025.label()).isEqualTo("cash_reserves 2025-09-30");
  }

  @Test
  void test_toString() {
    assertThat(Fixtures.REVENUE_2023)
        .hasToString("revenue FY2023 = 346萬 USD [3455000, 3465000] (daily-2025-12-02)");
    assertThat(Fixtures.CASH_SEP_2025).hasToString(
        "cash_reserves 2025-09-30 = about 10.5億 USD [1035000000, 1065000000] (daily-2025-12-02)");
    assertThat(Fixtures.ROBOTS_2024)
        .hasToString("robots_shipped FY2024 = over 1200 robots \u2265 1200 (lumen-prospectus-2025)");
    assertThat(Figure.of(Fixtures.ROBOTS_2024.key(), Fixtures.ROBOTS_2024.amount(), Qualifier.AT_MOST,
        Fixtures.ROBOTS_2024.source()))
        .hasToString("robots_shipped FY2024 = at most 1200 robots \u2264 1200 (lumen-prospectus-2025)");
  }

  @Test
  void test_equals_printedScaleAndSourceCount() {
    Figure a = Figure.of(KEY, Amount.of("3.50", Scale.MILLION, USD_UNIT), SOURCE);
    assertThat(a).isEqualTo(Figure.of(KEY, Amount.of("3.50", Scale.MILLION, USD_UNIT), SOURCE));
    assertThat(a).isNotEqualTo(Figure.of(KEY, Amount.of("3.5", Scale.MILLION, USD_UNIT), SOURCE));
    assertThat(a).isNotEqualTo(Figure.of(KEY, Amount.of("3.50", Scale.MILLION, USD_UNIT),
        source(Fixtures.PROSPECTUS, "346")));
    assertThat(a).isNotEqualTo(Figure.of(KEY, Amount.of("3.50", Scale.MILLION, USD_UNIT), Qualifier.ABOUT, SOURCE));
  }

  @Test
  void test_constructor_notes() {
    Figure figure = new Figure(Metric.REVENUE, Segment.TOTAL, FY2023, AMOUNT, Qualifier.EXACT, SOURCE,
        Optional.of("RMB translation"), Optional.of("suspected typo"), Optional.empty(), Optional.empty());
    assertThat(figure.currencyNote()).contains("RMB translation");
    assertThat(figure.note()).contains("suspected typo");
    assertThat(figure).isNotEqualTo(Fixtures.REVENUE_2023);
  }

  @Test
  void test_constructor_nulls() {
    Optional<String> none = Optional.empty();
    Metric m = Metric.REVENUE;
    Amount a = AMOUNT;
    Source src = SOURCE;
    Segment s = Segment.TOTAL;
    Qualifier q = Qualifier.EXACT;
    Optional<BigDecimal> r = Optional.empty();
    assertThatIllegalArgumentException().isThrownBy(() -> new Figure(null, s, FY2023, a, q, src, none, none, none, r))
        .withMessage("Argument 'metric' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Figure(m, null, FY2023, a, q, src, none, none, none, r))
        .withMessage("Argument 'segment' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Figure(m, s, null, a, q, src, none, none, none, r))
        .withMessage("Argument 'period' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Figure(m, s, FY2023, null, q, src, none, none, none, r))
        .withMessage("Argument 'amount' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Figure(m, s, FY2023, a, null, src, none, none, none, r))
        .withMessage("Argument 'qualifier' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Figure(m, s, FY2023, a, q, null, none, none, none, r))
        .withMessage("Argument 'source' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Figure(m, s, FY2023, a, q, src, null, none, none, r))
        .withMessage("Argument 'currencyNote' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Figure(m, s, FY2023, a, q, src, none, null, none, r))
        .withMessage("Argument 'note' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Figure(m, s, FY2023, a, q, src, none, none, null, r))
        .withMessage("Argument 'doubt' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Figure(m, s, FY2023, a, q, src, none, none, none, null))
        .withMessage("Argument 'roundedTo' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Figure.of(null, AMOUNT, SOURCE))
        .withMessage("Argument 'key' must not be null");
  }
}
