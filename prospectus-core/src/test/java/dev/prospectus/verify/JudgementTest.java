package dev.prospectus.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.calc.Derived;
import dev.prospectus.calc.Measure;
import dev.prospectus.model.Amount;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Source;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementTest {

  // A sum of net losses, 62.48億 within [62.46億, 62.50億], in CNY.
  private static final Derived SUM = Derived.of(Measure.AS_REPORTED, "sum", new BigDecimal("6248000000"),
      DecimalRange.ofClosed("6246000000", "6250000000"), Unit.parse("CNY"), "a + b", List.of(), List.of());

  private static Figure figure(String value, Qualifier qualifier) {
    return Figure.of(FigureKey.parse("cumulative_net_loss/total/2025-06-30"),
        Amount.of(value, Scale.HUNDRED_MILLION, Unit.parse("CNY")), qualifier,
        Source.of(VerifyFixtures.SEED, "¶1", ">" + value + "億"));
  }

  @Test
  void test_of_openEndedFigureIsExactBound() {
    // "over 62億" under ">" is the bound 6200000000 exactly, not its rounding range [61.5億, 62.5億],
    // so every value of [62.46億, 62.50億] exceeds it.
    Judgement j = Judgement.of(SUM, Relation.GREATER, figure("62", Qualifier.OVER));
    assertThat(j.status()).isEqualTo(VerdictStatus.CONSISTENT);
    assertThat(j.reported().range()).isEqualTo(DecimalRange.ofClosed("6200000000", "6200000000"));
    assertThat(j.reported().text()).isEqualTo("cumulative_net_loss 2025-06-30 (over 62億 CNY)");
  }

  @Test
  void test_of_exactFigureKeepsRange() {
    // An exact "62.5億" is a measurement: [62.45億, 62.55億] overlaps [62.46億, 62.50億], so "<" is undecided.
    Judgement j = Judgement.of(SUM, Relation.LESS, figure("62.5", Qualifier.EXACT));
    assertThat(j.status()).isEqualTo(VerdictStatus.UNDECIDABLE);
    assertThat(j.reported().range()).isEqualTo(DecimalRange.ofClosed("6245000000", "6255000000"));
  }

  @Test
  void test_of_aboutFigureWidenedOnce() {
    // "about 62億" under "about": rounding [61.5億, 62.5億] widened once, by 5% of 62億 = 3.1億 but no more
    // than the one 億 its digits are rounded to: [60.5億, 63.5億].
    Judgement j = Judgement.of(SUM, Relation.ABOUT, figure("62", Qualifier.ABOUT));
    assertThat(j.reported().range()).isEqualTo(DecimalRange.ofClosed("6050000000", "6350000000"));
    assertThat(j.status()).isEqualTo(VerdictStatus.CONSISTENT);
  }

  @Test
  void test_of_printedAbout() {
    // "約62億元": rounding [61.5億, 62.5億] widened by 5% of 62億 = 3.1億, capped at one unit (1億): [60.5億, 63.5億].
    Judgement j = Judgement.of(SUM, "約62億元");
    assertThat(j.relation()).isEqualTo(Relation.ABOUT);
    assertThat(j.isConsistent()).isTrue();
    assertThat(j.toString()).isEqualTo("CONSISTENT: computed [RMB 6.2460B, RMB 6.2500B] meets [RMB 6.05B,"
        + " RMB 6.35B], the range 'about' allows (rounding widened by 5% either side, at most one rounding unit)");
  }

  @Test
  void test_of_printedZerosJudgedUnderBothReadings() {
    // SUM is [62.46億, 62.50億]. "60億元" read to 10億 is [55億, 65億] and holds it; read to 1億 it is [59.5億,
    // 60.5億] and does not: the zero decides, so the verdict is undecidable and says which reading gives which.
    Judgement sixty = Judgement.of(SUM, "60億元");
    assertThat(sixty.status()).isEqualTo(VerdictStatus.UNDECIDABLE);
    assertThat(sixty.reported().range()).isEqualTo(DecimalRange.ofClosed("5500000000", "6500000000"));
    assertThat(sixty.reason()).isEqualTo("'60億元' ends in zeros that may or may not be significant: read to the"
        + " nearest 10億 CNY it is consistent (computed [RMB 6.2460B, RMB 6.2500B] meets reported [RMB 5.50B,"
        + " RMB 6.50B]); read to the nearest 1億 CNY it is inconsistent (computed [RMB 6.2460B, RMB 6.2500B] lies"
        + " above reported [RMB 5.95B, RMB 6.05B])");
    // "70億元": [65億, 75億] and [69.5億, 70.5億] both miss it: inconsistent either way
    assertThat(Judgement.of(SUM, "70億元").status()).isEqualTo(VerdictStatus.INCONSISTENT);
    // zeros after a decimal point are significant: "62.50億元" is [62.495億, 62.505億] only
    assertThat(Judgement.of(SUM, "62.50億元").status()).isEqualTo(VerdictStatus.CONSISTENT);
  }

  @Test
  void test_of_consistentOnlyWithinRounding() {
    // SUM's point is 62.48億. "62.5億元" is [62.45億, 62.55億]: the ranges meet, and 62.48億 is 62.5億 to the
    // printed digits: plainly consistent.
    Judgement agree = Judgement.of(SUM, "62.5億元");
    assertThat(agree.status()).isEqualTo(VerdictStatus.CONSISTENT);
    assertThat(agree.onlyWithinRounding()).isFalse();
    // "62.46億元" is [62.455億, 62.465億]: the ranges meet at [62.46億, 62.465億], but the point is 62.48億,
    // not 62.46億, to the printed digits
    Judgement within = Judgement.of(SUM, "62.46億元");
    assertThat(within.status()).isEqualTo(VerdictStatus.CONSISTENT);
    assertThat(within.onlyWithinRounding()).isTrue();
    assertThat(within.reason()).isEqualTo("computed [RMB 6.2460B, RMB 6.2500B] meets reported [RMB 6.2455B,"
        + " RMB 6.2465B]; consistent only within rounding: the computed point RMB 6.2480B is RMB 6.248B to the"
        + " printed digits, not RMB 6.246B");
    // a figure whose rounding the dataset states is judged at that rounding: "6250" million exact to the 10
    // million ([62.45億, 62.55億]) holds the point 62.48億 when rounded to it
    Figure stated = Figure.of(FigureKey.parse("cumulative_net_loss/total/2025-06-30"),
        Amount.of("6250", Scale.MILLION, Unit.parse("CNY")), Qualifier.EXACT,
        Source.of(VerifyFixtures.SEED, "¶1", "6250")).withRoundedTo(BigDecimal.TEN);
    Judgement figure = Judgement.of(SUM, Relation.EQUAL, stated);
    assertThat(figure.status()).isEqualTo(VerdictStatus.CONSISTENT);
    assertThat(figure.onlyWithinRounding()).isFalse();
    // only '=' compares points: "about" allows a distance by its words
    assertThat(Judgement.of(SUM, "約62.46億元").onlyWithinRounding()).isFalse();
    // only a CONSISTENT judgement can hold only within rounding
    assertThatIllegalArgumentException().isThrownBy(() -> new Judgement(VerdictStatus.INCONSISTENT, Relation.EQUAL,
        within.reported(), "x", true)).withMessage("Only a CONSISTENT judgement can hold only within rounding, not"
        + " INCONSISTENT");
  }

  @Test
  void test_of_unitMismatch() {
    assertThatIllegalArgumentException().isThrownBy(() -> Judgement.of(SUM, "62%"))
        .withMessage("Cannot compare 'sum' in 'CNY' with '62%' in '%'");
  }
}
