package dev.prospectus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.calc.Measure;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Segment;
import dev.prospectus.model.Unit;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompanyComparisonTest {

  private static final Analysis MINIMAX = AnalysisFixtures.calculations(DatasetReader.bundled("minimax"));
  private static final Analysis ZHIPU = AnalysisFixtures.calculations(DatasetReader.bundled("zhipu"));
  private static final CompanyComparison DEFAULT = CompanyComparison.of(List.of(MINIMAX, ZHIPU));

  private static List<AlignedKey> keys(String... keys) {
    return Stream.of(keys).map(k -> {
      String[] p = k.split("/");
      return new AlignedKey(Metric.of(p[0]), Segment.of(p[1]), p[2]);
    }).toList();
  }

  private static ComparisonRow row(CompanyComparison c, Measure measure, String... keys) {
    return c.find(measure, keys(keys)).orElseThrow(() -> new AssertionError("no row " + measure + " " + List.of(keys)));
  }

  //-------------------------------------------------------------------------
  static Stream<Arguments> data_cells() {
    return Stream.of(
        Arguments.of(Measure.GROWTH, new String[] {"revenue/total/FY2024", "revenue/total/FY2023"},
            "782.17% [782.02%, 782.31%]", "150.858% [150.8569%, 150.8598%]"),
        Arguments.of(Measure.RATIO_TO_REVENUE, new String[] {"adjusted_net_loss/total/FY2024", "revenue/total/FY2024"},
            "800.05% [799.87%, 800.23%]", "789.21% [789.191%, 789.227%]"),
        Arguments.of(Measure.RATIO_TO_REVENUE, new String[] {"net_loss/total/FY2023", "revenue/total/FY2023"},
            "7781.79% [7780.52%, 7783.07%]", "632.74% [632.33%, 633.15%]"),
        Arguments.of(Measure.GROWTH, new String[] {"rnd_expense/total/FY2024", "rnd_expense/total/FY2023"},
            "170.00% [169.26%, 170.74%]", "315.09% [315.039%, 315.137%]"));
  }

  @ParameterizedTest
  @MethodSource("data_cells")
  void test_of_minimaxBesideZhipu(Measure measure, String[] keys, String minimax, String zhipu) {
    ComparisonRow row = row(DEFAULT, measure, keys);
    assertThat(row.cells()).extracting(ComparedCell::toString).containsExactly(minimax, zhipu);
    assertThat(row.mixedPeriods()).isFalse();
    assertThat(row.notes()).isEmpty();
  }

  @Test
  void test_of_exactValueAndRange() {
    ComparedCell.Computed cell = (ComparedCell.Computed) row(DEFAULT, Measure.GROWTH, "revenue/total/FY2024",
        "revenue/total/FY2023").cells().get(1);
    assertThat(cell.value()).isEqualByComparingTo("150.8583725449260466684867269427805");
    assertThat(cell.range().low()).isEqualByComparingTo("150.8569639107585204575291977982712");
    assertThat(cell.range().high()).isEqualByComparingTo("150.8597811904044966375589681822745");
    assertThat(cell.unit()).isEqualTo(Unit.PERCENT);
    assertThat(cell.converted()).isEmpty();
  }

  @Test
  void test_of_companyLacksMeasure_saysWhy() {
    ComparisonRow row = row(DEFAULT, Measure.GROSS_MARGIN, "revenue/total/FY2024", "gross_profit/total/FY2024");
    assertThat(row.cells().get(0)).isEqualTo(new ComparedCell.Missing(ComparedCell.Reason.NOT_COMPUTED,
        "MiniMax has no gross margin of revenue/total/FY2024, gross_profit/total/FY2024: its analysis does not"
        + " compute it (a figure it reads is missing, or in another unit)", java.util.Optional.empty()));
    assertThat(row.cells().get(1).toString()).isEqualTo("56.3000% [56.29972%, 56.30023%]");
    assertThat(row.label()).isEqualTo("gross margin FY2024");
  }

  /** The months of every interim a row's cells read, by company. */
  private static Set<Long> interimLengths(ComparisonRow row) {
    return row.cells().stream().flatMap(c -> c.calculation().stream()).flatMap(c -> c.subject().stream())
        .map(FigureKey::period).filter(p -> p instanceof FiscalPeriod f && !f.isFullYear())
        .map(p -> ((FiscalPeriod) p).lengthInMonths().longValueExact()).collect(Collectors.toSet());
  }

  @Test
  void test_of_default_neverPutsNineMonthsBesideSix() {
    assertThat(DEFAULT.rows()).isNotEmpty().allSatisfy(row -> {
      assertThat(interimLengths(row)).as(row.label()).hasSizeLessThanOrEqualTo(1);
      assertThat(row.mixedPeriods()).as(row.label()).isFalse();
    });
    // Both companies' interim growth is there, each in its own row with the other's cell empty.
    assertThat(row(DEFAULT, Measure.GROWTH, "revenue/total/9M2025", "revenue/total/9M2024").cells())
        .extracting(ComparedCell::hasValue).containsExactly(true, false);
    assertThat(row(DEFAULT, Measure.GROWTH, "revenue/total/6M2025", "revenue/total/6M2024").cells())
        .extracting(ComparedCell::hasValue).containsExactly(false, true);
  }

  @Test
  void test_of_sameYear_saysPeriodsDiffer() {
    CompanyComparison c = CompanyComparison.of(List.of(MINIMAX, ZHIPU),
        ComparisonSettings.DEFAULT.withPeriods(PeriodAlignment.SAME_YEAR));
    ComparisonRow runway = row(c, Measure.RUNWAY, "cash_and_equivalents/total/instant 2025",
        "adjusted_net_loss/total/interim 2025");
    assertThat(runway.cells()).extracting(ComparedCell::toString)
        .containsExactly("17.52 months [17.509 months, 17.525 months]", "8.740 months [8.7355 months, 8.7440 months]");
    assertThat(runway.mixedPeriods()).isTrue();
    assertThat(runway.notes()).containsExactly("periods differ, aligned by same-year: MiniMax 2025-09-30, 9M2025;"
        + " Zhipu 2025-06-30, 6M2025");
    assertThat(runway.label()).isEqualTo("cash runway from cash_and_equivalents instant 2025 at monthly burn from"
        + " adjusted_net_loss interim 2025");
    // Every row that puts a nine-month interim beside a six-month one says so.
    assertThat(c.rows()).filteredOn(r -> interimLengths(r).size() > 1).isNotEmpty()
        .allSatisfy(r -> assertThat(r.mixedPeriods()).isTrue());
  }

  //-------------------------------------------------------------------------
  static Stream<Arguments> data_currencies() {
    return Stream.of(Arguments.of("USD"), Arguments.of("CNY"), Arguments.of("EUR"));
  }

  @ParameterizedTest
  @MethodSource("data_currencies")
  void test_of_currency_onlyThroughSourcedRates(String code) {
    Currency target = Currency.getInstance(code);
    CompanyComparison c = CompanyComparison.of(List.of(MINIMAX, ZHIPU),
        ComparisonSettings.DEFAULT.withCurrency(target));
    for (ComparisonRow row : c.rows()) {
      for (int i = 0; i < row.cells().size(); i++) {
        Analysis a = c.analyses().get(i);
        if (row.cells().get(i) instanceof ComparedCell.Computed cell && cell.unit().isCurrency()) {
          assertThat(cell.unit()).as(row.label()).isEqualTo(Unit.of(target));
          cell.converted().ifPresent(conv -> assertThat(a.dataset().exchangeRates()).contains(conv.rate()));
          assertThat(cell.converted().isPresent()).isEqualTo(!cell.derived().unit().equals(Unit.of(target)));
        }
      }
    }
  }

  @Test
  void test_of_usd_zhipuHasNoRateFor2025() {
    CompanyComparison c = CompanyComparison.of(List.of(MINIMAX, ZHIPU),
        ComparisonSettings.DEFAULT.withCurrency(Currency.getInstance("USD")));
    ComparedCell cell = row(c, Measure.MONTHLY_BURN, "adjusted_net_loss/total/6M2025").cells().get(1);
    assertThat(cell.hasValue()).isFalse();
    assertThat(((ComparedCell.Missing) cell).reason()).isEqualTo(ComparedCell.Reason.NO_EXCHANGE_RATE);
    assertThat(((ComparedCell.Missing) cell).explanation()).isEqualTo("Zhipu states no exchange rate between CNY and"
        + " USD that applies to 6M2025: monthly burn from adjusted_net_loss 6M2025 is shown in CNY only");
    assertThat(cell.calculation().orElseThrow().derived().toString())
        .isEqualTo("RMB 292.00M [RMB 291.91M, RMB 292.09M]");
    // Money already in US$ is shown as it is.
    assertThat(row(c, Measure.MONTHLY_BURN, "adjusted_net_loss/total/9M2025").cells().get(0).toString())
        .isEqualTo("US$20.70M [US$20.694M, US$20.706M]");
  }

  @Test
  void test_of_cny_minimaxConvertedAtItsSourcedRate() {
    CompanyComparison c = CompanyComparison.of(List.of(MINIMAX, ZHIPU),
        ComparisonSettings.DEFAULT.withCurrency(Currency.getInstance("CNY")));
    ComparedCell.Computed cell = (ComparedCell.Computed) row(c, Measure.MONTHLY_BURN,
        "adjusted_net_loss/total/9M2025").cells().get(0);
    assertThat(cell.toString()).isEqualTo("RMB 147.57M [RMB 146.77M, RMB 148.36M] at rate usd-cny-163-net-loss-9m2025");
    assertThat(cell.converted().orElseThrow().rate()).isEqualTo(MINIMAX.dataset()
        .exchangeRate("usd-cny-163-net-loss-9m2025").orElseThrow());
    // The range carries the rate's: wider than the burn's own range times the point rate.
    assertThat(cell.range().width()).isGreaterThan(cell.derived().range().width()
        .multiply(cell.converted().orElseThrow().rate().value()));
  }

  @Test
  void test_of_rowsByMeasure_inDeclaredOrder() {
    List<Measure> measures = DEFAULT.rows().stream().map(ComparisonRow::measure).distinct().toList();
    assertThat(measures).isSorted();
    assertThat(DEFAULT.shared()).hasSize(14);
    assertThat(DEFAULT.toString()).isEqualTo("Comparison of MiniMax, Zhipu: 99 rows, 14 shared, periods aligned by"
        + " same-length");
  }

  @Test
  void test_of_threeCompanies_fiscalYearsEndingOnOtherDaysAreSaidToDiffer() {
    CompanyComparison c = CompanyComparison.of(List.of(MINIMAX, ZHIPU,
        AnalysisFixtures.calculations(AnalysisFixtures.NORDWIND)));
    assertThat(c.names()).containsExactly("MiniMax", "Zhipu", "Nordwind");
    ComparisonRow growth = row(c, Measure.GROWTH, "revenue/total/FY2024", "revenue/total/FY2023");
    assertThat(growth.cells()).extracting(ComparedCell::toString).containsExactly("782.17% [782.02%, 782.31%]",
        "150.858% [150.8569%, 150.8598%]", "50.00% [48.44%, 51.58%]");
    assertThat(growth.mixedPeriods()).isTrue();
    assertThat(growth.notes()).containsExactly("periods differ, aligned by same-length: MiniMax FY2024, FY2023;"
        + " Zhipu FY2024, FY2023; Nordwind 2023-04-01..2024-03-31, 2022-04-01..2023-03-31");
    ComparisonRow ratio = row(c, Measure.RATIO_TO_REVENUE, "net_loss/total/FY2024", "revenue/total/FY2024");
    assertThat(ratio.notes()).containsExactly("periods differ, aligned by same-length: MiniMax FY2024; Zhipu FY2024;"
        + " Nordwind 2023-04-01..2024-03-31");
    assertThat(c.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(3));
  }

  @Test
  void test_of_oneAnalysis_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> CompanyComparison.of(List.of(MINIMAX)))
        .withMessage("A comparison needs at least two analyses but has 1");
  }

  @Test
  void test_slot() {
    assertThat(PeriodAlignment.SAME_LENGTH.slot(MINIMAX.dataset(), MINIMAX.dataset().period("9M2025")))
        .isEqualTo("9M2025");
    assertThat(PeriodAlignment.SAME_YEAR.slot(MINIMAX.dataset(), MINIMAX.dataset().period("9M2025")))
        .isEqualTo("interim 2025");
    assertThat(PeriodAlignment.SAME_LENGTH.slot(MINIMAX.dataset(), MINIMAX.dataset().period("2025-09-30")))
        .isEqualTo("2025-09-30");
    assertThat(PeriodAlignment.SAME_YEAR.slot(MINIMAX.dataset(), MINIMAX.dataset().period("FY2024")))
        .isEqualTo("FY2024");
    assertThat(PeriodAlignment.SAME_YEAR.code()).isEqualTo("same-year");
  }
}
