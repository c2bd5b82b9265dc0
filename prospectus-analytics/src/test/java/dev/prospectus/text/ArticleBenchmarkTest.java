package dev.prospectus.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Recall and precision of the article checker on the development texts and on the held-out texts
 * (committed before the checker, never tuned against), as the README reports them. Run with
 * {@code -Dbenchmark.print=true} to print each score and every miss.
 */
class ArticleBenchmarkTest {

  private static void print(String name, Benchmark.Score s) {
    if (Boolean.getBoolean("benchmark.print")) {
      System.out.println(name + ": " + s);
      s.misses.forEach(m -> System.out.println("  " + m));
    }
  }

  /**
   * Precision was 116/118 before the trust rules met the checker: '70%' (seed-05) is now UNDECIDABLE,
   * its zero may or may not be significant, and the seed's 約106億元 (seed-59) is now CONSISTENT through
   * the dataset's sourced exchange rates where it had none; both labels predate those rules.
   */
  @Test
  void test_development_recallAndPrecision() {
    Benchmark.Score s = Benchmark.score("dev.json");
    print("development", s);
    assertThat(s.nonClaimsInconsistent).isZero();
    assertThat(s.toString()).isEqualTo("62 texts: recall 118/122 = 96.7% (claims in words 7/7), "
        + "precision 113/118 = 95.8%, non-claims judged INCONSISTENT: 0");
  }


  /**
   * The held-out texts were committed before the checker; the checker was never changed for them.
   * First measured at 65/120 and 37/65; fixes found with development texts later moved them to what
   * this test holds: a currency code glued to its number ("USD244 million") had been read as a name,
   * and English prints a period after its number ("US$30.52 million in 2024") and a base after
   * "from". A change that moves them must say why in its commit. Precision then moved from 40/66 to
   * 39/66 when the trust rules met the checker: iyotun's '782%' growth, labelled INCONSISTENT, is
   * consistent once the inputs' printed zeros are read at their coarsest.
   */
  @Test
  void test_heldOut_recallAndPrecision() {
    Benchmark.Score s = Benchmark.score("heldout.json");
    print("held-out", s);
    assertThat(s.nonClaimsInconsistent).isZero();
    assertThat(s.toString()).isEqualTo("94 texts: recall 66/120 = 55.0% (claims in words 0/29), "
        + "precision 39/66 = 59.1%, non-claims judged INCONSISTENT: 0");
  }
}
