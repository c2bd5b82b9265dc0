package dev.prospectus.model;

import static dev.prospectus.model.Fixtures.ARTICLE;
import static dev.prospectus.model.Fixtures.FY2023;
import static dev.prospectus.model.Fixtures.FY2024;
import static dev.prospectus.model.Fixtures.HARDWARE;
import static dev.prospectus.model.Fixtures.HARDWARE_DEF;
import static dev.prospectus.model.Fixtures.NINE_MONTHS_2025;
import static dev.prospectus.model.Fixtures.PROSPECTUS;
import static dev.prospectus.model.Fixtures.REVENUE_2023;
import static dev.prospectus.model.Fixtures.REVENUE_2024_ARTICLE;
import static dev.prospectus.model.Fixtures.REVENUE_2024_PROSPECTUS;
import static dev.prospectus.model.Fixtures.REVENUE_2024_RMB;
import static dev.prospectus.model.Fixtures.ROBOTS_SHIPPED;
import static dev.prospectus.model.Fixtures.ROBOTS_SHIPPED_DEF;
import static dev.prospectus.model.Fixtures.SEP_30_2025;
import static dev.prospectus.model.Fixtures.USD;
import static dev.prospectus.model.Fixtures.USD_UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatasetTest {

  private static final Dataset LUMEN = Fixtures.dataset();

  private static Dataset with(List<Document> documents, List<MetricDefinition> metrics,
      List<SegmentDefinition> segments, List<Figure> figures) {
    return Dataset.of("Lumen Robotics Inc.", "Lumen", USD, ReportingPeriod.CALENDAR_YEAR_END, documents, metrics,
        segments, figures);
  }

  private static Figure revenue(Segment segment, Amount amount, Document document) {
    return Figure.of(FigureKey.of(Metric.REVENUE, segment, FY2024), amount, Fixtures.source(document, "quote"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_accessors() {
    assertThat(LUMEN.company()).isEqualTo("Lumen Robotics Inc.");
    assertThat(LUMEN.name()).isEqualTo("Lumen");
    assertThat(LUMEN.currency()).isEqualTo(USD);
    assertThat(LUMEN.currencyUnit()).isEqualTo(Unit.parse("USD"));
    assertThat(LUMEN.withAliases(List.of("Lumen Robots")).currencyUnit()).isEqualTo(Unit.parse("USD"));
    assertThat(LUMEN.fiscalYearEnd()).isEqualTo(MonthDay.of(12, 31));
    assertThat(LUMEN.documents()).containsExactly(PROSPECTUS, ARTICLE);
    assertThat(LUMEN.document("daily-2025-12-02")).contains(ARTICLE);
    assertThat(LUMEN.document("elsewhere")).isEmpty();
    assertThat(LUMEN.figures()).isEqualTo(Fixtures.figures());
  }

  @Test
  void test_withAliases_keepsEverythingElse() {
    Dataset named = LUMEN.withAliases(List.of("路明機器人", "Lumen Robotics"));
    assertThat(LUMEN.aliases()).isEmpty();
    assertThat(named.aliases()).containsExactly("路明機器人", "Lumen Robotics");
    assertThat(named.figures()).isEqualTo(LUMEN.figures());
    assertThat(named.metrics()).isEqualTo(LUMEN.metrics());
    assertThat(named.segments()).isEqualTo(LUMEN.segments());
    assertThat(named.documents()).isEqualTo(LUMEN.documents());
    assertThatIllegalArgumentException().isThrownBy(() -> LUMEN.withAliases(List.of(" ")))
        .withMessage("Argument 'alias' must not be blank but has value ' '");
  }

  @Test
  void test_isFiscalYear() {
    // a year ending 31 December is a fiscal year; twelve months to 30 June is as long but is not one
    assertThat(LUMEN.isFiscalYear(FiscalPeriod.fiscalYear(2024))).isTrue();
    assertThat(LUMEN.isFiscalYear(FiscalPeriod.monthsEnded(12, LocalDate.of(2025, 6, 30)))).isFalse();
    assertThat(LUMEN.isFiscalYear(FiscalPeriod.monthsEnded(9, LocalDate.of(2025, 9, 30)))).isFalse();
    assertThat(LUMEN.isFiscalYear(ReportingDate.of(LocalDate.of(2024, 12, 31)))).isFalse();
  }

  @Test
  void test_metrics_standardThenDeclared() {
    // the 51 standard metrics, then robots_shipped
    assertThat(LUMEN.metrics()).hasSize(52).startsWith(Metric.STANDARD.get(0)).endsWith(ROBOTS_SHIPPED_DEF);
    assertThat(LUMEN.label(Metric.REVENUE)).isEqualTo("Revenue");
    assertThat(LUMEN.label(ROBOTS_SHIPPED)).isEqualTo("Robots shipped");
    assertThat(LUMEN.label(Metric.of("undeclared_metric"))).isEqualTo("undeclared_metric");
  }

  @Test
  void test_segments_totalThenDeclared() {
    assertThat(LUMEN.segments()).containsExactly(SegmentDefinition.TOTAL, HARDWARE_DEF);
    assertThat(LUMEN.segment(HARDWARE)).contains(HARDWARE_DEF);
    assertThat(LUMEN.segment(Segment.TOTAL)).contains(SegmentDefinition.TOTAL);
    assertThat(LUMEN.segment(Segment.of("software"))).isEmpty();
  }

  @Test
  void test_keys_firstAppearance() {
    assertThat(LUMEN.keys()).extracting(FigureKey::toString).containsExactly(
        "revenue/total/FY2023", "revenue/total/FY2024", "revenue/hardware/9M2025", "revenue/total/9M2025",
        "cash_reserves/total/2025-09-30", "robots_shipped/total/FY2024");
  }

  @Test
  void test_periods() {
    assertThat(LUMEN.periods(Metric.REVENUE, Segment.TOTAL)).containsExactly(FY2023, FY2024, NINE_MONTHS_2025);
    assertThat(LUMEN.periods(Metric.REVENUE, HARDWARE)).containsExactly(NINE_MONTHS_2025);
    assertThat(LUMEN.periods(Metric.CASH_RESERVES, Segment.TOTAL)).containsExactly(SEP_30_2025);
    assertThat(LUMEN.periods(Metric.NET_LOSS, Segment.TOTAL)).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> LUMEN.periods(null, Segment.TOTAL))
        .withMessage("Argument 'metric' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> LUMEN.periods(Metric.REVENUE, null))
        .withMessage("Argument 'segment' must not be null");
  }

  @Test
  void test_periodOrder() {
    ReportingPeriod fy2023 = ReportingPeriod.parse("FY2023");
    ReportingPeriod fy2024 = ReportingPeriod.parse("FY2024");
    ReportingPeriod dec2024 = ReportingPeriod.parse("2024-12-31");
    ReportingPeriod h1 = ReportingPeriod.parse("H1 2025");
    ReportingPeriod nineMonths = ReportingPeriod.parse("9M2025");
    ReportingPeriod thirdQuarter = ReportingPeriod.parse("2025-07-01..2025-09-30");
    ReportingPeriod sep2025 = ReportingPeriod.parse("2025-09-30");
    List<ReportingPeriod> periods = new ArrayList<>(
        List.of(sep2025, thirdQuarter, fy2024, nineMonths, dec2024, h1, fy2023));
    periods.sort(Dataset.PERIOD_ORDER);
    // by last day; on the same day the longer span first, the instant last
    assertThat(periods).containsExactly(fy2023, fy2024, dec2024, h1, nineMonths, thirdQuarter, sep2025);
  }

  @Test
  void test_period_usesFiscalYearEnd() {
    assertThat(LUMEN.period("9M2025")).isEqualTo(NINE_MONTHS_2025);
    Dataset marchYear = Dataset.of("Lumen Robotics Inc.", "Lumen", USD, MonthDay.of(3, 31), List.of(ARTICLE),
        List.of(), List.of(), List.of());
    assertThat(marchYear.period("FY2025")).isEqualTo(FiscalPeriod.ofClosed(LocalDate.of(2024, 4, 1),
        LocalDate.of(2025, 3, 31)));
    assertThat(marchYear.period("6M2025")).isEqualTo(FiscalPeriod.ofClosed(LocalDate.of(2024, 4, 1),
        LocalDate.of(2024, 9, 30)));
  }

  @Test
  void test_lookup() {
    FigureKey key = FigureKey.of(Metric.REVENUE, FY2024);
    FigureLookup lookup = LUMEN.lookup(key);
    assertThat(lookup.key()).isEqualTo(key);
    assertThat(lookup.datasetName()).isEqualTo("Lumen");
    assertThat(lookup.reports()).containsExactly(REVENUE_2024_ARTICLE, REVENUE_2024_PROSPECTUS, REVENUE_2024_RMB);
    assertThat(LUMEN.lookup(Metric.REVENUE, Segment.TOTAL, FY2024)).isEqualTo(lookup);
    assertThat(LUMEN.lookup(Metric.REVENUE, "FY2024")).isEqualTo(lookup);
    assertThat(LUMEN.lookup(Metric.REVENUE, "FY2022").isMissing()).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> LUMEN.lookup((FigureKey) null))
        .withMessage("Argument 'key' must not be null");
  }

  @Test
  void test_lookup_keyText() {
    FigureLookup lookup = LUMEN.lookup("revenue/total/FY2024");
    assertThat(lookup).isEqualTo(LUMEN.lookup(FigureKey.of(Metric.REVENUE, FY2024)));
    assertThat(LUMEN.lookup("revenue/total/FY2024")).isSameAs(lookup);
    assertThat(LUMEN.lookup("revenue/total/FY2022").isMissing()).isTrue();
    assertThat(LUMEN.lookup("revenue/total/FY2022").key()).isEqualTo(FigureKey.of(Metric.REVENUE,
        FiscalPeriod.fiscalYear(2022)));
    assertThatIllegalArgumentException().isThrownBy(() -> LUMEN.lookup((String) null))
        .withMessage("Argument 'key' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> LUMEN.lookup("revenue"))
        .withMessage("Unable to parse figure key: 'revenue': expected metric/segment/period");
  }

  @Test
  void test_figure_preferred() {
    // both USD reports are 10000 wide; the prospectus is the company's filing, so it comes before the
    // article; the RMB report is not considered
    assertThat(LUMEN.figure(Metric.REVENUE, "FY2024")).isEqualTo(REVENUE_2024_PROSPECTUS);
    assertThat(LUMEN.figure(FigureKey.of(Metric.REVENUE, FY2023))).isEqualTo(REVENUE_2023);
  }

  @Test
  void test_figure_missing() {
    assertThatExceptionOfType(MissingFigureException.class).isThrownBy(() -> LUMEN.figure(Metric.REVENUE, "FY2022"))
        .withMessage("No figure for revenue/total/FY2022 in dataset 'Lumen'");
  }

  @Test
  void test_conflicts() {
    assertThat(LUMEN.conflicts())
        .containsExactly(FigureConflict.of(REVENUE_2024_ARTICLE, REVENUE_2024_PROSPECTUS));
    assertThat(with(List.of(ARTICLE), List.of(), List.of(), List.of(REVENUE_2023)).conflicts()).isEmpty();
  }

  @Test
  void test_agreement_neverSetsGuidanceAgainstAReportedActual() {
    // The prospectus's guidance of US$30.38 million would conflict with the article's 3052萬 if it were compared.
    Figure guidance = REVENUE_2024_PROSPECTUS.withBasis(FigureBasis.GUIDANCE);
    Dataset ds = with(List.of(PROSPECTUS, ARTICLE), List.of(), List.of(), List.of(REVENUE_2024_ARTICLE, guidance));
    Agreement a = ds.agreement(REVENUE_2024_ARTICLE.key());
    assertThat(a.conflicts()).isEmpty();
    assertThat(a.compared()).isZero();
    assertThat(a.leftOut()).containsExactly("1 pair of reports on different bases (reported, guidance, forecast):"
        + " guidance is not a result and is never compared with a reported actual");
    assertThat(ds.conflicts()).isEmpty();
    // The rule takes the press's actual over the filing's guidance.
    assertThat(ds.figure(REVENUE_2024_ARTICLE.key())).isEqualTo(REVENUE_2024_ARTICLE);
    assertThat(ds.choose(REVENUE_2024_ARTICLE.key()).orElseThrow().report()).isEqualTo(REVENUE_2024_ARTICLE);
  }

  //-------------------------------------------------------------------------
  // Exchange rates: the article prints "4.65億美元(約為人民幣32.7億元)" for the FY2024 net loss, which
  // implies [7.0139, 7.0506] CNY per US$ for FY2024 (ExchangeRateTest).
  private static final Figure RMB_215 = new Figure(Metric.REVENUE, Segment.TOTAL, FY2024,
      Amount.of("2.15", Scale.HUNDRED_MILLION, Fixtures.CNY_UNIT), Qualifier.EXACT, Fixtures.source(ARTICLE,
      "人民幣2.15億元"), REVENUE_2024_RMB.currencyNote(), Optional.empty(), Optional.empty(), Optional.empty());
  private static final Figure HARDWARE_RMB = new Figure(Metric.REVENUE, HARDWARE, FY2024,
      Amount.of("1.00", Scale.HUNDRED_MILLION, Fixtures.CNY_UNIT), Qualifier.EXACT, Fixtures.source(ARTICLE,
      "人民幣1.00億元"), REVENUE_2024_RMB.currencyNote(), Optional.empty(), Optional.empty(), Optional.empty());
  private static final Figure HARDWARE_RMB_9M = new Figure(Metric.REVENUE, HARDWARE, NINE_MONTHS_2025,
      Amount.of("1.50", Scale.HUNDRED_MILLION, Fixtures.CNY_UNIT), Qualifier.EXACT, Fixtures.source(ARTICLE,
      "人民幣1.50億元"), REVENUE_2024_RMB.currencyNote(), Optional.empty(), Optional.empty(), Optional.empty());
  private static final Dataset WITH_RATE = Dataset.of("Lumen Robotics Inc.", "Lumen", USD,
      ReportingPeriod.CALENDAR_YEAR_END, List.of(PROSPECTUS, ARTICLE), List.of(), List.of(HARDWARE_DEF),
      List.of(REVENUE_2024_ARTICLE, REVENUE_2024_PROSPECTUS, RMB_215, ExchangeRateTest.LOSS_USD,
          ExchangeRateTest.LOSS_CNY, HARDWARE_RMB, HARDWARE_RMB_9M), List.of(ExchangeRateTest.IMPLIED));

  @Test
  void test_exchangeRates() {
    assertThat(WITH_RATE.exchangeRates()).containsExactly(ExchangeRateTest.IMPLIED);
    assertThat(WITH_RATE.exchangeRate("usd-cny-loss")).contains(ExchangeRateTest.IMPLIED);
    assertThat(WITH_RATE.exchangeRate("elsewhere")).isEmpty();
    assertThat(WITH_RATE.rates(Fixtures.CNY_UNIT, USD_UNIT, FY2024)).containsExactly(ExchangeRateTest.IMPLIED);
    assertThat(WITH_RATE.rates(Fixtures.CNY_UNIT, USD_UNIT, NINE_MONTHS_2025)).isEmpty();
    assertThat(LUMEN.exchangeRates()).isEmpty();
  }

  @Test
  void test_of_rejectsARateOnFiguresItDoesNotHold() {
    assertThatIllegalArgumentException().isThrownBy(() -> Dataset.of("Lumen Robotics Inc.", "Lumen", USD,
        ReportingPeriod.CALENDAR_YEAR_END, List.of(PROSPECTUS, ARTICLE), List.of(), List.of(), List.of(),
        List.of(ExchangeRateTest.IMPLIED)))
        .withMessage("Exchange rate 'usd-cny-loss' rests on 'net_loss FY2024' (daily-2025-12-02), which is not a"
            + " figure of the dataset");
  }

  @Test
  void test_choose_theRuleWithConversions() {
    // the filing before the press; the RMB translation takes part only converted, and comes after originals
    ChosenReport revenue = WITH_RATE.choose(REVENUE_2024_ARTICLE.key()).orElseThrow();
    assertThat(revenue.report()).isEqualTo(REVENUE_2024_PROSPECTUS);
    assertThat(revenue.isConverted()).isFalse();
    assertThat(revenue.why()).isEqualTo("the company's filing, before the press");
    // a figure printed only in RMB is converted at the rate, whose range it carries: [99.5M, 100.5M] / [7.0139, 7.0506]
    ChosenReport hardware = WITH_RATE.choose(HARDWARE_RMB.key()).orElseThrow();
    assertThat(hardware.rate()).contains(ExchangeRateTest.IMPLIED);
    assertThat(hardware.value().unit()).isEqualTo(USD_UNIT);
    assertThat(hardware.value().range().roundedOutward(0)).isEqualTo(DecimalRange.ofClosed("14112290", "14328561"));
    assertThat(hardware.why()).isEqualTo("the only report, converted at rate usd-cny-loss");
    // the translation of the pair that implied the rate is not converted by it
    ChosenReport loss = WITH_RATE.choose(ExchangeRateTest.LOSS_USD.key()).orElseThrow();
    assertThat(loss.report()).isEqualTo(ExchangeRateTest.LOSS_USD);
    assertThat(loss.why()).isEqualTo("the only report; 1 report is in another currency with no exchange rate that"
        + " applies");
    // with no rate for the period, the report is given as printed, and says so
    ChosenReport nine = WITH_RATE.choose(HARDWARE_RMB_9M.key()).orElseThrow();
    assertThat(nine.value()).isEqualTo(HARDWARE_RMB_9M);
    assertThat(nine.why()).isEqualTo("in CNY, with no exchange rate to USD that applies to 9M2025");
    assertThat(WITH_RATE.choose(FigureKey.of(Metric.NET_LOSS, FY2023))).isEmpty();
  }

  @Test
  void test_agreement_throughARateThatNeitherReportImplied() {
    // 2.15億 RMB is [30.42M, 30.72M] at the rate: it can be 3052萬 but not US$30.38 million
    Agreement revenue = WITH_RATE.agreement(REVENUE_2024_ARTICLE.key());
    assertThat(revenue.compared()).isEqualTo(3);
    assertThat(revenue.conflicts()).containsExactly(FigureConflict.of(REVENUE_2024_ARTICLE, REVENUE_2024_PROSPECTUS),
        new FigureConflict(REVENUE_2024_PROSPECTUS, RMB_215, Optional.of(ExchangeRateTest.IMPLIED)));
    assertThat(revenue.leftOut()).isEmpty();
    // the pair that implied the rate is never judged by it: nothing compared, and the reason
    Agreement loss = WITH_RATE.agreement(ExchangeRateTest.LOSS_USD.key());
    assertThat(loss.comparedAny()).isFalse();
    assertThat(loss.agrees()).isTrue();
    assertThat(loss.leftOut()).containsExactly("1 pair of a report in CNY and one in USD: no exchange rate between"
        + " them applies to FY2024 that neither report implied");
    assertThat(loss).hasToString("net_loss/total/FY2024: 2 reports, 0 pairs compared, no conflict; left out: 1 pair"
        + " of a report in CNY and one in USD: no exchange rate between them applies to FY2024 that neither report"
        + " implied");
    assertThat(revenue.toString()).startsWith("revenue/total/FY2024: 3 reports, 3 pairs compared, 2 conflicts: ");
    assertThat(WITH_RATE.conflicts()).hasSize(2);
  }

  @Test
  void test_agreement_translationsAreJudgedAgainstOriginalsNotEachOther() {
    // two RMB translations 2.15億 and 2.18億 disagree with each other, but their writers may have used two rates
    Dataset both = Dataset.of("Lumen Robotics Inc.", "Lumen", USD, ReportingPeriod.CALENDAR_YEAR_END,
        List.of(PROSPECTUS, ARTICLE), List.of(), List.of(), List.of(REVENUE_2024_ARTICLE, RMB_215, REVENUE_2024_RMB,
            ExchangeRateTest.LOSS_USD, ExchangeRateTest.LOSS_CNY), List.of(ExchangeRateTest.IMPLIED));
    Agreement revenue = both.agreement(REVENUE_2024_ARTICLE.key());
    assertThat(revenue.compared()).isEqualTo(2);
    assertThat(revenue.conflicts()).containsExactly(new FigureConflict(REVENUE_2024_ARTICLE, REVENUE_2024_RMB,
        Optional.of(ExchangeRateTest.IMPLIED)));
    assertThat(revenue.leftOut()).containsExactly("amounts in another currency with exchange rates to USD are"
        + " compared with the reports in USD at those rates, not with each other: their writers may have used"
        + " different rates");
  }

  @Test
  void test_toString() {
    assertThat(LUMEN).hasToString(
        "Dataset Lumen (Lumen Robotics Inc., USD): 8 figures from 2 documents");
  }

  @Test
  void test_figures_unmodifiable() {
    List<Figure> figures = new ArrayList<>(List.of(REVENUE_2023));
    Dataset dataset = with(List.of(ARTICLE), List.of(), List.of(), figures);
    figures.add(REVENUE_2024_ARTICLE);
    assertThat(dataset.figures()).containsExactly(REVENUE_2023);
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> dataset.figures().add(REVENUE_2024_ARTICLE));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_of_undeclaredMetric() {
    Figure robotsSold = Figure.of(FigureKey.of(Metric.of("robots_sold"), FY2024),
        Amount.of("1200", Scale.ONE, Unit.parse("robots")), Fixtures.source(ARTICLE, "1,200"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> with(List.of(ARTICLE), List.of(), List.of(), List.of(robotsSold)))
        .withMessage("figure 0 (robots_sold/total/FY2024) has undeclared metric 'robots_sold'");
  }

  @Test
  void test_of_undeclaredSegment() {
    Figure software = revenue(Segment.of("software"), Amount.of("3", Scale.MILLION, USD_UNIT), ARTICLE);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> with(List.of(ARTICLE), List.of(), List.of(HARDWARE_DEF), List.of(REVENUE_2023, software)))
        .withMessage("figure 1 (revenue/software/FY2024) has undeclared segment 'software'");
  }

  @Test
  void test_of_undeclaredDocument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> with(List.of(PROSPECTUS), List.of(), List.of(), List.of(REVENUE_2023)))
        .withMessage("figure 0 (revenue/total/FY2023) cites undeclared document 'daily-2025-12-02'");
  }

  @Test
  void test_of_documentDiffersFromDeclaration() {
    Document retitled = Document.of("daily-2025-12-02", "Another title", "zh-Hant");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> with(List.of(retitled), List.of(), List.of(), List.of(REVENUE_2023)))
        .withMessage("figure 0 (revenue/total/FY2023) cites document daily-2025-12-02 (Lumen通過聆訊), "
            + "which differs from the declared daily-2025-12-02 (Another title)");
  }

  @Test
  void test_of_foreignCurrencyNeedsNote() {
    Figure rmb = revenue(Segment.TOTAL, Amount.of("2.18", Scale.HUNDRED_MILLION, Fixtures.CNY_UNIT), ARTICLE);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> with(List.of(ARTICLE), List.of(), List.of(), List.of(rmb)))
        .withMessage("figure 0 (revenue/total/FY2024) is in CNY, not the reporting currency USD, "
            + "and has no currency note");
    // with a note it is accepted, and a figure in a non-currency unit needs none
    List<Figure> figures = List.of(REVENUE_2024_RMB, Fixtures.percent("12.2", Qualifier.EXACT));
    assertThat(with(List.of(ARTICLE, PROSPECTUS), List.of(), List.of(), figures).figures()).isEqualTo(figures);
  }

  @Test
  void test_of_duplicates() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> with(List.of(PROSPECTUS, ARTICLE, PROSPECTUS), List.of(), List.of(), List.of()))
        .withMessage("Duplicate document id 'lumen-prospectus-2025'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> with(List.of(), List.of(MetricDefinition.of(Metric.REVENUE, "Sales")), List.of(), List.of()))
        .withMessage("Duplicate metric id 'revenue'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> with(List.of(), List.of(ROBOTS_SHIPPED_DEF, ROBOTS_SHIPPED_DEF), List.of(), List.of()))
        .withMessage("Duplicate metric id 'robots_shipped'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> with(List.of(), List.of(), List.of(HARDWARE_DEF, HARDWARE_DEF), List.of()))
        .withMessage("Duplicate segment id 'hardware'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> with(List.of(), List.of(), List.of(SegmentDefinition.TOTAL), List.of()))
        .withMessage("Duplicate segment id 'total'");
  }

  @Test
  void test_of_nullsAndBlanks() {
    MonthDay dec31 = ReportingPeriod.CALENDAR_YEAR_END;
    List<Document> docs = List.of(ARTICLE);
    List<MetricDefinition> mets = List.of();
    List<SegmentDefinition> segs = List.of();
    List<Figure> figs = List.of();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Dataset.of(" ", "Lumen", USD, dec31, docs, mets, segs, figs))
        .withMessage("Argument 'company' must not be blank but has value ' '");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Dataset.of("Lumen Robotics Inc.", null, USD, dec31, docs, mets, segs, figs))
        .withMessage("Argument 'name' must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Dataset.of("Lumen Robotics Inc.", "Lumen", null, dec31, docs, mets, segs, figs))
        .withMessage("Argument 'currency' must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Dataset.of("Lumen Robotics Inc.", "Lumen", USD, null, docs, mets, segs, figs))
        .withMessage("Argument 'fiscalYearEnd' must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Dataset.of("Lumen Robotics Inc.", "Lumen", USD, dec31, null, mets, segs, figs))
        .withMessage("Argument 'documents' must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Dataset.of("Lumen Robotics Inc.", "Lumen", USD, dec31, docs, null, segs, figs))
        .withMessage("Argument 'declaredMetrics' must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Dataset.of("Lumen Robotics Inc.", "Lumen", USD, dec31, docs, mets, null, figs))
        .withMessage("Argument 'declaredSegments' must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> with(docs, mets, segs, Arrays.asList(REVENUE_2023, REVENUE_2023, null)))
        .withMessage("Argument 'figures' must not contain null but has null at index 2");
    assertThatIllegalArgumentException().isThrownBy(() -> LUMEN.document(null))
        .withMessage("Argument 'id' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> LUMEN.segment(null))
        .withMessage("Argument 'segment' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> LUMEN.label(null))
        .withMessage("Argument 'metric' must not be null");
  }

  @Test
  void test_of_sameReportTwiceIsKept() {
    // nothing is merged: two identical lines in a file are two reports
    Dataset dataset = with(List.of(ARTICLE), List.of(), List.of(), List.of(REVENUE_2023, REVENUE_2023));
    assertThat(dataset.lookup(REVENUE_2023.key()).reports()).hasSize(2);
    assertThat(dataset.conflicts()).isEmpty();
    assertThat(Optional.of(dataset.figure(REVENUE_2023.key()))).contains(REVENUE_2023);
  }
}
