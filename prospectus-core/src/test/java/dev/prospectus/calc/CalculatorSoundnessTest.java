package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Seeded randomized oracle test: for random printed inputs, every calculator's range must enclose
 * the formula's exact value (100 digits) at every corner of the input box and at random interior
 * points, and, for the formulas whose range is exact, equal the hull of the corner values to a
 * relative 1e-25.
 */
class CalculatorSoundnessTest {

  private static final int CASES = 500;
  private static final int INTERIOR_POINTS = 8;
  private static final MathContext ORACLE = new MathContext(100, RoundingMode.HALF_EVEN);
  private static final BigDecimal TIGHT = new BigDecimal("1e-25");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Scale[] MONEY_SCALES = {
      Scale.ONE, Scale.THOUSAND, Scale.TEN_THOUSAND, Scale.MILLION, Scale.HUNDRED_MILLION, Scale.BILLION};

  //-------------------------------------------------------------------------
  @Test
  void test_periodOverPeriod_enclosesAndIsTight() {
    Random random = new Random(1001);
    for (int i = 0; i < CASES; i++) {
      Figure current = money(random, "revenue", "FY2024", true);
      Figure prior = money(random, "revenue", "FY2023", false);
      Derived growth = GrowthCalculator.periodOverPeriod(current, prior).derived();
      // (c / p - 1) x 100
      check(random, growth, List.of(current, prior),
          x -> divide(x.get(0), x.get(1)).subtract(BigDecimal.ONE).multiply(HUNDRED));
    }
  }

  @Test
  void test_multiple_enclosesAndIsTight() {
    Random random = new Random(1002);
    for (int i = 0; i < CASES; i++) {
      Figure current = money(random, "revenue", "FY2024", true);
      Figure prior = money(random, "revenue", "FY2023", false);
      Derived multiple = GrowthCalculator.multiple(current, prior).derived();
      check(random, multiple, List.of(current, prior), x -> divide(x.get(0), x.get(1)));
    }
  }

  @Test
  void test_cagr_enclosesAndIsTightToDoublePrecision() {
    Random random = new Random(1003);
    for (int i = 0; i < CASES; i++) {
      int years = 1 + random.nextInt(10);
      Figure end = money(random, "revenue", "FY2024", false);
      Figure start = money(random, "revenue", "FY2023", false);
      Derived cagr = GrowthCalculator.cagr(end, start, years).derived();
      checkCagr(random, cagr, end, start, years);
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_grossMargin_enclosesAndIsTight() {
    Random random = new Random(2001);
    for (int i = 0; i < CASES; i++) {
      Figure revenue = money(random, "revenue", "9M2025", false);
      Figure profit = money(random, "gross_profit", "9M2025", true);
      // GP / R x 100
      check(random, MarginCalculator.grossMargin(revenue, profit), List.of(revenue, profit),
          x -> divide(x.get(1), x.get(0)).multiply(HUNDRED));
    }
  }

  @Test
  void test_grossMarginFromCost_enclosesAndIsTight() {
    Random random = new Random(2002);
    for (int i = 0; i < CASES; i++) {
      Figure revenue = money(random, "revenue", "9M2025", false);
      Figure cost = money(random, "cost_of_revenue", "9M2025", false);
      // (1 - C / R) x 100
      check(random, MarginCalculator.grossMarginFromCost(revenue, cost), List.of(revenue, cost),
          x -> BigDecimal.ONE.subtract(divide(x.get(1), x.get(0))).multiply(HUNDRED));
    }
  }

  @Test
  void test_blendedMargin_enclosesAndIsTight() {
    Random random = new Random(2003);
    for (int i = 0; i < CASES; i++) {
      Figure marginA = percent(random, "gross_margin", "consumer");
      Figure revenueA = money(random, "revenue", "consumer", "9M2025", false);
      Figure marginB = percent(random, "gross_margin", "enterprise");
      Figure revenueB = money(random, "revenue", "enterprise", "9M2025", false);
      Derived blended = MarginCalculator.blendedMargin(marginA, revenueA, marginB, revenueB).derived();
      // (mA x RA + mB x RB) / (RA + RB)
      check(random, blended, List.of(marginA, revenueA, marginB, revenueB),
          x -> divide(x.get(0).multiply(x.get(1)).add(x.get(2).multiply(x.get(3))), x.get(1).add(x.get(3))));
    }
  }

  @Test
  void test_impliedMix_enclosesAndIsTight() {
    Random random = new Random(2004);
    int done = 0;
    while (done < CASES) {
      Figure blendedMargin = percent(random, "gross_margin", "total");
      Figure marginA = percent(random, "gross_margin", "consumer");
      Figure marginB = percent(random, "gross_margin", "enterprise");
      if (marginB.range().minus(marginA.range()).containsZero()) {
        continue;
      }
      Derived share = MarginCalculator.impliedMix(blendedMargin, marginA, marginB).derived();
      // (mB - blended) / (mB - mA) x 100
      check(random, share, List.of(blendedMargin, marginA, marginB),
          x -> divide(x.get(2).subtract(x.get(0)), x.get(2).subtract(x.get(1))).multiply(HUNDRED));
      done++;
    }
  }

  @Test
  void test_marginExcluding_enclosesAndIsTight() {
    Random random = new Random(2005);
    int done = 0;
    while (done < CASES) {
      Figure revenue = money(random, "revenue", "total", "9M2025", false);
      Figure profit = money(random, "gross_profit", "total", "9M2025", true);
      Figure segmentRevenue = money(random, "revenue", "consumer", "9M2025", false);
      Figure segmentProfit = money(random, "gross_profit", "consumer", "9M2025", true);
      if (revenue.range().minus(segmentRevenue.range()).containsZero()) {
        continue;
      }
      Derived excluding = MarginCalculator.marginExcluding(revenue, profit, segmentRevenue, segmentProfit).derived();
      // (GP - GPs) / (R - Rs) x 100
      check(random, excluding, List.of(revenue, profit, segmentRevenue, segmentProfit),
          x -> divide(x.get(1).subtract(x.get(3)), x.get(0).subtract(x.get(2))).multiply(HUNDRED));
      done++;
    }
  }

  @Test
  void test_grossProfitFromMargin_enclosesAndIsTight() {
    Random random = new Random(2006);
    for (int i = 0; i < CASES; i++) {
      Figure revenue = money(random, "revenue", "consumer", "9M2025", false);
      Figure margin = percent(random, "gross_margin", "consumer");
      // R x m / 100
      check(random, MarginCalculator.grossProfitFromMargin(revenue, margin), List.of(revenue, margin),
          x -> x.get(0).multiply(x.get(1)).divide(HUNDRED));
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_toRevenue_enclosesAndIsTight() {
    Random random = new Random(3001);
    for (int i = 0; i < CASES; i++) {
      Figure amount = money(random, "training_compute_spend", "9M2025", true);
      Figure revenue = money(random, "revenue", "9M2025", false);
      // amount / R x 100
      check(random, RatioCalculator.toRevenue(amount, revenue), List.of(amount, revenue),
          x -> divide(x.get(0), x.get(1)).multiply(HUNDRED));
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_monthlyBurnFromLoss_enclosesAndIsTight() {
    Random random = new Random(4001);
    for (int i = 0; i < CASES; i++) {
      Figure loss = money(random, "adjusted_net_loss", period(random), true);
      BigDecimal months = ((FiscalPeriod) loss.period()).lengthInMonths();
      // loss / n
      check(random, CashCalculator.monthlyBurnFromLoss(loss), List.of(loss), x -> divide(x.get(0), months));
    }
  }

  @Test
  void test_monthlyBurnFromOperatingCashFlow_enclosesAndIsTight() {
    Random random = new Random(4002);
    for (int i = 0; i < CASES; i++) {
      Scale scale = MONEY_SCALES[random.nextInt(MONEY_SCALES.length)];
      Figure outflow = qualify(random, figure("operating_cash_flow", period(random), "-" + printed(random, false),
          scale, "USD"));
      BigDecimal months = ((FiscalPeriod) outflow.period()).lengthInMonths();
      // -OCF / n
      check(random, CashCalculator.monthlyBurnFromOperatingCashFlow(outflow).derived(), List.of(outflow),
          x -> divide(x.get(0).negate(), months));
    }
  }

  @Test
  void test_runway_enclosesAndIsTight() {
    Random random = new Random(4003);
    for (int i = 0; i < CASES; i++) {
      Figure cash = money(random, "cash_reserves", "2025-09-30", true);
      Figure loss = money(random, "adjusted_net_loss", period(random), false);
      BigDecimal months = ((FiscalPeriod) loss.period()).lengthInMonths();
      Derived runway = CashCalculator.runway(cash, CashCalculator.monthlyBurnFromLoss(loss)).derived();
      // cash / (loss / n) = cash x n / loss: each figure once, so the chained ranges stay tight
      check(random, runway, List.of(cash, loss), x -> divide(x.get(0).multiply(months), x.get(1)));
    }
  }

  @Test
  void test_runwayWithExtraCash_enclosesAndIsTight() {
    Random random = new Random(4004);
    for (int i = 0; i < CASES; i++) {
      Figure cash = money(random, "cash_reserves", "2025-09-30", false);
      Figure extra = money(random, "ipo_net_proceeds", "2026-01-09", true);
      Figure loss = money(random, "adjusted_net_loss", period(random), false);
      BigDecimal months = ((FiscalPeriod) loss.period()).lengthInMonths();
      Derived runway = CashCalculator.runway(cash, extra, CashCalculator.monthlyBurnFromLoss(loss)).derived();
      // (cash + extra) x n / loss
      check(random, runway, List.of(cash, extra, loss),
          x -> divide(x.get(0).add(x.get(1)).multiply(months), x.get(2)));
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_perUnit_enclosesAndIsTight() {
    Random random = new Random(5001);
    for (int i = 0; i < CASES; i++) {
      Figure amount = money(random, "revenue", "9M2025", true);
      Figure count = count(random, "paying_users", "users");
      // amount / count
      check(random, PerUnitCalculator.perUnit(amount, count), List.of(amount, count),
          x -> divide(x.get(0), x.get(1)));
    }
  }

  @Test
  void test_shareOfCount_enclosesAndIsTight() {
    Random random = new Random(5002);
    for (int i = 0; i < CASES; i++) {
      Figure share = percent(random, "rnd_headcount_share", "total");
      Figure count = count(random, "headcount", "people");
      // count x share / 100
      check(random, PerUnitCalculator.shareOfCount(share, count), List.of(share, count),
          x -> x.get(1).multiply(x.get(0)).divide(HUNDRED));
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_sum_enclosesAndIsTight() {
    Random random = new Random(7001);
    for (int i = 0; i < CASES; i++) {
      List<Figure> terms = new ArrayList<>();
      for (int k = 0; k < 2 + random.nextInt(4); k++) {
        terms.add(money(random, "adjusted_net_loss", "FY" + (2020 + k), true));
      }
      // x1 + x2 + ... + xn
      check(random, ArithmeticCalculator.sum(terms), terms,
          x -> x.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
  }

  @Test
  void test_difference_enclosesAndIsTight() {
    Random random = new Random(7002);
    for (int i = 0; i < CASES; i++) {
      Figure value = money(random, "revenue", "FY2024", true);
      Figure minus = money(random, "revenue", "FY2023", true);
      // a - b
      check(random, ArithmeticCalculator.difference(value, minus), List.of(value, minus),
          x -> x.get(0).subtract(x.get(1)));
    }
  }

  @Test
  void test_multipliedBy_enclosesAndIsTight() {
    Random random = new Random(7003);
    for (int i = 0; i < CASES; i++) {
      Figure value = count(random, "tokens_per_day", "tokens");
      BigDecimal factor = new BigDecimal(printed(random, false));
      // x * k
      check(random, ArithmeticCalculator.multipliedBy(value, factor, Unit.parse("tokens"), "a test constant"),
          List.of(value), x -> x.get(0).multiply(factor));
    }
  }

  @Test
  void test_dividedBy_enclosesAndIsTight() {
    Random random = new Random(7004);
    for (int i = 0; i < CASES; i++) {
      Figure value = count(random, "video_hours", "hours");
      BigDecimal divisor = new BigDecimal(printed(random, false));
      // x / k
      check(random, ArithmeticCalculator.dividedBy(value, divisor, Unit.YEARS, "a test constant"),
          List.of(value), x -> divide(x.get(0), divisor));
    }
  }

  @Test
  void test_converted_enclosesAndIsTight() {
    Random random = new Random(7005);
    for (int i = 0; i < CASES; i++) {
      Figure value = money(random, "revenue", "FY2024", true);
      Figure printed = qualify(random, figure("fx_rate", "2024-12-31", printed(random, false), Scale.ONE, "CNY"));
      ExchangeRate rate = ExchangeRate.printed("usd-cny", Unit.parse("USD"), printed, FiscalPeriod.fiscalYear(2024));
      // x * rate, and back: (x * rate) / rate as the rate's other currency
      check(random, ArithmeticCalculator.converted(value, rate, Unit.parse("CNY")), List.of(value, printed),
          x -> x.get(0).multiply(x.get(1)));
      Figure cny = qualify(random, figure("revenue", "total", "FY2024", printed(random, true), Scale.HUNDRED_MILLION,
          "CNY"));
      if (!printed.range().containsZero()) {
        check(random, ArithmeticCalculator.converted(cny, rate, Unit.parse("USD")), List.of(cny, printed),
            x -> divide(x.get(0), x.get(1)));
      }
    }
  }

  //-------------------------------------------------------------------------
  // Unbounded ends: one input in three is printed as "over", "at least", "under" or "at most" a number,
  // so its range is open on one side. Every value the formula takes at sampled inputs, ends included and
  // far out on an open side, must lie in the result's range; a result the inputs leave unbounded on both
  // sides must be not meaningful with reason UNBOUNDED_INPUT rather than a number.
  private static final int OPEN_CASES = 300;

  /** Builds the calculation under test from its inputs. */
  private interface Calc {
    Calculation apply(List<Figure> inputs);
  }

  /** Draws one input. */
  private interface Input {
    Figure draw(Random random);
  }

  @Test
  void test_growth_unboundedEndsEnclose() {
    checkOpen(8001, List.of(r -> money(r, "revenue", "FY2024", true), r -> money(r, "revenue", "FY2023", false)),
        x -> GrowthCalculator.periodOverPeriod(x.get(0), x.get(1)),
        x -> divide(x.get(0), x.get(1)).subtract(BigDecimal.ONE).multiply(HUNDRED));
  }

  @Test
  void test_multiple_unboundedEndsEnclose() {
    checkOpen(8002, List.of(r -> money(r, "revenue", "FY2024", true), r -> money(r, "revenue", "FY2023", false)),
        x -> GrowthCalculator.multiple(x.get(0), x.get(1)), x -> divide(x.get(0), x.get(1)));
  }

  @Test
  void test_margins_unboundedEndsEnclose() {
    checkOpen(8003, List.of(r -> money(r, "revenue", "9M2025", false), r -> money(r, "gross_profit", "9M2025", true)),
        x -> MarginCalculator.grossMargin(x.get(0), x.get(1)), x -> divide(x.get(1), x.get(0)).multiply(HUNDRED));
    checkOpen(8004, List.of(r -> money(r, "revenue", "9M2025", false), r -> money(r, "cost_of_revenue", "9M2025",
        false)), x -> MarginCalculator.grossMarginFromCost(x.get(0), x.get(1)),
        x -> BigDecimal.ONE.subtract(divide(x.get(1), x.get(0))).multiply(HUNDRED));
    checkOpen(8005, List.of(r -> money(r, "revenue", "total", "9M2025", false),
        r -> money(r, "gross_profit", "total", "9M2025", true), r -> money(r, "revenue", "consumer", "9M2025", false),
        r -> money(r, "gross_profit", "consumer", "9M2025", true)),
        x -> MarginCalculator.marginExcluding(x.get(0), x.get(1), x.get(2), x.get(3)),
        x -> divide(x.get(1).subtract(x.get(3)), x.get(0).subtract(x.get(2))).multiply(HUNDRED));
    checkOpen(8006, List.of(r -> money(r, "revenue", "consumer", "9M2025", false),
        r -> percent(r, "gross_margin", "consumer")), x -> MarginCalculator.grossProfitFromMargin(x.get(0), x.get(1)),
        x -> x.get(0).multiply(x.get(1)).divide(HUNDRED));
  }

  @Test
  void test_cornerHulls_unboundedInputsAreNotMeaningful() {
    Random random = new Random(8007);
    for (int i = 0; i < OPEN_CASES; i++) {
      Figure marginA = percent(random, "gross_margin", "consumer");
      Figure revenueA = Fixtures.qualified(money(random, "revenue", "consumer", "9M2025", false), Qualifier.OVER);
      Figure marginB = percent(random, "gross_margin", "enterprise");
      Figure revenueB = money(random, "revenue", "enterprise", "9M2025", false);
      Calculation blended = MarginCalculator.blendedMargin(marginA, revenueA, marginB, revenueB);
      assertThat(blended).isInstanceOf(NotMeaningful.class);
      assertThat(((NotMeaningful) blended).reason()).isEqualTo(NotMeaningful.Reason.UNBOUNDED_INPUT);
      Calculation mix = MarginCalculator.impliedMix(Fixtures.qualified(marginA, Qualifier.AT_MOST), marginA, marginB);
      assertThat(mix).isInstanceOf(NotMeaningful.class);
    }
  }

  @Test
  void test_ratiosAndPerUnit_unboundedEndsEnclose() {
    checkOpen(8008, List.of(r -> money(r, "training_compute_spend", "9M2025", true),
        r -> money(r, "revenue", "9M2025", false)), x -> RatioCalculator.toRevenue(x.get(0), x.get(1)),
        x -> divide(x.get(0), x.get(1)).multiply(HUNDRED));
    checkOpen(8009, List.of(r -> money(r, "revenue", "9M2025", true), r -> count(r, "paying_users", "users")),
        x -> PerUnitCalculator.perUnit(x.get(0), x.get(1)), x -> divide(x.get(0), x.get(1)));
    checkOpen(8010, List.of(r -> percent(r, "rnd_headcount_share", "total"), r -> count(r, "headcount", "people")),
        x -> PerUnitCalculator.shareOfCount(x.get(0), x.get(1)), x -> x.get(1).multiply(x.get(0)).divide(HUNDRED));
  }

  @Test
  void test_cash_unboundedEndsEnclose() {
    String period = "2025-01-01..2025-09-30";
    BigDecimal months = new BigDecimal("9");
    checkOpen(8011, List.of(r -> money(r, "adjusted_net_loss", period, true)),
        x -> CashCalculator.monthlyBurnFromLoss(x.get(0)), x -> divide(x.get(0), months));
    checkOpen(8012, List.of(r -> money(r, "cash_reserves", "2025-09-30", true),
        r -> money(r, "adjusted_net_loss", period, false)),
        x -> CashCalculator.runway(x.get(0), CashCalculator.monthlyBurnFromLoss(x.get(1))),
        x -> divide(x.get(0).multiply(months), x.get(1)));
    checkOpen(8013, List.of(r -> money(r, "cash_reserves", "2025-09-30", false),
        r -> money(r, "ipo_net_proceeds", "2026-01-09", true), r -> money(r, "adjusted_net_loss", period, false)),
        x -> CashCalculator.runway(x.get(0), x.get(1), CashCalculator.monthlyBurnFromLoss(x.get(2))),
        x -> divide(x.get(0).add(x.get(1)).multiply(months), x.get(2)));
  }

  @Test
  void test_arithmetic_unboundedEndsEnclose() {
    checkOpen(8014, List.of(r -> money(r, "adjusted_net_loss", "FY2023", true),
        r -> money(r, "adjusted_net_loss", "FY2024", true), r -> money(r, "adjusted_net_loss", "FY2025", true)),
        ArithmeticCalculator::sum, x -> x.get(0).add(x.get(1)).add(x.get(2)));
    checkOpen(8015, List.of(r -> money(r, "revenue", "FY2024", true), r -> money(r, "revenue", "FY2023", true)),
        x -> ArithmeticCalculator.difference(x.get(0), x.get(1)), x -> x.get(0).subtract(x.get(1)));
    // a rate is a two-sided figure: only the converted value is one-sided here
    ExchangeRate rate = ExchangeRate.printed("usd-cny", Unit.parse("USD"), figure("fx_rate", "2024-12-31", "7.10",
        Scale.ONE, "CNY"), FiscalPeriod.fiscalYear(2024));
    checkOpen(8016, List.of(r -> money(r, "revenue", "FY2024", true)),
        x -> ArithmeticCalculator.converted(x.get(0), rate, Unit.parse("CNY")), x -> x.get(0).multiply(rate.value()));
  }

  /**
   * Runs a calculation on inputs one in three of which is one-sided, and checks every meaningful
   * result: its range holds the point and the formula's value at every combination of sampled inputs
   * (both ends of a bounded input and its midpoint; the end of a one-sided input and points up to
   * 10^30 beyond it). A result unbounded on a side needs an input open on some side; one unbounded on
   * both must not be a number. Enough results must be one-sided for the test to mean something.
   */
  private static void checkOpen(long seed, List<Input> draws, Calc calc, Function<List<BigDecimal>, BigDecimal> exact) {
    Random random = new Random(seed);
    int oneSided = 0;
    for (int i = 0; i < OPEN_CASES; i++) {
      List<Figure> inputs = draws.stream().map(d -> open(random, d.draw(random))).toList();
      Calculation calculation = calc.apply(inputs);
      if (calculation instanceof NotMeaningful nm) {
        assertThat(nm.reason()).as("%s", nm).isNotEqualTo(NotMeaningful.Reason.BEYOND_RANGE);
        continue;
      }
      Derived result = calculation.derived();
      assertThat(result.range().isUnbounded()).as("%s", result).isFalse();
      assertThat(result.range().contains(result.value())).as("%s: point in range", result.label()).isTrue();
      if (!result.range().isBounded()) {
        oneSided++;
        assertThat(inputs).as("%s is one-sided but no input is", result).anyMatch(f -> !f.range().isBounded());
      }
      for (List<BigDecimal> point : product(inputs.stream().map(f -> samples(f.range())).toList())) {
        BigDecimal value = exact.apply(point);
        assertThat(result.range().contains(value))
            .as("%s: range %s must enclose %s at %s of %s", result.label(), result.range(), value, point, inputs)
            .isTrue();
      }
    }
    assertThat(oneSided).as("one-sided results checked").isGreaterThan(OPEN_CASES / 20);
  }

  /** One input in three made one-sided, in one of the four directions. */
  private static Figure open(Random random, Figure figure) {
    if (random.nextInt(3) != 0) {
      return figure;
    }
    Qualifier[] open = {Qualifier.OVER, Qualifier.AT_LEAST, Qualifier.UNDER, Qualifier.AT_MOST};
    return Fixtures.qualified(figure, open[random.nextInt(open.length)]);
  }

  private static List<BigDecimal> samples(DecimalRange range) {
    List<BigDecimal> result = new ArrayList<>();
    range.lowerEnd().ifPresent(result::add);
    range.upperEnd().ifPresent(result::add);
    if (range.isBounded()) {
      result.add(range.midpoint());
      return result;
    }
    BigDecimal end = range.lowerEnd().or(range::upperEnd).orElseThrow();
    BigDecimal scale = end.abs().add(BigDecimal.ONE);
    for (String far : List.of("0.001", "1", "1E+6", "1E+30")) {
      BigDecimal step = scale.multiply(new BigDecimal(far));
      result.add(range.isBoundedBelow() ? end.add(step) : end.subtract(step));
    }
    return result;
  }

  private static List<List<BigDecimal>> product(List<List<BigDecimal>> choices) {
    List<List<BigDecimal>> result = new ArrayList<>();
    result.add(List.of());
    for (List<BigDecimal> choice : choices) {
      List<List<BigDecimal>> next = new ArrayList<>();
      for (List<BigDecimal> prefix : result) {
        for (BigDecimal c : choice) {
          List<BigDecimal> longer = new ArrayList<>(prefix);
          longer.add(c);
          next.add(longer);
        }
      }
      result = next;
    }
    return result;
  }

  //-------------------------------------------------------------------------
  @Test
  void test_marketCapitalisation_enclosesAndIsTight() {
    Random random = new Random(8001);
    for (int i = 0; i < CASES; i++) {
      Figure price = money(random, "ipo_offer_price", "2025-12-05", false);
      Figure shares = count(random, "shares_outstanding_after", "shares");
      // price x shares
      check(random, OfferingCalculator.marketCapitalisation(price, shares), List.of(price, shares),
          x -> x.get(0).multiply(x.get(1)));
    }
  }

  @Test
  void test_firstDayReturn_enclosesAndIsTight() {
    Random random = new Random(8002);
    for (int i = 0; i < CASES; i++) {
      Figure close = money(random, "first_day_close_price", "2025-12-05", false);
      Figure offer = money(random, "ipo_offer_price", "2025-12-05", false);
      // (close / offer - 1) x 100
      check(random, OfferingCalculator.firstDayReturn(close, offer), List.of(close, offer),
          x -> divide(x.get(0), x.get(1)).subtract(BigDecimal.ONE).multiply(HUNDRED));
    }
  }

  @Test
  void test_issueCosts_enclosesAndIsTight() {
    Random random = new Random(8003);
    for (int i = 0; i < CASES; i++) {
      Figure net = money(random, "ipo_net_proceeds", "2025-12-05", false);
      Figure gross = money(random, "ipo_gross_proceeds", "2025-12-05", false);
      // (1 - net / gross) x 100
      check(random, OfferingCalculator.issueCosts(net, gross), List.of(net, gross),
          x -> BigDecimal.ONE.subtract(divide(x.get(0), x.get(1))).multiply(HUNDRED));
    }
  }

  @Test
  void test_shareOfBase_enclosesAndIsTight() {
    Random random = new Random(8004);
    for (int i = 0; i < CASES; i++) {
      Figure part = count(random, "cornerstone_shares", "shares");
      Figure base = count(random, "ipo_offer_shares", "shares");
      // part / base x 100
      check(random, OfferingCalculator.shareOfBase(part, base), List.of(part, base),
          x -> divide(x.get(0), x.get(1)).multiply(HUNDRED));
    }
  }

  @Test
  void test_priceToSales_enclosesAndIsTight() {
    Random random = new Random(8005);
    for (int i = 0; i < CASES; i++) {
      Figure cap = money(random, "market_cap", "2025-12-05", false);
      Figure revenue = money(random, "revenue", "FY2024", false);
      // cap / revenue
      check(random, OfferingCalculator.priceToSales(cap, revenue), List.of(cap, revenue),
          x -> divide(x.get(0), x.get(1)));
    }
  }

  @Test
  void test_useOfProceedsTotal_enclosesAndIsTight() {
    Random random = new Random(8007);
    for (int i = 0; i < CASES; i++) {
      int uses = 1 + random.nextInt(5);
      List<Figure> shares = new ArrayList<>();
      for (int u = 0; u < uses; u++) {
        shares.add(percent(random, "use_of_proceeds_share", "use" + u));
      }
      Calculation total = OfferingCalculator.useOfProceedsTotal(shares);
      if (!total.isMeaningful()) {
        // "over" and "under" shares together leave the sum unbounded both ways: nothing to enclose.
        continue;
      }
      // share1 + ... + shareN
      check(random, total, shares, x -> x.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
  }

  @Test
  void test_annualised_enclosesAndIsTight() {
    Random random = new Random(8006);
    for (int i = 0; i < CASES; i++) {
      Figure interim = money(random, "revenue", "9M2025", true);
      // revenue x 12 / 9
      check(random, OfferingCalculator.annualised(interim), List.of(interim),
          x -> divide(x.get(0).multiply(BigDecimal.valueOf(12)), BigDecimal.valueOf(9)));
    }
  }

  //-------------------------------------------------------------------------
  /**
   * Checks a result against an exact formula: the point against the formula at the inputs' values,
   * the range against every corner and random interior points, and the range against the hull of
   * the corners.
   */
  private static void check(Random random, Calculation calculation, List<? extends Quantity> inputs,
      Function<List<BigDecimal>, BigDecimal> exact) {
    Derived result = calculation.derived();
    List<DecimalRange> box = inputs.stream().map(Quantity::range).toList();
    List<BigDecimal> corners = new ArrayList<>();
    for (List<BigDecimal> corner : corners(box)) {
      BigDecimal value = exact.apply(corner);
      assertThat(result.range().contains(value))
          .as("%s: range %s must enclose %s at corner %s of %s", result.label(), result.range(), value, corner,
              inputs)
          .isTrue();
      corners.add(value);
    }
    for (int k = 0; k < INTERIOR_POINTS; k++) {
      List<BigDecimal> point = box.stream().map(r -> inside(random, r)).toList();
      BigDecimal value = exact.apply(point);
      assertThat(result.range().contains(value))
          .as("%s: range %s must enclose %s at %s of %s", result.label(), result.range(), value, point, inputs)
          .isTrue();
    }
    DecimalRange hull = DecimalRange.hull(corners);
    BigDecimal tolerance = hull.low().abs().max(hull.high().abs()).multiply(TIGHT);
    assertThat(result.range().low().subtract(hull.low()).abs())
        .as("%s: low end %s must equal the corner hull's %s", result.label(), result.range().low(), hull.low())
        .isLessThanOrEqualTo(tolerance);
    assertThat(result.range().high().subtract(hull.high()).abs())
        .as("%s: high end %s must equal the corner hull's %s", result.label(), result.range().high(), hull.high())
        .isLessThanOrEqualTo(tolerance);
    BigDecimal point = exact.apply(inputs.stream().map(Quantity::value).toList());
    assertThat(result.value().subtract(point).abs())
        .as("%s: point %s must equal the formula's %s", result.label(), result.value(), point)
        .isLessThanOrEqualTo(point.abs().max(hull.high().abs()).multiply(TIGHT));
  }

  /**
   * Compound growth has no exact decimal form, so enclosure is checked without roots: with
   * {@code g = range end / 100 + 1}, {@code g_low^n x s <= e <= g_high^n x s} for each corner and
   * interior {@code (e, s)}. Tightness is to a relative 1e-11, the precision {@link DecimalRange#pow}
   * keeps.
   */
  private static void checkCagr(Random random, Derived cagr, Figure end, Figure start, int years) {
    BigDecimal rootLow = cagr.range().low().divide(HUNDRED).add(BigDecimal.ONE);
    BigDecimal rootHigh = cagr.range().high().divide(HUNDRED).add(BigDecimal.ONE);
    List<List<BigDecimal>> points = new ArrayList<>(corners(List.of(end.range(), start.range())));
    for (int k = 0; k < INTERIOR_POINTS; k++) {
      points.add(List.of(inside(random, end.range()), inside(random, start.range())));
    }
    for (List<BigDecimal> p : points) {
      BigDecimal e = p.get(0);
      BigDecimal s = p.get(1);
      assertThat(rootLow.signum() <= 0 || rootLow.pow(years).multiply(s).compareTo(e) <= 0)
          .as("%s: low end %s must not exceed the growth at %s", cagr.label(), cagr.range().low(), p).isTrue();
      assertThat(rootHigh.pow(years).multiply(s).compareTo(e) >= 0)
          .as("%s: high end %s must not fall short of the growth at %s", cagr.label(), cagr.range().high(), p)
          .isTrue();
    }
    double exponent = 1.0 / years;
    double lowest = Math.pow(divide(end.range().low(), start.range().high()).doubleValue(), exponent);
    double highest = Math.pow(divide(end.range().high(), start.range().low()).doubleValue(), exponent);
    assertThat(Math.abs(rootLow.doubleValue() - lowest)).isLessThanOrEqualTo(1e-11 * lowest);
    assertThat(Math.abs(rootHigh.doubleValue() - highest)).isLessThanOrEqualTo(1e-11 * highest);
    double point = Math.pow(divide(end.value(), start.value()).doubleValue(), exponent);
    assertThat(Math.abs(cagr.value().divide(HUNDRED).add(BigDecimal.ONE).doubleValue() - point))
        .isLessThanOrEqualTo(1e-12 * point);
  }

  private static List<List<BigDecimal>> corners(List<DecimalRange> box) {
    List<List<BigDecimal>> corners = new ArrayList<>();
    for (int mask = 0; mask < 1 << box.size(); mask++) {
      List<BigDecimal> corner = new ArrayList<>();
      for (int i = 0; i < box.size(); i++) {
        corner.add((mask & (1 << i)) == 0 ? box.get(i).low() : box.get(i).high());
      }
      corners.add(corner);
    }
    return corners;
  }

  private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    return dividend.divide(divisor, ORACLE);
  }

  /** A point of the range: {@code low + width x u} with {@code u} a random nine-digit fraction. */
  private static BigDecimal inside(Random random, DecimalRange range) {
    BigDecimal fraction = BigDecimal.valueOf(random.nextInt(1_000_000_001), 9);
    return range.low().add(range.width().multiply(fraction));
  }

  //-------------------------------------------------------------------------
  /** A printed number: 1 to 7 significant digits, 0 to 4 decimal places, never zero. */
  private static String printed(Random random, boolean mayBeNegative) {
    int digits = 1 + random.nextInt(7);
    long floor = digits == 1 ? 1 : (long) Math.pow(10, digits - 1);
    long unscaled = floor + (long) (random.nextDouble() * ((long) Math.pow(10, digits) - floor));
    BigDecimal value = BigDecimal.valueOf(unscaled, random.nextInt(5));
    return (mayBeNegative && random.nextBoolean() ? value.negate() : value).toPlainString();
  }

  /** Mostly exact; one in ten "about" and one in ten "nearly", which widen the range. */
  private static Figure qualify(Random random, Figure figure) {
    int pick = random.nextInt(10);
    return pick == 0 ? Fixtures.qualified(figure, Qualifier.ABOUT)
        : pick == 1 ? Fixtures.qualified(figure, Qualifier.NEARLY) : figure;
  }

  private static Figure money(Random random, String metric, String period, boolean mayBeNegative) {
    return money(random, metric, "total", period, mayBeNegative);
  }

  private static Figure money(Random random, String metric, String segment, String period, boolean mayBeNegative) {
    Scale scale = MONEY_SCALES[random.nextInt(MONEY_SCALES.length)];
    return qualify(random, figure(metric, segment, period, printed(random, mayBeNegative), scale, "USD"));
  }

  private static Figure percent(Random random, String metric, String segment) {
    return qualify(random, figure(metric, segment, "9M2025", printed(random, true), Scale.ONE, "%"));
  }

  private static Figure count(Random random, String metric, String unit) {
    Scale scale = random.nextBoolean() ? Scale.ONE : Scale.TEN_THOUSAND;
    return qualify(random, figure(metric, "2025-09-30", printed(random, false), scale, unit));
  }

  /** A span of 20 to 800 days from a day in 2024, often not whole months. */
  private static String period(Random random) {
    LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
    LocalDate end = start.plusDays(19 + random.nextInt(781));
    return start + ".." + end;
  }
}
