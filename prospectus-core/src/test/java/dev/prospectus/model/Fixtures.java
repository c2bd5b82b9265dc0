package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A small synthetic company, Lumen Robotics, reporting in US dollars with a calendar fiscal year,
 * used by the model tests. Its FY2023 and FY2024 revenues reuse the seed article's 346萬 and 3052萬
 * because their ranges are worked out in DESIGN.md; everything else is invented.
 */
final class Fixtures {

  static final Currency USD = Currency.getInstance("USD");
  static final Unit USD_UNIT = Unit.of(USD);
  static final Unit CNY_UNIT = Unit.parse("CNY");

  /** An English prospectus with every optional field. */
  static final Document PROSPECTUS = new Document("lumen-prospectus-2025", "Lumen Robotics Inc. Prospectus",
      Optional.of("HKEX"), Optional.of(URI.create("https://www.hkexnews.hk/lumen.pdf")), "en",
      Optional.of(LocalDate.of(2025, 12, 1)), DocumentClass.FILING);
  /** A Chinese press article with only the required fields. */
  static final Document ARTICLE = Document.of("daily-2025-12-02", "Lumen通過聆訊", "zh-Hant");

  static final Segment HARDWARE = Segment.of("hardware");
  static final SegmentDefinition HARDWARE_DEF = new SegmentDefinition(HARDWARE, "business", "Robot hardware");
  static final Metric ROBOTS_SHIPPED = Metric.of("robots_shipped");
  static final MetricDefinition ROBOTS_SHIPPED_DEF = MetricDefinition.of(ROBOTS_SHIPPED, "Robots shipped");

  static final FiscalPeriod FY2023 = FiscalPeriod.fiscalYear(2023);
  static final FiscalPeriod FY2024 = FiscalPeriod.fiscalYear(2024);
  static final FiscalPeriod NINE_MONTHS_2025 = FiscalPeriod.ofClosed(LocalDate.of(2025, 1, 1),
      LocalDate.of(2025, 9, 30));
  static final ReportingDate SEP_30_2025 = ReportingDate.of(LocalDate.of(2025, 9, 30));

  /** Revenue FY2023, "346萬美元": [3455000, 3465000]. */
  static final Figure REVENUE_2023 = figure(Metric.REVENUE, FY2023, "346", Scale.TEN_THOUSAND, USD_UNIT, ARTICLE);
  /** Revenue FY2024, "3052萬美元": [30515000, 30525000]. */
  static final Figure REVENUE_2024_ARTICLE =
      figure(Metric.REVENUE, FY2024, "3052", Scale.TEN_THOUSAND, USD_UNIT, ARTICLE);
  /** Revenue FY2024, "US$30.38 million": [30375000, 30385000], conflicting with the article. */
  static final Figure REVENUE_2024_PROSPECTUS =
      figure(Metric.REVENUE, FY2024, "30.38", Scale.MILLION, USD_UNIT, PROSPECTUS);
  /** Revenue FY2024 in RMB, "RMB2.18億", with a currency note. */
  static final Figure REVENUE_2024_RMB = new Figure(Metric.REVENUE, Segment.TOTAL, FY2024,
      Amount.of("2.18", Scale.HUNDRED_MILLION, CNY_UNIT), Qualifier.EXACT, source(ARTICLE, "RMB2.18億"),
      Optional.of("RMB translation printed by the source"), Optional.empty(), Optional.empty(), Optional.empty());
  /** Hardware revenue 9M2025, "US$12.5 million". */
  static final Figure HARDWARE_REVENUE_9M2025 = new Figure(Metric.REVENUE, HARDWARE, NINE_MONTHS_2025,
      Amount.of("12.5", Scale.MILLION, USD_UNIT), Qualifier.EXACT, source(PROSPECTUS, "US$12.5 million"),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  /** Revenue 9M2025, "US$53.4 million". */
  static final Figure REVENUE_9M2025 =
      figure(Metric.REVENUE, NINE_MONTHS_2025, "53.4", Scale.MILLION, USD_UNIT, PROSPECTUS);
  /** Cash at 30 Sep 2025, "約10.5億美元". */
  static final Figure CASH_SEP_2025 = Figure.of(FigureKey.of(Metric.CASH_RESERVES, SEP_30_2025),
      Amount.of("10.5", Scale.HUNDRED_MILLION, USD_UNIT), Qualifier.ABOUT, source(ARTICLE, "約10.5億美元"));
  /** Robots shipped in FY2024, a declared metric: "over 1,200 robots". */
  static final Figure ROBOTS_2024 = Figure.of(FigureKey.of(ROBOTS_SHIPPED, FY2024),
      Amount.of("1200", Scale.ONE, Unit.parse("robots")), Qualifier.OVER, source(PROSPECTUS, "over 1,200 robots"));

  private Fixtures() {
  }

  static Source source(Document document, String quote) {
    return Source.of(document, "p. 1", quote);
  }

  static Figure figure(Metric metric, ReportingPeriod period, String value, Scale scale, Unit unit, Document doc) {
    return Figure.of(FigureKey.of(metric, period), Amount.of(value, scale, unit), source(doc, value));
  }

  /** A figure of gross margin FY2024 in percent, for qualifier tests. */
  static Figure percent(String value, Qualifier qualifier) {
    return Figure.of(FigureKey.of(Metric.GROSS_MARGIN, FY2024), Amount.of(value, Scale.ONE, Unit.PERCENT), qualifier,
        source(PROSPECTUS, qualifier.code() + " " + value + "%"));
  }

  static List<Figure> figures() {
    return List.of(REVENUE_2023, REVENUE_2024_ARTICLE, REVENUE_2024_PROSPECTUS, REVENUE_2024_RMB,
        HARDWARE_REVENUE_9M2025, REVENUE_9M2025, CASH_SEP_2025, ROBOTS_2024);
  }

  static Dataset dataset(List<Figure> figures) {
    return Dataset.of("Lumen Robotics Inc.", "Lumen", USD, ReportingPeriod.CALENDAR_YEAR_END,
        List.of(PROSPECTUS, ARTICLE), List.of(ROBOTS_SHIPPED_DEF), List.of(HARDWARE_DEF), figures);
  }

  static Dataset dataset() {
    return dataset(figures());
  }

  static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  /** Asserts a range's ends numerically, ignoring scale. */
  static void assertRange(DecimalRange actual, String low, String high) {
    assertThat(actual.low()).as("low of %s", actual).isEqualByComparingTo(low);
    assertThat(actual.high()).as("high of %s", actual).isEqualByComparingTo(high);
  }
}
