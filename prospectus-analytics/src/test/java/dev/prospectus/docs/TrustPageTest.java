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

/** docs/trust.md runs in JShell and gives what it says: an example of each rule of trust. */
@ExtendWith(SharedJShellSession.class)
class TrustPageTest {

  static final Path PAGE = Path.of("docs", "trust.md");

  @Test
  void test_page_everyBlockRunsAndGivesWhatThePageShows(JShellSession session) throws Exception {
    List<MarkdownCode.Block> blocks = MarkdownCode.blocks(Files.readString(PAGE, StandardCharsets.UTF_8));
    // one example at least for each of the five rules
    assertThat(blocks.stream().flatMap(b -> b.steps().stream()).filter(s -> s.expectedValue().isPresent()).count())
        .isGreaterThanOrEqualTo(25);
    DocCheck.run("docs/trust.md", session, blocks);
  }

  @Test
  void test_page_coversEveryRule() throws Exception {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    assertThat(page).contains("## 1. Precision: never narrower than printed", "## 2. One-sided figures",
        "## 3. Which report is used", "## 4. Exchange rates", "## 5. Verdicts that compared something, counted apart");
  }

  @Test
  void test_page_linksResolve() throws Exception {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    Matcher links = Pattern.compile("\\]\\(([^)#]+)[^)]*\\)").matcher(page);
    int count = 0;
    while (links.find()) {
      assertThat(PAGE.resolveSibling(links.group(1)).normalize()).as(links.group()).exists();
      count++;
    }
    assertThat(count).isGreaterThanOrEqualTo(2);
  }
}
