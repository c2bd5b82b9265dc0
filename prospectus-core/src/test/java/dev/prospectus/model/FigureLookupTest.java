package dev.prospectus.model;

import static dev.prospectus.model.Fixtures.ARTICLE;
import static dev.prospectus.model.Fixtures.CNY_UNIT;
import static dev.prospectus.model.Fixtures.FY2024;
import static dev.prospectus.model.Fixtures.PROSPECTUS;
import static dev.prospectus.model.Fixtures.REVENUE_2024_ARTICLE;
import static dev.prospectus.model.Fixtures.REVENUE_2024_PROSPECTUS;
import static dev.prospectus.model.Fixtures.REVENUE_2024_RMB;
import static dev.prospectus.model.Fixtures.USD_UNIT;
import static dev.prospectus.model.Fixtures.percent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FigureLookupTest {

  private static final FigureKey KEY = FigureKey.of(Metric.REVENUE, FY2024);

  private static FigureLookup lookup(Figure... reports) {
    return new FigureLookup(KEY, "Lumen", List.of(reports));
  }

  private static Figure revenue(String value, Scale scale, Unit unit, Document document) {
    Optional<String> note = unit.equals(USD_UNIT) ? Optional.empty() : Optional.of("translation printed by the source");
    return new Figure(Metric.REVENUE, Segment.TOTAL, FY2024, Amount.of(value, scale, unit), Qualifier.EXACT,
        Fixtures.source(document, value), note, Optional.empty(), Optional.empty(), Optional.empty());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_presentAndMissing() {
    assertThat(lookup(REVENUE_2024_ARTICLE).isPresent()).isTrue();
    assertThat(lookup(REVENUE_2024_ARTICLE).isMissing()).isFalse();
    assertThat(lookup().isPresent()).isFalse();
    assertThat(lookup().isMissing()).isTrue();
  }

  @Test
  void test_preferred_narrowestRange() {
    // "US$30.5 million" is [30.45M, 30.55M] (width 100000), "3052萬" [30.515M, 30.525M] (width 10000), both press
    Figure coarse = revenue("30.5", Scale.MILLION, USD_UNIT, ARTICLE);
    assertThat(lookup(coarse, REVENUE_2024_ARTICLE).preferred()).isEqualTo(REVENUE_2024_ARTICLE);
    assertThat(lookup(REVENUE_2024_ARTICLE, coarse).preferred()).isEqualTo(REVENUE_2024_ARTICLE);
  }

  @Test
  void test_preferred_firstListedOnTie() {
    // "3052萬" and "US$30.52 million" both have width 10000, both press
    Figure millions = revenue("30.52", Scale.MILLION, USD_UNIT, ARTICLE);
    assertThat(lookup(REVENUE_2024_ARTICLE, millions).preferred()).isEqualTo(REVENUE_2024_ARTICLE);
    assertThat(lookup(millions, REVENUE_2024_ARTICLE).preferred()).isEqualTo(millions);
    assertThat(lookup(millions, REVENUE_2024_ARTICLE).whyPreferred()).contains("the first listed of equals");
  }

  @Test
  void test_preferred_documentClassBeforeNarrowness() {
    // the prospectus (the company's filing) prints the coarser "US$30.5 million": it still comes first
    Figure coarse = revenue("30.5", Scale.MILLION, USD_UNIT, PROSPECTUS);
    assertThat(lookup(REVENUE_2024_ARTICLE, coarse).preferred()).isEqualTo(coarse);
    assertThat(lookup(REVENUE_2024_ARTICLE, coarse).whyPreferred()).contains("the company's filing, before the press");
    // a compilation of the filing comes between them
    Figure compiled = Figure.of(coarse.key(), coarse.amount(), Fixtures.source(Fixtures.ARTICLE.withDocumentClass(
        DocumentClass.COMPILATION), "30.5"));
    assertThat(ReportRule.best(List.of(REVENUE_2024_ARTICLE, compiled))).contains(compiled);
    assertThat(ReportRule.best(List.of(REVENUE_2024_ARTICLE, compiled, coarse))).contains(coarse);
  }

  @Test
  void test_preferred_ownCurrencyFirst() {
    // RMB218.25 million (width 10000) is narrower than US$30.5 million (width 100000), but in another currency
    Figure rmb = revenue("218.25", Scale.MILLION, CNY_UNIT, ARTICLE);
    Figure coarse = revenue("30.5", Scale.MILLION, USD_UNIT, PROSPECTUS);
    assertThat(lookup(rmb, coarse).preferred()).isEqualTo(coarse);
  }

  @Test
  void test_preferred_twoSidedBeforeOpenEnded() {
    // "over 30.52 million" has width 10000 but says nothing about the upper end; "US$30.5 million"
    // (width 100000) bounds both sides, so it is preferred
    Figure over = new Figure(Metric.REVENUE, Segment.TOTAL, FY2024, Amount.of("30.52", Scale.MILLION, USD_UNIT),
        Qualifier.OVER, Fixtures.source(ARTICLE, "30.52"), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    Figure coarse = revenue("30.5", Scale.MILLION, USD_UNIT, PROSPECTUS);
    assertThat(lookup(over, coarse).preferred()).isEqualTo(coarse);
    assertThat(lookup(over).preferred()).isEqualTo(over);
  }

  @Test
  void test_preferred_undoubtedBeforeDoubted() {
    // "US$30.52 million" (width 10000) is narrower than "US$30.5 million" (width 100000), but doubted
    Figure doubted = new Figure(Metric.REVENUE, Segment.TOTAL, FY2024, Amount.of("30.52", Scale.MILLION, USD_UNIT),
        Qualifier.EXACT, Fixtures.source(ARTICLE, "30.52"), Optional.empty(), Optional.empty(),
        Optional.of("the year is mislabelled"), Optional.empty());
    Figure coarse = revenue("30.5", Scale.MILLION, USD_UNIT, PROSPECTUS);
    assertThat(lookup(doubted, coarse).preferred()).isEqualTo(coarse);
    assertThat(lookup(doubted, coarse).whyPreferred()).contains("the only undoubted report");
    // with nothing else reported, the doubted report is used
    assertThat(lookup(doubted).preferred()).isEqualTo(doubted);
    assertThat(doubted.isDoubted()).isTrue();
    assertThat(coarse.isDoubted()).isFalse();
  }

  @Test
  void test_preferred_onlyForeign() {
    // RMB2.18億 is [2.175億, 2.185億] (width 1000000), RMB218.25 million width 10000
    Figure rmb = revenue("218.25", Scale.MILLION, CNY_UNIT, ARTICLE);
    assertThat(lookup(REVENUE_2024_RMB, rmb).preferred()).isEqualTo(rmb);
  }

  @Test
  void test_preferred_missing() {
    FigureLookup missing = new FigureLookup(FigureKey.of(Metric.REVENUE, FiscalPeriod.fiscalYear(2022)), "Lumen",
        List.of());
    assertThat(missing.findPreferred()).isEmpty();
    assertThatExceptionOfType(MissingFigureException.class).isThrownBy(missing::preferred)
        .withMessage("No figure for revenue/total/FY2022 in dataset 'Lumen'")
        .satisfies(ex -> assertThat(ex.key()).isEqualTo(missing.key()));
  }

  @Test
  void test_fromDocument() {
    FigureLookup all = lookup(REVENUE_2024_ARTICLE, REVENUE_2024_PROSPECTUS, REVENUE_2024_RMB);
    assertThat(all.fromDocument("daily-2025-12-02")).isEqualTo(lookup(REVENUE_2024_ARTICLE, REVENUE_2024_RMB));
    assertThat(all.fromDocument("lumen-prospectus-2025")).isEqualTo(lookup(REVENUE_2024_PROSPECTUS));
    assertThat(all.fromDocument("lumen-prospectus-2025").preferred()).isEqualTo(REVENUE_2024_PROSPECTUS);
    FigureLookup oneDocument = lookup(REVENUE_2024_ARTICLE, REVENUE_2024_RMB);
    assertThat(oneDocument.fromDocument("daily-2025-12-02")).isEqualTo(oneDocument);
    assertThat(oneDocument.fromDocument("daily-2025-12-02").reports())
        .containsExactly(REVENUE_2024_ARTICLE, REVENUE_2024_RMB);
    assertThat(all.fromDocument("unknown").reports()).isEmpty();
    assertThat(all.fromDocument("unknown").isMissing()).isTrue();
    assertThat(all.fromDocument("unknown").key()).isEqualTo(KEY);
    assertThatIllegalArgumentException().isThrownBy(() -> all.fromDocument(null))
        .withMessage("Argument 'documentId' must not be null");
  }

  //-------------------------------------------------------------------------
  static Object[][] data_conflicts() {
    return new Object[][] {
        // [12.15, 12.25] and [12.25, 12.35] share 12.25
        {"exact", "12.2", "exact", "12.3", false},
        // [12.15, 12.25] and [12.35, 12.45]
        {"exact", "12.2", "exact", "12.4", true},
        // over 15 is above 15, the number as printed; 16 is [15.5, 16.5]; 15 is [14.5, 15.5]
        {"over", "15", "exact", "16", false},
        {"exact", "16", "over", "15", false},
        {"over", "15", "exact", "15", false},
        // 14.5 is [14.45, 14.55]: below 15; 14 is [13.5, 14.5]
        {"over", "15", "exact", "14.5", true},
        {"at_least", "15", "exact", "14", true},
        // under 1 is below 1; 1.5 is [1.45, 1.55]; 1 is [0.5, 1.5]
        {"under", "1", "exact", "1.5", true},
        {"exact", "1.5", "under", "1", true},
        {"under", "1", "exact", "1", false},
        {"at_most", "1", "exact", "1.5", true},
        {"under", "1", "exact", "0.8", false},
        // two half-lines: over 15 and under 15 share no value; at least 15 and at most 15 share 15
        {"over", "15", "under", "15", true},
        {"at_least", "15", "at_most", "15", false},
        {"over", "15", "under", "16", false},
        {"at_least", "15", "at_most", "14", true},
        {"over", "15", "over", "100", false},
        {"under", "1", "under", "100", false},
        // about 5 is [4.25, 5.75]: 5.6 is [5.55, 5.65], 6.5 is [6.45, 6.55]
        {"about", "5", "exact", "5.6", false},
        {"about", "5", "exact", "6.5", true},
        // nearly 50 is [42.5, 55] (its zero may be a rounding): 55 is [54.5, 55.5], 56 is [55.5, 56.5]
        {"nearly", "50", "exact", "55", false},
        {"nearly", "50", "exact", "56", true},
    };
  }

  @ParameterizedTest
  @MethodSource("data_conflicts")
  void test_conflicts_qualifiers(String qualifierA, String valueA, String qualifierB, String valueB, boolean conflict) {
    Figure a = percent(valueA, Qualifier.parse(qualifierA));
    Figure b = percent(valueB, Qualifier.parse(qualifierB));
    FigureLookup both = new FigureLookup(a.key(), "Lumen", List.of(a, b));
    assertThat(both.conflicts()).isEqualTo(conflict ? List.of(FigureConflict.of(a, b)) : List.of());
  }

  @Test
  void test_conflicts_fileOrderAndUnits() {
    // 3052萬 [30.515M, 30.525M] vs 30.38 million [30.375M, 30.385M]: conflict; 30.52 million agrees with
    // 3052萬 but not with 30.38 million; the RMB report is in another unit and not compared
    Figure agreeing = revenue("30.52", Scale.MILLION, USD_UNIT, PROSPECTUS);
    FigureLookup lookup = lookup(REVENUE_2024_ARTICLE, REVENUE_2024_RMB, REVENUE_2024_PROSPECTUS, agreeing);
    assertThat(lookup.conflicts()).containsExactly(
        FigureConflict.of(REVENUE_2024_ARTICLE, REVENUE_2024_PROSPECTUS),
        FigureConflict.of(REVENUE_2024_PROSPECTUS, agreeing));
  }

  @Test
  void test_conflicts_none() {
    assertThat(lookup().conflicts()).isEmpty();
    assertThat(lookup(REVENUE_2024_ARTICLE).conflicts()).isEmpty();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_toString() {
    assertThat(new FigureLookup(FigureKey.of(Metric.REVENUE, FiscalPeriod.fiscalYear(2022)), "Lumen", List.of()))
        .hasToString("revenue/total/FY2022: no figure in dataset 'Lumen'");
    assertThat(lookup(REVENUE_2024_ARTICLE, REVENUE_2024_PROSPECTUS)).hasToString("revenue/total/FY2024: 2 report(s)"
        + "\n  revenue FY2024 = 3052萬 USD [30515000, 30525000] (daily-2025-12-02)"
        + "\n  revenue FY2024 = 30.38 million USD [30375000, 30385000] (lumen-prospectus-2025)");
  }

  @Test
  void test_constructor_copiesReports() {
    List<Figure> reports = new ArrayList<>(List.of(REVENUE_2024_ARTICLE));
    FigureLookup lookup = new FigureLookup(KEY, "Lumen", reports);
    reports.add(REVENUE_2024_PROSPECTUS);
    assertThat(lookup.reports()).containsExactly(REVENUE_2024_ARTICLE);
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> lookup.reports().add(REVENUE_2024_PROSPECTUS));
  }

  @Test
  void test_constructor_nulls() {
    List<Figure> none = List.of();
    assertThatIllegalArgumentException().isThrownBy(() -> new FigureLookup(null, "Lumen", none))
        .withMessage("Argument 'key' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new FigureLookup(KEY, null, none))
        .withMessage("Argument 'datasetName' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new FigureLookup(KEY, "Lumen", Arrays.asList((Figure) null)))
        .withMessage("Argument 'reports' must not contain null but has null at index 0");
  }
}
