package dev.prospectus.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/tutorial.md runs in JShell and prints what it says it prints. */
@ExtendWith(SharedJShellSession.class)
class TutorialTest {

  static final Path TUTORIAL = Path.of("docs", "tutorial.md");

  @Test
  void test_tutorial_everyBlockRunsAndGivesWhatThePageShows(JShellSession session) throws Exception {
    List<MarkdownCode.Block> blocks = MarkdownCode.blocks(Files.readString(TUTORIAL, StandardCharsets.UTF_8));
    // The page checks itself: many values and outputs, not a few.
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(15);
    assertThat(blocks.stream().flatMap(b -> b.steps().stream()).filter(s -> s.expectedValue().isPresent()).count())
        .isGreaterThanOrEqualTo(18);
    assertThat(blocks.stream().filter(b -> b.expectedOutput().isPresent()).count()).isGreaterThanOrEqualTo(7);
    DocCheck.run("docs/tutorial.md", session, blocks);
  }

  @Test
  void test_tutorial_coversTheWalkThrough() throws Exception {
    String page = Files.readString(TUTORIAL, StandardCharsets.UTF_8);
    assertThat(page).contains("## 1. Load MiniMax", "## 2. Revenue growth, with its range",
        "## 3. Segment margins and the mix they imply", "## 4. Compute spend against revenue",
        "## 5. Runway on two definitions of burn", "## 6. Verify a claim", "## 7. Find the sources that disagree",
        "## 8. Zhipu beside MiniMax", "## 10. Side by side in one call");
  }

  @Test
  void test_tutorial_linksResolve() throws Exception {
    String page = Files.readString(TUTORIAL, StandardCharsets.UTF_8);
    Matcher links = Pattern.compile("\\]\\(([^)#]+)[^)]*\\)").matcher(page);
    int count = 0;
    while (links.find()) {
      assertThat(TUTORIAL.resolveSibling(links.group(1)).normalize()).as(links.group()).exists();
      count++;
    }
    assertThat(count).isGreaterThanOrEqualTo(3);
  }
}
