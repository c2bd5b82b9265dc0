package dev.prospectus.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictCountsTest {

  private static final List<Verdict> VERDICTS = Verifier.verify(VerifyFixtures.dataset(), List.of(
      // 782.08% [780.66%, 783.51%] meets 782.2%, but is 782.1% to the printed digits
      Claim.id("growth").quote("782.2%", "seed").growth("revenue/total/FY2024", "revenue/total/FY2023").is("782.2%"),
      Claim.id("wrong").quote("790%", "seed").growth("revenue/total/FY2024", "revenue/total/FY2023").is("790%"),
      Claim.id("agree").check(SourceAgreement.all())));

  @Test
  void test_of_countsPublishedClaimsAndSourceChecksApart() {
    VerdictCounts counts = VerdictCounts.of(VERDICTS);
    // the example dataset has three figures with several reports: revenue FY2023 (346萬 vs the 2.46 million
    // typo) conflicts, revenue FY2024 and the R&D headcount share agree
    assertThat(counts.publishedClaims()).isEqualTo(new VerdictCounts.Tally(1, 1, 1, 0, 0));
    assertThat(counts.sourceChecks()).isEqualTo(new VerdictCounts.Tally(2, 0, 1, 0, 0));
    assertThat(counts.publishedClaims().total()).isEqualTo(2);
    assertThat(counts.sourceChecks()).hasToString("3 verdicts: 2 consistent, 1 inconsistent, 0 undecidable,"
        + " 0 unverifiable");
    assertThat(counts.sourceChecks().count(VerdictStatus.INCONSISTENT)).isEqualTo(1);
    assertThat(counts).hasToString("2 published claims: 1 consistent (1 only within rounding), 1 inconsistent,"
        + " 0 undecidable, 0 unverifiable; 3 source checks: 2 consistent, 1 inconsistent, 0 undecidable,"
        + " 0 unverifiable");
  }

  @Test
  void test_of_countsTheReadingsOfAPrintedClaimOnce() {
    // 782.2% read on the seed's figures fits (782.08%), read on the other's does not (1140.77%)
    List<Verdict> verdicts = Verifier.verify(VerifyFixtures.dataset(), List.of(
        Claim.id("g-seed").quote("782.2%", "seed").growth("revenue/total/FY2024", "revenue/total/FY2023")
            .is("782.2%").withReading(ClaimReading.of("g", "on the seed's figures")),
        Claim.id("g-other").quote("782.2%", "other").growth("revenue/total/FY2024", "revenue/total/FY2023")
            .is("782.2%").withReading(ClaimReading.of("g", "on the other's figures"))));
    assertThat(verdicts).extracting(Verdict::status).containsExactly(VerdictStatus.CONSISTENT,
        VerdictStatus.INCONSISTENT);
    assertThat(VerdictCounts.of(verdicts)).hasToString("1 published claim: 1 consistent (1 only within rounding),"
        + " 0 inconsistent, 0 undecidable, 0 unverifiable");
    assertThat(VerdictCounts.readings(verdicts)).contains("2 readings of 1 claim whose words can be read more"
        + " than one way count once each, by the reading that fits best");
    assertThat(VerdictCounts.readings(VERDICTS)).isEmpty();
  }

  @Test
  void test_toString_leavesOutAnEmptyGroup() {
    assertThat(VerdictCounts.of(VERDICTS.subList(0, 1))).hasToString("1 published claim: 1 consistent (1 only"
        + " within rounding), 0 inconsistent, 0 undecidable, 0 unverifiable");
    assertThat(VerdictCounts.of(VERDICTS.subList(2, 3))).hasToString("1 source check: 0 consistent, 1 inconsistent,"
        + " 0 undecidable, 0 unverifiable");
    assertThat(VerdictCounts.of(List.of())).hasToString("0 published claims: 0 consistent, 0 inconsistent,"
        + " 0 undecidable, 0 unverifiable");
  }

  @Test
  void test_tally_rejectsImpossibleCounts() {
    assertThatIllegalArgumentException().isThrownBy(() -> new VerdictCounts.Tally(1, 2, 0, 0, 0))
        .withMessage("Only 1 verdicts are consistent, not 2 only within rounding");
    assertThatIllegalArgumentException().isThrownBy(() -> new VerdictCounts.Tally(-1, 0, 0, 0, 0))
        .withMessage("A count must not be negative but has value -1");
  }
}
