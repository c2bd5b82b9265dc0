package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Enclosure;
import dev.prospectus.model.Figure;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A growth of ordinary figures is judged on its {@link Enclosure}; its decimals, made when read, are unchanged. */
class BoundsTest {

  @Test
  void test_growth_theSeed() {
    Derived growth = (Derived) GrowthCalculator.periodOverPeriod(
        figure("revenue", "FY2024", "3052", Scale.TEN_THOUSAND, "USD"),
        figure("revenue", "FY2023", "346", Scale.TEN_THOUSAND, "USD"));
    Enclosure bounds = growth.enclosure().orElseThrow();
    // (3052.5萬 / 345.5萬 - 1) x 100 and (3051.5萬 / 346.5萬 - 1) x 100, to 34 digits outward
    assertThat(growth.range()).isEqualTo(DecimalRange.ofClosed("780.6637806637806637806637806637806",
        "783.5021707670043415340086830680174"));
    assertThat(growth.value()).isEqualTo("782.0809248554913294797687861271676");
    // each bound within a hundred-billionth of its exact end, on its side
    assertEncloses(bounds.lowMin(), bounds.lowMax(), growth.range().low());
    assertEncloses(bounds.highMin(), bounds.highMax(), growth.range().high());
    assertEncloses(bounds.pointMin(), bounds.pointMax(), growth.value());
  }

  private static void assertEncloses(double min, double max, BigDecimal exact) {
    assertThat(new BigDecimal(min)).isLessThan(exact).isGreaterThan(exact.subtract(new BigDecimal("1E-11")));
    assertThat(new BigDecimal(max)).isGreaterThan(exact).isLessThan(exact.add(new BigDecimal("1E-11")));
  }

  @Test
  void test_deferred_refusesDecimalsOutsideItsBounds() {
    // A wrong bound is a bug: the decimals, made on first read, say so rather than stand.
    Enclosure wrong = new Enclosure(1, 2, 1, 2, 1, 2);
    Derived derived = Derived.deferred(Measure.GROWTH, () -> "a growth", () -> new BigDecimal("782.08"),
        () -> DecimalRange.ofClosed("780.66", "783.51"), wrong, Unit.PERCENT, () -> "a / b", List.of(), List.of());
    assertThat(derived.enclosure()).contains(wrong);
    assertThatIllegalStateException().isThrownBy(derived::range)
        .withMessage("The exact value of 'a growth', 782.08 [780.66, 783.51], lies outside the bounds it was"
            + " judged on, Enclosure[pointMin=1.0, pointMax=2.0, lowMin=1.0, lowMax=2.0, highMin=1.0, highMax=2.0]");
    Derived right = Derived.deferred(Measure.GROWTH, () -> "a growth", () -> new BigDecimal("782.08"),
        () -> DecimalRange.ofClosed("780.66", "783.51"), new Enclosure(782.07, 782.09, 780.65, 780.67, 783.5,
        783.52), Unit.PERCENT, () -> "a / b", List.of(), List.of());
    assertThat(right.range()).isEqualTo(DecimalRange.ofClosed("780.66", "783.51"));
    assertThat(right.value()).isEqualTo("782.08");
  }

  @Test
  void test_growth_beyondTheBounds_madeAtOnce() {
    // No printed number is that large (40 digits at most): calculations of 3E+150 and 2E+150, beyond
    // what the bounds handle (1e100), get no enclosure and the same decimals as the formula.
    Quantity current = Derived.of(Measure.AS_REPORTED, "a", new BigDecimal("3E+150"),
        DecimalRange.ofClosed(new BigDecimal("2.5E+150"), new BigDecimal("3.5E+150")), Unit.parse("USD"), "a",
        List.of(), List.of());
    Quantity prior = Derived.of(Measure.AS_REPORTED, "b", new BigDecimal("2E+150"),
        DecimalRange.ofClosed(new BigDecimal("1.5E+150"), new BigDecimal("2.5E+150")), Unit.parse("USD"), "b",
        List.of(), List.of());
    Derived growth = (Derived) GrowthCalculator.periodOverPeriod(current, prior);
    assertThat(growth.enclosure()).isEmpty();
    assertThat(growth.range()).isEqualTo(current.range().dividedBy(prior.range())
        .minus(DecimalRange.of(BigDecimal.ONE)).movePointRight(2));
    assertThat(growth.value()).isEqualByComparingTo("50");
  }

  @Test
  void test_growth_randomFigures_sameDecimalsAsTheFormula_withinTheBounds() {
    // Figures of either sign and any scale: every deferred growth's decimals are the formula's, and
    // Derived refuses on first read any that lies outside its bounds.
    Random random = new Random(7);
    MathContext down = new MathContext(34, java.math.RoundingMode.FLOOR);
    MathContext up = new MathContext(34, java.math.RoundingMode.CEILING);
    int deferred = 0;
    for (int i = 0; i < 5_000; i++) {
      BigDecimal current = BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, random.nextInt(12) - 4);
      BigDecimal prior = BigDecimal.valueOf(random.nextInt(1_000_000) + 1, random.nextInt(12) - 4);
      Figure c = figure("revenue", "FY2024", current.toPlainString(), Scale.ONE, "USD");
      Figure p = figure("revenue", "FY2023", prior.toPlainString(), Scale.ONE, "USD");
      Calculation calculation = GrowthCalculator.periodOverPeriod(c, p);
      if (!calculation.isMeaningful()) {
        // a prior whose rounding range reaches zero ("1" read as [0.5, 1.5] is fine, "0.4" is not)
        continue;
      }
      Derived growth = (Derived) calculation;
      deferred += growth.enclosure().isPresent() ? 1 : 0;
      DecimalRange cr = c.range();
      DecimalRange pr = p.range();
      BigDecimal low = (cr.low().signum() > 0 ? cr.low().divide(pr.high(), down) : cr.low().divide(pr.low(), down))
          .subtract(BigDecimal.ONE).movePointRight(2);
      BigDecimal high = (cr.high().signum() >= 0 ? cr.high().divide(pr.low(), up) : cr.high().divide(pr.high(), up))
          .subtract(BigDecimal.ONE).movePointRight(2);
      assertThat(growth.range().isSameRange(DecimalRange.ofClosed(low, high))).as(c + " over " + p).isTrue();
      assertThat(growth.value()).isEqualByComparingTo(current.divide(prior, MathContext.DECIMAL128)
          .subtract(BigDecimal.ONE).movePointRight(2));
    }
    assertThat(deferred).isEqualTo(5_000);
  }

  @Test
  void test_ratio_randomFigures_sameDecimalsAsTheFormula_withinTheBounds() {
    // In percent and in times, over a divisor of either sign (a negative one is made at once).
    Random random = new Random(11);
    MathContext down = new MathContext(34, java.math.RoundingMode.FLOOR);
    MathContext up = new MathContext(34, java.math.RoundingMode.CEILING);
    int deferred = 0;
    for (int i = 0; i < 5_000; i++) {
      BigDecimal numerator = BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, random.nextInt(12) - 4);
      BigDecimal divisor = BigDecimal.valueOf(random.nextInt(2_000_000) - 500_000, random.nextInt(12) - 4);
      Figure n = figure("training_compute_spend", "FY2024", numerator.toPlainString(), Scale.ONE, "USD");
      Figure d = figure("revenue", "FY2024", divisor.toPlainString(), Scale.ONE, "USD");
      Unit unit = i % 2 == 0 ? Unit.PERCENT : Unit.parse("x");
      Calculation calculation = RatioCalculator.ratio("compute to revenue", n, d, unit);
      if (!calculation.isMeaningful()) {
        // a divisor whose rounding range reaches zero
        continue;
      }
      Derived ratio = (Derived) calculation;
      deferred += ratio.enclosure().isPresent() ? 1 : 0;
      assertThat(ratio.enclosure().isPresent()).isEqualTo(d.range().low().signum() > 0);
      DecimalRange nr = n.range();
      DecimalRange dr = d.range();
      BigDecimal low = BigDecimal.valueOf(Long.MAX_VALUE);
      BigDecimal high = BigDecimal.valueOf(Long.MIN_VALUE);
      for (BigDecimal x : new BigDecimal[] {nr.low(), nr.high()}) {
        for (BigDecimal y : new BigDecimal[] {dr.low(), dr.high()}) {
          low = low.min(x.divide(y, down));
          high = high.max(x.divide(y, up));
        }
      }
      int places = unit.equals(Unit.PERCENT) ? 2 : 0;
      assertThat(ratio.range().isSameRange(DecimalRange.ofClosed(low.movePointRight(places),
          high.movePointRight(places)))).as(n + " over " + d).isTrue();
      assertThat(ratio.value()).isEqualByComparingTo(numerator.divide(divisor, MathContext.DECIMAL128)
          .movePointRight(places));
    }
    assertThat(deferred).isBetween(3_000, 4_000);
  }
}
