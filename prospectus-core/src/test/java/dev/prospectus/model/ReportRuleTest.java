package dev.prospectus.model;

import static dev.prospectus.model.Fixtures.ARTICLE;
import static dev.prospectus.model.Fixtures.FY2024;
import static dev.prospectus.model.Fixtures.PROSPECTUS;
import static dev.prospectus.model.Fixtures.REVENUE_2024_ARTICLE;
import static dev.prospectus.model.Fixtures.REVENUE_2024_PROSPECTUS;
import static dev.prospectus.model.Fixtures.REVENUE_2024_RMB;
import static dev.prospectus.model.Fixtures.USD_UNIT;
import static dev.prospectus.model.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportRuleTest {

  /** "US$30.5 million" in the article: [30.45M, 30.55M], wider than "3052萬". */
  static final Figure COARSE = press("30.5", Scale.MILLION, Qualifier.EXACT);
  /** "over US$30 million" in the article: one-sided. */
  static final Figure OVER = press("30", Scale.MILLION, Qualifier.OVER);
  /** "US$30.52 million" in the article, as wide as "3052萬". */
  static final Figure EQUAL = press("30.52", Scale.MILLION, Qualifier.EXACT);

  static Figure press(String value, Scale scale, Qualifier qualifier) {
    return Figure.of(FigureKey.of(Metric.REVENUE, FY2024), Amount.of(value, scale, USD_UNIT), qualifier,
        source(ARTICLE, value));
  }

  static Figure doubted(Figure f) {
    return new Figure(f.metric(), f.segment(), f.period(), f.amount(), f.qualifier(), f.source(), f.currencyNote(),
        f.note(), Optional.of("a typo"), f.roundedTo());
  }

  @Test
  void test_best_eachStepInTurn() {
    assertThat(ReportRule.best(List.of())).isEmpty();
    // undoubted before anything else: the filing's doubted report loses to the press
    assertThat(ReportRule.best(List.of(doubted(REVENUE_2024_PROSPECTUS), COARSE))).contains(COARSE);
    // the filing before the press, however narrow the press is
    assertThat(ReportRule.best(List.of(REVENUE_2024_ARTICLE, REVENUE_2024_PROSPECTUS)))
        .contains(REVENUE_2024_PROSPECTUS);
    // the dataset's currency before a translation, in one class
    Figure rmbNarrow = new Figure(Metric.REVENUE, Segment.TOTAL, FY2024, Amount.of("2.1800", Scale.HUNDRED_MILLION,
        Fixtures.CNY_UNIT), Qualifier.EXACT, source(ARTICLE, "2.1800億"), REVENUE_2024_RMB.currencyNote(),
        Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(ReportRule.best(List.of(rmbNarrow, COARSE))).contains(COARSE);
    // the narrowest, a one-sided report after any two-sided one
    assertThat(ReportRule.best(List.of(OVER, COARSE, REVENUE_2024_ARTICLE))).contains(REVENUE_2024_ARTICLE);
    assertThat(ReportRule.best(List.of(OVER, COARSE))).contains(COARSE);
    // the first listed of equals
    assertThat(ReportRule.best(List.of(EQUAL, REVENUE_2024_ARTICLE))).contains(EQUAL);
    assertThat(ReportRule.best(List.of(REVENUE_2024_ARTICLE, EQUAL))).contains(REVENUE_2024_ARTICLE);
  }

  @Test
  void test_why_namesTheStepThatDecided() {
    assertThat(ReportRule.why(COARSE, List.of(COARSE))).isEqualTo("the only report");
    assertThat(ReportRule.why(COARSE, List.of(doubted(REVENUE_2024_PROSPECTUS), COARSE)))
        .isEqualTo("the only undoubted report");
    Figure doubtedCoarse = doubted(COARSE);
    assertThat(ReportRule.why(doubtedCoarse, List.of(doubtedCoarse, doubted(OVER))))
        .isEqualTo("doubted, but no other report is usable");
    assertThat(ReportRule.why(REVENUE_2024_PROSPECTUS, List.of(REVENUE_2024_ARTICLE, REVENUE_2024_PROSPECTUS)))
        .isEqualTo("the company's filing, before the press");
    Figure compiled = Figure.of(COARSE.key(), COARSE.amount(), source(ARTICLE.withDocumentClass(
        DocumentClass.COMPILATION), "30.5"));
    assertThat(ReportRule.why(compiled, List.of(REVENUE_2024_ARTICLE, compiled)))
        .isEqualTo("a compilation of the filing, before the press");
    assertThat(ReportRule.why(COARSE, List.of(REVENUE_2024_RMB, COARSE))).isEqualTo("in the dataset's currency");
    assertThat(ReportRule.why(REVENUE_2024_ARTICLE, List.of(COARSE, REVENUE_2024_ARTICLE, OVER)))
        .isEqualTo("the narrowest range");
    assertThat(ReportRule.why(EQUAL, List.of(EQUAL, REVENUE_2024_ARTICLE))).isEqualTo("the first listed of equals");
  }

  @Test
  void test_best_reportedActualBeforeGuidance() {
    // Guidance is not a result: the filing's guidance loses to a doubted press report of the actual.
    Figure guidance = REVENUE_2024_PROSPECTUS.withBasis(FigureBasis.GUIDANCE);
    Figure doubtedActual = doubted(COARSE);
    assertThat(ReportRule.best(List.of(guidance, doubtedActual))).contains(doubtedActual);
    assertThat(ReportRule.why(doubtedActual, List.of(guidance, doubtedActual)))
        .isEqualTo("a reported actual, before guidance");
    // Only guidance: the steps compare guidance with guidance, and the why says so.
    Figure pressGuidance = COARSE.withBasis(FigureBasis.GUIDANCE);
    assertThat(ReportRule.best(List.of(pressGuidance, guidance))).contains(guidance);
    assertThat(ReportRule.why(guidance, List.of(pressGuidance, guidance)))
        .isEqualTo("the company's filing, before the press");
    // A reported actual beside guidance: the guidance takes no part in the later steps.
    assertThat(ReportRule.why(COARSE, List.of(guidance, COARSE, REVENUE_2024_ARTICLE.withBasis(FigureBasis.FORECAST))))
        .isEqualTo("a reported actual, before guidance");
    assertThat(ReportRule.why(guidance, List.of(guidance))).isEqualTo("the only report");
  }

  @Test
  void test_order_isTheDocumentedSteps() {
    // a filing's one-sided report still comes before the press's narrow one: class before width
    Figure filingOver = Figure.of(OVER.key(), OVER.amount(), Qualifier.OVER, source(PROSPECTUS, "over 30"));
    assertThat(ReportRule.ORDER.compare(filingOver, REVENUE_2024_ARTICLE)).isNegative();
    assertThat(ReportRule.ORDER.compare(doubted(filingOver), OVER)).isPositive();
  }
}
