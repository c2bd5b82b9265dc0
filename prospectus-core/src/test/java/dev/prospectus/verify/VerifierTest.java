package dev.prospectus.verify;

import static dev.prospectus.assertj.ProspectusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.Amount;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Segment;
import dev.prospectus.model.Source;
import dev.prospectus.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class VerifierTest {

  private static final Dataset DATA = VerifyFixtures.dataset();
  private static final String GROWTH_24 = "revenue/total/FY2024";
  private static final String GROWTH_23 = "revenue/total/FY2023";

  private static Claim.Computed growthFromSeed() {
    return Claim.id("growth").quote("同比暴漲了782.2%", "seed").growth(GROWTH_24, GROWTH_23);
  }

  private static Claim.Computed computeRatio() {
    return Claim.id("ratio").quote("超過1365%", "seed")
        .ratioToRevenue("training_compute_spend/total/FY2023", GROWTH_23);
  }

  private static Claim runway(String burnFrom) {
    Operation runway = Operation.of(Operator.RUNWAY).with("cash", "cash_reserves/total/2025-09-30")
        .with("burn", Operation.of(Operator.MONTHLY_BURN).with("from", burnFrom));
    return Claim.id("runway").quote("53個月以上", "seed").computes(runway).is("53個月以上");
  }

  //-------------------------------------------------------------------------
  // Reasons are made when read (issue 12): the same text at every read, from every thread, and
  // verdicts equal by value whether or not their reasons have been read.
  @Test
  void test_verify_reasonMadeWhenReadIsTheSameAtEveryRead() {
    Claim claim = growthFromSeed().is("782.2%");
    Verdict v = Verifier.verify(DATA, claim);
    Verdict again = Verifier.verify(DATA, claim);
    // Equality reads both reasons, neither read before.
    assertThat(v).isEqualTo(again).hasSameHashCodeAs(again);
    String reason = v.reason();
    assertThat(v.reason()).isSameAs(reason);
    assertThat(reason).startsWith("computed [780.66%, 783.51%] meets reported [782.15%, 782.25%]")
        .contains("consistent only within rounding");
    assertThat(v.toString()).isEqualTo(again.toString());
    assertThat(v.explain()).contains("  reason: " + reason + "\n");
    Verdict eager = new Verdict(v.id(), v.status(), v.claim(), v.computed(), v.relation(), v.reported(), reason,
        v.inputs(), v.missing(), v.onlyWithinRounding());
    assertThat(eager).isEqualTo(v).hasSameHashCodeAs(v);
    Verdict otherReason = new Verdict(v.id(), v.status(), v.claim(), v.computed(), v.relation(), v.reported(),
        reason + " (edited)", v.inputs(), v.missing(), v.onlyWithinRounding());
    assertThat(otherReason).isNotEqualTo(v);
  }

  @Test
  void test_verify_reasonReadFromManyThreadsIsOneString() throws Exception {
    Verdict v = Verifier.verify(DATA, growthFromSeed().is("782.2%"));
    List<Thread> threads = new ArrayList<>();
    String[] read = new String[8];
    for (int t = 0; t < read.length; t++) {
      int slot = t;
      threads.add(new Thread(() -> read[slot] = v.reason()));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    for (String r : read) {
      assertThat(r).isSameAs(read[0]);
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_verify_equalConsistent() {
    // 3052萬 / 346萬 - 1: point 30520000 / 3460000 - 1 = 782.0809%,
    // range [30515000 / 3465000 - 1, 30525000 / 3455000 - 1] = [780.6638%, 783.5022%].
    // "782.2%" stands for [782.15%, 782.25%], which lies inside: the ranges meet.
    Verdict v = Verifier.verify(DATA, growthFromSeed().is("782.2%"));
    assertThat(v).isConsistent();
    assertThat(v.computed().orElseThrow()).hasValue("782.08").hasRange("780.66", "783.51");
    assertThat(v.reported().orElseThrow().range()).isEqualTo(DecimalRange.ofClosed("782.15", "782.25"));
    assertThat(v.relation()).contains(Relation.EQUAL);
    // the ranges meet, but the computed point is 782.1% to the printed digits: consistent only within rounding
    assertThat(v.reason()).isEqualTo("computed [780.66%, 783.51%] meets reported [782.15%, 782.25%]; consistent only"
        + " within rounding: the computed point 782.08% is 782.1% to the printed digits, not 782.2%");
    assertThat(v.onlyWithinRounding()).isTrue();
    assertThat(v.toString()).isEqualTo("growth  CONSISTENT  computed 782.08% [780.66%, 783.51%] vs reported"
        + " 782.2% [782.15%, 782.25%]  (consistent only within rounding)");
  }

  @Test
  void test_verify_equalInconsistent() {
    // "790%" read to the 10 is [785%, 795%] (and read to the 1, [789.5%, 790.5%]); the computed range ends at
    // 783.51%: disjoint, below, under both readings.
    Verdict v = Verifier.verify(DATA, growthFromSeed().is("790%"));
    assertThat(v).isInconsistent();
    assertThat(v.reason()).isEqualTo("computed [780.66%, 783.51%] lies below reported [785.00%, 795.00%]");
  }

  static Stream<Arguments> data_relations() {
    // The ratio 4723萬 / 346萬 is 1365.03%, range [47225000 / 3465000, 47235000 / 3455000]
    // = [1362.9149%, 1367.1491%]. A bound stated in words is taken exactly as printed.
    return Stream.of(
        // > : consistent iff 1362.91 > bound, inconsistent iff 1367.15 <= bound
        Arguments.of("超過1360%", Relation.GREATER, VerdictStatus.CONSISTENT),
        Arguments.of("超過1365%", Relation.GREATER, VerdictStatus.UNDECIDABLE),
        Arguments.of("超過1370%", Relation.GREATER, VerdictStatus.INCONSISTENT),
        // >= : 53個月以上 style
        Arguments.of("1362%以上", Relation.GREATER_OR_EQUAL, VerdictStatus.CONSISTENT),
        Arguments.of("1366%以上", Relation.GREATER_OR_EQUAL, VerdictStatus.UNDECIDABLE),
        Arguments.of("1368%以上", Relation.GREATER_OR_EQUAL, VerdictStatus.INCONSISTENT),
        // < : consistent iff 1367.15 < bound, inconsistent iff 1362.91 >= bound
        Arguments.of("不到1400%", Relation.LESS, VerdictStatus.CONSISTENT),
        Arguments.of("不到1365%", Relation.LESS, VerdictStatus.UNDECIDABLE),
        Arguments.of("不到1360%", Relation.LESS, VerdictStatus.INCONSISTENT),
        // <=
        Arguments.of("1368%以下", Relation.LESS_OR_EQUAL, VerdictStatus.CONSISTENT),
        Arguments.of("1365%以下", Relation.LESS_OR_EQUAL, VerdictStatus.UNDECIDABLE),
        Arguments.of("1362%以下", Relation.LESS_OR_EQUAL, VerdictStatus.INCONSISTENT),
        // about widens by 5% of the number, but by no more than one unit of its rounding:
        // "約1366%" is [1365.5 - 1, 1366.5 + 1] = [1364.5, 1367.5], meets
        Arguments.of("約1366%", Relation.ABOUT, VerdictStatus.CONSISTENT),
        // "約1500%" read to the 100 is [1450 - 75, 1550 + 75], read to the 1 [1499.5 - 1, 1500.5 + 1]: both above
        Arguments.of("約1500%", Relation.ABOUT, VerdictStatus.INCONSISTENT),
        // "約1400%" read to the 100 is [1350 - 70, 1450 + 70], which meets; read to the 1 [1398.5, 1401.5], which
        // does not: the zeros decide
        Arguments.of("約1400%", Relation.ABOUT, VerdictStatus.UNDECIDABLE),
        // nearly: "近乎1368%" is [1367.5 - 1, 1368.5] = [1366.5, 1368.5], meets
        Arguments.of("近乎1368%", Relation.NEARLY, VerdictStatus.CONSISTENT),
        // nearly: "近乎1361%" is [1360.5 - 1, 1361.5] = [1359.5, 1361.5], below 1362.91
        Arguments.of("近乎1361%", Relation.NEARLY, VerdictStatus.INCONSISTENT));
  }

  @ParameterizedTest
  @MethodSource("data_relations")
  void test_verify_relations(String printed, Relation relation, VerdictStatus expected) {
    Verdict v = Verifier.verify(DATA, computeRatio().is(printed));
    assertThat(v).hasStatus(expected);
    assertThat(v.relation()).contains(relation);
    assertThat(v.computed().orElseThrow()).hasValue("1365.03").hasRange("1362.91", "1367.15");
  }

  @Test
  void test_verify_greaterUndecidableReason() {
    Verdict v = Verifier.verify(DATA, computeRatio().is("超過1365%"));
    assertThat(v.reported().orElseThrow().range()).isEqualTo(DecimalRange.ofClosed("1365", "1365"));
    assertThat(v.reason()).isEqualTo("computed [1362.91%, 1367.15%] straddles 1365.00%: the claim holds for some"
        + " values within rounding and fails for others");
  }

  @Test
  void test_verify_explicitInequalityTakesPrintedNumberAsBound() {
    // "1367.2%" with an explicit "<=" is the bound 1367.2 exactly; 1367.149 <= 1367.2.
    Verdict v = Verifier.verify(DATA, computeRatio().is(Relation.LESS_OR_EQUAL, "1367.2%"));
    assertThat(v).isConsistent();
    assertThat(v.reason()).isEqualTo("every value of computed [1362.91%, 1367.15%] is at most 1367.20%");
  }

  @Test
  void test_verify_runwayAtLeast() {
    // burn 1.86億 / 9 months; runway 1102000000 / (186000000 / 9) = 53.3226 months, range
    // [1101500000 / (186500000 / 9), 1102500000 / (185500000 / 9)] = [53.1555, 53.4906] >= 53.
    Verdict v = Verifier.verify(DATA, runway("adjusted_net_loss/total/9M2025"));
    assertThat(v).isConsistent();
    assertThat(v.computed().orElseThrow()).hasValue("53.32").hasRange("53.15", "53.50");
    assertThat(v.reason()).isEqualTo("every value of computed [53.15 months, 53.50 months] is at least 53.00 months");
  }

  @Test
  void test_verify_runwayFromOperatingCashFlowInconsistent() {
    // burn 2.09億 / 9; runway 1102000000 / (209000000 / 9) = 47.4545, range [47.3198, 47.5899] < 53.
    Verdict v = Verifier.verify(DATA, runway("operating_cash_flow/total/9M2025"));
    assertThat(v).isInconsistent();
    assertThat(v.computed().orElseThrow()).hasValue("47.45").hasRange("47.31", "47.59");
    assertThat(v.inputs()).extracting(f -> f.choice()).containsExactly(ReportChoice.CLAIM_SOURCE, ReportChoice.ONLY);
  }

  @Test
  void test_verify_figureAgainstFigure() {
    // 3052萬 [30515000, 30525000] > 346萬 [3455000, 3465000] for every pair.
    Verdict v = Verifier.verify(DATA, Claim.id("exceeds").quote("遠遠超越", "seed").figure(GROWTH_24)
        .is(Relation.GREATER, Expression.figure(GROWTH_23)));
    assertThat(v).isConsistent();
    assertThat(v.reported().orElseThrow().text()).isEqualTo("revenue FY2023 (346萬 USD)");
    assertThat(v.reason()).isEqualTo("every value of computed [US$30.515M, US$30.525M] exceeds every value in"
        + " [US$3.455M, US$3.465M]");
  }

  @Test
  void test_verify_growthBelowGrowth() {
    // A chain: growth FY2024 [780.66%, 783.51%] "<" the same growth. The two ranges coincide, so
    // some pairs satisfy "<" and others do not (pairs are judged as independent).
    Operation growth = Operation.of(Operator.GROWTH).with("current", GROWTH_24).with("prior", GROWTH_23);
    Verdict v = Verifier.verify(DATA, Claim.id("chain").computes(growth).is(Relation.LESS, growth));
    assertThat(v).isUndecidable();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_verify_reportChoice() {
    // A claim from "other" uses other's reports: 30523 thousand / 2.46 million - 1 = 1140.77%,
    // range [30522500 / 2465000 - 1, 30523500 / 2455000 - 1] = [1138.24%, 1143.32%].
    Verdict other = Verifier.verify(DATA, Claim.id("typo").quote("1,141%", "other")
        .growth(GROWTH_24, GROWTH_23).is("1141%"));
    assertThat(other).isConsistent();
    assertThat(other.computed().orElseThrow()).hasValue("1140.77").hasRange("1138.23", "1143.32");
    assertThat(other.inputs()).extracting(f -> f.figure().source().document().id()).containsExactly("other", "other");
    // Without a source, the most precise report: 30523 thousand and 346萬 (both narrower than the other's).
    Verdict plain = Verifier.verify(DATA, Claim.id("plain").growth(GROWTH_24, GROWTH_23).is("782.2%"));
    assertThat(plain.inputs()).extracting(InputFigure::choice)
        .containsExactly(ReportChoice.PREFERRED, ReportChoice.PREFERRED);
    assertThat(plain.inputs()).extracting(f -> f.figure().amount().toString())
        .containsExactly("30523 thousand USD", "346萬 USD");
    // A named document wins over the claim's own.
    Operation named = Operation.of(Operator.GROWTH).with("current", Expression.figure(GROWTH_24, "seed"))
        .with("prior", Expression.figure(GROWTH_23, "seed"));
    Verdict v = Verifier.verify(DATA, Claim.id("named").quote("1,141%", "other").computes(named).is("782.2%"));
    assertThat(v).isConsistent();
    assertThat(v.inputs()).extracting(InputFigure::choice).containsExactly(ReportChoice.NAMED, ReportChoice.NAMED);
  }

  @Test
  void test_verify_unverifiableNamesMissingFigures() {
    Verdict v = Verifier.verify(DATA, Claim.id("missing").quote("x", "seed")
        .growth("revenue/total/FY2025", "revenue/total/FY2022").is("100%"));
    assertThat(v).isMissing("revenue/total/FY2025", "revenue/total/FY2022");
    assertThat(v.reason()).isEqualTo("missing from dataset 'Example': revenue/total/FY2025, revenue/total/FY2022");
    assertThat(v.toString()).isEqualTo("missing  UNVERIFIABLE  missing from dataset 'Example': revenue/total/FY2025,"
        + " revenue/total/FY2022");
  }

  @Test
  void test_verify_unverifiableWithoutExchangeRate() {
    Operation rmb = Operation.of(Operator.CURRENCY).with("value", "cash_reserves/total/2025-09-30")
        .withOption("to", "CNY");
    Verdict v = Verifier.verify(DATA, Claim.id("rmb").quote("約78億元", "seed").computes(rmb).is("約78億元"));
    // no rate is ever assumed: the dataset records none
    assertThat(v).isMissing("exchange rate USD to CNY for 2025-09-30");
    assertThat(v.reason()).isEqualTo("missing from dataset 'Example': exchange rate USD to CNY for 2025-09-30; no"
        + " exchange rate between USD and CNY applies to 2025-09-30");
  }

  /**
   * The example dataset with rates: the seed prints "4.65億美元(約合人民幣32.7億元)" for the FY2024 net
   * loss, which implies [32.65億 / 4.655億, 32.75億 / 4.645億] = [7.0139, 7.0506] CNY per US$ for FY2024,
   * and its FY2024 revenue "3052萬美元(約合人民幣2.15億元)"; the other article prints a doubted FY2024
   * R&D expense.
   */
  private static Dataset withRate() {
    Figure lossUsd = VerifyFixtures.figure("net_loss/total/FY2024", "4.65", Scale.HUNDRED_MILLION, "USD",
        VerifyFixtures.SEED);
    Figure lossCny = translation("net_loss/total/FY2024", "32.7", "4.65億美元(約合人民幣32.7億元)");
    Figure doubted = new Figure(Metric.RND_EXPENSE, Segment.TOTAL, FiscalPeriod.fiscalYear(2024),
        Amount.of("1.89", Scale.HUNDRED_MILLION, Unit.parse("USD")), Qualifier.EXACT,
        Source.of(VerifyFixtures.OTHER, "¶2", "1.89億美元"), Optional.empty(), Optional.empty(),
        Optional.of("the year is shifted"), Optional.empty());
    List<Figure> figures = new ArrayList<>(DATA.figures());
    figures.addAll(List.of(lossUsd, lossCny, translation("revenue/total/FY2024", "2.15",
        "3052萬美元(約合人民幣2.15億元)"), doubted));
    return Dataset.of("Example Co", "Example", DATA.currency(), DATA.fiscalYearEnd(), DATA.documents(), List.of(),
        List.of(), figures, List.of(ExchangeRate.implied("usd-cny-seed-loss", lossUsd, lossCny,
            FiscalPeriod.fiscalYear(2024))));
  }

  private static Figure translation(String key, String value, String quote) {
    return new Figure(FigureKey.parse(key).metric(), Segment.TOTAL, FigureKey.parse(key).period(),
        Amount.of(value, Scale.HUNDRED_MILLION, Unit.parse("CNY")), Qualifier.EXACT,
        Source.of(VerifyFixtures.SEED, "¶3", quote), Optional.of("RMB translation printed by the source"),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void test_verify_citingADocumentTakesItsReportInTheDatasetsCurrency() {
    // the seed printed its FY2024 revenue twice, in US$ and in RMB: the claim gets the US$ one
    Verdict v = Verifier.verify(withRate(), growthFromSeed().is("782.2%"));
    assertThat(v).isConsistent();
    assertThat(v.inputs()).extracting(f -> f.figure().amount().toString()).containsExactly("3052萬 USD", "346萬 USD");
    // asked for the RMB one, it gets it; growth of RMB over US$ is no growth
    Operation rmb = Operation.of(Operator.CURRENCY).with("value", FigureRef.of(GROWTH_24, "seed")
        .withCurrency(Unit.parse("CNY"))).withOption("to", "USD");
    Verdict asked = Verifier.verify(withRate(), Claim.id("asked").quote("3052萬美元", "seed").computes(rmb)
        .is("3052萬美元"));
    assertThat(asked.inputs()).extracting(f -> f.figure().amount().toString()).containsExactly("2.15億 CNY");
  }

  @Test
  void test_verify_currencyThroughARateTheClaimDidNotImply() {
    // the other article says the FY2024 revenue "約2.15億元": 3052萬 [30.515M, 30.525M] at [7.0139, 7.0506]
    // is [RMB 214.03M, RMB 215.22M], which meets [RMB 214.5M, RMB 215.5M]
    Operation rmb = Operation.of(Operator.CURRENCY).with("value", Expression.figure(GROWTH_24, "seed"))
        .withOption("to", "CNY");
    Verdict v = Verifier.verify(withRate(), Claim.id("rmb").quote("2.15億元", "other").computes(rmb).is("2.15億元"));
    assertThat(v).isConsistent();
    assertThat(v.reason()).isEqualTo("computed [RMB 214.03M, RMB 215.22M] meets reported [RMB 214.50M, RMB 215.50M];"
        + " converted at exchange rate usd-cny-seed-loss (7.03 [7.013, 7.051] CNY per USD, implied by seed)");
    // the seed's own sentence implied the only rate: it cannot judge itself
    Operation loss = Operation.of(Operator.CURRENCY).with("value", "net_loss/total/FY2024").withOption("to", "CNY");
    Verdict own = Verifier.verify(withRate(), Claim.id("own").quote("4.65億美元(約合人民幣32.7億元)", "seed")
        .computes(loss).is("32.7億元"));
    assertThat(own).isMissing("exchange rate USD to CNY for FY2024");
    assertThat(own.reason()).endsWith("the only exchange rates between USD and CNY that apply to FY2024"
        + " (usd-cny-seed-loss) are implied by the claim's own words, and a rate never judges the pair it came"
        + " from");
  }

  @Test
  void test_verify_citingADoubtedReportShowsTheDoubt() {
    Verdict v = Verifier.verify(withRate(), Claim.id("rnd").quote("1.89億美元", "other")
        .figure("rnd_expense/total/FY2024").is("1.89億美元"));
    assertThat(v).isConsistent();
    assertThat(v.reason()).isEqualTo("computed [US$188.50M, US$189.50M] meets reported [US$188.50M, US$189.50M];"
        + " rnd_expense FY2024 1.89億 USD (other) is doubted: the year is shifted");
  }

  @Test
  void test_verify_namedDocumentWithoutReportIsMissing() {
    Verdict missing = Verifier.verify(DATA, Claim.id("named").computes(
        Expression.figure("training_compute_spend/total/FY2023", "other")).is("4723萬美元"));
    assertThat(missing).isMissing("training_compute_spend/total/FY2023 (other)");
  }

  @Test
  void test_verify_notMeaningfulIsUnverifiable() {
    // Growth from a negative base is not a percentage change.
    Operation growth = Operation.of(Operator.GROWTH).with("current", GROWTH_24)
        .with("prior", Expression.printed("-346萬美元"));
    Verdict v = Verifier.verify(DATA, Claim.id("negative").computes(growth).is("100%"));
    assertThat(v).isUnverifiable();
    assertThat(v.missing()).isEmpty();
    assertThat(v.reason()).contains("not meaningful");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_verify_wholeCountConsistent() {
    // 73.8% is [73.75%, 73.85%]; 284 / 385 = 73.766%.
    Verdict v = Verifier.verify(DATA, Claim.id("staff").quote("73.8%", "seed").wholeCount(
        Expression.figure("headcount/total/2025-09-30"), Expression.figure("rnd_headcount_share/total/2025-09-30")));
    assertThat(v).isConsistent();
    assertThat(v.reason()).isEqualTo("284/385 = 73.766% lies in [73.75%, 73.85%]");
    assertThat(v.computed().orElseThrow()).hasValue("73.766");
  }

  @Test
  void test_verify_wholeCountInconsistent() {
    // 73.9% is [73.85%, 73.95%]: 284 / 385 = 73.766% and 285 / 385 = 74.026% fall either side.
    Verdict v = Verifier.verify(DATA, Claim.id("staff").quote("73.9%", "other").wholeCount(
        Expression.figure("headcount/total/2025-09-30"), Expression.figure("rnd_headcount_share/total/2025-09-30")));
    assertThat(v).isInconsistent();
    assertThat(v.reason()).isEqualTo("no whole part of 385 gives [73.85%, 73.95%]:"
        + " 284/385 = 73.766% and 285/385 = 74.026% fall either side");
  }

  @Test
  void test_verify_wholeCountOfAOneSidedCount_isUndecidable() {
    // "more than 380 people" has no upper end: 73.8% of some count above 380 is always whole (284 of 385).
    List<Figure> figures = new ArrayList<>(DATA.figures().stream()
        .filter(f -> !f.metric().equals(Metric.of("headcount"))).toList());
    figures.add(new Figure(Metric.of("headcount"), Segment.TOTAL, FigureKey.parse("headcount/total/2025-09-30")
        .period(), Amount.of("380", Scale.ONE, Unit.parse("people")), Qualifier.OVER,
        Source.of(VerifyFixtures.SEED, "¶4", "超過380人"), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty()));
    Dataset open = Dataset.of("Example Co", "Example", DATA.currency(), DATA.fiscalYearEnd(), DATA.documents(),
        List.of(), List.of(), figures);
    Verdict v = Verifier.verify(open, Claim.id("staff").quote("73.8%", "seed").wholeCount(
        Expression.figure("headcount/total/2025-09-30"), Expression.figure("rnd_headcount_share/total/2025-09-30")));
    assertThat(v).isUndecidable();
    assertThat(v.computed()).isEmpty();
    assertThat(v.reason()).isEqualTo("'headcount 2025-09-30' is ≥ 380 people, open on one side: whole numbers fit"
        + " some value beyond it, and the test needs both ends");
  }

  @Test
  void test_verify_wholeMeanOfAOneSidedMean_isUndecidable() {
    Verdict v = Verifier.verify(DATA, Claim.id("grim").quote("M > 4.7, n = 25", "other")
        .wholeMean(Expression.printed("超過4.7"), Expression.printed("25"), 1));
    assertThat(v).isUndecidable();
    assertThat(v.reason()).endsWith(", open on one side: whole numbers fit some value beyond it, and the test"
        + " needs both ends");
  }

  @Test
  void test_verify_burnOfAReportInAnotherCurrency_convertsTheBurn() {
    // The adjusted loss printed only as 13.2億元 [1315000000, 1325000000] CNY, and a printed rate of
    // US$1 = RMB7.10 [7.095, 7.105] for the period: burn 1320000000 / 7.10 / 9 = US$20,657,277 a month,
    // range [1315000000 / 7.105 / 9, 1325000000 / 7.095 / 9] = [20564548, 20750137];
    // runway 1102000000 / 20657277 = 53.347 months,
    // range [1101500000 / 20750137, 1102500000 / 20564548] = [53.084, 53.612].
    FigureKey loss = FigureKey.parse("adjusted_net_loss/total/9M2025");
    List<Figure> figures = new ArrayList<>(DATA.figures().stream().filter(f -> !f.key().equals(loss)).toList());
    Figure cny = new Figure(loss.metric(), Segment.TOTAL, loss.period(), Amount.of("13.2", Scale.HUNDRED_MILLION,
        Unit.parse("CNY")), Qualifier.EXACT, Source.of(VerifyFixtures.SEED, "¶5", "13.2億元"),
        Optional.of("printed only in renminbi"),
        Optional.empty(), Optional.empty(), Optional.empty());
    figures.add(cny);
    Figure seven = new Figure(Metric.of("fx_rate"), Segment.TOTAL, loss.period(), Amount.of("7.10", Scale.ONE,
        Unit.parse("CNY")), Qualifier.EXACT, Source.of(VerifyFixtures.SEED, "¶6", "US$1.00 to RMB7.10"),
        Optional.of("an exchange rate, renminbi per US dollar"), Optional.empty(), Optional.empty(), Optional.empty());
    figures.add(seven);
    Dataset converted = Dataset.of("Example Co", "Example", DATA.currency(), DATA.fiscalYearEnd(), DATA.documents(),
        List.of(dev.prospectus.model.MetricDefinition.of(Metric.of("fx_rate"), "Exchange rate")), List.of(), figures,
        List.of(ExchangeRate.printed("usd-cny", Unit.parse("USD"), seven,
            loss.period())));
    Verdict v = Verifier.verify(converted, runway("adjusted_net_loss/total/9M2025"));
    assertThat(v).isConsistent();
    assertThat(v.computed().orElseThrow()).hasValue("53.35").hasRange("53.08", "53.62");
    assertThat(v.inputs()).extracting(f -> f.figure().amount().toString()).contains("13.2億 CNY");
    // Without a source the dataset's rule converts the report before the burn: the same months.
    Operation op = Operation.of(Operator.RUNWAY).with("cash", "cash_reserves/total/2025-09-30")
        .with("burn", Operation.of(Operator.MONTHLY_BURN).with("from", "adjusted_net_loss/total/9M2025"));
    Verdict unsourced = Verifier.verify(converted, Claim.id("runway-any").computes(op).is("53個月以上"));
    assertThat(unsourced).isConsistent();
    assertThat(unsourced.computed().orElseThrow()).hasValue("53.35").hasRange("53.08", "53.62");
    assertThat(unsourced.inputs()).extracting(f -> f.rate().map(ExchangeRate::id).orElse("-"))
        .containsExactly("-", "usd-cny");
    // Without the rate, money in two currencies is never added: the claim is unverifiable and names the rate.
    Dataset noRate = Dataset.of("Example Co", "Example", DATA.currency(), DATA.fiscalYearEnd(), DATA.documents(),
        List.of(), List.of(), figures.stream().filter(f -> f != seven).toList());
    Operation sum = Operation.of(Operator.SUM).withTerms(List.of(Expression.figure("cash_reserves/total/2025-09-30"),
        Expression.figure("adjusted_net_loss/total/9M2025")));
    Verdict mixed = Verifier.verify(noRate, Claim.id("sum").quote("13.2億元", "seed").computes(sum).is("13億美元"));
    assertThat(mixed).isMissing("exchange rate CNY to USD for 9M2025");
  }

  static Stream<Arguments> data_wholeMean() {
    // GRIM as scrutiny defines it: the cases
    return Stream.of(
        Arguments.of("5.21", "28", VerdictStatus.CONSISTENT, "146/28 = 5.2143 lies in [5.205, 5.215]"),
        Arguments.of("7.22", "32", VerdictStatus.CONSISTENT, "231/32 = 7.2188 lies in [7.215, 7.225]"),
        Arguments.of("4.74", "25", VerdictStatus.INCONSISTENT, "no whole sum of 25 values gives a mean in"
            + " [4.735, 4.745]: 118/25 = 4.7200 and 119/25 = 4.7600 fall either side"),
        Arguments.of("5.23", "29", VerdictStatus.INCONSISTENT, "no whole sum of 29 values gives a mean in"
            + " [5.225, 5.235]: 151/29 = 5.2069 and 152/29 = 5.2414 fall either side"),
        Arguments.of("2.57", "24", VerdictStatus.INCONSISTENT, "no whole sum of 24 values gives a mean in"
            + " [2.565, 2.575]: 61/24 = 2.5417 and 62/24 = 2.5833 fall either side"),
        Arguments.of("5.27", "43", VerdictStatus.INCONSISTENT, "no whole sum of 43 values gives a mean in"
            + " [5.265, 5.275]: 226/43 = 5.2558 and 227/43 = 5.2791 fall either side"));
  }

  @ParameterizedTest
  @MethodSource("data_wholeMean")
  void test_verify_wholeMean(String mean, String count, VerdictStatus expected, String reason) {
    Verdict v = Verifier.verify(DATA, Claim.id("grim").quote("M = " + mean + ", n = " + count, "other")
        .wholeMean(Expression.printed(mean), Expression.printed(count), 1));
    assertThat(v.status()).isEqualTo(expected);
    assertThat(v.reason()).isEqualTo(reason);
  }

  @Test
  void test_verify_wholeMeanUnderBothReadingsOfAPrintedZero() {
    // "30" values read to the ten are 25 to 35, and 128 / 27 = 4.7407 gives 4.74; read to the one, 30 values give
    // 142 / 30 = 4.7333 and 143 / 30 = 4.7667: the zero decides
    Verdict v = Verifier.verify(DATA, Claim.id("grim").quote("M = 4.74, n = 30", "other")
        .wholeMean(Expression.printed("4.74"), Expression.printed("30"), 1));
    assertThat(v).isUndecidable();
    assertThat(v.reason()).isEqualTo("printed zeros may or may not be significant: read to their last non-zero digit"
        + " it is consistent (128/27 = 4.7407 lies in [4.735, 4.745]); with every printed digit significant it is"
        + " inconsistent (no whole sum of 30 values gives a mean in [4.735, 4.745]: 142/30 = 4.7333 and 143/30 ="
        + " 4.7667 fall either side)");
    // two items per value halve the granularity: 237 / (25 x 2) = 4.74
    Verdict two = Verifier.verify(DATA, Claim.id("grim2").quote("M = 4.74, n = 25", "other")
        .wholeMean(Expression.printed("4.74"), Expression.printed("25"), 2));
    assertThat(two).isConsistent();
    assertThat(two.claim().check().describe()).isEqualTo("mean '4.74' of '25' whole-number values of 2 items each");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conflicts() {
    // revenue FY2023: 346萬 [3455000, 3465000] and 2.46 million [2455000, 2465000] are disjoint.
    // revenue FY2024: 3052萬 [30515000, 30525000] and 30523 thousand [30522500, 30523500] overlap.
    // R&D share: 73.8% [73.75, 73.85] and 73.9% [73.85, 73.95] touch at 73.85: closed ranges meet.
    List<Verdict> verdicts = Verifier.conflicts(DATA);
    assertThat(verdicts).extracting(Verdict::id).containsExactly("conflict:revenue/total/FY2023",
        "conflict:revenue/total/FY2024", "conflict:rnd_headcount_share/total/2025-09-30");
    assertThat(verdicts).extracting(Verdict::status).containsExactly(VerdictStatus.INCONSISTENT,
        VerdictStatus.CONSISTENT, VerdictStatus.CONSISTENT);
    assertThat(verdicts.get(0).reason()).isEqualTo("1 of 1 pair compared cannot both be true: 346萬 USD [US$3.455M,"
        + " US$3.465M] (seed) vs 2.46 million USD [US$2.455M, US$2.465M] (other)");
    assertThat(verdicts.get(1).inputs()).extracting(InputFigure::choice)
        .containsExactly(ReportChoice.COMPARED, ReportChoice.COMPARED);
    assertThat(verdicts.get(0).computed()).isEmpty();
  }

  @Test
  void test_verify_agreementOfOneFigureAndOfAll() {
    Verdict one = Verifier.verify(DATA, Claim.id("agree").check(SourceAgreement.of(GROWTH_24)));
    assertThat(one).isConsistent();
    Verdict all = Verifier.verify(DATA, Claim.id("agree").check(SourceAgreement.all()));
    assertThat(all).isInconsistent();
    assertThat(all.reason()).isEqualTo("1 of 3 figures with several reports have conflicting reports:"
        + " revenue/total/FY2023");
    List<Verdict> expanded = Verifier.verify(DATA, List.of(Claim.id("agree").check(SourceAgreement.all())));
    assertThat(expanded).hasSize(3);
    assertThat(expanded.get(0).id()).isEqualTo("agree:revenue/total/FY2023");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_verifyList_claimThatCannotBeCheckedIsItsVerdict() {
    // A growth in % reported as people, and a document the dataset does not declare, between two claims
    // that can be judged: each becomes an UNVERIFIABLE verdict naming its pointer; the others are judged.
    List<Verdict> verdicts = Verifier.verify(DATA, List.of(
        growthFromSeed().is("782.2%"),
        Claim.id("wrong-kind").growth(GROWTH_24, GROWTH_23).is("5 people"),
        Claim.id("nowhere").quote("q", "nowhere").figure(GROWTH_24).is("1%"),
        Claim.id("plain").growth(GROWTH_24, GROWTH_23).is("782.2%")));
    assertThat(verdicts).extracting(Verdict::id, Verdict::status).containsExactly(
        tuple("growth", VerdictStatus.CONSISTENT),
        tuple("wrong-kind", VerdictStatus.UNVERIFIABLE),
        tuple("nowhere", VerdictStatus.UNVERIFIABLE),
        tuple("plain", VerdictStatus.CONSISTENT));
    assertThat(verdicts.get(1).reason()).isEqualTo("cannot be checked (claim at /claims/1): Cannot compare 'revenue"
        + " growth FY2024 over FY2023' in '%' with '5 people' in 'people'");
    assertThat(verdicts.get(2).reason()).isEqualTo("cannot be checked (claim at /claims/2): cites document 'nowhere',"
        + " which dataset 'Example' does not declare");
    assertThat(verdicts.get(1).computed()).isEmpty();
  }

  @Test
  void test_verify_undeclaredDocument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Verifier.verify(DATA, Claim.id("x").quote("q", "nowhere").figure(GROWTH_24).is("1%")))
        .isInstanceOf(ClaimException.class)
        .withMessage("Claim 'x': cites document 'nowhere', which dataset 'Example' does not declare")
        .extracting(ex -> ((ClaimException) ex).claimId()).isEqualTo("x");
  }

  @Test
  void test_verify_unitMismatch() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Verifier.verify(DATA, Claim.id("x").figure(GROWTH_24).is("782.2%")))
        .withMessage("Claim 'x': Cannot compare 'revenue FY2024' in 'USD' with '782.2%' in '%'");
  }

  @Test
  void test_verify_duplicateIds() {
    Claim c = growthFromSeed().is("782.2%");
    assertThatIllegalArgumentException().isThrownBy(() -> Verifier.verify(DATA, List.of(c, c)))
        .withMessage("Duplicate claim id 'growth'");
  }
}
