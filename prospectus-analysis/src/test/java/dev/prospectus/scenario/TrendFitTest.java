package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrendFitTest {

  private static final Offset<Double> TOL = offset(1e-12);
  private static final LocalDate ORIGIN = LocalDate.of(2021, 1, 1);

  /** 100 x 2^x at the period's midpoint, x in years of 365.25 days from 2021-01-01, over the period's months. */
  private static TrendPoint doubling(FiscalPeriod period) {
    double x = (ChronoUnit.DAYS.between(ORIGIN, period.start()) + period.lengthInDays() / 2.0) / 365.25;
    BigDecimal annual = BigDecimal.valueOf(100 * Math.pow(2, x));
    BigDecimal value = annual.multiply(period.lengthInMonths()).divide(BigDecimal.valueOf(12));
    return TrendPoint.of(period, usd(value.toPlainString()));
  }

  @Test
  void test_fit_exactExponentialRecoversGrowth() {
    // values exactly 100 x 2^x: slope ln 2, growth 2 - 1 = 100% a year, R² 1, interval of zero width
    List<TrendPoint> points = List.of(doubling(FiscalPeriod.fiscalYear(2021)),
        doubling(FiscalPeriod.fiscalYear(2022)), doubling(FiscalPeriod.fiscalYear(2023)),
        doubling(FiscalPeriod.fiscalYear(2024)));
    TrendFit fit = TrendFit.fit("revenue", points, 0.95);
    assertThat(fit.growthPerYear()).isCloseTo(1.0, TOL);
    assertThat(fit.slopePerYear()).isCloseTo(Math.log(2), TOL);
    assertThat(fit.intercept()).isCloseTo(Math.log(100), TOL);
    assertThat(fit.rSquared()).isCloseTo(1.0, TOL);
    assertThat(fit.growthLow()).isCloseTo(1.0, offset(1e-9));
    assertThat(fit.growthHigh()).isCloseTo(1.0, offset(1e-9));
    assertThat(fit.origin()).isEqualTo(ORIGIN);
    // at x = 3 (2023-12-31 18:00, i.e. day 1095.75) the trend is 100 x 8 = 800; at day 1095, 2^(1095/365.25)
    assertThat(fit.valueAt(LocalDate.of(2024, 1, 1))).isCloseTo(100 * Math.pow(2, 1095 / 365.25), offset(1e-9));
  }

  static Object[][] data_isMeaningful() {
    return new Object[][] {
        // three points of a start-up: growth anywhere from -93.8% to +41291.5% a year, 6676 times apart
        {0.062, 413.915, false},
        // four points: 42.7% to 196.8% a year, 2.08 times apart
        {1.427, 2.968, true},
        // just over a hundredfold is too wide, just under is not
        {0.5, 50.01, false},
        {0.5, 49.99, true},
        // an exact fit: no width at all
        {2.0, 2.0, true}};
  }

  @ParameterizedTest
  @MethodSource("data_isMeaningful")
  void test_isMeaningful_intervalWithinAHundredfold(double lowFactor, double highFactor, boolean meaningful) {
    List<TrendPoint> points = List.of(doubling(FiscalPeriod.fiscalYear(2021)),
        doubling(FiscalPeriod.fiscalYear(2022)), doubling(FiscalPeriod.fiscalYear(2023)));
    double low = Math.log(lowFactor);
    double high = Math.log(highFactor);
    TrendFit fit = new TrendFit("revenue", points, ORIGIN, Math.log(100), (low + high) / 2, low, high, 0.95, 0.9,
        List.of());
    assertThat(fit.isMeaningful()).isEqualTo(meaningful);
  }

  @Test
  void test_isMeaningful_exactFit() {
    List<TrendPoint> points = List.of(doubling(FiscalPeriod.fiscalYear(2021)),
        doubling(FiscalPeriod.fiscalYear(2022)), doubling(FiscalPeriod.fiscalYear(2023)));
    assertThat(TrendFit.fit("revenue", points, 0.95).isMeaningful()).isTrue();
  }

  @Test
  void test_fit_interimPeriodAnnualised() {
    // 9M2025 (273 days) printed as 9/12 of the annual rate: annualised x 12/9 it sits on the same line
    List<TrendPoint> points = List.of(doubling(FiscalPeriod.fiscalYear(2022)),
        doubling(FiscalPeriod.fiscalYear(2023)), doubling(FiscalPeriod.monthsEnded(9, LocalDate.of(2025, 9, 30))));
    TrendFit fit = TrendFit.fit("revenue", points, 0.90);
    assertThat(fit.growthPerYear()).isCloseTo(1.0, TOL);
    assertThat(fit.rSquared()).isCloseTo(1.0, TOL);
    assertThat(fit.origin()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(fit.assumptions()).contains("9M2025 is annualised: value x 12 / 9",
        "growth a year = e^b - 1, with a 90% confidence interval from the slope's Student-t interval on 1 degrees"
        + " of freedom");
  }

  @Test
  void test_fit_noisyDataAgainstHandRegression() {
    // ln(100, 210, 390, 820) at x = 0.49966, 1.49897, 2.49829, 3.49897 (midpoints / 365.25);
    // least squares: slope 0.6933373805154941, intercept 4.270969283350771, R² 0.9987413285148674;
    // slope standard error sqrt(SSE / 2 / Sxx) = 0.017404409916374868; t(0.975, 2) = 4.302652729749464,
    // half-width 0.07488513183636895; growth e^b - 1 = 100.038% in [85.605%, 115.593%]
    List<TrendPoint> points = List.of(
        TrendPoint.of(FiscalPeriod.fiscalYear(2021), usd("100")),
        TrendPoint.of(FiscalPeriod.fiscalYear(2022), usd("210")),
        TrendPoint.of(FiscalPeriod.fiscalYear(2023), usd("390")),
        TrendPoint.of(FiscalPeriod.fiscalYear(2024), usd("820")));
    TrendFit fit = TrendFit.fit("revenue", points, 0.95);
    assertThat(fit.slopePerYear()).isCloseTo(0.6933373805154941, TOL);
    assertThat(fit.intercept()).isCloseTo(4.270969283350771, TOL);
    assertThat(fit.rSquared()).isCloseTo(0.9987413285148674, TOL);
    assertThat(fit.slopeLow()).isCloseTo(0.6933373805154941 - 0.07488513183636895, offset(1e-10));
    assertThat(fit.slopeHigh()).isCloseTo(0.6933373805154941 + 0.07488513183636895, offset(1e-10));
    assertThat(fit.growthPerYear()).isCloseTo(1.0003804360894142, TOL);
    assertThat(fit.growthLow()).isCloseTo(0.8560531089286902, offset(1e-10));
    assertThat(fit.growthHigh()).isCloseTo(1.1559307057754102, offset(1e-10));
    assertThat(fit.toString()).startsWith("Trend of revenue: growth 100.0% a year [95% CI 85.6%, 115.6%],"
        + " R\u00b2 0.999 over 4 periods; projection assuming revenue grows exponentially:"
        + " ln(annualised value) = a + b x, x in years of 365.25 days from 2021-01-01 to each period's midpoint;");
  }

  @Test
  void test_fit_constantValuesHaveExactFit() {
    // all values 50: slope 0, growth 0, no variation to explain so R² is taken as 1
    List<TrendPoint> points = List.of(TrendPoint.of(FiscalPeriod.fiscalYear(2021), usd("50")),
        TrendPoint.of(FiscalPeriod.fiscalYear(2022), usd("50")),
        TrendPoint.of(FiscalPeriod.fiscalYear(2023), usd("50")));
    TrendFit fit = TrendFit.fit("costs", points, 0.95);
    assertThat(fit.growthPerYear()).isZero();
    assertThat(fit.rSquared()).isEqualTo(1.0);
    assertThat(fit.growthLow()).isZero();
    assertThat(fit.growthHigh()).isZero();
  }

  @Test
  void test_fit_twoPoints() {
    List<TrendPoint> points = List.of(TrendPoint.of(FiscalPeriod.fiscalYear(2023), usd("3.46")),
        TrendPoint.of(FiscalPeriod.fiscalYear(2024), usd("30.52")));
    assertThatIllegalArgumentException().isThrownBy(() -> TrendFit.fit("revenue", points, 0.95))
        .withMessage("A trend of 'revenue' needs at least 3 periods for a confidence interval on its growth rate"
            + " but has 2");
  }

  @Test
  void test_fit_nonPositiveValue() {
    List<TrendPoint> points = List.of(TrendPoint.of(FiscalPeriod.fiscalYear(2022), usd("1")),
        TrendPoint.of(FiscalPeriod.fiscalYear(2023), usd("0")), TrendPoint.of(FiscalPeriod.fiscalYear(2024), usd("2")));
    assertThatIllegalArgumentException().isThrownBy(() -> TrendFit.fit("revenue", points, 0.95))
        .withMessage("A log-linear trend needs positive values but 'given 0 FY2023' has value 0");
  }

  @Test
  void test_fit_repeatedPeriod() {
    List<TrendPoint> points = List.of(TrendPoint.of(FiscalPeriod.fiscalYear(2022), usd("1")),
        TrendPoint.of(FiscalPeriod.fiscalYear(2022), usd("2")), TrendPoint.of(FiscalPeriod.fiscalYear(2024), usd("3")));
    assertThatIllegalArgumentException().isThrownBy(() -> TrendFit.fit("revenue", points, 0.95))
        .withMessage("A trend of 'revenue' has period FY2022 twice");
  }

  @Test
  void test_fit_mixedUnits() {
    Quantity cny = Fixtures.exact("2", Unit.parse("CNY"));
    List<TrendPoint> points = List.of(TrendPoint.of(FiscalPeriod.fiscalYear(2022), usd("1")),
        TrendPoint.of(FiscalPeriod.fiscalYear(2023), cny), TrendPoint.of(FiscalPeriod.fiscalYear(2024), usd("3")));
    assertThatIllegalArgumentException().isThrownBy(() -> TrendFit.fit("revenue", points, 0.95))
        .withMessage("A trend of 'revenue' mixes units 'USD' and 'CNY'");
  }

  @Test
  void test_fit_sameMidpoint() {
    // 61, 59 and 57 days starting 1, 2 and 3 June: each is centred on 2024-07-01 at noon
    List<TrendPoint> points = List.of(
        TrendPoint.of(FiscalPeriod.ofClosed(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 31)), usd("1")),
        TrendPoint.of(FiscalPeriod.ofClosed(LocalDate.of(2024, 6, 2), LocalDate.of(2024, 7, 30)), usd("2")),
        TrendPoint.of(FiscalPeriod.ofClosed(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 7, 29)), usd("3")));
    assertThatIllegalArgumentException().isThrownBy(() -> TrendFit.fit("revenue", points, 0.95))
        .withMessage("A trend of 'revenue' needs periods with different midpoints but all share one");
  }

  @Test
  void test_fit_confidenceLevelOutOfRange() {
    List<TrendPoint> points = List.of(TrendPoint.of(FiscalPeriod.fiscalYear(2022), usd("1")),
        TrendPoint.of(FiscalPeriod.fiscalYear(2023), usd("2")), TrendPoint.of(FiscalPeriod.fiscalYear(2024), usd("3")));
    assertThatIllegalArgumentException().isThrownBy(() -> TrendFit.fit("revenue", points, 1.5))
        .withMessage("Argument 'confidenceLevel' must be above 0 and below 1 but has value 1.5");
  }
}
