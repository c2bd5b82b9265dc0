package com.example.consumer;

import static dev.prospectus.assertj.ProspectusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.Prospectus;
import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.GrowthCalculator;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Metric;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Verdict;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The library, used from another project through the all-in artifact's Maven coordinates. */
class ConsumerTest {

  @Test
  void bundledDatasetsComeFromTheJar() {
    URL resource = Prospectus.class.getResource("/datasets/minimax/dataset.json");
    assertThat(resource).isNotNull();
    assertThat(resource.getProtocol()).isEqualTo("jar");
    assertThat(Prospectus.bundledNames()).contains("minimax", "zhipu");
  }

  @Test
  void growthThroughTheFrontDoor() {
    Prospectus mm = Prospectus.bundled("minimax");
    // The company's table, in thousands: 30523 / 3460 - 1 = 782.17%.
    assertThat(mm.growth("revenue/total/FY2024", "revenue/total/FY2023")).hasValue("782.17")
        .isConsistentWith("782.2%");
  }

  @Test
  void growthWithItsRangeFromChosenReports() {
    Dataset mm = Prospectus.bundled("minimax").dataset();
    // The article's own figures: 3052萬 / 346萬 - 1 = 782.08%, range [30515000 / 3465000 - 1, 30525000 / 3455000 - 1].
    Calculation growth = GrowthCalculator.yearOnYear(
        mm.lookup(Metric.REVENUE, "FY2024").fromDocument("qbitai-seed").preferred(),
        mm.lookup(Metric.REVENUE, "FY2023").fromDocument("qbitai-seed").preferred());
    assertThat(growth).hasValue("782.08").hasRange("780.66", "783.51").isConsistentWith("782.2%");
  }

  @Test
  void ownCodeOnTheLibrary() {
    // 11.02億 / (1.863億 / 9) = 53.24 months, as RunwayCheck computes it.
    assertThat(RunwayCheck.runway(Prospectus.bundled("minimax"), "2025-09-30", "9M2025")).hasValue("53.24");
  }

  @Test
  void claimVerifiedWithTheAssertions() {
    Prospectus mm = Prospectus.bundled("minimax");
    Verdict verdict = mm.verify(Claim.id("revenue-growth-fy2024").quote("同比暴漲了782.2%", "qbitai-seed")
        .growth("revenue/total/FY2024", "revenue/total/FY2023").is("782.2%"));
    assertThat(verdict).isConsistent();
    assertThat(mm.verify("revenue-growth-fy2024")).isConsistent();
    List<Verdict> bundled = mm.verifyAll();
    // One verdict a claim, and one a figure for the check that every figure's reports agree.
    assertThat(bundled).extracting(Verdict::id).contains("revenue-growth-fy2024");
    assertThat(bundled.size()).isGreaterThan(mm.claims().size());
  }

  @Test
  void datasetFromAPath() {
    // The library's data folder, beside this example: the same reader reads files.
    Prospectus zhipu = Prospectus.read(Path.of("..", "..", "data", "zhipu"));
    assertThat(zhipu.dataset().currency().getCurrencyCode()).isEqualTo("CNY");
    assertThat(zhipu.claims()).isNotEmpty();
  }

  @Test
  void jarsHaveModuleNamesAndPublishingArtifacts() throws Exception {
    // The core is a named module; the loader jar (with the front door) has an automatic module name.
    Path core = jarOf(Dataset.class);
    ModuleDescriptor descriptor = ModuleFinder.of(core).findAll().iterator().next().descriptor();
    assertThat(descriptor.name()).isEqualTo("dev.prospectus.core");
    assertThat(descriptor.isAutomatic()).isFalse();
    Path io = jarOf(Prospectus.class);
    try (JarFile file = new JarFile(io.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("dev.prospectus.io");
    }
    for (Path jar : List.of(core, io)) {
      String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
      // Installed beside the jar: sources, javadoc and the pom Maven Central asks for.
      assertThat(jar.resolveSibling(base + "-sources.jar")).exists();
      assertThat(jar.resolveSibling(base + "-javadoc.jar")).exists();
      String pom = Files.readString(jar.resolveSibling(base + ".pom"));
      assertThat(pom).contains("<name>", "<description>", "<parent>");
    }
  }

  private static Path jarOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
