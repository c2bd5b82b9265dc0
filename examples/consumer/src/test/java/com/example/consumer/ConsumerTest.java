package com.example.consumer;

import static dev.prospectus.assertj.ProspectusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.GrowthCalculator;
import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Metric;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.Verifier;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The library, used from another project through its Maven coordinates. */
class ConsumerTest {

  @Test
  void bundledDatasetsComeFromTheJar() {
    URL resource = DatasetReader.class.getResource("/datasets/minimax/dataset.json");
    assertThat(resource).isNotNull();
    assertThat(resource.getProtocol()).isEqualTo("jar");
    assertThat(DatasetReader.bundledNames()).contains("minimax", "zhipu");
  }

  @Test
  void growthWithItsRange() {
    Dataset mm = DatasetReader.bundled("minimax");
    // The article's own figures: 3052萬 / 346萬 - 1 = 782.08%, range [30515000 / 3465000 - 1, 30525000 / 3455000 - 1].
    Calculation growth = GrowthCalculator.yearOnYear(
        mm.lookup(Metric.REVENUE, "FY2024").fromDocument("qbitai-seed").preferred(),
        mm.lookup(Metric.REVENUE, "FY2023").fromDocument("qbitai-seed").preferred());
    assertThat(growth).hasValue("782.08").hasRange("780.66", "783.51").isConsistentWith("782.2%");
  }

  @Test
  void ownCodeOnTheLibrary() {
    // 11.02億 / (1.863億 / 9) = 53.24 months, as RunwayCheck computes it.
    assertThat(RunwayCheck.runway(DatasetReader.bundled("minimax"), "2025-09-30", "9M2025")).hasValue("53.24");
  }

  @Test
  void claimVerifiedWithTheAssertions() {
    Dataset mm = DatasetReader.bundled("minimax");
    Verdict verdict = Verifier.verify(mm, Claim.id("revenue-growth-fy2024").quote("同比暴漲了782.2%", "qbitai-seed")
        .growth("revenue/total/FY2024", "revenue/total/FY2023").is("782.2%"));
    assertThat(verdict).isConsistent();
    List<Verdict> bundled = Verifier.verify(mm, ClaimsReader.bundled("minimax", mm));
    assertThat(bundled).isNotEmpty();
  }

  @Test
  void datasetFromAPath() {
    // The library's data folder, beside this example: the same reader reads files.
    Dataset zhipu = DatasetReader.read(Path.of("..", "..", "data", "zhipu"));
    assertThat(zhipu.currency().getCurrencyCode()).isEqualTo("CNY");
  }

  @Test
  void jarHasModuleNameAndPublishingArtifacts() throws Exception {
    Path jar = Path.of(DatasetReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("dev.prospectus.analytics");
    }
    String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
    // Installed beside the jar: sources, javadoc and the pom Maven Central asks for.
    assertThat(jar.resolveSibling(base + "-sources.jar")).exists();
    assertThat(jar.resolveSibling(base + "-javadoc.jar")).exists();
    String pom = Files.readString(jar.resolveSibling(base + ".pom"));
    assertThat(pom).contains("<name>", "<description>", "<url>", "<licenses>", "<scm>", "<developers>");
  }
}
