package dev.prospectus.assertj;

import static dev.prospectus.assertj.ProspectusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.VerdictStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictAssertTest {

  private static Verdict verdict(VerdictStatus status, List<String> missing) {
    Claim claim = Claim.id("growth").quote("同比暴漲了782.2%", "seed").figure("revenue/total/FY2024").is("1%");
    return new Verdict("growth", status, claim, Optional.empty(), Optional.empty(), Optional.empty(),
        "a reason", List.of(), missing);
  }

  @Test
  void test_status() {
    assertThat(verdict(VerdictStatus.CONSISTENT, List.of())).isConsistent();
    assertThat(verdict(VerdictStatus.INCONSISTENT, List.of())).isInconsistent();
    assertThat(verdict(VerdictStatus.UNDECIDABLE, List.of())).isUndecidable();
    assertThat(verdict(VerdictStatus.UNVERIFIABLE, List.of("fx_rate/total/2025-12-21")))
        .isUnverifiable().isMissing("fx_rate/total/2025-12-21");
  }

  @Test
  void test_status_failure() {
    assertThatThrownBy(() -> assertThat(verdict(VerdictStatus.INCONSISTENT, List.of())).isConsistent())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting claim 'growth' to be CONSISTENT but was INCONSISTENT")
        .hasMessageContaining("reason: a reason")
        .hasMessageContaining("source: seed: \u201c同比暴漲了782.2%\u201d");
  }

  @Test
  void test_isMissing_failure() {
    assertThatThrownBy(() -> assertThat(verdict(VerdictStatus.UNVERIFIABLE, List.of("a/total/FY2024")))
        .isMissing("b/total/FY2024"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting claim 'growth' to miss [b/total/FY2024] but it misses [a/total/FY2024]");
  }
}
