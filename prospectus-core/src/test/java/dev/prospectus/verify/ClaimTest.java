package dev.prospectus.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimTest {

  @Test
  void test_builder() {
    Claim c = Claim.id("revenue-growth-fy2024").quote("同比暴漲了782.2%", "qbitai-seed").at("¶2").note("n")
        .growth("revenue/total/FY2024", "revenue/total/FY2023").is("782.2%");
    assertThat(c.id()).isEqualTo("revenue-growth-fy2024");
    assertThat(c.document()).contains("qbitai-seed");
    assertThat(c.source().orElseThrow().locator()).contains("¶2");
    assertThat(c.note()).contains("n");
    assertThat(c.toString()).isEqualTo("revenue-growth-fy2024: growth(current=revenue/total/FY2024,"
        + " prior=revenue/total/FY2023) = '782.2%'");
  }

  @Test
  void test_builder_relationFromWords() {
    Claim c = Claim.id("a").ratioToRevenue("training_compute_spend/total/FY2023", "revenue/total/FY2023")
        .is("超過1365%");
    assertThat(((Comparison) c.check()).relation()).isEqualTo(Relation.GREATER);
    assertThat(c.source()).isEmpty();
  }

  @Test
  void test_builder_contradictingRelation() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Claim.id("a").figure("revenue/total/FY2024").is(Relation.EQUAL, "超過1365%"))
        .withMessage("Relation '=' contradicts the words of '超過1365%', which state '>'");
  }

  @Test
  void test_id_invalid() {
    assertThatIllegalArgumentException().isThrownBy(() -> Claim.id("Revenue Growth"))
        .withMessage("Invalid claim id 'Revenue Growth': expected [a-z0-9][a-z0-9._-]*");
  }

  @Test
  void test_at_beforeQuote() {
    assertThatIllegalStateException().isThrownBy(() -> Claim.id("a").at("¶2"))
        .withMessage("Give the quote before its locator");
  }

  @Test
  void test_incompleteCalculationRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Claim.id("a").computes(Operation.of(Operator.GROWTH).with("current", "revenue/total/FY2024"))
            .is("1%"))
        .withMessage("Incomplete calculation: 'growth' needs 'prior'");
  }

  @Test
  void test_equality() {
    Claim a = Claim.id("a").figure("revenue/total/FY2024").is("3052萬美元");
    Claim b = new Claim("a", Optional.empty(), Comparison.of(FigureRef.of("revenue/total/FY2024"), "3052萬美元"),
        Optional.empty());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }
}
