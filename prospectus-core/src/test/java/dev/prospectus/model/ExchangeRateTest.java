package dev.prospectus.model;

import static dev.prospectus.model.Fixtures.ARTICLE;
import static dev.prospectus.model.Fixtures.CNY_UNIT;
import static dev.prospectus.model.Fixtures.FY2024;
import static dev.prospectus.model.Fixtures.NINE_MONTHS_2025;
import static dev.prospectus.model.Fixtures.PROSPECTUS;
import static dev.prospectus.model.Fixtures.USD_UNIT;
import static dev.prospectus.model.Fixtures.assertRange;
import static dev.prospectus.model.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {

  /** "4.65億美元(約為人民幣32.7億元)", both read as exact: [4.645億, 4.655億] and [32.65億, 32.75億]. */
  static final Figure LOSS_USD = Figure.of(FigureKey.of(Metric.NET_LOSS, FY2024),
      Amount.of("4.65", Scale.HUNDRED_MILLION, USD_UNIT), source(ARTICLE, "4.65億美元(約為人民幣32.7億元)"));
  static final Figure LOSS_CNY = new Figure(Metric.NET_LOSS, Segment.TOTAL, FY2024,
      Amount.of("32.7", Scale.HUNDRED_MILLION, CNY_UNIT), Qualifier.EXACT, source(ARTICLE, "人民幣32.7億元"),
      Optional.of("RMB translation printed by the source"), Optional.empty(), Optional.empty(), Optional.empty());
  static final ExchangeRate IMPLIED = ExchangeRate.implied("usd-cny-loss", LOSS_USD, LOSS_CNY, FY2024);

  @Test
  void test_implied_valueAndRangeFromBothRoundings() {
    assertThat(IMPLIED.isImplied()).isTrue();
    assertThat(IMPLIED.from()).isEqualTo(USD_UNIT);
    assertThat(IMPLIED.to()).isEqualTo(CNY_UNIT);
    // 32.7 / 4.65; [32.65 / 4.655, 32.75 / 4.645]
    assertThat(IMPLIED.value()).isEqualByComparingTo("7.032258064516129032258064516129032");
    assertThat(IMPLIED.range().roundedOutward(4)).isEqualTo(DecimalRange.ofClosed("7.0139", "7.0506"));
    assertThat(IMPLIED.figures()).containsExactly(LOSS_USD, LOSS_CNY);
    assertThat(IMPLIED.document()).isEqualTo(ARTICLE);
    assertThat(IMPLIED.isDoubted()).isFalse();
  }

  @Test
  void test_isImpliedBy_onlyItsOwnPair() {
    assertThat(IMPLIED.isImpliedBy(LOSS_USD)).isTrue();
    assertThat(IMPLIED.isImpliedBy(LOSS_CNY)).isTrue();
    assertThat(IMPLIED.isImpliedBy(Fixtures.REVENUE_2024_RMB)).isFalse();
  }

  @Test
  void test_printed() {
    Figure seven = Figure.of(FigureKey.of(Metric.of("fx_rate"), FY2024), Amount.of("7.10", Scale.ONE, CNY_UNIT),
        source(PROSPECTUS, "US$1.00 to RMB7.10"));
    ExchangeRate printed = ExchangeRate.printed("usd-cny-convenience", USD_UNIT, seven, FY2024);
    assertThat(printed.isImplied()).isFalse();
    assertThat(printed.value()).isEqualByComparingTo("7.10");
    assertRange(printed.range(), "7.095", "7.105");
    assertThat(printed.isImpliedBy(seven)).isFalse();
    assertThat(printed.toString()).isEqualTo("usd-cny-convenience: 7.1000 CNY per USD [7.0950, 7.1050], applies"
        + " to FY2024, printed by lumen-prospectus-2025 (\u201cUS$1.00 to RMB7.10\u201d)");
  }

  @Test
  void test_appliesTo_periodsWithinTheStatedDates() {
    assertThat(IMPLIED.appliesTo(FY2024)).isTrue();
    assertThat(IMPLIED.appliesTo(ReportingDate.of(LocalDate.of(2024, 6, 30)))).isTrue();
    assertThat(IMPLIED.appliesTo(ReportingDate.of(LocalDate.of(2024, 12, 31)))).isTrue();
    assertThat(IMPLIED.appliesTo(NINE_MONTHS_2025)).isFalse();
    assertThat(IMPLIED.appliesTo(FiscalPeriod.ofClosed(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31))))
        .isFalse();
  }

  @Test
  void test_converts_eitherDirection() {
    assertThat(IMPLIED.converts(USD_UNIT, CNY_UNIT)).isTrue();
    assertThat(IMPLIED.converts(CNY_UNIT, USD_UNIT)).isTrue();
    assertThat(IMPLIED.converts(USD_UNIT, Unit.parse("HKD"))).isFalse();
  }

  @Test
  void test_convert_carriesTheRatesRange() {
    // "3052萬美元" [30.515M, 30.525M] times [7.01396, 7.05059]
    ConvertedReport rmb = IMPLIED.convert(Fixtures.REVENUE_2024_ARTICLE);
    assertThat(rmb.unit()).isEqualTo(CNY_UNIT);
    assertThat(rmb.rate()).isEqualTo(IMPLIED);
    assertThat(rmb.range().roundedOutward(0)).isEqualTo(DecimalRange.ofClosed("214031095", "215219322"));
    assertThat(rmb.label()).isEqualTo("revenue FY2024 in CNY");
    // back the other way: "RMB2.18億" [217.5M, 218.5M] over [7.01396, 7.05059]
    ConvertedReport usd = IMPLIED.convert(Fixtures.REVENUE_2024_RMB);
    assertThat(usd.unit()).isEqualTo(USD_UNIT);
    assertThat(usd.range().roundedOutward(0)).isEqualTo(DecimalRange.ofClosed("30848473", "31152144"));
  }

  @Test
  void test_toString_quotesOnceAndShowsDoubts() {
    assertThat(IMPLIED.toString()).isEqualTo("usd-cny-loss: 7.0323 CNY per USD [7.0139, 7.0506], applies to FY2024,"
        + " implied by daily-2025-12-02 (\u201c4.65億美元(約為人民幣32.7億元)\u201d / \u201c人民幣32.7億元\u201d)");
    Figure doubted = new Figure(LOSS_USD.metric(), Segment.TOTAL, FY2024, LOSS_USD.amount(), Qualifier.EXACT,
        source(ARTICLE, "4.65億美元(約為人民幣32.7億元)"), Optional.empty(), Optional.empty(),
        Optional.of("a units slip"), Optional.empty());
    Figure translation = new Figure(LOSS_CNY.metric(), Segment.TOTAL, FY2024, LOSS_CNY.amount(), Qualifier.EXACT,
        source(ARTICLE, "4.65億美元(約為人民幣32.7億元)"), LOSS_CNY.currencyNote(), Optional.empty(),
        Optional.empty(), Optional.empty());
    ExchangeRate rate = ExchangeRate.implied("usd-cny-slip", doubted, translation, FY2024);
    assertThat(rate.isDoubted()).isTrue();
    assertThat(rate.toString()).endsWith("implied by daily-2025-12-02 (\u201c4.65億美元(約為人民幣32.7億元)\u201d),"
        + " doubted: a units slip");
  }

  @Test
  void test_new_rejectsWhatIsNoRate() {
    assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.implied("same", LOSS_USD, LOSS_USD, FY2024))
        .withMessage("Exchange rate 'same' must convert between two currencies but converts 'USD' to 'USD'");
    assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.implied("Bad Id", LOSS_USD, LOSS_CNY, FY2024))
        .withMessage("Invalid exchange rate id 'Bad Id': expected [a-z0-9][a-z0-9._-]*");
    Figure elsewhere = Figure.of(LOSS_USD.key(), LOSS_USD.amount(), source(PROSPECTUS, "US$465 million"));
    assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.implied("two-docs", elsewhere, LOSS_CNY,
        FY2024)).withMessage("Exchange rate 'two-docs' must be implied by one document's pair, but the original is"
        + " from 'lumen-prospectus-2025' and the translation from 'daily-2025-12-02'");
    assertThatIllegalArgumentException().isThrownBy(() -> new ExchangeRate("both", USD_UNIT, CNY_UNIT, FY2024,
        Optional.of(LOSS_CNY), Optional.of(LOSS_USD), Optional.of(LOSS_CNY)))
        .withMessage("Exchange rate 'both' must be either printed or implied by an original and its translation");
    assertThatIllegalArgumentException().isThrownBy(() -> new ExchangeRate("wrong-unit", USD_UNIT, CNY_UNIT, FY2024,
        Optional.of(LOSS_USD), Optional.empty(), Optional.empty()))
        .withMessage("Exchange rate 'wrong-unit': the printed rate '" + LOSS_USD.label() + "' must be in 'CNY' but is"
            + " in 'USD'");
    Figure zero = Figure.of(LOSS_USD.key(), Amount.of("0", Scale.ONE, USD_UNIT), Qualifier.UNDER,
        source(ARTICLE, "不到0美元"));
    assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.implied("zero", zero, LOSS_CNY, FY2024))
        .withMessageStartingWith("Exchange rate 'zero' needs an original above zero but has ");
  }
}
