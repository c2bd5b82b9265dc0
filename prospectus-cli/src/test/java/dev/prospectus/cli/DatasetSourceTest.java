package dev.prospectus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prospectus.io.DataFormatException;
import dev.prospectus.model.Dataset;
import dev.prospectus.verify.Claim;
import dev.prospectus.io.DatasetReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetSourceTest {

  private static final Path REPORT = Path.of("prospectus-analysis/src/test/resources/report");
  private static final Path NORDWIND = REPORT.resolve("nordwind");
  private static final List<String> NORDWIND_CLAIMS =
      List.of("revenue-growth-fy2025", "revenue-growth-fy2025-press", "conflict");

  private static List<String> ids(List<Claim> claims) {
    return claims.stream().map(Claim::id).toList();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_resolve_folder() {
    DatasetSource source = DatasetSource.resolve(NORDWIND.toString());
    Dataset ds = source.dataset();
    assertThat(ds.name()).isEqualTo("Nordwind");
    assertThat(ds.figures()).hasSize(43);
    // the claims.json beside dataset.json
    assertThat(ids(source.claims(null))).containsExactlyElementsOf(NORDWIND_CLAIMS);
  }

  @Test
  void test_resolve_datasetFile() {
    DatasetSource source = DatasetSource.resolve(NORDWIND.resolve("dataset.json").toString());
    assertThat(source.dataset().name()).isEqualTo("Nordwind");
    assertThat(ids(source.claims(null))).containsExactlyElementsOf(NORDWIND_CLAIMS);
  }

  @Test
  void test_resolve_fileOfAnyNameTakesClaimsBesideIt(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("figures.json");
    Files.copy(NORDWIND.resolve("dataset.json"), file);
    DatasetSource source = DatasetSource.resolve(file.toString());
    assertThat(source.dataset().company()).isEqualTo("Nordwind Robotik AG");
    assertThat(source.claims(null)).isEmpty();
    Files.copy(NORDWIND.resolve("claims.json"), folder.resolve("claims.json"));
    assertThat(ids(source.claims(null))).containsExactlyElementsOf(NORDWIND_CLAIMS);
  }

  @Test
  void test_resolve_folderWithoutClaims() {
    DatasetSource source = DatasetSource.resolve(REPORT.resolve("kestrel").toString());
    assertThat(source.dataset().name()).isEqualTo("Kestrel");
    assertThat(source.claims(null)).isEmpty();
  }

  @Test
  void test_resolve_bundledName() {
    DatasetSource source = DatasetSource.resolve("zhipu");
    Dataset ds = source.dataset();
    assertThat(ds.name()).isEqualTo("Zhipu");
    assertThat(ds.currency().getCurrencyCode()).isEqualTo("CNY");
    // data/zhipu/claims.json holds 54 claims
    List<Claim> claims = source.claims(null);
    assertThat(claims).hasSize(54);
    assertThat(claims.get(0).id()).isEqualTo("gross-margin-fy2022");
  }

  @Test
  void test_resolve_defaultFromIndex() throws IOException {
    String named;
    try (InputStream in = DatasetSourceTest.class.getResourceAsStream("/datasets/index.json")) {
      named = new ObjectMapper().readTree(in).get("default").asText();
    }
    // data/index.json names minimax
    assertThat(named).isEqualTo("minimax");
    assertThat(DatasetReader.defaultBundledName()).isEqualTo(named);
    DatasetSource source = DatasetSource.resolve(null);
    assertThat(source.dataset().name()).isEqualTo("MiniMax");
    // data/minimax/claims.json holds 163 claims
    assertThat(source.claims(null)).hasSize(163);
  }

  @Test
  void test_resolve_missingPath() {
    assertThatIllegalArgumentException().isThrownBy(() -> DatasetSource.resolve(
        "prospectus-analysis/src/test/resources/report/nowhere"))
        .withMessage("no dataset at 'prospectus-analysis/src/test/resources/report/nowhere': no such file or folder");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Zhipu", "-x", "_x", "mini max", "./minimax"})
  void test_resolve_neitherPathNorName(String option) {
    // "-x" and "_x" are no bundled names either: DatasetReader wants a letter or digit first
    assertThatIllegalArgumentException().isThrownBy(() -> DatasetSource.resolve(option))
        .withMessage("no dataset at '" + option + "': no such file or folder");
  }

  @Test
  void test_resolve_missingBundledName() {
    assertThatIllegalArgumentException().isThrownBy(() -> DatasetSource.resolve("nowhere"))
        .withMessage("no dataset at 'nowhere': no such file or folder, and no bundled dataset of that name"
            + " (bundled: minimax, moore-threads, zhipu)");
  }

  @Test
  void test_resolve_existingFolderBeforeBundledName() {
    // "data" is spelt like a bundled name, but the folder exists, so it is read as a dataset folder
    assertThatIllegalArgumentException().isThrownBy(() -> DatasetSource.resolve("data"))
        .withMessage("no dataset.json in data");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_claims_option() {
    DatasetSource source = DatasetSource.resolve(NORDWIND.toString());
    assertThat(ids(source.claims(REPORT.resolve("claims-override.json").toString())))
        .containsExactly("revenue-growth-9m2026");
  }

  @Test
  void test_claims_optionCheckedAgainstDataset() {
    // the override cites a document the bundled dataset does not declare
    DatasetSource source = DatasetSource.resolve("minimax");
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> source.claims(REPORT.resolve("claims-override.json").toString()))
        .withMessage("prospectus-analysis/src/test/resources/report/claims-override.json at /claims/0/source/document:"
            + " 'nordwind-prospectus-2026' is not a document of dataset 'MiniMax': expected one of its document ids");
  }

  @Test
  void test_claims_optionMissingFile() {
    DatasetSource source = DatasetSource.resolve("zhipu");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> source.claims("prospectus-analysis/src/test/resources/report/none.json"))
        .withMessage("no claims file at 'prospectus-analysis/src/test/resources/report/none.json': no such file or"
            + " folder");
  }

  @Test
  void test_claims_optionFolderWithoutClaims() {
    DatasetSource source = DatasetSource.resolve("zhipu");
    assertThatIllegalArgumentException().isThrownBy(() -> source.claims("prospectus-analysis/src/test/resources"))
        .withMessage("no claims.json in prospectus-analysis/src/test/resources");
  }

  @Test
  void test_resolve_unreadableFileSaysWhyInWords(@TempDir Path folder) throws IOException {
    Path file = Files.copy(NORDWIND.resolve("dataset.json"), folder.resolve("dataset.json"));
    Files.setPosixFilePermissions(file, Set.of());
    // The superuser reads any file: there is nothing to see then.
    assumeThat(Files.isReadable(file)).as("running as a user whom permissions bind").isFalse();
    assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> DatasetSource.resolve(folder.toString()))
        .withMessage("cannot read " + file + ": permission denied");
  }
}
