package dev.prospectus.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** jshell/prospectus.jsh: imports the library's packages beside JShell's defaults, without clashes. */
@ExtendWith(SharedJShellSession.class)
class JShellStartupTest {

  @Test
  void test_startup_importsEveryPackageAndGreets(JShellSession session) {
    List<JShellSession.Result> startup = session.startup();
    assertThat(startup).extracting(r -> r.source().strip()).filteredOn(s -> s.startsWith("import"))
        .containsExactly("import dev.prospectus.Prospectus;", "import dev.prospectus.model.*;",
            "import dev.prospectus.format.*;", "import dev.prospectus.io.*;", "import dev.prospectus.calc.*;",
            "import dev.prospectus.verify.*;", "import dev.prospectus.analysis.*;", "import dev.prospectus.report.*;",
            "import dev.prospectus.scenario.*;", "import dev.prospectus.text.*;");
    assertThat(startup.get(startup.size() - 1).printed()).isEqualTo("prospectus-analytics: bundled datasets "
        + "[minimax, moore-threads, zhipu]; open one with Prospectus.bundled(name). /exit to leave.\n");
  }

  /** Names a user meets resolve to the library's types, even beside java.util.* and friends. */
  @ParameterizedTest
  @ValueSource(strings = {"Prospectus", "Dataset", "Figure", "Metric", "Segment", "Unit", "Formats", "PrintedFigure",
      "Vocabulary", "DatasetReader", "ClaimsReader", "GrowthCalculator", "MarginCalculator", "RatioCalculator",
      "CashCalculator", "Derived", "Claim", "Verifier", "Verdict", "VerdictTable", "Relation", "Analysis",
      "HtmlReport", "TextReport", "Projections", "RunwayProjection", "MonteCarloRunway", "Scenario", "BurnModel",
      "Distribution", "ArticleChecker", "Lexicon", "Finding", "ArticleReport"})
  void test_startup_resolvesName(String simpleName, JShellSession session) {
    assertThat(session.eval(simpleName + ".class.getName()").value()).startsWith("\"dev.prospectus.");
  }

  @Test
  void test_startup_fileIsWhereTheLauncherLooks() {
    assertThat(Files.isRegularFile(JShellSession.STARTUP)).isTrue();
  }
}
