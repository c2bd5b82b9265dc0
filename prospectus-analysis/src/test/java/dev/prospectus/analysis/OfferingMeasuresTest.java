package dev.prospectus.analysis;

import static dev.prospectus.assertj.ProspectusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Measure;
import dev.prospectus.calc.NotMeaningful;
import dev.prospectus.calc.OfferingCalculator;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offering section recomputes from the bundled datasets' printed terms, naming each share base. */
class OfferingMeasuresTest {

  private static final List<Calculation> MOORE = OfferingMeasures.of(DatasetReader.bundled("moore-threads"));
  private static final List<Calculation> ZHIPU = OfferingMeasures.of(DatasetReader.bundled("zhipu"));
  private static final String MT_CAP = "market capitalisation at ipo_offer_price 2025-12-05 on shares_outstanding_after"
      + " 2025-12-05";

  private static Calculation calc(List<Calculation> results, String label) {
    return results.stream().filter(c -> c.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no calculation '" + label + "' in " + results));
  }

  @Test
  void test_of_mooreThreadsMarketCapitalisations() {
    // 114.28 x 47,002.8217萬 = RMB 53,714,824,638.76; range [114.275 x 470028216.5, 114.285 x 470028217.5]
    assertThat(calc(MOORE, MT_CAP)).hasValue("53714824638.76").hasRange("53712474440.53", "53717174836.99");
    // the first day's close, 600.50 x 470,028,217 = RMB 282,251,944,308.50
    assertThat(calc(MOORE, "market capitalisation at first_day_close_price 2025-12-05 on shares_outstanding_after"
        + " 2025-12-05")).hasValue("282251944308.50").hasRange("282249593867.16", "282254294749.84");
  }

  @Test
  void test_of_mooreThreadsPriceToSalesOnTheTrailingYear() {
    // on FY2024 revenue 4.38億 [4.375億, 4.385億]: 53,714,824,638.76 / 438,000,000 = 122.6366x, the printed 122.51倍
    // lies inside [122.4914x, 122.7822x]
    assertThat(calc(MOORE, "price to sales of " + MT_CAP + " on revenue FY2024")).hasValue("122.6366")
        .hasRange("122.4913", "122.7822");
    Calculation pe = calc(MOORE, "price to earnings of " + MT_CAP + " on net_loss FY2024");
    assertThat(pe).isInstanceOf(NotMeaningful.class);
    assertThat(((NotMeaningful) pe).reason()).isEqualTo(NotMeaningful.Reason.NEGATIVE_EARNINGS);
    Calculation ev = calc(MOORE, "enterprise value to revenue of " + MT_CAP + " on revenue FY2024");
    assertThat(((NotMeaningful) ev).reason()).isEqualTo(NotMeaningful.Reason.MISSING_INPUT);
  }

  @Test
  void test_of_mooreThreadsFloat() {
    // 2,938.2386萬 / 47,002.8217萬 = 6.2511962%
    assertThat(calc(MOORE, "free_float_shares 2025-12-05 as a share of shares_outstanding_after 2025-12-05"))
        .hasValue("6.2511962").hasRange("6.2511960", "6.2511964");
  }

  @Test
  void test_of_zhipuCostsCornerstonesAndCurrencies() {
    // 116.20 x 440,230,190 = HK$51,154,748,078.00
    String cap = "market capitalisation at ipo_offer_price 2026-01-08 on shares_outstanding_after 2026-01-08";
    assertThat(calc(ZHIPU, cap)).hasValue("51154748078.00");
    // (1 - 4173.4 / 4348.1) x 100 = 4.01785%; range [4.01559%, 4.02011%]
    assertThat(calc(ZHIPU, "issue costs of ipo_gross_proceeds 2026-01-08")).hasValue("4.01785")
        .hasRange("4.01559", "4.02011");
    // 25,681,600 / 37,419,500 = 68.6316% of the offer; the same shares of the shares after are another base
    assertThat(calc(ZHIPU, "cornerstone_shares 2026-01-08 as a share of ipo_offer_shares 2026-01-08"))
        .hasValue("68.6316");
    assertThat(calc(ZHIPU, "cornerstone_shares 2026-01-08 as a share of shares_outstanding_after 2026-01-08"))
        .hasValue("5.8337");
    // an offer price in HK$ against revenue in RMB: no multiple without a sourced rate
    Calculation ps = calc(ZHIPU, "price to sales of " + cap + " on revenue FY2024");
    assertThat(((NotMeaningful) ps).reason()).isEqualTo(NotMeaningful.Reason.OTHER_CURRENCY);
  }

  @Test
  void test_of_priceToSalesPassesOverAYearOfGuidance() {
    // FY2025 revenue is only guidance: the trailing year is FY2024, 10.0 x 100.0億 = 1,000億, / 4.00億 = 250x
    Dataset ds = DatasetReader.read(new ByteArrayInputStream(("{\"company\": \"Guide Co\", \"name\": \"Guide\","
        + " \"currency\": \"CNY\", \"documents\": [{\"id\": \"p\", \"title\": \"Prospectus\", \"language\":"
        + " \"en\"}], \"figures\": ["
        + "{\"metric\": \"ipo_offer_price\", \"period\": \"2026-01-08\", \"value\": \"10.0\", \"unit\": \"CNY\","
        + " \"source\": {\"document\": \"p\", \"locator\": \"p. 1\", \"quote\": \"10.0元\"}},"
        + "{\"metric\": \"shares_outstanding_after\", \"period\": \"2026-01-08\", \"value\": \"100.0\", \"scale\":"
        + " \"億\", \"unit\": \"shares\", \"source\": {\"document\": \"p\", \"locator\": \"p. 1\", \"quote\":"
        + " \"100.0億股\"}},"
        + "{\"metric\": \"revenue\", \"period\": \"FY2024\", \"value\": \"4.00\", \"scale\": \"億\", \"unit\":"
        + " \"CNY\", \"source\": {\"document\": \"p\", \"locator\": \"p. 2\", \"quote\": \"4.00億元\"}},"
        + "{\"metric\": \"revenue\", \"period\": \"FY2025\", \"value\": \"12\", \"valueTo\": \"15\", \"scale\":"
        + " \"億\", \"unit\": \"CNY\", \"basis\": \"guidance\", \"source\": {\"document\": \"p\", \"locator\":"
        + " \"p. 3\", \"quote\": \"預計12億至15億元\"}}]}").getBytes(StandardCharsets.UTF_8)), "guide/dataset.json");
    List<Calculation> results = OfferingMeasures.of(ds);
    String cap = "market capitalisation at ipo_offer_price 2026-01-08 on shares_outstanding_after 2026-01-08";
    assertThat(calc(results, "price to sales of " + cap + " on revenue FY2024")).hasValue("250");
    assertThat(results).noneMatch(c -> c.label().endsWith("on revenue FY2025"));
  }

  @Test
  void test_of_noOfferPriceNoSection() {
    Dataset ds = Dataset.builder("Rank Co", "Rank", "CNY").document("p", "Prospectus", "en")
        .figure(f -> f.key("revenue/total/FY2021").value("4.0").scale("million").unit("CNY").source("p", "t", "4.0"))
        .build();
    assertThat(OfferingMeasures.of(ds)).isEmpty();
    assertThat(Analysis.of(ds).section("Offering and valuation")).isEmpty();
  }

  //-------------------------------------------------------------------------
  // An offering in HK$ by a company reporting in RMB: net proceeds HK$12.00亿, cash RMB 10.0亿 at
  // 30 Jun 2025, a net loss of RMB 6.00亿 over 6M2025, the prospectus's rate HK$1 = RMB 0.92, and
  // four uses of the proceeds.
  private static String offeringJson(boolean withRate) {
    String fig = "{\"metric\": \"%s\", \"segment\": \"%s\", \"period\": \"%s\", \"value\": \"%s\","
        + " \"scale\": \"%s\", \"unit\": \"%s\",%s \"source\": {\"document\": \"p\", \"locator\": \"p. 1\","
        + " \"quote\": \"%s\"}}";
    String hk = " \"currencyNote\": \"the offering is in Hong Kong\",";
    List<String> figures = List.of(
        String.format(fig, "ipo_offer_price", "total", "2026-01-08", "10.00", "one", "HKD", hk, "HK$10.00"),
        String.format(fig, "ipo_net_proceeds", "total", "2026-01-08", "12.00", "億", "HKD", hk, "12.00億港元"),
        String.format(fig, "cash_and_equivalents", "total", "2025-06-30", "10.0", "億", "CNY", "", "10.0億元"),
        String.format(fig, "net_loss", "total", "6M2025", "6.00", "億", "CNY", "", "6.00億元"),
        String.format(fig, "hkd_cny_rate", "total", "2026-01-08", "0.92", "one", "CNY", "", "HK$1.00 = RMB0.92"),
        String.format(fig, "use_of_proceeds_share", "rnd", "2026-01-08", "45", "one", "%", "", "45%"),
        String.format(fig, "use_of_proceeds_share", "commercial", "2026-01-08", "35", "one", "%", "", "35%"),
        String.format(fig, "use_of_proceeds_share", "working_capital", "2026-01-08", "15", "one", "%", "", "15%"),
        String.format(fig, "use_of_proceeds_share", "other", "2026-01-08", "5", "one", "%", "", "5%"));
    String segment = "{\"id\": \"%s\", \"dimension\": \"use_of_proceeds\", \"label\": \"%s\"}";
    return "{\"company\": \"Harbour Co\", \"name\": \"Harbour\", \"currency\": \"CNY\","
        + " \"documents\": [{\"id\": \"p\", \"title\": \"Prospectus\", \"language\": \"en\", \"class\": \"filing\"}],"
        + " \"metrics\": [{\"id\": \"hkd_cny_rate\", \"label\": \"HK$1 in RMB\"}],"
        + " \"segments\": [" + String.join(", ", String.format(segment, "rnd", "R&D"),
            String.format(segment, "commercial", "Commercialisation"), String.format(segment, "working_capital",
            "Working capital"), String.format(segment, "other", "Other")) + "],"
        + " \"figures\": [" + String.join(", ", figures) + "]"
        + (withRate ? ", \"exchangeRates\": [{\"id\": \"hkd-cny-p\", \"from\": \"HKD\", \"to\": \"CNY\","
            + " \"appliesTo\": \"2026-01-08\", \"printed\": {\"figure\": \"hkd_cny_rate/total/2026-01-08\","
            + " \"source\": \"p\"}}]" : "")
        + "}";
  }

  private static List<Calculation> offering(boolean withRate) {
    return OfferingMeasures.of(DatasetReader.read(new ByteArrayInputStream(offeringJson(withRate)
        .getBytes(StandardCharsets.UTF_8)), "harbour/dataset.json"));
  }

  private static Calculation runwayWithProceeds(List<Calculation> results) {
    List<Calculation> runways = results.stream().filter(c -> c.measure() == Measure.RUNWAY_WITH_PROCEEDS).toList();
    assertThat(runways).hasSize(1);
    assertThat(runways.get(0).label()).startsWith("cash runway from cash_and_equivalents 2025-06-30 with"
        + " ipo_net_proceeds 2026-01-08");
    return runways.get(0);
  }

  @Test
  void test_of_runwayWithProceedsConvertedAtTheSourcedRate() {
    Calculation runway = runwayWithProceeds(offering(true));
    // proceeds 12.00億 x 0.92 = RMB 11.04億, [11.995 x 0.915, 12.005 x 0.925] = [10.975425, 11.104625]億;
    // burn 6.00億 / 6 = 1億 a month, [5.995, 6.005]億 / 6; runway (10.0 + 11.04) / 1 = 21.04 months,
    // low (9.95 + 10.975425) x 6 / 6.005 = 20.90800, high (10.05 + 11.104625) x 6 / 5.995 = 21.17227
    assertThat(runway).hasValue("21.04").hasRange("20.90800", "21.17227");
    assertThat(runway.derived().notes()).anyMatch(n -> n.startsWith("extra cash: ipo_net_proceeds 2026-01-08 in CNY"));
  }

  @Test
  void test_of_runwayWithProceedsNotMeaningfulWithoutARate() {
    Calculation runway = runwayWithProceeds(offering(false));
    assertThat(runway).isInstanceOf(NotMeaningful.class);
    NotMeaningful nm = (NotMeaningful) runway;
    assertThat(nm.reason()).isEqualTo(NotMeaningful.Reason.OTHER_CURRENCY);
    assertThat(nm.explanation()).isEqualTo("the net proceeds 'ipo_net_proceeds 2026-01-08' are in HKD and the cash"
        + " in CNY: the dataset has no sourced exchange rate between them that applies to 2026-01-08, and none is"
        + " assumed");
  }

  @Test
  void test_of_useOfProceedsSumToTheWhole() {
    Calculation total = offering(true).stream().filter(c -> c.measure() == Measure.USE_OF_PROCEEDS_TOTAL)
        .findFirst().orElseThrow();
    // 45 + 35 + 15 + 5 = 100, each printed share +-0.5: [98, 102], which contains 100
    assertThat(total).hasValue("100").hasRange("98", "102");
    assertThat(OfferingCalculator.sumsToWhole(total)).isTrue();
    assertThat(total.label()).isEqualTo("use-of-proceeds shares summed (4 uses)");
  }

  @Test
  void test_of_bundledDatasetsPrintNoUseOfProceeds() {
    // No bundled source prints the use of proceeds by purpose (each dataset's NOTES.md says so).
    assertThat(MOORE).noneMatch(c -> c.measure() == Measure.USE_OF_PROCEEDS_TOTAL);
    assertThat(ZHIPU).noneMatch(c -> c.measure() == Measure.USE_OF_PROCEEDS_TOTAL);
  }
}
