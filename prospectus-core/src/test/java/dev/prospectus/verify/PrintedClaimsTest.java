package dev.prospectus.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PrintedClaimsTest {

  private static final String GROWTH_24 = "revenue/total/FY2024";
  private static final String GROWTH_23 = "revenue/total/FY2023";

  /**
   * The FY2024 growth on the example dataset, from the seed's reports, 782.08% [780.66%, 783.51%]
   * (3052萬 / 346萬 - 1), and from the other article's, 1140.77% [1138.24%, 1143.32%]
   * (30523 thousand / 2.46 million - 1): a printed growth read as either document's figures.
   */
  private static Claim reading(String id, String document, String printed, String reported) {
    return Claim.id(id).quote(reported, document).growth(GROWTH_24, GROWTH_23).is(reported)
        .withReading(ClaimReading.of(printed, "on the " + document + " figures"));
  }

  private static List<Verdict> verify(Claim... claims) {
    return Verifier.verify(VerifyFixtures.dataset(), List.of(claims));
  }

  static Stream<Arguments> data_best() {
    return Stream.of(
        // 782.2% fits the seed's figures (only within rounding: 782.08% is 782.1%), not the other's
        Arguments.of("782.2%", VerdictStatus.CONSISTENT, "g-seed",
            "fits when read on the seed figures (782.08%); not when read on the other figures (1140.77%)"),
        // 1141% fits the other's
        Arguments.of("1141%", VerdictStatus.CONSISTENT, "g-other",
            "fits when read on the other figures (1140.77%); not when read on the seed figures (782.08%)"),
        // 900% fits neither: the first reading stands for it
        Arguments.of("900%", VerdictStatus.INCONSISTENT, "g-seed",
            "fits no reading: not when read on the seed figures (782.08%) or when read on the other figures"
            + " (1140.77%)"));
  }

  @ParameterizedTest
  @MethodSource("data_best")
  void test_best_readingsStandAsOnePrintedClaim(String printed, VerdictStatus status, String standing,
      String described) {
    List<Verdict> verdicts = verify(
        Claim.id("plain").quote("782.2%", "seed").growth(GROWTH_24, GROWTH_23).is("782.2%"),
        reading("g-seed", "seed", "g", printed), reading("g-other", "other", "g", printed));
    List<Verdict> best = PrintedClaims.best(verdicts);
    assertThat(best).extracting(Verdict::id).containsExactly("plain", standing);
    assertThat(best.get(1).status()).isEqualTo(status);
    assertThat(PrintedClaims.readings(verdicts, "g")).extracting(Verdict::id).containsExactly("g-seed", "g-other");
    assertThat(PrintedClaims.describe(PrintedClaims.readings(verdicts, "g"))).isEqualTo(described);
  }

  @Test
  void test_best_consistentBeyondRoundingBeatsWithinRounding() {
    // 782% is [781.5%, 782.5%]: the seed's 782.08% is 782% at those digits, consistent beyond rounding
    List<Verdict> verdicts = verify(reading("a", "seed", "g", "782.2%"), reading("b", "seed", "g", "782%"));
    assertThat(verdicts).extracting(Verdict::onlyWithinRounding).containsExactly(true, false);
    assertThat(PrintedClaims.best(verdicts)).extracting(Verdict::id).containsExactly("b");
  }

  @Test
  void test_best_claimsReadOneWayAreEachTheirOwn() {
    List<Verdict> verdicts = verify(
        Claim.id("a").quote("782.2%", "seed").growth(GROWTH_24, GROWTH_23).is("782.2%"),
        Claim.id("b").quote("790%", "seed").growth(GROWTH_24, GROWTH_23).is("790%"));
    assertThat(PrintedClaims.best(verdicts)).isEqualTo(verdicts);
    assertThat(PrintedClaims.readings(verdicts, "a")).isEmpty();
  }

  @Test
  void test_describe_refusesAClaimReadOneWay() {
    List<Verdict> verdicts = verify(Claim.id("a").quote("782.2%", "seed").growth(GROWTH_24, GROWTH_23).is("782.2%"));
    assertThatIllegalArgumentException().isThrownBy(() -> PrintedClaims.describe(verdicts))
        .withMessage("Verdict 'a' is on a claim read one way, not on a reading");
    assertThatIllegalArgumentException().isThrownBy(() -> PrintedClaims.describe(List.of()))
        .withMessage("Argument 'readings' must not be empty");
  }

  @Test
  void test_claimReading_refusesMalformed() {
    assertThatIllegalArgumentException().isThrownBy(() -> ClaimReading.of("Bad Id", "x"))
        .withMessageContaining("Invalid printed claim id 'Bad Id'");
    assertThatIllegalArgumentException().isThrownBy(() -> ClaimReading.of("ok", " "));
  }
}
