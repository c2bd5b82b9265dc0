package dev.prospectus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prospectus.format.PrintedFigure;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Qualifier;
import dev.prospectus.verify.VerdictStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArticleCheckerTest {

  private static final Dataset MINIMAX = DatasetReader.bundled("minimax");
  private static final ArticleChecker CHECKER = ArticleChecker.of(MINIMAX, Lexicon.bundled("minimax"))
      .withOtherCompanies(ArticleChecker.names(DatasetReader.bundled("zhipu")));

  static String resource(String name) {
    try (InputStream in = ArticleCheckerTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static Finding at(ArticleCheck check, String printed) {
    return check.findings().stream().filter(f -> f.printed().equals(printed)).findFirst().orElseThrow();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_check_growthFromTheNumbersTheSentencePrints() {
    ArticleCheck c = CHECKER.check("MiniMax從2023年開始進行商業化,營收已達到346萬美元,2024年直接飆升到3052萬美元,同比暴漲了782.2%");
    Finding growth = at(c, "782.2%");
    assertThat(growth.verdict()).isEqualTo(ArticleVerdict.CONSISTENT);
    assertThat(growth.reading().describe()).isEqualTo("growth of revenue, FY2024");
    assertThat(growth.bases()).hasSize(1);
    // 3052萬 / 346萬 - 1, both as printed: [30515000 / 3465000 - 1, 30525000 / 3455000 - 1]
    assertThat(growth.bases().get(0).verdict().toString()).endsWith(
        "CONSISTENT  computed 782.08% [780.66%, 783.51%] vs reported 782.2% [782.15%, 782.25%]");
    assertThat(growth.bases().get(0).claim().check().describe()).isEqualTo(
        "growth(current='3052萬美元', prior='346萬美元') = '782.2%'");
    assertThat(at(c, "2023年").verdict()).isEqualTo(ArticleVerdict.NOT_A_CLAIM);
    assertThat(at(c, "2023年").reason()).isEqualTo("not a claim: a year");
    // a figure the text prints is checked against the dataset's report, not against its own words
    Finding revenue = at(c, "346萬美元");
    assertThat(revenue.verdict()).isEqualTo(ArticleVerdict.CONSISTENT);
    assertThat(revenue.bases().get(0).verdict().inputs().get(0).figure().source().document().id())
        .isEqualTo("datumintell-05-financials");
    assertThat(c.subject()).isEqualTo("the text names MiniMax");
  }

  @Test
  void test_check_runwayHasOneRowPerBurnAndIsUndecidableWhenTheyDiffer() {
    ArticleCheck c = CHECKER.withDocument("qbitai-seed").check("截至2025年9月30日,公司的現金儲備合計為11.02億美元。\n"
        + "以公司目前的現金消耗率來看,即便沒有IPO募資,賬上的現金也足夠支持正常運營53個月以上。");
    Finding runway = at(c, "53個月以上");
    assertThat(runway.verdict()).isEqualTo(ArticleVerdict.UNDECIDABLE);
    assertThat(runway.bases().stream().map(b -> b.basis() + " " + b.verdict().status()).toList()).containsExactly(
        "cash: 11.02億美元 as printed; burn: adjusted_net_loss 9M2025 CONSISTENT",
        "cash: 11.02億美元 as printed; burn: net_loss 9M2025 INCONSISTENT",
        "cash: 11.02億美元 as printed; burn: operating_cash_flow 9M2025 INCONSISTENT");
    assertThat(runway.reason()).startsWith("runway: the text leaves the basis open and the bases differ: ");
  }

  @Test
  void test_check_aBurnTheTextNamesIsTheOnlyBasis() {
    ArticleCheck c = CHECKER.check(resource("articles/minimax-zh.txt"));
    Finding burn = at(c, "约2070万美元");
    assertThat(burn.verdict()).isEqualTo(ArticleVerdict.CONSISTENT);
    assertThat(burn.bases()).singleElement().extracting(Basis::basis).isEqualTo("burn: adjusted_net_loss 9M2025");
    Finding runway = at(c, "约53个月");
    // the article's own arithmetic (its cash over its burn) and the dataset's burn of the named basis
    assertThat(runway.bases().stream().map(Basis::basis).toList()).containsExactly(
        "cash: 11.02亿美元 as printed; burn: adjusted_net_loss 9M2025",
        "cash: 11.02亿美元 as printed; burn: 约2070万美元 as printed");
    assertThat(at(c, "185%").verdict()).isEqualTo(ArticleVerdict.INCONSISTENT);
    assertThat(at(c, "185%").bases().get(0).verdict().computed().orElseThrow().range().toString())
        .startsWith("[174.6");
  }

  @Test
  void test_check_wordsThatCompare() {
    ArticleCheck c = CHECKER.withDocument("qbitai-seed").check(
        "2025年前9個月,公司的營收額再度大漲175%,達到5344萬美元,已經遠遠超越了去年全年的水平");
    Finding words = c.findings().stream().filter(Finding::isInWords).findFirst().orElseThrow();
    assertThat(words.printed()).isEqualTo("遠超越了去年全年的");
    assertThat(words.verdict()).isEqualTo(ArticleVerdict.CONSISTENT);
    assertThat(words.reading().keys()).containsExactly("revenue/total/9M2025", "revenue/total/FY2024");
  }

  @Test
  void test_check_periodLeftOpenGivesOneRowPerPeriod() {
    ArticleCheck c = CHECKER.withDocument("qbitai-seed").check("公司C端和B端的毛利率分別為4.7%和69.4%");
    Finding consumer = at(c, "4.7%");
    assertThat(consumer.verdict()).isEqualTo(ArticleVerdict.UNDECIDABLE);
    assertThat(consumer.bases().stream().map(b -> b.basis() + " " + b.verdict().status()).toList()).containsExactly(
        "period FY2024 (the text names none) INCONSISTENT", "period 9M2025 (the text names none) CONSISTENT");
  }

  @Test
  void test_check_unexplainedListsCandidatesWithoutTakingThem() {
    ArticleCheck c = CHECKER.check("MiniMax的某個比例為782.2%。");
    Finding f = at(c, "782.2%");
    assertThat(f.verdict()).isEqualTo(ArticleVerdict.UNEXPLAINED);
    assertThat(f.bases()).isEmpty();
    assertThat(f.candidates()).hasSizeLessThanOrEqualTo(Candidates.MAX_LISTED).isNotEmpty();
    assertThat(f.candidates().get(0).toString()).isEqualTo("growth of revenue, FY2024 over FY2023: 782.17% [782.02%, "
        + "782.31%]");
    assertThat(f.reason()).startsWith("the context names no metric the lexicon knows; nearest candidates, not taken as "
        + "the explanation: ");
  }

  /**
   * No explanation by search alone: every derived number of the development texts, printed just
   * outside the range its calculation allows, is never CONSISTENT.
   */
  @Test
  void test_check_derivedNumbersMovedOutsideTheirRangeAreNeverConsistent() {
    Set<ClaimKind> figures = EnumSet.of(ClaimKind.FIGURE, ClaimKind.NOT_A_CLAIM, ClaimKind.UNKNOWN,
        ClaimKind.COMPARISON);
    JsonNode dev = Benchmark.load("dev.json");
    int moved = 0;
    for (JsonNode t : dev.get("datasets").get(0).get("texts")) {
      String text = Benchmark.text(t);
      ArticleChecker checker = Benchmark.checker("minimax", t);
      for (Finding f : checker.check(text).findings()) {
        if (f.mention().isEmpty() || figures.contains(f.reading().kind())) {
          continue;
        }
        PrintedFigure printed = f.mention().get().figure().orElseThrow();
        List<DecimalRange> ranges = f.bases().stream().filter(b -> b.verdict().status() != VerdictStatus.UNVERIFIABLE)
            .flatMap(b -> b.verdict().computed().stream()).map(d -> d.range()).toList();
        // A range open above (from an input printed with 'over') has nothing just above it.
        if (ranges.isEmpty() || ranges.stream().anyMatch(r -> !r.isBoundedAbove()) || printed.qualifier().isOpenEnded()
            || printed.amount().isRange()) {
          continue;
        }
        String outside = outside(printed, ranges);
        String changed = text.substring(0, f.start()) + outside + text.substring(f.end());
        Finding again = checker.check(changed).findings().stream().filter(x -> x.start() == f.start()).findFirst()
            .orElseThrow();
        assertThat(again.verdict()).as("%s moved to %s in: %s", f.printed(), outside, changed)
            .isNotEqualTo(ArticleVerdict.CONSISTENT);
        moved++;
      }
    }
    // 30: the seed's 約2.5萬年 rests on 超過2.2億小時, whose range is open above.
    assertThat(moved).isEqualTo(30);
  }

  /** The printed form with its number moved just above every computed range (by 5% more for about and nearly). */
  private static String outside(PrintedFigure printed, List<DecimalRange> ranges) {
    BigDecimal high = ranges.stream().map(DecimalRange::high).max(BigDecimal::compareTo).orElseThrow();
    BigDecimal perPrinted = printed.value().divide(printed.amount().value(), 40, RoundingMode.HALF_UP);
    int decimals = Math.max(0, printed.amount().value().scale());
    BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
    BigDecimal above = high.divide(perPrinted, 40, RoundingMode.HALF_UP);
    if (printed.qualifier() == Qualifier.ABOUT || printed.qualifier() == Qualifier.NEARLY) {
      above = above.multiply(new BigDecimal("1.12"));
    }
    BigDecimal value = above.add(step).setScale(decimals, RoundingMode.CEILING);
    Matcher m = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?").matcher(printed.text());
    assertThat(m.find()).isTrue();
    return printed.text().substring(0, m.start()) + value.toPlainString() + printed.text().substring(m.end());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_check_textAboutAnotherCompanyIsNeverJudgedAgainstTheDataset() {
    ArticleCheck c = CHECKER.check(resource("articles/coreweave-en.txt"));
    assertThat(c.subject()).isEqualTo("the text does not name MiniMax (MiniMax, MiniMax Group Inc., 稀宇科技, 稀宇極智, "
        + "稀宇极智, MiniMax集團, MiniMax集团) and is not given as one of its documents");
    List<Finding> amounts = c.findings().stream().filter(f -> f.mention().map(Mention::isAmount).orElse(false))
        .toList();
    assertThat(amounts).hasSize(11);
    assertThat(amounts).allSatisfy(f -> {
      assertThat(f.verdict()).isEqualTo(ArticleVerdict.UNVERIFIABLE);
      assertThat(f.reason()).endsWith("its numbers cannot be tied to this dataset");
    });
  }

  @Test
  void test_check_clauseAboutAnotherCompany() {
    ArticleCheck c = CHECKER.check("MiniMax的對手智譜2024年收入為3.12億元，而MiniMax 2024年營收為3052萬美元。");
    assertThat(at(c, "3.12億元").verdict()).isEqualTo(ArticleVerdict.UNVERIFIABLE);
    assertThat(at(c, "3.12億元").reason()).isEqualTo("about 智譜, not MiniMax: the dataset holds MiniMax's figures");
    assertThat(at(c, "3052萬美元").verdict()).isEqualTo(ArticleVerdict.CONSISTENT);
  }

  @Test
  void test_check_emptyAndNumberless() {
    assertThat(CHECKER.check("").findings()).isEmpty();
    ArticleCheck none = CHECKER.check("MiniMax是一家通用人工智能公司。It builds models.");
    assertThat(none.findings()).isEmpty();
    assertThat(none.toString()).isEqualTo("0 findings against MiniMax");
  }

  @Test
  void test_check_largeText_workGrowsLinearly() {
    String article = resource("articles/minimax-zh.txt") + "\n" + resource("articles/minimax-en.txt") + "\n";
    int bytes = article.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder sb = new StringBuilder();
    for (long written = 0; written <= 5_000_000L; written += bytes) {
      sb.append(article);
    }
    String text = sb.toString();
    assertThat(text.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(5_000_000);
    int copies = text.length() / article.length();
    ArticleCheck one = CHECKER.check(article);
    ArticleCheck c = CHECKER.check(text);
    // Work, not time: every copy of the article is read as the first was, nothing more per number.
    assertThat(c.findings()).hasSize(copies * one.findings().size());
    assertThat(c.candidatesExamined()).isEqualTo((long) copies * one.candidatesExamined())
        .isLessThanOrEqualTo(Candidates.MAX_EXAMINED);
    // What the result keeps is its findings: a bounded amount per number, whatever the text.
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long used = rt.totalMemory() - rt.freeMemory();
    assertThat(used / c.findings().size()).as("bytes of heap per finding").isLessThan(4096);
  }

  @Test
  void test_check_candidateSearchIsCapped() {
    StringBuilder sb = new StringBuilder("MiniMax:");
    for (int i = 1; i < 400; i++) {
      sb.append(" 某指標為").append(i).append('.').append(i % 10).append("%。");
    }
    ArticleCheck c = CHECKER.check(sb.toString());
    assertThat(c.findings()).hasSize(399)
        .allSatisfy(f -> assertThat(f.verdict()).isEqualTo(ArticleVerdict.UNEXPLAINED));
    assertThat(c.candidatesExamined()).isEqualTo(Candidates.MAX_EXAMINED);
  }

  @Test
  void test_check_claimsForAClaimsFile() {
    ArticleCheck c = CHECKER.withDocument("qbitai-seed").check(resource("articles/minimax-zh.txt"));
    List<dev.prospectus.verify.Claim> claims = c.claims("qbitai-seed");
    assertThat(claims).isNotEmpty().allSatisfy(cl -> {
      assertThat(cl.source().orElseThrow().document()).isEqualTo("qbitai-seed");
      assertThat(cl.note().orElseThrow()).contains("checker's verdict: ");
    });
    long fromVerifier = c.findings().stream().flatMap(f -> f.bases().stream()).filter(Basis::fromVerifier).count();
    assertThat(claims).hasSize((int) fromVerifier);
  }

  @Test
  void test_withDocument_mustBeDeclared() {
    assertThatIllegalArgumentException().isThrownBy(() -> CHECKER.withDocument("nope"))
        .withMessage("Dataset 'MiniMax' declares no document 'nope'");
    assertThat(CHECKER.toString()).startsWith("ArticleChecker for MiniMax with lexicon of ");
    assertThat(ArticleChecker.names(MINIMAX)).startsWith("MiniMax", "MiniMax Group Inc.", "稀宇科技");
  }

  @Test
  void test_check_everyFindingInTextOrder() {
    ArticleCheck c = CHECKER.check(resource("articles/minimax-en.txt"));
    List<Integer> starts = new ArrayList<>(c.findings().stream().map(Finding::start).toList());
    assertThat(starts).isSorted();
    assertThat(c.mentions()).hasSize(26);
    assertThat(c.findings().stream().filter(f -> f.verdict() == ArticleVerdict.INCONSISTENT).map(Finding::printed))
        .containsExactly("728%");
    // 'about 60 months' was INCONSISTENT; its zero may or may not be significant, and read to the
    // nearest ten months one basis fits, so it is UNDECIDABLE.
    assertThat(c.findings().stream().filter(f -> f.printed().equals("about 60 months")).map(Finding::verdict))
        .containsExactly(ArticleVerdict.UNDECIDABLE);
  }
}
