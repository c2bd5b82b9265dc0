package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

  //-------------------------------------------------------------------------
  static Stream<Arguments> data_useOfProceedsTotal() {
    return Stream.of(
        // 45 + 35 + 15 + 5 = 100, each +-0.5: [98, 102] contains 100
        Arguments.of(List.of("45", "35", "15", "5"), "100", "98", "102", true),
        // 45 + 35 + 15 = 95: [93.5, 96.5] cannot be 100
        Arguments.of(List.of("45", "35", "15"), "95", "93.5", "96.5", false),
        // 70.5 + 29.4 = 99.9, each +-0.05: [99.8, 100.0] reaches 100 at its top
        Arguments.of(List.of("70.5", "29.4"), "99.9", "99.8", "100.0", true),
        // 70.5 + 29.3 = 99.8: [99.7, 99.9], short of 100 by more than the rounding
        Arguments.of(List.of("70.5", "29.3"), "99.8", "99.7", "99.9", false),
        // "30%" may be rounded to the ten: [25, 35]; 30 + 65 = 95 in [89.5, 100.5]
        Arguments.of(List.of("30", "65"), "95", "89.5", "100.5", true));
  }

  @ParameterizedTest
  @MethodSource("data_useOfProceedsTotal")
  void test_useOfProceedsTotal(List<String> printed, String value, String low, String high, boolean whole) {
    List<Figure> shares = new ArrayList<>();
    for (int i = 0; i < printed.size(); i++) {
      shares.add(figure("use_of_proceeds_share", "use" + i, "2025-12-05", printed.get(i), Scale.ONE, "%"));
    }
    Calculation total = OfferingCalculator.useOfProceedsTotal(shares);
    Derived d = total.derived();
    assertThat(d.measure()).isEqualTo(Measure.USE_OF_PROCEEDS_TOTAL);
    assertThat(d.value()).isEqualByComparingTo(value);
    assertThat(d.range().low()).isEqualByComparingTo(low);
    assertThat(d.range().high()).isEqualByComparingTo(high);
    assertThat(OfferingCalculator.sumsToWhole(total)).isEqualTo(whole);
    assertThat(d.notes()).hasSize(1).first().asString().startsWith(whole
        ? "the printed shares sum to 100% within rounding: " : "the printed shares cannot sum to 100%");
    assertThat(d.label()).isEqualTo("use-of-proceeds shares summed (" + printed.size() + " uses)");
  }

  @Test
  void test_useOfProceedsTotal_refusesOtherUnitsAndNothing() {
    assertThatIllegalArgumentException().isThrownBy(() -> OfferingCalculator.useOfProceedsTotal(List.of()))
        .withMessage("Argument 'shares' must not be empty");
    assertThatExceptionOfType(UnitMismatchException.class)
        .isThrownBy(() -> OfferingCalculator.useOfProceedsTotal(List.of(OFFER_PRICE)));
    assertThatIllegalArgumentException().isThrownBy(() -> OfferingCalculator.sumsToWhole(
        OfferingCalculator.marketCapitalisation(OFFER_PRICE, SHARES_AFTER)))
        .withMessage("Argument 'total' must be a total of use-of-proceeds shares but is a MARKET_CAPITALISATION");
  }

  @Test
  void test_useOfProceedsTotal_unboundedBothWaysIsNotMeaningful() {
    Figure over = Fixtures.qualified(figure("use_of_proceeds_share", "a", "2025-12-05", "45", Scale.ONE, "%"),
        dev.prospectus.model.Qualifier.OVER);
    Figure under = Fixtures.qualified(figure("use_of_proceeds_share", "b", "2025-12-05", "55", Scale.ONE, "%"),
        dev.prospectus.model.Qualifier.UNDER);
    Calculation total = OfferingCalculator.useOfProceedsTotal(List.of(over, under));
    assertThat(total.isMeaningful()).isFalse();
    assertThat(OfferingCalculator.sumsToWhole(total)).isFalse();
  }
}
