package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTest {

  private static Document withUrl(String url) {
    return new Document("lumen-prospectus-2025", "Prospectus", Optional.empty(), Optional.of(URI.create(url)), "en",
        Optional.empty(), DocumentClass.FILING);
  }

  @Test
  void test_of() {
    Document doc = Document.of("daily-2025-12-02", "Lumen通過聆訊", "zh-Hant");
    assertThat(doc.id()).isEqualTo("daily-2025-12-02");
    assertThat(doc.title()).isEqualTo("Lumen通過聆訊");
    assertThat(doc.language()).isEqualTo("zh-Hant");
    assertThat(doc.publisher()).isEmpty();
    assertThat(doc.url()).isEmpty();
    assertThat(doc.date()).isEmpty();
    assertThat(doc.documentClass()).isEqualTo(DocumentClass.PRESS);
    assertThat(doc.withDocumentClass(DocumentClass.COMPILATION).documentClass()).isEqualTo(DocumentClass.COMPILATION);
    assertThat(doc).isEqualTo(Fixtures.ARTICLE).hasSameHashCodeAs(Fixtures.ARTICLE);
  }

  @Test
  void test_constructor_allFields() {
    Document doc = Fixtures.PROSPECTUS;
    assertThat(doc.publisher()).contains("HKEX");
    assertThat(doc.url()).contains(URI.create("https://www.hkexnews.hk/lumen.pdf"));
    assertThat(doc.date()).contains(LocalDate.of(2025, 12, 1));
    assertThat(withUrl("http://example.com/a").url()).contains(URI.create("http://example.com/a"));
  }

  @Test
  void test_toString() {
    assertThat(Fixtures.PROSPECTUS).hasToString("lumen-prospectus-2025 (Lumen Robotics Inc. Prospectus, HKEX)");
    assertThat(Fixtures.ARTICLE).hasToString("daily-2025-12-02 (Lumen通過聆訊)");
  }

  @Test
  void test_equals_allFieldsCount() {
    assertThat(Document.of("a", "Title", "en")).isNotEqualTo(Document.of("a", "Other title", "en"));
    assertThat(Document.of("a", "Title", "en")).isNotEqualTo(Document.of("a", "Title", "zh-Hant"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"qbitai-2025-12-21", "a", "9to5", "doc_1.v2"})
  void test_id_valid(String id) {
    assertThat(Document.of(id, "Title", "en").id()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Lumen", "-doc", ".doc", "doc 1", "doc/1", "文件"})
  void test_id_invalid(String id) {
    assertThatIllegalArgumentException().isThrownBy(() -> Document.of(id, "Title", "en"))
        .withMessage("Invalid document id '" + id + "': expected [a-z0-9][a-z0-9._-]*");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com/a.pdf", "/relative/a.pdf", "mailto:ir@example.com"})
  void test_url_invalid(String url) {
    assertThatIllegalArgumentException().isThrownBy(() -> withUrl(url))
        .withMessage("Invalid document url '" + url + "': expected an absolute http or https URI");
  }

  @Test
  void test_constructor_nullsAndBlanks() {
    Optional<String> none = Optional.empty();
    Optional<URI> noUrl = Optional.empty();
    Optional<LocalDate> noDate = Optional.empty();
    assertThatIllegalArgumentException().isThrownBy(() -> Document.of("", "Title", "en"))
        .withMessage("Argument 'id' must not be blank but has value ''");
    assertThatIllegalArgumentException().isThrownBy(() -> Document.of("a", " ", "en"))
        .withMessage("Argument 'title' must not be blank but has value ' '");
    assertThatIllegalArgumentException().isThrownBy(() -> Document.of("a", "Title", null))
        .withMessage("Argument 'language' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Document("a", "Title", null, noUrl, "en", noDate,
        DocumentClass.PRESS))
        .withMessage("Argument 'publisher' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Document("a", "Title", none, null, "en", noDate,
        DocumentClass.PRESS))
        .withMessage("Argument 'url' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Document("a", "Title", none, noUrl, "en", null,
        DocumentClass.PRESS))
        .withMessage("Argument 'date' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Document("a", "Title", none, noUrl, "en", noDate, null))
        .withMessage("Argument 'documentClass' must not be null");
  }
}
