package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.Scale;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offering calculators, on the terms the press printed for Moore Threads' and MiniMax's listings. */
class OfferingCalculatorTest {

  // Moore Threads (SSE STAR, RMB): 114.28 元 a share, 7,000万 new shares, 47,002.8217万 shares after
  private static final Figure OFFER_PRICE = figure("ipo_offer_price", "2025-12-05", "114.28", Scale.ONE, "CNY");
  private static final Figure NEW_SHARES = figure("ipo_offer_shares", "2025-12-05", "7000", Scale.TEN_THOUSAND,
      "shares");
  private static final Figure SHARES_AFTER = figure("shares_outstanding_after", "2025-12-05", "47002.8217",
      Scale.TEN_THOUSAND, "shares");

  @Test
  void test_marketCapitalisation_atTheOffer() {
    Derived cap = OfferingCalculator.marketCapitalisation(OFFER_PRICE, SHARES_AFTER);
    // 114.28 x 470028217 = 53714824638.76 (the press: 约537.15亿元)
    assertThat(cap.measure()).isEqualTo(Measure.MARKET_CAPITALISATION);
    assertThat(cap.value()).isEqualByComparingTo("53714824638.76");
    // [114.275 x 470028216.5, 114.285 x 470028217.5]
    assertThat(cap.range()).isEqualTo(DecimalRange.ofClosed("53712474440.5375", "53717174836.9875"));
    assertThat(cap.label()).isEqualTo("market capitalisation at ipo_offer_price 2025-12-05 on"
        + " shares_outstanding_after 2025-12-05");
    assertThat(cap.unit().code()).isEqualTo("CNY");
  }

  @Test
  void test_grossProceeds() {
    Derived proceeds = OfferingCalculator.grossProceeds(OFFER_PRICE, NEW_SHARES);
    // 114.28 x 70000000 = 7999600000 (the press: 约80亿元)
    assertThat(proceeds.value()).isEqualByComparingTo("7999600000");
    assertThat(proceeds.measure()).isEqualTo(Measure.GROSS_PROCEEDS);
  }

  @Test
  void test_firstDayReturn() {
    Figure close = figure("first_day_close_price", "2025-12-05", "600.50", Scale.ONE, "CNY");
    Derived r = OfferingCalculator.firstDayReturn(close, OFFER_PRICE).derived();
    // (600.50 / 114.28 - 1) x 100 = 425.463773...% (the press: +425.46%)
    assertThat(r.value().toPlainString()).startsWith("425.46377318865943");
    // [600.495 / 114.285 - 1, 600.505 / 114.275 - 1] x 100
    assertThat(r.range().low().toPlainString()).startsWith("425.43640897755610");
    assertThat(r.range().high().toPlainString()).startsWith("425.49113979435572");
  }

  @Test
  void test_issueCosts() {
    Figure gross = figure("ipo_gross_proceeds", "2025-12-05", "80", Scale.HUNDRED_MILLION, "CNY");
    Figure net = figure("ipo_net_proceeds", "2025-12-05", "75.76", Scale.HUNDRED_MILLION, "CNY");
    Derived costs = OfferingCalculator.issueCosts(net, gross).derived();
    // (1 - 75.76 / 80) x 100 = 5.3%
    assertThat(costs.value()).isEqualByComparingTo("5.3");
    assertThat(costs.measure()).isEqualTo(Measure.ISSUE_COSTS);
  }

  @Test
  void test_shareOfBase_namesItsBase() {
    Figure strategic = figure("strategic_placement_shares", "2025-12-05", "1400", Scale.TEN_THOUSAND, "shares");
    Derived ofOffer = OfferingCalculator.shareOfBase(strategic, NEW_SHARES).derived();
    // 1400 / 7000 x 100 = 20% (the press: 1,400万股 (20%))
    assertThat(ofOffer.value()).isEqualByComparingTo("20");
    assertThat(ofOffer.label()).isEqualTo("strategic_placement_shares 2025-12-05 as a share of ipo_offer_shares"
        + " 2025-12-05");
    Figure unrestricted = figure("free_float_shares", "2025-12-05", "2938.2386", Scale.TEN_THOUSAND, "shares");
    Derived flt = OfferingCalculator.shareOfBase(unrestricted, SHARES_AFTER).derived();
    // 2938.2386 / 47002.8217 x 100 = 6.2512% (the press: 6.25%)
    assertThat(flt.value().toPlainString()).startsWith("6.25119619148311");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OfferingCalculator.shareOfBase(strategic, OFFER_PRICE))
        .isInstanceOf(UnitMismatchException.class);
  }

  @Test
  void test_priceToSales_fiscalYearOnlyUnlessAnnualised() {
    Derived cap = OfferingCalculator.marketCapitalisation(OFFER_PRICE, SHARES_AFTER);
    Figure revenue2024 = figure("revenue", "FY2024", "4.38", Scale.HUNDRED_MILLION, "CNY");
    Derived ps = OfferingCalculator.priceToSales(cap, revenue2024).derived();
    // 53714824638.76 / 438000000 = 122.64x
    assertThat(ps.value().toPlainString()).startsWith("122.636585");
    assertThat(ps.measure()).isEqualTo(Measure.PRICE_TO_SALES);
    Figure h1 = figure("revenue", "H1 2025", "7.02", Scale.HUNDRED_MILLION, "CNY");
    Calculation interim = OfferingCalculator.priceToSales(cap, h1);
    assertThat(interim).isInstanceOf(NotMeaningful.class);
    assertThat(((NotMeaningful) interim).reason()).isEqualTo(NotMeaningful.Reason.MISMATCHED_PERIODS);
    Derived annual = OfferingCalculator.annualised(h1);
    // 7.02億 x 12 / 6 = 14.04億
    assertThat(annual.value()).isEqualByComparingTo("1404000000");
    assertThat(annual.notes()).singleElement().asString().startsWith("annualised:");
    assertThat(OfferingCalculator.priceToSales(cap, annual).derived().value().toPlainString())
        .startsWith("38.258422");
  }

  @Test
  void test_enterpriseValueAndEarnings() {
    Derived cap = OfferingCalculator.marketCapitalisation(OFFER_PRICE, SHARES_AFTER);
    Figure cash = figure("cash_and_equivalents", "2025-06-30", "68.5", Scale.HUNDRED_MILLION, "CNY");
    Figure debt = figure("bank_loans", "2025-06-30", "0", Scale.ONE, "CNY");
    Figure revenue2024 = figure("revenue", "FY2024", "4.38", Scale.HUNDRED_MILLION, "CNY");
    Derived ev = OfferingCalculator.enterpriseValueToRevenue(cap, cash, debt, revenue2024).derived();
    // (53714824638.76 - 6850000000 + 0) / 438000000 = 107.00x
    assertThat(ev.value().toPlainString()).startsWith("106.997316");
    Figure loss = figure("net_loss", "FY2024", "16.18", Scale.HUNDRED_MILLION, "CNY");
    Calculation pe = OfferingCalculator.priceToEarnings(cap, loss);
    assertThat(pe).isEqualTo(NotMeaningful.of(Measure.PRICE_TO_EARNINGS, "price to earnings of " + cap.label()
        + " on net_loss FY2024", NotMeaningful.Reason.NEGATIVE_EARNINGS,
        "net_loss FY2024 is a loss, or may be: a price-to-earnings multiple needs earnings", List.of(cap, loss)));
  }

  @Test
  void test_annualised_refusesAFullYear() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OfferingCalculator.annualised(figure("revenue", "FY2024", "4.38", Scale.HUNDRED_MILLION,
            "CNY")))
        .withMessage("Argument 'interim' must be a figure of a period shorter than a year but 'revenue FY2024' is"
            + " for 'FY2024'");
  }
}
