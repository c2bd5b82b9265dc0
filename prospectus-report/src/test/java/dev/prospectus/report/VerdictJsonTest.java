package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.Verifier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictJsonTest {

  @Test
  void test_toJson_comparison() {
    Verdict v = Verifier.verify(ReportFixtures.example(), Claim.id("growth").quote("同比暴漲了782.2%", "seed")
        .at("¶2").growth("revenue/total/FY2024", "revenue/total/FY2023").is("782.2%"));
    ArrayNode array = VerdictJson.toJson(List.of(v));
    assertThat(array).hasSize(1);
    JsonNode o = array.get(0);
    assertThat(o.get("id").asText()).isEqualTo("growth");
    assertThat(o.get("verdict").asText()).isEqualTo("CONSISTENT");
    assertThat(o.get("check").asText()).isEqualTo("comparison");
    assertThat(o.get("source").get("locator").asText()).isEqualTo("¶2");
    assertThat(o.get("relation").asText()).isEqualTo("=");
    // 30520000 / 3460000 - 1 = 782.0809...%, range [780.6637...%, 783.5021...%]
    assertThat(o.get("computed").get("value").decimalValue())
        .isEqualByComparingTo("782.0809248554913294797687861271676");
    assertThat(o.get("computed").get("low").decimalValue()).isBetween(new BigDecimal("780.66378"),
        new BigDecimal("780.66379"));
    assertThat(o.get("reported").get("low").decimalValue()).isEqualByComparingTo("782.15");
    assertThat(o.get("reported").get("high").decimalValue()).isEqualByComparingTo("782.25");
    assertThat(o.get("unit").asText()).isEqualTo("%");
    // the ranges meet, but the point 782.08% is 782.1% to the printed digits
    assertThat(o.get("reason").asText()).isEqualTo("computed [780.66%, 783.51%] meets reported [782.15%, 782.25%];"
        + " consistent only within rounding: the computed point 782.08% is 782.1% to the printed digits, not 782.2%");
    assertThat(o.get("onlyWithinRounding").asBoolean()).isTrue();
    JsonNode input = o.get("inputs").get(0);
    assertThat(input.get("reference").asText()).isEqualTo("revenue/total/FY2024");
    assertThat(input.get("printed").asText()).isEqualTo("3052萬 USD");
    assertThat(input.get("document").asText()).isEqualTo("seed");
    assertThat(input.get("report").asText()).isEqualTo("claim-source");
    assertThat(input.get("reports").asInt()).isEqualTo(2);
    // 3052萬 at base scale is 30520000, written as digits, never 3.052E+7
    assertThat(input.get("value").toString()).isEqualTo("30520000");
    assertThat(o.get("missing")).isEmpty();
  }

  @Test
  void test_toJson_agreementHasNulls() {
    List<Verdict> verdicts = Verifier.conflicts(ReportFixtures.example());
    JsonNode o = VerdictJson.toJson(verdicts).get(0);
    assertThat(o.get("id").asText()).isEqualTo("conflict:revenue/total/FY2023");
    assertThat(o.get("check").asText()).isEqualTo("source-agreement");
    assertThat(o.get("computed").isNull()).isTrue();
    assertThat(o.get("reported").isNull()).isTrue();
    assertThat(o.get("relation").isNull()).isTrue();
    assertThat(o.get("source").isNull()).isTrue();
    assertThat(o.get("onlyWithinRounding").asBoolean()).isFalse();
    assertThat(o.get("unit").asText()).isEqualTo("USD");
    assertThat(o.get("inputs")).hasSize(2);
  }

  @Test
  void test_toJson_unverifiable() {
    Verdict v = Verifier.verify(ReportFixtures.example(), Claim.id("missing")
        .growth("revenue/total/FY2025", "revenue/total/FY2024").is("1%"));
    JsonNode o = VerdictJson.toJson(v);
    assertThat(o.get("verdict").asText()).isEqualTo("UNVERIFIABLE");
    assertThat(o.get("missing").get(0).asText()).isEqualTo("revenue/total/FY2025");
    assertThat(o.get("computed").isNull()).isTrue();
  }
}
