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

  @Test
  void test_development_recallAndPrecision() {
    Benchmark.Score s = Benchmark.score("dev.json");
    print("development", s);
    assertThat(s.nonClaimsInconsistent).isZero();
    assertThat(s.toString()).isEqualTo("61 texts: recall 106/110 = 96.4% (claims in words 4/4), "
        + "precision 104/106 = 98.1%, non-claims judged INCONSISTENT: 0");
  }

}
