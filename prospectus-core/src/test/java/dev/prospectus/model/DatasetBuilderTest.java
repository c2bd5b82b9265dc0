package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class DatasetBuilderTest {

  private static final DatasetBuilder ACME = Dataset.builder("Acme Robotics Ltd.", "Acme", "USD")
      .document("acme-prospectus", "Acme Robotics prospectus", "en");

  @Test
  void test_build_readsLikeTheJson() {
    Dataset ds = ACME.fiscalYearEnd("03-31")
        .segment("consumer", "business", "Consumer")
        .metric("robots_in_service", "Robots in service")
        .figure(f -> f.key("revenue/total/FY2024").value("30.52").scale("million").unit("USD")
            .source("acme-prospectus", "Financial summary", "revenue of US$30.52 million"))
        .figure(f -> f.key("revenue/consumer/FY2024").value("2180.5").scale("萬").unit("USD")
            .source("acme-prospectus", "Segments", "2180.5萬美元"))
        .figure(f -> f.key("cash_reserves/total/2025-09-30").value("11.02").scale("億").unit("USD")
            .qualifier("over").note("as printed").source("acme-prospectus", "Liquidity", "超過11.02億美元"))
        .figure(f -> f.key("robots_in_service/total/2025-09-30").value("400").valueTo("550").unit("robots")
            .doubt("a range, not a count").source("acme-prospectus", "Operations", "400至550台"))
        .build();
    assertThat(ds.company()).isEqualTo("Acme Robotics Ltd.");
    assertThat(ds.fiscalYearEnd()).isEqualTo(MonthDay.of(3, 31));
    assertThat(ds.figures()).hasSize(4);
    // FY2024 with the year ending 31 March runs 2023-04-01..2024-03-31
    Figure revenue = ds.figure(FigureKey.parse("revenue/total/FY2024", ds.fiscalYearEnd()));
    assertThat(revenue.amount()).isEqualTo(Amount.of("30.52", Scale.MILLION, Unit.parse("USD")));
    assertThat(revenue.range()).isEqualTo(DecimalRange.ofClosed("30515000", "30525000"));
    assertThat(revenue.source()).hasToString("acme-prospectus, Financial summary: “revenue of US$30.52 million”");
    Figure consumer = ds.figure(FigureKey.parse("revenue/consumer/FY2024", ds.fiscalYearEnd()));
    assertThat(consumer.value()).isEqualByComparingTo(new BigDecimal("21805000"));
    Figure cash = ds.figure(FigureKey.parse("cash_reserves/total/2025-09-30"));
    assertThat(cash.qualifier()).isEqualTo(Qualifier.OVER);
    assertThat(cash.note()).contains("as printed");
    Figure robots = ds.figure(FigureKey.parse("robots_in_service/total/2025-09-30"));
    assertThat(robots.amount().valueTo()).contains(new BigDecimal("550"));
    assertThat(robots.doubt()).contains("a range, not a count");
  }

  @Test
  void test_builder_isImmutable() {
    DatasetBuilder one = ACME.figure(f -> f.key("revenue/total/FY2024").value("1").unit("USD")
        .source("acme-prospectus", "p. 1", "US$1"));
    assertThat(ACME.build().figures()).isEmpty();
    assertThat(one.build().figures()).hasSize(1);
    assertThat(one).hasToString("DatasetBuilder Acme (Acme Robotics Ltd., USD): 1 documents, 1 figures");
  }

  @Test
  void test_figure_missingFieldsAndUndeclaredDocument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ACME.figure(f -> f.key("revenue/total/FY2024").unit("USD")
            .source("acme-prospectus", "p. 1", "q")))
        .withMessage("Figure 0 has no value: a figure requires this field");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ACME.figure(f -> f.key("revenue/total/FY2024").value("1").unit("USD")))
        .withMessage("Figure 0 has no source: a figure requires this field");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ACME.figure(f -> f.key("revenue/total/FY2024").value("1").unit("USD")
            .source("elsewhere", "p. 1", "q")))
        .withMessage("Figure 0 cites document 'elsewhere', which is not declared: declare it with document(...)"
            + " first; declared: [acme-prospectus]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ACME.figure(f -> f.key("revenue/total/FY2024").value("1").scale("万").unit("USD")
            .source("acme-prospectus", "p. 1", "q")))
        .withMessage("Unknown scale code '万': expected one of [one, thousand, 萬, million, 億, billion, 萬億]");
  }

  @Test
  void test_build_checksTheDatasetAsAWhole() {
    // a figure in another currency must say why
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ACME.figure(f -> f.key("revenue/total/FY2024").value("2.2").scale("億").unit("CNY")
            .source("acme-prospectus", "p. 1", "約2.2億元")).build())
        .withMessageContaining("is in CNY, not the reporting currency USD, and has no currency note");
    assertThatIllegalArgumentException().isThrownBy(() -> Dataset.builder("Acme", "Acme", "US Dollar"))
        .withMessageContaining("US Dollar");
    assertThatIllegalArgumentException().isThrownBy(() -> ACME.fiscalYearEnd("March"))
        .withMessage("Argument 'monthDay' must be MM-dd, such as 03-31, but has value 'March'");
  }
}
