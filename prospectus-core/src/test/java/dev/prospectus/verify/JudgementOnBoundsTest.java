package dev.prospectus.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.calc.Derived;
import dev.prospectus.calc.GrowthCalculator;
import dev.prospectus.format.PrintedFigure;
import dev.prospectus.model.Amount;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Source;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A growth judged on its double-precision bounds gets the judgement its exact decimals get: the
 * same status, reported side, reason and rounding flag, under every relation, against printed
 * numbers at, near and far from the ends and the point, with and without ambiguous zeros.
 */
class JudgementOnBoundsTest {

  private static final Source SOURCE = Source.of(VerifyFixtures.SEED, "¶1", "a figure of the test");

  private static Figure revenue(String period, BigDecimal value) {
    return Figure.of(FigureKey.parse("revenue/total/" + period), Amount.of(value, Scale.TEN_THOUSAND,
        Unit.parse("USD")), SOURCE);
  }

  @Test
  void test_sameJudgementAsTheDecimals() {
    Random random = new Random(3);
    int judged = 0;
    for (int i = 0; i < 2_000; i++) {
      BigDecimal current = BigDecimal.valueOf(random.nextInt(2_000_000) - 200_000, random.nextInt(3));
      BigDecimal prior = BigDecimal.valueOf(random.nextInt(100_000) + 10, random.nextInt(3));
      Derived growth = (Derived) GrowthCalculator.periodOverPeriod(revenue("FY2024", current),
          revenue("FY2023", prior));
      assertThat(growth.enclosure()).isPresent();
      Derived exact = Derived.of(growth.measure(), growth.label(), growth.value(), growth.range(), growth.unit(),
          growth.formula(), growth.inputs(), growth.notes());
      assertThat(exact.enclosure()).isEmpty();
      for (String printed : printings(growth, random)) {
        PrintedFigure p = PrintedFigure.parse(printed);
        for (Relation relation : Relation.values()) {
          Judgement onBounds = Judgement.of(growth, relation, p);
          Judgement decimals = Judgement.of(exact, relation, p);
          assertThat(onBounds).as(relation + " " + printed + " against " + exact).isEqualTo(decimals);
          assertThat(onBounds.onlyWithinRounding()).isEqualTo(decimals.onlyWithinRounding());
          judged++;
        }
      }
    }
    assertThat(judged).isEqualTo(2_000 * 8 * Relation.values().length);
  }

  /**
   * Numbers as an article prints them near the growth: its ends and point at one to three
   * decimals, a unit of the last digit either side, and rounded to tens ("780%", ambiguous zeros).
   */
  private static String[] printings(Derived growth, Random random) {
    int places = 1 + random.nextInt(3);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(places);
    BigDecimal low = growth.range().low().setScale(places, RoundingMode.HALF_UP);
    BigDecimal high = growth.range().high().setScale(places, RoundingMode.HALF_UP);
    BigDecimal point = growth.value().setScale(places, RoundingMode.HALF_UP);
    return new String[] {
        low + "%", low.subtract(unit) + "%", high + "%", high.add(unit) + "%", point + "%",
        point.add(unit) + "%", growth.value().setScale(-1, RoundingMode.HALF_UP).toPlainString() + "%",
        growth.value().setScale(0, RoundingMode.FLOOR).toPlainString() + "%"};
  }
}
