package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.verify.Claim;
import dev.prospectus.verify.SourceAgreement;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.Verifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTableTest {

  @Test
  void test_render() {
    List<Verdict> verdicts = Verifier.verify(ReportFixtures.example(), List.of(
        Claim.id("growth").quote("782.2%", "seed").growth("revenue/total/FY2024", "revenue/total/FY2023")
            .is("782.2%"),
        Claim.id("ratio").quote("超過1365%", "seed")
            .ratioToRevenue("training_compute_spend/total/FY2023", "revenue/total/FY2023").is("超過1365%"),
        Claim.id("agree").check(SourceAgreement.of("revenue/total/FY2024"))));
    String[] lines = VerdictTable.render(verdicts).split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[0]).startsWith("ID      VERDICT      COMPUTED                       REL  REPORTED");
    assertThat(lines[1]).startsWith("growth  CONSISTENT   782.08% [780.66%, 783.51%]     =    782.2% [782.15%, 782.25%]"
        + "       computed [780.66%, 783.51%] meets");
    // 超過 is two Chinese characters, two columns each: the next column still lines up.
    assertThat(lines[2]).startsWith("ratio   UNDECIDABLE  1365.03% [1362.91%, 1367.15%]  >    超過1365% [1365.00%,"
        + " 1365.00%]  computed");
    assertThat(lines[3]).startsWith("agree   CONSISTENT   -                              -    -      ");
    // counted apart; 782.08% is 782.1% to the printed digits, not 782.2%: consistent only within rounding
    assertThat(lines[4]).isEqualTo("2 published claims: 1 consistent (1 only within rounding), 0 inconsistent,"
        + " 1 undecidable, 0 unverifiable; 1 source check: 1 consistent, 0 inconsistent, 0 undecidable,"
        + " 0 unverifiable");
    assertThat(VerdictTable.width(lines[2].substring(0, lines[2].indexOf("  computed"))))
        .isEqualTo(VerdictTable.width(lines[1].substring(0, lines[1].indexOf("  computed"))));
  }

  @Test
  void test_width() {
    // ASCII one column each; CJK ideographs two.
    assertThat(VerdictTable.width("782.2%")).isEqualTo(6);
    assertThat(VerdictTable.width("超過1365%")).isEqualTo(9);
  }
}
