package dev.prospectus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.Verifier;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCommandTest {

  private static final String ARTICLES = "prospectus-analytics/src/test/resources/dev/prospectus/text/articles/";
  private static final String ZH = ARTICLES + "minimax-zh.txt";

  private static MainTest.Run run(String... args) {
    return MainTest.run(args);
  }

  @Test
  void test_check_tableWithoutDatasetWhenTheTextNamesOneCompany() {
    MainTest.Run run = run("check", ZH);
    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Article check against MiniMax: the text names MiniMax");
    assertThat(lines.get(1)).startsWith("LINE  POS  PRINTED")
        .contains("VERDICT", "CLAIM", "COMPUTED", "INPUTS / REASON");
    assertThat(run.out()).containsPattern("\n3 +97 +782.2% +CONSISTENT +growth of revenue, FY2024 +782.17% "
        + "\\[780.88%, 783.46%\\] +'3052.3万美元' as printed, '346万美元' as printed \\| growth: computed");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("39 findings: 24 consistent, 3 inconsistent, 0 undecidable, "
        + "0 unverifiable, 0 unexplained, 12 not a claim");
  }

  @Test
  void test_check_jsonAndHtmlToFiles(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("out/check.json");
    MainTest.Run run = run("check", ZH, "--dataset", "data/minimax", "--format", "json", "--out", json.toString());
    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.err()).isEqualTo("Wrote " + json.toAbsolutePath().normalize() + "\n");
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("format").asText()).isEqualTo("prospectus-analytics/article-check@1");
    assertThat(root.get("counts").get("INCONSISTENT").asInt()).isEqualTo(3);
    Path html = dir.resolve("check.html");
    assertThat(run("check", ZH, "--format", "html", "--out", html.toString()).status()).isEqualTo(Main.OK);
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<details class=\"n v-inconsistent\"");
  }

  @Test
  void test_check_emitClaimsThatVerifyGivesTheSameVerdicts(@TempDir Path dir) throws Exception {
    Path claims = dir.resolve("claims.json");
    MainTest.Run run = run("check", ZH, "--document", "qbitai-seed", "--emit-claims", claims.toString());
    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.err()).endsWith("Wrote " + claims.toAbsolutePath().normalize() + "\n");
    Dataset minimax = DatasetReader.bundled("minimax");
    List<Verdict> verdicts = Verifier.verify(minimax, ClaimsReader.read(claims, minimax));
    assertThat(verdicts).hasSize(29).allSatisfy(v -> assertThat(v.claim().note().orElseThrow())
        .endsWith("checker's verdict: " + v.status()));
  }

  @Test
  void test_check_emitClaimsNeedsTheDocument(@TempDir Path dir) {
    MainTest.Run run = run("check", ZH, "--emit-claims", dir.resolve("c.json").toString());
    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("prospectus: --emit-claims needs --document ID: claims cite the document they "
        + "come from").endsWith("(try 'prospectus check --help')\n");
  }

  @Test
  void test_check_badInput(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
    assertThat(run("check", empty.toString()).err()).isEqualTo("prospectus: '" + empty + "' is empty: there is no "
        + "text to check\n");
    Path none = Files.writeString(dir.resolve("none.txt"), "一段沒有公司名字的文字，收入增長了20%。");
    MainTest.Run unnamed = run("check", none.toString());
    assertThat(unnamed.status()).isEqualTo(Main.USAGE);
    assertThat(unnamed.err()).startsWith("prospectus: the text names no bundled company, so give --dataset; the "
        + "bundled ones are minimax (MiniMax, MiniMax Group Inc., 稀宇科技");
    Path both = Files.writeString(dir.resolve("both.txt"), "MiniMax與智譜的收入分別增長了175%和325%。");
    assertThat(run("check", both.toString()).err()).startsWith("prospectus: the text names 2 bundled companies "
        + "(MiniMax, 智譜), so give --dataset");
    Path numberless = Files.writeString(dir.resolve("numberless.txt"), "MiniMax是一家人工智能公司。");
    assertThat(run("check", numberless.toString()).out()).endsWith("\n0 findings: 0 consistent, 0 inconsistent, "
        + "0 undecidable, 0 unverifiable, 0 unexplained, 0 not a claim\n");
    assertThat(run("check", dir.resolve("missing.txt").toString()).err())
        .isEqualTo("prospectus: No text at '" + dir.resolve("missing.txt") + "': no such file\n");
    assertThat(run("check").err()).isEqualTo("prospectus: check needs the FILE of the text to check (try "
        + "'prospectus check --help')\n");
  }

  @Test
  void test_check_otherEncodings(@TempDir Path dir) throws Exception {
    Path big5 = Path.of(ARTICLES + "minimax-big5.txt");
    MainTest.Run refused = run("check", big5.toString());
    assertThat(refused.status()).isEqualTo(Main.FAILED);
    assertThat(refused.err()).isEqualTo("prospectus: " + big5 + ": byte 7 (0xA9) is not valid UTF-8; give the text's "
        + "encoding, such as UTF-8, GB18030 or Big5\n");
    MainTest.Run read = run("check", big5.toString(), "--encoding", "Big5");
    assertThat(read.out()).containsPattern("782.2% +CONSISTENT +growth of revenue, FY2024");
    String simplified = Files.readString(Path.of(ZH));
    Path gb = Files.write(dir.resolve("gb.txt"), simplified.getBytes(Charset.forName("GB18030")));
    assertThat(run("check", gb.toString(), "--encoding", "GB18030").out())
        .isEqualTo(run("check", ZH).out());
    assertThat(run("check", ZH, "--encoding", "EBCDIC-XYZ").err())
        .isEqualTo("prospectus: Unknown encoding 'EBCDIC-XYZ': expected UTF-8, GB18030 or Big5\n");
    assertThat(Files.readString(Path.of(ZH), StandardCharsets.UTF_8)).isEqualTo(simplified);
  }

  @Test
  void test_check_userLexicon(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("t.txt"), "MiniMax 2024年進賬3052萬美元。");
    assertThat(run("check", text.toString()).out()).containsPattern("3052萬美元 +UNEXPLAINED +unknown");
    Path lexicon = Files.writeString(dir.resolve("more.txt"), "metric revenue: 進賬\n");
    assertThat(run("check", text.toString(), "--lexicon", lexicon.toString()).out())
        .containsPattern("3052萬美元 +CONSISTENT +figure: revenue, FY2024");
  }

  @Test
  void test_check_help() {
    assertThat(run("check", "--help").out()).startsWith("Usage: prospectus check FILE [--dataset DIR|FILE|NAME]");
    assertThat(run("help", "check").out()).startsWith("Usage: prospectus check FILE");
    assertThat(run("--help").out()).contains("  check    the verdict on every number of a text");
  }
}
