package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.percent;
import static dev.prospectus.scenario.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import dev.prospectus.model.FiscalPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakEvenTest {

  private static final LocalDate ORIGIN = LocalDate.of(2021, 1, 1);

  /**
   * Revenue 100 x 2^x a year at the period's midpoint, gross margin 50%, costs 400 a year:
   * loss = 400 - 0.5 revenue, so costs implied = 0.5 revenue + loss = 400 exactly.
   */
  private static BreakEvenPoint doublingYear(int year) {
    FiscalPeriod period = FiscalPeriod.fiscalYear(year);
    double x = (ChronoUnit.DAYS.between(ORIGIN, period.start()) + period.lengthInDays() / 2.0) / 365.25;
    BigDecimal revenue = BigDecimal.valueOf(100 * Math.pow(2, x));
    BigDecimal loss = new BigDecimal("400").subtract(revenue.divide(BigDecimal.valueOf(2)));
    return BreakEvenPoint.of(period, usd(revenue.toPlainString()), percent("50"), usd(loss.toPlainString()));
  }

  @Test
  void test_estimate_breakEvenWhereGrossProfitMeetsCosts() {
    // 0.5 x 100 x 2^x = 400  gives  2^x = 8, x = 3 years = 1095.75 days after 2021-01-01: day 1095 is 2024-01-01.
    // The latest period ends 2023-12-31 (x = 2.995), where the loss is still 400 - 0.5 x 797 = 1.5 > 0.
    BreakEven estimate = BreakEven.estimate(List.of(doublingYear(2021), doublingYear(2022), doublingYear(2023)), 60,
        0.95);
    assertThat(estimate.date()).contains(LocalDate.of(2024, 1, 1));
    assertThat(estimate.isWithinHorizon()).isTrue();
    assertThat(estimate.from()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(estimate.revenueTrend().growthPerYear()).isCloseTo(1.0, offset(1e-12));
    assertThat(estimate.costTrend().growthPerYear()).isCloseTo(0.0, offset(1e-12));
    assertThat(estimate.marginSlopePercentPerYear()).isCloseTo(0.0, offset(1e-12));
    assertThat(estimate.marginInterceptPercent()).isCloseTo(50.0, offset(1e-12));
    // loss at 2024-07-01 (x = 1277/365.25 = 3.4962): 400 - 0.5 x 100 x 2^3.4962 = 400 - 564.3 = -164.3
    assertThat(estimate.annualisedLossAt(LocalDate.of(2024, 7, 1)))
        .isCloseTo(400 - 50 * Math.pow(2, 1277 / 365.25), offset(1e-9));
    assertThat(estimate.toString()).startsWith("Break-even 2024-01 (fitted loss reaches zero on 2024-01-01);"
        + " revenue growth 100.0% a year, cost growth 0.0% a year, gross margin +0.0 points a year; projection"
        + " assuming revenue and the costs it implies (revenue x gross margin + loss) keep their fitted log-linear"
        + " trends;");
  }

  @Test
  void test_earliestAndLatest_exactTrendsHaveNoWidth() {
    // The exact doubling fits with intervals of zero width: the range of the month is the month itself.
    BreakEven estimate = BreakEven.estimate(List.of(doublingYear(2021), doublingYear(2022), doublingYear(2023)), 60,
        0.95);
    assertThat(estimate.earliestDate()).contains(LocalDate.of(2024, 1, 1));
    assertThat(estimate.latestDate()).contains(LocalDate.of(2024, 1, 1));
    assertThat(estimate.isMeaningful()).isTrue();
  }

  @Test
  void test_earliestAndLatest_unevenGrowthLeavesTheMonthOpen() {
    // Revenue 100, 150, 400 against flat costs of 400 (loss 350, 325, 200 at a 50% margin): the fitted revenue
    // reaches 800 within the horizon, but at the lower end of its 95% interval (three points, one degree of
    // freedom) revenue shrinks, so the loss never reaches zero: no month is a result.
    List<BreakEvenPoint> points = List.of(
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2022), usd("100"), percent("50"), usd("350")),
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2023), usd("150"), percent("50"), usd("325")),
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2024), usd("400"), percent("50"), usd("200")));
    BreakEven estimate = BreakEven.estimate(points, 120, 0.95);
    assertThat(estimate.date()).isPresent();
    assertThat(estimate.revenueTrend().growthLow()).isNegative();
    assertThat(estimate.latestDate()).isEmpty();
    assertThat(estimate.earliestDate().orElseThrow()).isBeforeOrEqualTo(estimate.date().orElseThrow());
    assertThat(estimate.isMeaningful()).isFalse();
  }

  @Test
  void test_estimate_noBreakEvenWithoutGrossProfit() {
    // a gross margin of 0% leaves nothing to cover costs: the fitted loss stays positive
    List<BreakEvenPoint> points = List.of(
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2022), usd("100"), percent("0"), usd("300")),
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2023), usd("200"), percent("0"), usd("350")),
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2024), usd("400"), percent("0"), usd("400")));
    BreakEven estimate = BreakEven.estimate(points, 60, 0.95);
    assertThat(estimate.date()).isEmpty();
    assertThat(estimate.isWithinHorizon()).isFalse();
    assertThat(estimate.toString()).startsWith("No break-even within the horizon of 60 months (to 2029-12-31);");
  }

  @Test
  void test_estimate_costsOutgrowingGrossProfit() {
    // revenue grows 10% a year, costs (0.5 revenue + loss) double: the gap widens, no break-even in 10 years.
    // costs implied: 0.5 x 100 + 150 = 200, 0.5 x 110 + 345 = 400, 0.5 x 121 + 739.5 = 800
    List<BreakEvenPoint> points = List.of(
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2022), usd("100"), percent("50"), usd("150")),
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2023), usd("110"), percent("50"), usd("345")),
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2024), usd("121"), percent("50"), usd("739.5")));
    BreakEven estimate = BreakEven.estimate(points, 120, 0.95);
    assertThat(estimate.date()).isEmpty();
    assertThat(estimate.costTrend().growthPerYear()).isCloseTo(1.0, offset(0.01));
  }

  @Test
  void test_estimate_alreadyProfitable() {
    // the latest period shows a profit (loss -20) and the trend keeps it: break-even is the search start
    List<BreakEvenPoint> points = List.of(
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2022), usd("100"), percent("50"), usd("20")),
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2023), usd("200"), percent("50"), usd("0")),
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2024), usd("400"), percent("50"), usd("-20")));
    BreakEven estimate = BreakEven.estimate(points, 60, 0.95);
    assertThat(estimate.date()).contains(LocalDate.of(2024, 12, 31));
  }

  @Test
  void test_grossMarginPercentAt_cappedAtHundred() {
    // margin 60, 80, 100 at midpoints 182.5, 547.5 and 913 days (FY2024 has 366 days): least squares gives
    // 19.999996876739264 points a year (x in years of 365.25 days); 2026-07-01 would be about 140%, capped
    List<BreakEvenPoint> points = List.of(
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2022), usd("100"), percent("60"), usd("50")),
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2023), usd("200"), percent("80"), usd("40")),
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2024), usd("400"), percent("100"), usd("30")));
    BreakEven estimate = BreakEven.estimate(points, 60, 0.95);
    assertThat(estimate.marginSlopePercentPerYear()).isCloseTo(19.999996876739264, offset(1e-9));
    assertThat(estimate.grossMarginPercentAt(LocalDate.of(2026, 7, 1))).isEqualTo(100.0);
  }

  @Test
  void test_estimate_twoPeriods() {
    List<BreakEvenPoint> points = List.of(
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2023), usd("100"), percent("50"), usd("150")),
        BreakEvenPoint.of(FiscalPeriod.fiscalYear(2024), usd("200"), percent("50"), usd("100")));
    assertThatIllegalArgumentException().isThrownBy(() -> BreakEven.estimate(points, 60, 0.95))
        .withMessage("A trend of 'revenue' needs at least 3 periods for a confidence interval on its growth rate"
            + " but has 2");
  }

  @Test
  void test_estimate_zeroHorizon() {
    assertThatIllegalArgumentException().isThrownBy(() -> BreakEven.estimate(List.of(), 0, 0.95))
        .withMessage("Argument 'horizonMonths' must be positive but has value 0");
  }
}
