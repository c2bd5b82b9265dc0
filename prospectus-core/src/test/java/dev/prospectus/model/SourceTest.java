package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SourceTest {

  @Test
  void test_of() {
    Source source = Source.of(Fixtures.ARTICLE, "財務業績 ¶2", "營收已達到346萬美元");
    assertThat(source.document()).isEqualTo(Fixtures.ARTICLE);
    assertThat(source.locator()).isEqualTo("財務業績 ¶2");
    assertThat(source.quote()).isEqualTo("營收已達到346萬美元");
    assertThat(source).isEqualTo(new Source(Fixtures.ARTICLE, "財務業績 ¶2", "營收已達到346萬美元"))
        .hasSameHashCodeAs(new Source(Fixtures.ARTICLE, "財務業績 ¶2", "營收已達到346萬美元"));
    assertThat(source).isNotEqualTo(Source.of(Fixtures.ARTICLE, "財務業績 ¶3", "營收已達到346萬美元"));
  }

  @Test
  void test_toString() {
    assertThat(Source.of(Fixtures.ARTICLE, "財務業績 ¶2", "營收已達到346萬美元"))
        .hasToString("daily-2025-12-02, 財務業績 ¶2: \u201c營收已達到346萬美元\u201d");
  }

  @Test
  void test_of_invalid() {
    assertThatIllegalArgumentException().isThrownBy(() -> Source.of(null, "p. 1", "quote"))
        .withMessage("Argument 'document' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Source.of(Fixtures.ARTICLE, "", "quote"))
        .withMessage("Argument 'locator' must not be blank but has value ''");
    assertThatIllegalArgumentException().isThrownBy(() -> Source.of(Fixtures.ARTICLE, "p. 1", "  "))
        .withMessage("Argument 'quote' must not be blank but has value '  '");
  }
}
