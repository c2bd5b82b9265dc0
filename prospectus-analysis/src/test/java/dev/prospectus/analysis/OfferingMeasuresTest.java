package dev.prospectus.analysis;

import static dev.prospectus.assertj.ProspectusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.NotMeaningful;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
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
  void test_of_noOfferPriceNoSection() {
    Dataset ds = Dataset.builder("Rank Co", "Rank", "CNY").document("p", "Prospectus", "en")
        .figure(f -> f.key("revenue/total/FY2021").value("4.0").scale("million").unit("CNY").source("p", "t", "4.0"))
        .build();
    assertThat(OfferingMeasures.of(ds)).isEmpty();
    assertThat(Analysis.of(ds).section("Offering and valuation")).isEmpty();
  }
}
