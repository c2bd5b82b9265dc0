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
    // "about 60億" under "about": rounding [59.5億, 60.5億] widened by 5% of 60億 = 3億: [56.5億, 63.5億].
    Judgement j = Judgement.of(SUM, Relation.ABOUT, figure("60", Qualifier.ABOUT));
    assertThat(j.reported().range()).isEqualTo(DecimalRange.ofClosed("5650000000.00", "6350000000.00"));
    assertThat(j.status()).isEqualTo(VerdictStatus.CONSISTENT);
  }

  @Test
  void test_of_printedAbout() {
    // "約62億元": rounding [61.5億, 62.5億] widened by 5% of 62億 = 3.1億: [58.4億, 65.6億].
    Judgement j = Judgement.of(SUM, "約62億元");
    assertThat(j.relation()).isEqualTo(Relation.ABOUT);
    assertThat(j.isConsistent()).isTrue();
    assertThat(j.toString()).isEqualTo("CONSISTENT: computed [RMB 6.2460B, RMB 6.2500B] meets [RMB 5.84B,"
        + " RMB 6.56B], the range 'about' allows (rounding widened by 5% either side)");
  }

  @Test
  void test_of_unitMismatch() {
    assertThatIllegalArgumentException().isThrownBy(() -> Judgement.of(SUM, "62%"))
        .withMessage("Cannot compare 'sum' in 'CNY' with '62%' in '%'");
  }
}
