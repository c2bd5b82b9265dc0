package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.figure;
import static dev.prospectus.calc.Fixtures.percent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerUnitCalculatorTest {

  // MiniMax: consumer revenue 38,020 thousand and 177.16萬 paying users in 9M2025; revenue 53,437 thousand;
  // 385 staff at 30 Sep 2025, 73.8% of them in R&D.
  private static final Figure CONSUMER_REVENUE = figure("revenue", "consumer", "9M2025", "38020", Scale.THOUSAND,
      "USD");
  private static final Figure PAYING_USERS = figure("paying_users", "consumer", "9M2025", "177.16",
      Scale.TEN_THOUSAND, "users");
  private static final Figure REVENUE = figure("revenue", "9M2025", "53437", Scale.THOUSAND, "USD");
  private static final Figure HEADCOUNT = figure("headcount", "2025-09-30", "385", Scale.ONE, "people");
  private static final Figure RND_SHARE = percent("rnd_headcount_share", "2025-09-30", "73.8");

  @Test
  void test_revenuePerPayingUser_consumer() {
    Derived perUser = PerUnitCalculator.revenuePerPayingUser(CONSUMER_REVENUE, PAYING_USERS).derived();
    assertThat(perUser.label()).isEqualTo("revenue consumer 9M2025 per paying user");
    assertThat(perUser.unit()).isEqualTo(Unit.parse("USD"));
    // 38020000 / 1771600 = 21.46...; low 38019500 / 1771650, high 38020500 / 1771550
    assertThat(perUser.value()).isEqualByComparingTo("21.46082637164145405283359674870174");
    assertThat(perUser.range().isSameRange(DecimalRange.ofClosed(
        "21.45993847543250642056839669234894", "21.46171431797013914368773108294996"))).isTrue();
    assertThat(perUser.formula()).isEqualTo("revenue consumer 9M2025 / paying_users consumer 9M2025");
    assertThat(perUser.notes()).isEmpty();
  }

  @Test
  void test_revenuePerEmployee_countAtInstant() {
    Derived perEmployee = PerUnitCalculator.revenuePerEmployee(REVENUE, HEADCOUNT).derived();
    assertThat(perEmployee.label()).isEqualTo("revenue 9M2025 per employee");
    // 53437000 / 385 = 138797.40...; low 53436500 / 385.5, high 53437500 / 384.5
    assertThat(perEmployee.value()).isEqualByComparingTo("138797.4025974025974025974025974026");
    assertThat(perEmployee.range().isSameRange(DecimalRange.ofClosed(
        "138616.0830090791180285343709468223", "138979.1937581274382314694408322497"))).isTrue();
    assertThat(perEmployee.notes()).containsExactly("the count is at 2025-09-30, not an average over 9M2025");
  }

  @Test
  void test_revenuePerEmployee_wrongMetric() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PerUnitCalculator.revenuePerEmployee(REVENUE, PAYING_USERS))
        .withMessage("Argument 'headcount' must be a figure of 'headcount' but is 'paying_users consumer 9M2025'");
  }

  @Test
  void test_perUnit_singularOfCountUnit() {
    Derived perPerson = PerUnitCalculator.perUnit(REVENUE, HEADCOUNT).derived();
    assertThat(perPerson.label()).isEqualTo("revenue 9M2025 per person");
    Figure countries = figure("countries_served", "2025-09-30", "200", Scale.ONE, "countries");
    assertThat(PerUnitCalculator.perUnit(REVENUE, countries).label()).isEqualTo("revenue 9M2025 per country");
    Derived perUser = PerUnitCalculator.perUnit(CONSUMER_REVENUE, PAYING_USERS).derived();
    assertThat(perUser.label()).isEqualTo("revenue consumer 9M2025 per user");
    // the same quotient as revenuePerPayingUser: 38020000 / 1771600
    assertThat(perUser.value()).isEqualByComparingTo("21.46082637164145405283359674870174");
  }

  @Test
  void test_perUnit_countNotACount() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PerUnitCalculator.perUnit(REVENUE, CONSUMER_REVENUE))
        .withMessage("Argument 'count' must be a count of something but 'revenue consumer 9M2025' is in 'USD'");
  }

  @Test
  void test_perUnit_countRangeContainsZero() {
    Figure nobody = figure("headcount", "2025-09-30", "0", Scale.ONE, "people");
    assertThat(PerUnitCalculator.perUnit(REVENUE, nobody)).isEqualTo(NotMeaningful.of(Measure.PER_UNIT,
        "revenue 9M2025 per person", NotMeaningful.Reason.DIVISOR_MAY_BE_ZERO,
        "divisor 'headcount 2025-09-30' has range [-0.5, 0.5], which contains zero", List.of(REVENUE, nobody)));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_shareOfCount_rndStaff() {
    Derived rndStaff = PerUnitCalculator.shareOfCount(RND_SHARE, HEADCOUNT).derived();
    assertThat(rndStaff.label()).isEqualTo("rnd_headcount_share 2025-09-30 of headcount 2025-09-30");
    assertThat(rndStaff.unit()).isEqualTo(Unit.PEOPLE);
    // 385 x 73.8 / 100 = 284.13; 384.5 x 73.75 / 100 = 283.56875; 385.5 x 73.85 / 100 = 284.69175
    assertThat(rndStaff.value()).isEqualByComparingTo("284.13");
    assertThat(rndStaff.range().isSameRange(DecimalRange.ofClosed("283.56875", "284.69175"))).isTrue();
    assertThat(rndStaff.formula()).isEqualTo("headcount 2025-09-30 x rnd_headcount_share 2025-09-30 / 100");
    // 1.1 people wide: the ends to a tenth, outward
    assertThat(rndStaff.toString()).isEqualTo("284 people [283.5 people, 284.7 people]");
  }

  @Test
  void test_shareOfCount_aboutShare() {
    Figure about = Fixtures.qualified(percent("rnd_headcount_share", "2025-09-30", "74"), Qualifier.ABOUT);
    Derived rndStaff = PerUnitCalculator.shareOfCount(about, HEADCOUNT).derived();
    // about 74%: 5% of 74 (3.7) exceeds the one percent its digits are rounded to: [73.5 - 1, 74.5 + 1] =
    // [72.5, 75.5]; 385 x 74 / 100 = 284.9; 384.5 x 72.5 / 100 = 278.7625; 385.5 x 75.5 / 100 = 291.0525
    assertThat(rndStaff.value()).isEqualByComparingTo("284.9");
    assertThat(rndStaff.range().isSameRange(DecimalRange.ofClosed("278.7625", "291.0525"))).isTrue();
  }

  @Test
  void test_shareOfCount_shareNotPercent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PerUnitCalculator.shareOfCount(HEADCOUNT, HEADCOUNT))
        .withMessage("Argument 'sharePercent' must be in percent ('%') but 'headcount 2025-09-30' is in 'people'");
  }
}
