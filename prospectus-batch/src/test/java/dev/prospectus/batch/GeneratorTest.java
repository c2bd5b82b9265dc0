package dev.prospectus.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Qualifier;
import dev.prospectus.verify.Claim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

  private static final int COMPANIES = 30;

  @TempDir
  static Path folder;
  static List<Path> companies;

  @BeforeAll
  static void generate() {
    companies = Generator.write(folder.resolve("a"), COMPANIES, 7);
  }

  @Test
  void writes_datasets_and_claims_the_strict_readers_accept() {
    for (Path company : companies) {
      Dataset ds = DatasetReader.read(company);
      List<Claim> claims = ClaimsReader.read(company, ds);
      assertThat(ds.keys()).hasSize(20);
      assertThat(claims).hasSize(20);
    }
  }

  @Test
  void figures_have_one_to_eleven_reports_with_the_quirks_of_the_press() {
    Map<String, Integer> seen = new HashMap<>();
    int maxReports = 0;
    for (Path company : companies) {
      Dataset ds = DatasetReader.read(company);
      for (FigureKey key : ds.keys()) {
        List<Figure> reports = ds.lookup(key).reports();
        assertThat(reports).hasSizeBetween(1, 12);
        maxReports = Math.max(maxReports, reports.size());
        for (Figure f : reports) {
          f.doubt().ifPresent(d -> seen.merge("doubted", 1, Integer::sum));
          f.currencyNote().ifPresent(n -> seen.merge("other currency", 1, Integer::sum));
          if (f.qualifier() == Qualifier.OVER) {
            seen.merge("one-sided", 1, Integer::sum);
          }
          seen.merge(f.source().document().language(), 1, Integer::sum);
          String period = key.period().toString();
          seen.merge(period.startsWith("FY") ? "fiscal year" : period.startsWith("9M") ? "interim" : "other period",
              1, Integer::sum);
        }
      }
      assertThat(ds.exchangeRates()).isNotEmpty();
    }
    assertThat(maxReports).isGreaterThanOrEqualTo(8);
    assertThat(seen).containsKeys("doubted", "other currency", "one-sided", "zh-Hant", "en", "fiscal year",
        "interim", "other period");
  }

  @Test
  void claim_kinds_follow_the_bundled_proportions() throws IOException {
    Map<String, Integer> kinds = new HashMap<>();
    for (Path company : companies) {
      String text = Files.readString(company.resolve("claims.json"));
      for (String line : text.split("\n")) {
        if (line.trim().startsWith("\"id\"")) {
          String id = line.trim().replaceAll("\"id\" : \"([a-z-]+?)(-\\d+)?\",?", "$1");
          kinds.merge(id, 1, Integer::sum);
        }
      }
    }
    int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(total).isEqualTo(COMPANIES * 20);
    // Growth and ratios are about half of the bundled claims (113 of 188); a whole count is rare.
    int growthAndRatios = kinds.getOrDefault("growth", 0) + kinds.getOrDefault("growth-against", 0)
        + kinds.getOrDefault("ratio", 0) + kinds.getOrDefault("ratio-against", 0)
        + kinds.getOrDefault("ratio-to-revenue", 0);
    assertThat(growthAndRatios).isBetween(total * 45 / 100, total * 75 / 100);
    assertThat(kinds.getOrDefault("whole-count", 0)).isLessThan(total / 20);
    assertThat(kinds).containsKeys("sum", "runway", "currency", "convert", "multiple");
  }

  @Test
  void is_seeded_and_a_company_depends_only_on_the_seed_and_its_index() throws IOException {
    List<Path> again = Generator.write(folder.resolve("b"), 3, 7);
    List<Path> other = Generator.write(folder.resolve("c"), 3, 8);
    for (int i = 0; i < 3; i++) {
      assertThat(again.get(i).resolve("dataset.json")).hasSameBinaryContentAs(companies.get(i).resolve("dataset.json"));
      assertThat(again.get(i).resolve("claims.json")).hasSameBinaryContentAs(companies.get(i).resolve("claims.json"));
      assertThat(Files.readString(other.get(i).resolve("dataset.json")))
          .isNotEqualTo(Files.readString(companies.get(i).resolve("dataset.json")));
    }
  }
}
