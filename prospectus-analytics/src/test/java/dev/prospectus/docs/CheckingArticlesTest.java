package dev.prospectus.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.report.ArticleReport;
import dev.prospectus.text.ArticleChecker;
import dev.prospectus.text.Lexicon;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/checking-articles.md runs in JShell, and its JSON table names every member the report writes. */
@ExtendWith(SharedJShellSession.class)
class CheckingArticlesTest {

  static final Path PAGE = Path.of("docs", "checking-articles.md");

  @Test
  void test_page_everyJavaBlockRuns(JShellSession session) throws Exception {
    List<MarkdownCode.Block> blocks = MarkdownCode.blocks(Files.readString(PAGE, StandardCharsets.UTF_8));
    assertThat(blocks).hasSize(1);
    assertThat(blocks.get(0).steps().stream().filter(s -> s.expectedValue().isPresent()).count()).isEqualTo(4);
    DocCheck.run("docs/checking-articles.md", session, blocks);
  }

  @Test
  void test_page_jsonTableNamesEveryMember() throws Exception {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    String table = page.substring(page.indexOf("| member | meaning |"), page.indexOf("## The page"));
    JsonNode root = new ObjectMapper().readTree(ArticleReport.json(ArticleChecker.of(DatasetReader.bundled("minimax"),
        Lexicon.bundled("minimax")).check("MiniMax 2024年營收3052萬美元，同比增長782.2%。")));
    assertNamed(table, root);
    assertNamed(table, root.get("findings").get(1));
    assertNamed(table, root.get("findings").get(1).get("reading"));
  }

  private static void assertNamed(String table, JsonNode node) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
      String name = names.next();
      assertThat(table).as("member '%s'", name).contains("`" + name + "`");
    }
  }
}
