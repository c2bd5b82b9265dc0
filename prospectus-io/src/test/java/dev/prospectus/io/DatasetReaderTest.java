package dev.prospectus.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.core.JsonParseException;
import dev.prospectus.model.Amount;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Document;
import dev.prospectus.model.DocumentClass;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureBasis;
import dev.prospectus.model.FigureConflict;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Metric;
import dev.prospectus.model.MetricDefinition;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.ReportingDate;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Segment;
import dev.prospectus.model.SegmentDefinition;
import dev.prospectus.model.Unit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatasetReaderTest {

  private static final String ACME = "/fixtures/acme/dataset.json";
  private static final Path ACME_FOLDER = Path.of("prospectus-io/src/test/resources/fixtures/acme");
  private static final Unit EUR = Unit.of(Currency.getInstance("EUR"));
  private static final Unit USD = Unit.of(Currency.getInstance("USD"));
  private static final Segment INDUSTRIAL = Segment.of("industrial");
  private static final Segment HOUSEHOLD = Segment.of("household");

  //-------------------------------------------------------------------------
  // The acme fixture: fiscal year ending 31 March, EUR, eleven figures.

  @Test
  void test_readResource_acmeHeader() {
    Dataset acme = DatasetReader.readResource(ACME);

    assertThat(acme.name()).isEqualTo("Acme");
    assertThat(acme.company()).isEqualTo("Acme Robotics SE");
    assertThat(acme.currency()).isEqualTo(Currency.getInstance("EUR"));
    assertThat(acme.fiscalYearEnd()).isEqualTo(MonthDay.of(3, 31));
    assertThat(acme.figures()).hasSize(11);
    assertThat(acme.documents()).containsExactly(
        new Document("acme-prospectus-2025", "Acme Robotics SE: Prospectus for the admission of shares",
            Optional.of("Acme Robotics SE"), Optional.of(URI.create("https://example.com/acme/prospectus-2025.pdf")),
            "en", Optional.of(LocalDate.of(2025, 10, 15)), DocumentClass.FILING),
        new Document("widget-weekly-2025-10-20", "Acme-Börsengang: Umsatz wächst um die Hälfte",
            Optional.of("Widget Weekly"), Optional.empty(), "de", Optional.of(LocalDate.of(2025, 10, 20)),
            DocumentClass.PRESS));
    assertThat(acme.segments()).containsExactly(SegmentDefinition.TOTAL,
        new SegmentDefinition(INDUSTRIAL, "business", "Industrial robots"),
        new SegmentDefinition(HOUSEHOLD, "business", "Household robots"));
    // the standard catalogue, then the one declared metric
    assertThat(acme.metrics()).hasSize(Metric.STANDARD.size() + 1)
        .endsWith(MetricDefinition.of(Metric.of("robots_shipped"), "Robots shipped"));
  }

  @Test
  void test_readResource_acmeAmountAndRange() {
    Figure revenue = DatasetReader.readResource(ACME).figures().get(0);

    assertThat(revenue.amount()).isEqualTo(Amount.of(new BigDecimal("12.5"), Scale.MILLION, EUR));
    // 12.5 million printed to 0.1 million: 12.45 to 12.55 million
    assertThat(revenue.range().isSameRange(DecimalRange.ofClosed("12450000", "12550000"))).isTrue();
    assertThat(revenue.segment()).isEqualTo(Segment.TOTAL);
    assertThat(revenue.qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(revenue.source().quote()).isEqualTo("Revenue for the year ended 31 March 2025 was EUR 12.5 million");
  }

  @Test
  void test_readResource_acmeKeepsPrintedTrailingZero() {
    Figure revenue = DatasetReader.readResource(ACME).figures().get(1);

    // "8.20" is printed to 0.01 million: 8.195 to 8.205 million, not 8.15 to 8.25
    assertThat(revenue.amount().value()).isEqualTo(new BigDecimal("8.20"));
    assertThat(revenue.range().isSameRange(DecimalRange.ofClosed("8195000", "8205000"))).isTrue();
  }

  @Test
  void test_readResource_acmePeriodsUseFiscalYearEnd() {
    List<Figure> figures = DatasetReader.readResource(ACME).figures();

    // fiscal year ending 31 March: FY2025 runs from 1 April 2024
    assertThat(figures.get(0).period()).isEqualTo(FiscalPeriod.ofClosed(LocalDate.of(2024, 4, 1),
        LocalDate.of(2025, 3, 31)));
    assertThat(figures.get(1).period()).isEqualTo(FiscalPeriod.ofClosed(LocalDate.of(2023, 4, 1),
        LocalDate.of(2024, 3, 31)));
    // 6M2026: the first six months of the year ending 31 March 2026
    assertThat(figures.get(6).period()).isEqualTo(FiscalPeriod.ofClosed(LocalDate.of(2025, 4, 1),
        LocalDate.of(2025, 9, 30)));
  }

  @Test
  void test_readResource_acmeInstant() {
    Figure cash = DatasetReader.readResource(ACME).figures().get(9);

    assertThat(cash.metric()).isEqualTo(Metric.CASH_AND_EQUIVALENTS);
    assertThat(cash.period()).isEqualTo(ReportingDate.of(LocalDate.of(2025, 3, 31)));
    assertThat(cash.period().isInstant()).isTrue();
    // "21.0" million: 20.95 to 21.05 million
    assertThat(cash.range().isSameRange(DecimalRange.ofClosed("20950000", "21050000"))).isTrue();
  }

  @Test
  void test_readResource_acmeConflictingReportsKeptInOrder() {
    Dataset acme = DatasetReader.readResource(ACME);
    List<Figure> figures = acme.figures();

    // prospectus 12.5 million, article 12.9 million, article's USD translation: all kept, file order
    assertThat(acme.lookup(Metric.REVENUE, "FY2025").reports())
        .containsExactly(figures.get(0), figures.get(2), figures.get(3));
    assertThat(figures.get(2).source().document().id()).isEqualTo("widget-weekly-2025-10-20");
    assertThat(figures.get(2).note()).contains("Disagrees with the prospectus (12.5 million); kept as printed");
    // [12.45M, 12.55M] and [12.85M, 12.95M] do not meet; the USD report is not compared
    assertThat(acme.conflicts()).containsExactly(FigureConflict.of(figures.get(0), figures.get(2)));
  }

  @Test
  void test_readResource_acmeCurrencyNote() {
    Figure usd = DatasetReader.readResource(ACME).figures().get(3);

    assertThat(usd.amount()).isEqualTo(Amount.of(new BigDecimal("14.2"), Scale.MILLION, USD));
    assertThat(usd.currencyNote()).contains("US dollar translation printed by the article");
    assertThat(usd.qualifier()).isEqualTo(Qualifier.ABOUT);
    // rounding [14.15M, 14.25M], widened by 5% of 14.2M = 0.71M but by no more than its rounding unit, 0.1M:
    // [14.05M, 14.35M]
    assertThat(usd.range().isSameRange(DecimalRange.ofClosed("14050000", "14350000"))).isTrue();
  }

  @Test
  void test_readResource_acmeExchangeRateImpliedByOnePagesPair() {
    Dataset acme = DatasetReader.readResource(ACME);
    List<Figure> figures = acme.figures();
    ExchangeRate rate = acme.exchangeRates().get(0);
    assertThat(rate.id()).isEqualTo("eur-usd-widget-weekly-revenue-fy2025");
    assertThat(rate.from()).isEqualTo(EUR);
    assertThat(rate.to()).isEqualTo(USD);
    assertThat(rate.appliesTo()).isEqualTo(FiscalPeriod.fiscalYear(2025, MonthDay.of(3, 31)));
    // the article's 12,9 Millionen Euro and its "rund 14,2 Millionen US-Dollar": [14.05 / 12.95, 14.35 / 12.85]
    assertThat(rate.original()).contains(figures.get(2));
    assertThat(rate.translation()).contains(figures.get(3));
    assertThat(rate.range().roundedOutward(4)).isEqualTo(DecimalRange.ofClosed("1.0849", "1.1168"));
    // the rate came from the article's pair, so it never judges the article's US$ report: nothing to compare it with
    assertThat(acme.agreement(figures.get(0).key()).leftOut()).containsExactly("2 pairs of a report in USD and one"
        + " in EUR: no exchange rate between them applies to 2024-04-01..2025-03-31 that neither report implied");
  }

  @Test
  void test_read_exchangeRatePrintedAndDocumentClass() {
    String json = "{\"company\": \"Acme Robotics SE\", \"name\": \"Acme\", \"currency\": \"EUR\", \"documents\":"
        + " [{\"id\": \"prospectus\", \"title\": \"Prospectus\", \"language\": \"en\", \"class\": \"filing\"},"
        + " {\"id\": \"digest\", \"title\": \"Digest\", \"language\": \"en\", \"class\": \"compilation\"}],"
        + " \"metrics\": [{\"id\": \"fx_rate\", \"label\": \"Convenience rate\"}], \"figures\": ["
        + "{\"metric\": \"fx_rate\", \"period\": \"2025-03-31\", \"value\": \"1.0815\", \"unit\": \"USD\","
        + " \"currencyNote\": \"a rate, in US$ per euro\", \"source\": {\"document\": \"prospectus\","
        + " \"locator\": \"p. 2\", \"quote\": \"EUR 1.00 to US$1.0815\"}}],"
        + " \"exchangeRates\": [{\"id\": \"eur-usd-convenience\", \"from\": \"EUR\", \"to\": \"USD\","
        + " \"appliesTo\": \"FY2025\", \"printed\": {\"figure\": \"fx_rate/total/2025-03-31\","
        + " \"source\": \"prospectus\"}}]}";
    Dataset dataset = DatasetReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "dataset.json");
    assertThat(dataset.documents()).extracting(Document::documentClass)
        .containsExactly(DocumentClass.FILING, DocumentClass.COMPILATION);
    ExchangeRate rate = dataset.exchangeRate("eur-usd-convenience").orElseThrow();
    assertThat(rate.isImplied()).isFalse();
    assertThat(rate.range()).isEqualTo(DecimalRange.ofClosed("1.08145", "1.08155"));
  }

  @Test
  void test_readResource_acmeSegments() {
    Dataset acme = DatasetReader.readResource(ACME);
    FiscalPeriod fy2025 = FiscalPeriod.fiscalYear(2025, MonthDay.of(3, 31));

    assertThat(acme.lookup(Metric.REVENUE, INDUSTRIAL, fy2025).reports()).singleElement()
        .satisfies(f -> assertThat(f.amount()).isEqualTo(Amount.of(new BigDecimal("9.1"), Scale.MILLION, EUR)));
    assertThat(acme.lookup(Metric.REVENUE, HOUSEHOLD, fy2025).reports()).singleElement()
        .satisfies(f -> assertThat(f.amount()).isEqualTo(Amount.of(new BigDecimal("3.4"), Scale.MILLION, EUR)));
  }

  @Test
  void test_readResource_acmeDefaultsAndQualifiers() {
    List<Figure> figures = DatasetReader.readResource(ACME).figures();

    Figure growth = figures.get(7);
    assertThat(growth.amount()).isEqualTo(Amount.of(new BigDecimal("50"), Scale.ONE, Unit.PERCENT));
    assertThat(growth.qualifier()).isEqualTo(Qualifier.ABOUT);
    // the zero may be a rounding, so [45, 55], widened by 5% of 50 = 2.5: [42.5, 57.5]
    assertThat(growth.range().isSameRange(DecimalRange.ofClosed("42.5", "57.5"))).isTrue();
    Figure shipped = figures.get(10);
    assertThat(shipped.metric()).isEqualTo(Metric.of("robots_shipped"));
    assertThat(shipped.unit()).isEqualTo(new Unit("robots", Unit.Kind.COUNT));
    assertThat(shipped.qualifier()).isEqualTo(Qualifier.OVER);
    assertThat(shipped.isOpenEnded()).isTrue();
  }

  @Test
  void test_readResource_minimalUsesCalendarYear() {
    Dataset minimal = DatasetReader.readResource("/fixtures/minimal/dataset.json");

    assertThat(minimal.fiscalYearEnd()).isEqualTo(MonthDay.of(12, 31));
    assertThat(minimal.figures()).singleElement().satisfies(f -> assertThat(f.period())
        .isEqualTo(FiscalPeriod.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
    assertThat(minimal.segments()).containsExactly(SegmentDefinition.TOTAL);
    assertThat(minimal.metrics()).isEqualTo(Metric.STANDARD);
  }

  //-------------------------------------------------------------------------
  // The ways in

  @Test
  void test_read_folderAndFileAndResourceAgree() {
    List<Figure> fromResource = DatasetReader.readResource(ACME).figures();

    assertThat(DatasetReader.read(ACME_FOLDER).figures()).isEqualTo(fromResource);
    assertThat(DatasetReader.read(ACME_FOLDER.resolve("dataset.json")).figures()).isEqualTo(fromResource);
    assertThat(DatasetReader.readResource("fixtures/acme/dataset.json").figures()).isEqualTo(fromResource);
  }

  @Test
  void test_read_folderNamesItsDatasetFileInMessages(@TempDir Path folder) throws IOException {
    Files.copy(Path.of("prospectus-io/src/test/resources/fixtures/bad/bad-period.json"), folder.resolve(
        "dataset.json"));

    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> DatasetReader.read(folder))
        .withMessage(folder.resolve("dataset.json") + " at /figures/0/period: 'FY25' is not a period: "
            + "expected FY2024, 9M2025, H1 2025, 2025-01-01..2025-09-30 or 2025-09-30")
        .satisfies(ex -> assertThat(ex.file()).isEqualTo(folder.resolve("dataset.json").toString()));
  }

  @Test
  void test_read_missingFile(@TempDir Path folder) {
    Path missing = folder.resolve("none.json");

    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> DatasetReader.read(missing))
        .withMessage("Unable to read dataset file '" + missing + "': java.nio.file.NoSuchFileException: " + missing);
  }

  @Test
  void test_read_streamNamedAndLeftOpen() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream("{\"company\": 7}".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> DatasetReader.read(in, "upload/dataset.json"))
        .withMessage("upload/dataset.json at /company: '7' is a JSON number where a string is required: "
            + "write it in quotes as printed, \"7\", so that no digit of its precision is lost");
    assertThat(closed[0]).isFalse();
  }

  @Test
  void test_read_roundedToStatesTheRounding() {
    String json = "{\"company\": \"Acme Robotics SE\", \"name\": \"Acme\", \"currency\": \"EUR\", \"documents\":"
        + " [{\"id\": \"prospectus\", \"title\": \"Prospectus\", \"language\": \"en\"}], \"figures\": ["
        + "{\"metric\": \"revenue\", \"period\": \"FY2025\", \"value\": \"3460\", \"scale\": \"thousand\","
        + " \"unit\": \"EUR\", \"roundedTo\": \"1\", \"source\": {\"document\": \"prospectus\","
        + " \"locator\": \"p. 1\", \"quote\": \"3,460\"}},"
        + "{\"metric\": \"revenue\", \"period\": \"FY2025\", \"value\": \"3460\", \"scale\": \"thousand\","
        + " \"unit\": \"EUR\", \"source\": {\"document\": \"prospectus\", \"locator\": \"p. 2\","
        + " \"quote\": \"3,460\"}}]}";
    List<Figure> figures = DatasetReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "dataset.json").figures();
    // stated: exact to the thousand; not stated: the zero may be a rounding, so read to the ten thousand
    assertThat(figures.get(0).roundedTo()).contains(BigDecimal.ONE);
    assertThat(figures.get(0).range()).isEqualTo(DecimalRange.ofClosed("3459500", "3460500"));
    assertThat(figures.get(1).roundedTo()).isEmpty();
    assertThat(figures.get(1).hasAmbiguousRounding()).isTrue();
    assertThat(figures.get(1).range()).isEqualTo(DecimalRange.ofClosed("3455000", "3465000"));
  }

  @Test
  void test_read_nullArguments() {
    assertThatIllegalArgumentException().isThrownBy(() -> DatasetReader.read((Path) null))
        .withMessage("Argument 'fileOrFolder' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> DatasetReader.read(InputStream.nullInputStream(), null))
        .withMessage("Argument 'fileName' must not be null");
  }

  @Test
  void test_readResource_missing() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DatasetReader.readResource("/fixtures/none/dataset.json"))
        .withMessage("No dataset resource '/fixtures/none/dataset.json' on the classpath");
  }

  @Test
  void test_bundled_unknownNameListsBundledNames() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DatasetReader.bundled("acme"))
        .withMessage("No bundled dataset 'acme': resource '/datasets/acme/dataset.json' is not on the classpath; "
            + "bundled datasets: " + DatasetReader.bundledNames());
  }

  static Stream<Arguments> data_repositoryDatasets() {
    return Stream.of(
        arguments("minimax", "MiniMax Group Inc.", "USD"),
        arguments("zhipu", "Knowledge Atlas Technology JSC Ltd", "CNY"));
  }

  @ParameterizedTest
  @MethodSource("data_repositoryDatasets")
  void test_bundled_repositoryDatasets(String name, String company, String currency) {
    Dataset bundled = DatasetReader.bundled(name);
    Dataset fromFolder = DatasetReader.read(Path.of("data", name));

    assertThat(bundled.company()).isEqualTo(company);
    assertThat(bundled.currency()).isEqualTo(Currency.getInstance(currency));
    assertThat(fromFolder.company()).isEqualTo(company);
    assertThat(fromFolder.currency()).isEqualTo(Currency.getInstance(currency));
    // the jar's copy is the repository's file
    assertThat(bundled.figures()).isEqualTo(fromFolder.figures());
  }

  @Test
  void test_bundled_aliases() {
    assertThat(DatasetReader.bundled("minimax").aliases()).containsExactly("稀宇科技", "稀宇極智", "稀宇极智",
        "MiniMax集團", "MiniMax集团");
    assertThat(DatasetReader.bundled("zhipu").aliases()).contains("智譜", "智谱", "Z.ai");
    assertThat(DatasetReader.readResource("/fixtures/minimal/dataset.json").aliases()).isEmpty();
  }

  @Test
  void test_bundledNames_repositoryDatasets() {
    assertThat(DatasetReader.bundledNames()).contains("minimax", "zhipu").isSorted();
  }

  @Test
  void test_bundled_malformedName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DatasetReader.bundled("../fixtures/acme"))
        .withMessage("Invalid dataset name '../fixtures/acme': expected lower-case letters, digits, '_' and '-'");
  }

  //-------------------------------------------------------------------------
  // The bad-input corpus: one file per kind of error, each message exact.

  static Stream<Arguments> data_badFiles() {
    return Stream.of(
        arguments("array-element-not-object", "/documents/0",
            "at /documents/0: 'prospectus' is a JSON string where an object is required"),
        arguments("bad-currency", "/currency",
            "at /currency: 'EURO' is not an ISO 4217 currency code, such as \"USD\""),
        arguments("bad-document-date", "/documents/0/date",
            "at /documents/0/date: '2025-02-30' is not an ISO date: expected yyyy-MM-dd, such as "
                + "\"2025-12-21\""),
        arguments("bad-document-id", "/documents/0/id",
            "at /documents/0/id: 'Prospectus' is not a document id: expected lower-case letters, digits, "
                + "'.', '_' and '-', starting with a letter or digit"),
        arguments("bad-fiscal-year-end", "/fiscalYearEnd",
            "at /fiscalYearEnd: '31-03' is not a month and day: expected MM-DD, such as \"12-31\""),
        arguments("bad-language", "/documents/0/language",
            "at /documents/0/language: 'zh_Hant' is not a BCP 47 language tag, such as \"zh-Hant\" or \"en\""),
        arguments("bad-period", "/figures/0/period",
            "at /figures/0/period: 'FY25' is not a period: expected FY2024, 9M2025, H1 2025, "
                + "2025-01-01..2025-09-30 or 2025-09-30"),
        arguments("bad-url", "/documents/0/url",
            "at /documents/0/url: 'www.example.com/prospectus.pdf' is not an absolute http or https URL"),
        arguments("blank-required", "/figures/0/source/quote",
            "at /figures/0/source/quote: ' ' is blank where text is required"),
        arguments("currency-note-own-currency", "/figures/0/currencyNote",
            "at /figures/0/currencyNote: 'printed in euros' is only for a figure in a currency other than "
                + "the dataset's EUR, and this figure's unit is EUR"),
        arguments("duplicate-document-id", "/documents/1/id",
            "at /documents/1/id: 'prospectus' is already declared at /documents/0"),
        arguments("duplicate-key-top", "",
            "at : 'name' is a duplicate key: a key may appear only once in an object"),
        arguments("duplicate-key", "/figures/0",
            "at /figures/0: 'unit' is a duplicate key: a key may appear only once in an object"),
        arguments("duplicate-metric-id", "/metrics/1/id",
            "at /metrics/1/id: 'units' is already declared at /metrics/0"),
        arguments("duplicate-segment-id", "/segments/1/id",
            "at /segments/1/id: 'industrial' is already declared at /segments/0"),
        arguments("empty", "",
            "at : '' is empty where a JSON object is required"),
        arguments("foreign-currency", "/figures/0/unit",
            "at /figures/0/unit: 'USD' differs from the dataset's currency EUR: a figure in another currency "
                + "needs a currencyNote saying why"),
        arguments("lower-case-currency", "/figures/0/unit",
            "at /figures/0/unit: 'eur' is a currency code in lower case: write \"EUR\""),
        arguments("malformed-metric", "/figures/0/metric",
            "at /figures/0/metric: 'Revenue' is not a metric id: expected lower-case letters, digits and "
                + "'_', starting with a letter"),
        arguments("malformed", "/figures/0/scale",
            "at /figures/0/scale: 'scale\": \"million\" \"unit\": \"EUR\",' is not valid JSON: Unexpected "
                + "character ('\"' (code 34)): was expecting comma to separate Object entries (line 18, column 7)"),
        arguments("missing-field-top", "/currency",
            "at /currency: '' is missing: a dataset requires this field"),
        arguments("missing-field", "/figures/0/unit",
            "at /figures/0/unit: '' is missing: a figure requires this field"),
        arguments("not-a-number-scale-word", "/figures/0/value",
            "at /figures/0/value: '3052萬' is not a number: expected digits with an optional sign and decimal "
                + "point, such as \"3052.3\"; the scale and the unit go in their own fields"),
        arguments("not-a-number-separator", "/figures/0/value",
            "at /figures/0/value: '3,052' is not a number: expected digits with an optional sign and decimal "
                + "point, such as \"3052.3\"; the scale and the unit go in their own fields"),
        arguments("not-utf8", "",
            "at : '0xE9' is not UTF-8: the byte at offset 31 does not belong to a UTF-8 character; JSON data "
                + "files are UTF-8"),
        arguments("null-optional", "/figures/0/note",
            "at /figures/0/note: 'null' is null: omit an optional field rather than write null"),
        arguments("null-required", "/figures/0/period",
            "at /figures/0/period: 'null' is null where a string is required"),
        arguments("number-value", "/figures/0/value",
            "at /figures/0/value: '12.50' is a JSON number where a string is required: write it in quotes as "
                + "printed, \"12.50\", so that no digit of its precision is lost"),
        arguments("object-for-string", "/figures/0/unit",
            "at /figures/0/unit: '{\"code\":\"EUR\"}' is a JSON object where a string is required"),
        arguments("reversed-period", "/figures/0/period",
            "at /figures/0/period: '2025-09-30..2025-01-01' is not a period: its end is before its start"),
        arguments("root-array", "",
            "at : '[]' is a JSON array where an object is required"),
        arguments("standard-metric-declared", "/metrics/0/id",
            "at /metrics/0/id: 'revenue' is a standard metric: declare only metrics beyond the standard "
                + "catalogue"),
        arguments("string-for-array", "/figures",
            "at /figures: 'none' is a JSON string where an array is required"),
        arguments("total-segment-declared", "/segments/0/id",
            "at /segments/0/id: 'total' is built in: declare only segments beyond total"),
        arguments("trailing-comma", "/figures/0/source/quote",
            "at /figures/0/source/quote: 'UR 12.5 million\", } } ] }' is not valid JSON: Unexpected "
                + "character ('}' (code 125)): was expecting double-quote to start field name (line 23, column 7)"),
        arguments("trailing-content", "",
            "at : '{ \"company\": \"Acme\" }' is text after the end of the JSON value: a file holds one "
                + "object"),
        arguments("undeclared-document", "/figures/0/source/document",
            "at /figures/0/source/document: 'press' is not a declared document: expected one of prospectus"),
        arguments("undeclared-metric", "/figures/0/metric",
            "at /figures/0/metric: 'ebitda' is neither a standard metric nor one declared under /metrics"),
        arguments("undeclared-segment", "/figures/0/segment",
            "at /figures/0/segment: 'retail' is not a declared segment: expected one of total"),
        arguments("unknown-currency-unit", "/figures/0/unit",
            "at /figures/0/unit: 'XYZ' is not a unit: expected an ISO 4217 currency code such as \"USD\", "
                + "\"%\", \"x\", hours, days, months, years, or a lower-case count noun such as \"people\""),
        arguments("unknown-field-source", "/figures/0/source/page",
            "at /figures/0/source/page: 'page' is not a field of a source: expected one of document, "
                + "locator, quote"),
        arguments("unknown-field-top", "/fiscalYear",
            "at /fiscalYear: 'fiscalYear' is not a field of a dataset: expected one of company, name, "
                + "aliases, currency, fiscalYearEnd, documents, metrics, segments, figures, exchangeRates"),
        arguments("alias-not-array", "/aliases",
            "at /aliases: 'Acme SE' is a JSON string where an array of strings is required"),
        arguments("alias-blank", "/aliases/1", "at /aliases/1: ' ' is blank where text is required"),
        arguments("alias-not-string", "/aliases/1", "at /aliases/1: '7' is a JSON number where a string is required"),
        arguments("alias-repeats-name", "/aliases/0",
            "at /aliases/0: 'ACME' repeats a name the dataset already has (its name, company or another alias)"),
        arguments("unknown-field", "/figures/0/valeu",
            "at /figures/0/valeu: 'valeu' is not a field of a figure: expected one of metric, segment, "
                + "period, value, valueTo, scale, unit, qualifier, roundedTo, currencyNote, source, note, doubt, "
                + "basis"),
        arguments("rounded-to-not-a-power-of-ten", "/figures/0/roundedTo",
            "at /figures/0/roundedTo: '5' is not a rounding unit: expected a power of ten in the figure's scale, such"
                + " as \"1\", \"10\" or \"0.1\""),
        arguments("rounded-to-too-coarse", "/figures/0/roundedTo",
            "at /figures/0/roundedTo: '100' does not fit the printed value: Rounding unit '100' is coarser than the"
                + " last non-zero digit of 350萬 EUR (10), or than a significant zero after its decimal point"),
        arguments("unknown-document-class", "/documents/0/class",
            "at /documents/0/class: 'newspaper' is not a document class: expected filing (the company's own filing),"
                + " compilation (a compilation of the filing) or press"),
        arguments("rate-printed-and-implied", "/exchangeRates/0/implied",
            "at /exchangeRates/0/implied: 'implied' is given beside 'printed': a rate is either printed or implied"
                + " by an original and its translation, not both"),
        arguments("rate-one-currency", "/exchangeRates/0/to",
            "at /exchangeRates/0/to: 'EUR' is the currency 'from' converts from: a rate converts between two"
                + " currencies"),
        arguments("rate-figure-not-found", "/exchangeRates/0/implied/figure",
            "at /exchangeRates/0/implied/figure: 'revenue/total/FY2024' names no report in EUR by 'prospectus': the"
                + " original must be a figure of the dataset"),
        arguments("rate-duplicate-id", "/exchangeRates/1/id",
            "at /exchangeRates/1/id: 'eur-usd' is already declared at /exchangeRates/0"),
        arguments("rate-not-a-currency", "/exchangeRates/0/from",
            "at /exchangeRates/0/from: '%' is not a currency: expected an ISO 4217 code, such as \"USD\""),
        arguments("unknown-qualifier", "/figures/0/qualifier",
            "at /figures/0/qualifier: 'approximately' is not a qualifier: expected one of exact, over, "
                + "at_least, under, at_most, about, nearly"),
        arguments("unknown-scale", "/figures/0/scale",
            "at /figures/0/scale: 'mio' is not a scale: expected one of one, thousand, 萬, million, 億, billion, "
                + "萬億, or another printed form of one of them (b, bn, k, m, mn, tn, trillion, 万, 万亿, 亿, 十亿, 十億, "
                + "千, 百万, 百萬)"),
        arguments("unknown-unit", "/figures/0/unit",
            "at /figures/0/unit: 'Euro' is not a unit: expected an ISO 4217 currency code such as \"USD\", "
                + "\"%\", \"x\", hours, days, months, years, or a lower-case count noun such as \"people\""),
        arguments("value-to-below-value", "/figures/0/valueTo",
            "at /figures/0/valueTo: '11' is less than value '12.5': a printed range runs from value up to "
                + "valueTo"));
  }

  @ParameterizedTest
  @MethodSource("data_badFiles")
  void test_readResource_badFile(String name, String pointer, String message) {
    String file = "classpath:/fixtures/bad/" + name + ".json";

    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> DatasetReader.readResource("/fixtures/bad/" + name + ".json"))
        .withMessage(file + " " + message)
        .satisfies(ex -> {
          assertThat(ex.file()).isEqualTo(file);
          assertThat(ex.pointer()).isEqualTo(pointer);
        });
  }

  @Test
  void test_readResource_modelRejectionKeptAsCause() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> DatasetReader.readResource("/fixtures/bad/reversed-period.json"))
        .havingCause()
        .isExactlyInstanceOf(DateTimeException.class)
        .withMessageContaining("2025-01-01");
    // the model's own wording belongs to the model; the cause must be its rejection of this value
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> DatasetReader.readResource("/fixtures/bad/unknown-unit.json"))
        .havingCause()
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .withMessageContaining("'Euro'");
  }

  @Test
  void test_readResource_duplicateKeyKeepsParserCause() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> DatasetReader.readResource("/fixtures/bad/duplicate-key.json"))
        .satisfies(ex -> {
          assertThat(ex.value()).isEqualTo("unit");
          assertThat(ex.getCause()).isInstanceOf(JsonParseException.class);
        });
  }

  //-------------------------------------------------------------------------
  /** The minimal fixture with its one figure's value replaced. */
  private static String minimalWithValue(String value) throws IOException {
    String json = Files.readString(Path.of("prospectus-io/src/test/resources/fixtures/minimal/dataset.json"),
        StandardCharsets.UTF_8);
    assertThat(json).contains("\"value\": \"12.5\"");
    return json.replace("\"value\": \"12.5\"", "\"value\": \"" + value + "\"");
  }

  private static Dataset readText(String json) {
    return DatasetReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "hostile/dataset.json");
  }

  @Test
  void test_read_basis_reportedByDefaultGuidanceWhenMarked() throws IOException {
    String json = minimalWithValue("12.5");
    assertThat(readText(json).figures().get(0).basis()).isEqualTo(FigureBasis.REPORTED);
    String guidance = json.replace("\"value\": \"12.5\"", "\"value\": \"12.5\", \"basis\": \"guidance\"");
    assertThat(readText(guidance).figures().get(0).basis()).isEqualTo(FigureBasis.GUIDANCE);
  }

  @Test
  void test_read_basis_unknownWordNamesFieldAndValue() throws IOException {
    String json = minimalWithValue("12.5").replace("\"value\": \"12.5\"",
        "\"value\": \"12.5\", \"basis\": \"Guidance\"");
    assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> readText(json))
        .withMessage("hostile/dataset.json at /figures/0/basis: 'Guidance' is not a basis: expected reported (the"
            + " default), guidance (the company's own forecast) or forecast (someone else's)");
  }

  @Test
  void test_read_millionDigitValueRefusedNamingFileAndPointer() throws IOException {
    // Refused before it is parsed, which would take seconds, let alone a report on it.
    String json = minimalWithValue("9".repeat(1_000_000));
    assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> readText(json))
        .withMessage("hostile/dataset.json at /figures/0/value: '" + "9".repeat(60) + "... (1000000 characters)' has"
            + " 1000000 significant digits, more than the 40 a printed number may have");
  }

  static Stream<Arguments> data_read_valueBeyondLimits() {
    return Stream.of(
        Arguments.of("1234567890123456789012345678901234567890.1",
            "has 41 significant digits, more than the 40 a printed number may have"),
        Arguments.of("0." + "0".repeat(40) + "1", "has 41 digits after the decimal point, more than the 40 a printed"
            + " number may have"));
  }

  @ParameterizedTest
  @MethodSource("data_read_valueBeyondLimits")
  void test_read_valueBeyondLimits(String value, String problem) throws IOException {
    assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> readText(minimalWithValue(value)))
        .satisfies(ex -> {
          assertThat(ex.pointer()).isEqualTo("/figures/0/value");
          assertThat(ex.problem()).isEqualTo(problem);
        });
  }

  @Test
  void test_read_valueAtTheLimitsIsTaken() throws IOException {
    String forty = "1234567890123456789012345678901234567890";
    Dataset ds = readText(minimalWithValue(forty));
    assertThat(ds.figures().get(0).amount().value()).isEqualTo(new BigDecimal(forty));
  }

  @Test
  void dataset_read_from_bytes_is_the_one_read_from_a_stream() throws IOException {
    byte[] content;
    try (InputStream in = DatasetReader.class.getResourceAsStream("/datasets/minimax/dataset.json")) {
      content = in.readAllBytes();
    }
    byte[] copy = content.clone();
    Dataset fromBytes = DatasetReader.read(content, "minimax/dataset.json");
    Dataset fromStream = DatasetReader.read(new ByteArrayInputStream(content), "minimax/dataset.json");
    assertThat(fromBytes.name()).isEqualTo(fromStream.name());
    assertThat(fromBytes.figures()).isNotEmpty().isEqualTo(fromStream.figures());
    assertThat(content).isEqualTo(copy);
  }
}
