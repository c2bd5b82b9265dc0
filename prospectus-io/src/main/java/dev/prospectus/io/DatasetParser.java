package dev.prospectus.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prospectus.format.Vocabulary;
import dev.prospectus.model.Amount;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Document;
import dev.prospectus.model.DocumentClass;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureBasis;
import dev.prospectus.model.Limits;
import dev.prospectus.model.Metric;
import dev.prospectus.model.MetricDefinition;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Segment;
import dev.prospectus.model.SegmentDefinition;
import dev.prospectus.model.Source;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Builds a {@link Dataset} from the tree of a {@code dataset.json}, checking everything
 * {@code docs/data-format.md} requires, so that each problem is reported at its own JSON pointer
 * before the model could reject it with a message that knows no file.
 * <p>
 * One instance reads one file; it is confined to the thread that reads.
 */
final class DatasetParser {

  // The ISO codes, collected once: the JDK builds a fresh set of every currency on each call.
  private static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
  private static final List<String> DATASET_FIELDS =
      List.of("company", "name", "aliases", "currency", "fiscalYearEnd", "documents", "metrics", "segments", "figures",
          "exchangeRates");
  private static final List<String> DOCUMENT_FIELDS = List.of("id", "title", "publisher", "url", "language", "date",
      "class");
  private static final List<String> METRIC_FIELDS = List.of("id", "label");
  private static final List<String> SEGMENT_FIELDS = List.of("id", "dimension", "label");
  private static final List<String> FIGURE_FIELDS = List.of("metric", "segment", "period", "value", "valueTo",
      "scale", "unit", "qualifier", "roundedTo", "currencyNote", "source", "note", "doubt", "basis");
  private static final List<String> SOURCE_FIELDS = List.of("document", "locator", "quote");
  private static final List<String> RATE_FIELDS =
      List.of("id", "from", "to", "appliesTo", "printed", "implied", "note");
  private static final List<String> PRINTED_RATE_FIELDS = List.of("figure", "source", "quoted");
  private static final List<String> IMPLIED_RATE_FIELDS = List.of("figure", "source", "quoted", "translationQuoted");

  private static final List<String> SCALE_CODES = Arrays.stream(Scale.values()).map(Scale::code).toList();
  private static final List<String> QUALIFIER_CODES = Arrays.stream(Qualifier.values()).map(Qualifier::code).toList();
  private static final Set<Metric> STANDARD_METRICS = Metric.STANDARD.stream().map(MetricDefinition::metric)
      .collect(Collectors.toUnmodifiableSet());

  private static final String UNIT_FORMS = "is not a unit: expected an ISO 4217 currency code such as \"USD\", "
      + "\"%\", \"x\", hours, days, months, years, or a lower-case count noun such as \"people\"";
  private static final String NOT_A_METRIC_ID =
      "is not a metric id: expected lower-case letters, digits and '_', starting with a letter";
  private static final String NOT_A_SEGMENT_ID =
      "is not a segment id: expected lower-case letters, digits and '_', starting with a letter";
  private static final String PERIOD_FORMS =
      "expected FY2024, 9M2025, H1 2025, 2025-01-01..2025-09-30 or 2025-09-30";

  private Currency currency;
  private MonthDay fiscalYearEnd;
  /** The declared documents by id, in file order. */
  private final Map<String, Document> documents = new LinkedHashMap<>();
  /** The declared metrics, beyond the standard ones, each with the object that declares it. */
  private final Map<Metric, JsonFields> metrics = new HashMap<>();
  /** The declared segments, beyond total, in file order, each with the object that declares it. */
  private final Map<Segment, JsonFields> segments = new LinkedHashMap<>();
  /**
   * The figures' periods by their text: a file names few periods, each in many reports, and the
   * periods are immutable values. Only a period that parsed is kept, so an error is raised each time.
   */
  private final Map<String, ReportingPeriod> periods = new HashMap<>();
  /** The figures' scales by their text, as {@link #periods}: a file prints few scales, in many reports. */
  private final Map<String, Scale> scales = new HashMap<>();
  /** The language tags found well-formed: a file's documents share a few. */
  private final Set<String> languages = new HashSet<>();

  private DatasetParser() {
  }

  /**
   * Builds the dataset a tree describes.
   *
   * @param root  the root of the file
   * @param file  the file, for messages
   * @return the dataset
   * @throws DataFormatException at the first problem, naming its pointer and value
   */
  static Dataset parse(JsonNode root, String file) {
    return new DatasetParser().dataset(JsonFields.open(root, file, "", "a dataset", DATASET_FIELDS));
  }

  private Dataset dataset(JsonFields top) {
    String company = top.string("company");
    String name = top.string("name");
    List<String> aliases = top.optionalStrings("aliases");
    List<String> seen = new ArrayList<>(List.of(name.toLowerCase(Locale.ROOT), company.toLowerCase(Locale.ROOT)));
    for (int i = 0; i < aliases.size(); i++) {
      if (seen.contains(aliases.get(i).toLowerCase(Locale.ROOT))) {
        throw top.elementError("aliases", i, aliases.get(i),
            "repeats a name the dataset already has (its name, company or another alias)");
      }
      seen.add(aliases.get(i).toLowerCase(Locale.ROOT));
    }
    currency = convert(top, "currency", top.string("currency"), Currency::getInstance,
        "is not an ISO 4217 currency code, such as \"USD\"");
    String fiscalYearEndText = top.stringOrNull("fiscalYearEnd");
    fiscalYearEnd = fiscalYearEndText == null ? ReportingPeriod.CALENDAR_YEAR_END
        : convert(top, "fiscalYearEnd", fiscalYearEndText, DatasetParser::monthDay,
            "is not a month and day: expected MM-DD, such as \"12-31\"");
    Map<String, JsonFields> documentIds = new HashMap<>();
    for (JsonFields d : top.objects("documents", "a document", DOCUMENT_FIELDS)) {
      Document document = document(d);
      declareOnce(documentIds, document.id(), d, document.id());
      documents.put(document.id(), document);
    }
    List<MetricDefinition> declaredMetrics = new ArrayList<>();
    for (JsonFields m : top.optionalObjects("metrics", "a metric", METRIC_FIELDS)) {
      declaredMetrics.add(metric(m));
    }
    List<SegmentDefinition> declaredSegments = new ArrayList<>();
    for (JsonFields s : top.optionalObjects("segments", "a segment", SEGMENT_FIELDS)) {
      declaredSegments.add(segment(s));
    }
    List<Figure> figures = new ArrayList<>();
    for (JsonFields f : top.objects("figures", "a figure", FIGURE_FIELDS)) {
      figures.add(figure(f));
    }
    List<ExchangeRate> rates = new ArrayList<>();
    Map<String, JsonFields> rateIds = new HashMap<>();
    for (JsonFields r : top.optionalObjects("exchangeRates", "an exchange rate", RATE_FIELDS)) {
      ExchangeRate rate = exchangeRate(r, figures);
      declareOnce(rateIds, rate.id(), r, rate.id());
      rates.add(rate);
    }
    return build(top, () -> Dataset.of(company, name, currency, fiscalYearEnd, List.copyOf(documents.values()),
        declaredMetrics, declaredSegments, figures, rates).withAliases(aliases));
  }

  //-------------------------------------------------------------------------
  /**
   * An exchange rate: printed (a figure of the dataset in the target currency) or implied (one
   * document's original in {@code from} and its translation in {@code to}), with the dates it
   * applies to.
   */
  private ExchangeRate exchangeRate(JsonFields r, List<Figure> figures) {
    String id = r.string("id");
    Unit from = currency(r, "from");
    Unit to = currency(r, "to");
    if (from.equals(to)) {
      throw r.error("to", to.code(), "is the currency 'from' converts from: a rate converts between two currencies");
    }
    ReportingPeriod appliesTo = convert(r, "appliesTo", r.string("appliesTo"),
        text -> ReportingPeriod.parse(text, fiscalYearEnd), PERIOD_FORMS);
    Optional<JsonFields> printed = r.optionalObject("printed", "a printed rate", PRINTED_RATE_FIELDS);
    Optional<JsonFields> implied = r.optionalObject("implied", "an implied rate", IMPLIED_RATE_FIELDS);
    if (printed.isPresent() && implied.isPresent()) {
      throw r.error("implied", "implied", "is given beside 'printed': a rate is either printed or implied by an"
          + " original and its translation, not both");
    }
    if (printed.isEmpty() && implied.isEmpty()) {
      throw r.error("printed", "", "is missing: a rate is either printed (give 'printed') or implied by an original"
          + " and its translation (give 'implied')");
    }
    if (printed.isPresent()) {
      Figure rate = rateFigure(printed.get(), figures, to, "quoted", "the printed rate");
      return build(r, () -> ExchangeRate.printed(id, from, rate, appliesTo));
    }
    Figure original = rateFigure(implied.get(), figures, from, "quoted", "the original");
    Figure translation = rateFigure(implied.get(), figures, to, "translationQuoted", "the translation");
    return build(r, () -> ExchangeRate.implied(id, original, translation, appliesTo));
  }

  private Unit currency(JsonFields r, String field) {
    Unit unit = convert(r, field, r.string(field), Unit::parse, UNIT_FORMS);
    if (!unit.isCurrency()) {
      throw r.error(field, unit.code(), "is not a currency: expected an ISO 4217 code, such as \"USD\"");
    }
    return unit;
  }

  /**
   * The one report of a figure, printed by a document in a currency, whose quote contains the words
   * of field {@code quotedField} if given.
   */
  private Figure rateFigure(JsonFields ref, List<Figure> figures, Unit unit, String quotedField, String role) {
    String keyText = ref.string("figure");
    FigureKey key = convert(ref, "figure", keyText, text -> FigureKey.parse(text, fiscalYearEnd),
        "is not a figure key: expected metric/segment/period, such as \"revenue/total/FY2024\"");
    String document = ref.string("source");
    if (!documents.containsKey(document)) {
      throw ref.error("source", document, "is not a declared document");
    }
    Optional<String> quoted = ref.optionalString(quotedField);
    String words = quoted.orElse(null);
    List<Figure> matches = new ArrayList<>(1);
    for (Figure f : figures) {
      // The key's parts compared in place: making a key of every figure for every rate was a tenth of loading.
      if (f.metric().equals(key.metric()) && f.period().equals(key.period()) && f.segment().equals(key.segment())
          && f.source().document().id().equals(document) && f.unit().equals(unit)
          && (words == null || f.source().quote().contains(words))) {
        matches.add(f);
      }
    }
    if (matches.size() == 1) {
      return matches.get(0);
    }
    String which = " in " + unit + " by '" + document + "'" + quoted.map(w -> " quoting '" + w + "'").orElse("");
    if (matches.isEmpty()) {
      throw ref.error("figure", keyText, "names no report" + which + ": " + role + " must be a figure of the"
          + " dataset");
    }
    throw ref.error("figure", keyText, "names " + matches.size() + " reports" + which + ": " + role + " must be"
        + " exactly one (add '" + quotedField + "' words of its quote to tell reports apart)");
  }

  //-------------------------------------------------------------------------
  private Document document(JsonFields d) {
    String id = d.string("id");
    if (!isId(id)) {
      throw d.error("id", id, "is not a document id: expected lower-case letters, digits, '.', '_' and '-', "
          + "starting with a letter or digit");
    }
    String title = d.string("title");
    Optional<String> publisher = d.optionalString("publisher");
    Optional<URI> url = d.optionalString("url").map(text -> convert(d, "url", text, DatasetParser::httpUri,
        "is not an absolute http or https URL"));
    String language = d.string("language");
    if (!languages.contains(language)) {
      try {
        new Locale.Builder().setLanguageTag(language);
      } catch (IllformedLocaleException ex) {
        throw d.error("language", language, "is not a BCP 47 language tag, such as \"zh-Hant\" or \"en\"", ex);
      }
      languages.add(language);
    }
    Optional<LocalDate> date = d.optionalString("date").map(text -> convert(d, "date", text, LocalDate::parse,
        "is not an ISO date: expected yyyy-MM-dd, such as \"2025-12-21\""));
    DocumentClass documentClass = d.optionalString("class").map(text -> convert(d, "class", text, DocumentClass::parse,
        "is not a document class: expected filing (the company's own filing), compilation (a compilation of the"
        + " filing) or press")).orElse(DocumentClass.PRESS);
    return build(d, () -> new Document(id, title, publisher, url, language, date, documentClass));
  }

  private MetricDefinition metric(JsonFields m) {
    String id = m.string("id");
    Metric metric = convert(m, "id", id, Metric::of, NOT_A_METRIC_ID);
    String label = m.string("label");
    if (STANDARD_METRICS.contains(metric)) {
      throw m.error("id", id, "is a standard metric: declare only metrics beyond the standard catalogue");
    }
    declareOnce(metrics, metric, m, id);
    return build(m, () -> MetricDefinition.of(metric, label));
  }

  private SegmentDefinition segment(JsonFields s) {
    String id = s.string("id");
    Segment segment = convert(s, "id", id, Segment::of, NOT_A_SEGMENT_ID);
    String dimension = s.string("dimension");
    String label = s.string("label");
    if (segment.equals(Segment.TOTAL)) {
      throw s.error("id", id, "is built in: declare only segments beyond total");
    }
    declareOnce(segments, segment, s, id);
    return build(s, () -> new SegmentDefinition(segment, dimension, label));
  }

  /**
   * Records that an object declares an id, or fails if the id is taken. The map holds, for each
   * id, the object that declared it, whose pointer only a second declaration needs.
   */
  private static <K> void declareOnce(Map<K, JsonFields> declared, K key, JsonFields obj, String id) {
    JsonFields first = declared.putIfAbsent(key, obj);
    if (first != null) {
      throw obj.error("id", id, "is already declared at " + first.pointer());
    }
  }

  /**
   * The rule of {@link Document}'s id, {@code [a-z0-9][a-z0-9._-]*}, checked here so that the error
   * points at the id; a claim's id follows it too.
   */
  static boolean isId(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alphanumeric = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      if (!alphanumeric && (i == 0 || c != '.' && c != '_' && c != '-')) {
        return false;
      }
    }
    return true;
  }

  //-------------------------------------------------------------------------
  private Figure figure(JsonFields f) {
    String metricId = f.string("metric");
    Metric metric = convert(f, "metric", metricId, Metric::of, NOT_A_METRIC_ID);
    if (!STANDARD_METRICS.contains(metric) && !metrics.containsKey(metric)) {
      throw f.error("metric", metricId, "is neither a standard metric nor one declared under /metrics");
    }
    String segmentId = f.stringOrNull("segment");
    Segment segment = segmentId == null ? Segment.TOTAL : declaredSegment(f, segmentId);
    ReportingPeriod period = period(f, f.string("period"));
    BigDecimal value = number(f, "value", f.string("value"));
    String valueToText = f.stringOrNull("valueTo");
    Optional<BigDecimal> valueTo = valueToText == null ? Optional.empty()
        : Optional.of(number(f, "valueTo", valueToText));
    if (valueTo.isPresent() && valueTo.get().compareTo(value) < 0) {
      throw f.error("valueTo", valueTo.get().toPlainString(),
          "is less than value '" + value.toPlainString() + "': a printed range runs from value up to valueTo");
    }
    String scaleText = f.stringOrNull("scale");
    Scale scale = scaleText == null ? Scale.ONE : knownScale(f, scaleText);
    Unit unit = unit(f, f.string("unit"));
    String qualifierText = f.stringOrNull("qualifier");
    Qualifier qualifier = qualifierText == null ? Qualifier.EXACT : qualifier(f, qualifierText);
    Optional<String> currencyNote = f.optionalString("currencyNote");
    checkCurrency(f, unit, currencyNote);
    Source source = source(f.object("source", "a source", SOURCE_FIELDS));
    Optional<String> note = f.optionalString("note");
    Optional<String> doubt = f.optionalString("doubt");
    Amount amount = build(f, () -> new Amount(value, valueTo, scale, unit));
    String roundedToText = f.stringOrNull("roundedTo");
    Optional<BigDecimal> roundedTo = roundedToText == null ? Optional.empty()
        : Optional.of(roundedTo(f, roundedToText, amount));
    String basisText = f.stringOrNull("basis");
    FigureBasis basis = basisText == null ? FigureBasis.REPORTED : convert(f, "basis", basisText, FigureBasis::parse,
        "is not a basis: expected reported (the default), guidance (the company's own forecast) or forecast"
        + " (someone else's)");
    return build(f, () -> new Figure(metric, segment, period, amount, qualifier, source, currencyNote, note,
        doubt, roundedTo, basis));
  }

  private Segment declaredSegment(JsonFields f, String id) {
    Segment segment = convert(f, "segment", id, Segment::of, NOT_A_SEGMENT_ID);
    if (!segment.equals(Segment.TOTAL) && !segments.containsKey(segment)) {
      List<String> known = new ArrayList<>(List.of(Segment.TOTAL.id()));
      segments.keySet().forEach(s -> known.add(s.id()));
      throw f.error("segment", id, "is not a declared segment: expected one of " + String.join(", ", known));
    }
    return segment;
  }

  private ReportingPeriod period(JsonFields f, String text) {
    ReportingPeriod known = periods.get(text);
    if (known != null) {
      return known;
    }
    ReportingPeriod period;
    try {
      period = ReportingPeriod.parse(text, fiscalYearEnd);
    } catch (DateTimeException | IllegalArgumentException ex) {
      throw f.error("period", text, isReversedRange(text)
          ? "is not a period: its end is before its start"
          : "is not a period: " + PERIOD_FORMS, ex);
    }
    periods.put(text, period);
    return period;
  }

  private static boolean isReversedRange(String text) {
    String[] ends = text.strip().split("\\.\\.", -1);
    try {
      return ends.length == 2 && LocalDate.parse(ends[1]).isBefore(LocalDate.parse(ends[0]));
    } catch (DateTimeException ex) {
      return false;
    }
  }

  /** The stated rounding: a power of ten, in the figure's scale, that the printed number can be rounded to. */
  private static BigDecimal roundedTo(JsonFields f, String text, Amount amount) {
    if (!isRoundingUnit(text)) {
      throw f.error("roundedTo", text, "is not a rounding unit: expected a power of ten in the figure's scale,"
          + " such as \"1\", \"10\" or \"0.1\"");
    }
    BigDecimal unit = new BigDecimal(text);
    try {
      amount.checkRoundingUnit(unit);
    } catch (IllegalArgumentException ex) {
      throw f.error("roundedTo", text, "does not fit the printed value: " + ex.getMessage(), ex);
    }
    return unit;
  }

  /** Whether a text is {@code 1(0)*|0\.(0)*1}: a power of ten written plainly. */
  static boolean isRoundingUnit(String text) {
    int n = text.length();
    if (n == 0) {
      return false;
    }
    if (text.charAt(0) == '1') {
      return zeros(text, 1, n);
    }
    return n >= 3 && text.charAt(0) == '0' && text.charAt(1) == '.' && zeros(text, 2, n - 1)
        && text.charAt(n - 1) == '1';
  }

  private static boolean zeros(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  /** Whether a text is {@code [+-]?[0-9]+(\.[0-9]+)?}: digits with an optional sign and decimal point. */
  static boolean isPlainNumber(String text) {
    int n = text.length();
    int i = n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
    int digits = digits(text, i, n);
    if (digits == 0) {
      return false;
    }
    i += digits;
    if (i == n) {
      return true;
    }
    return text.charAt(i) == '.' && digits(text, i + 1, n) == n - i - 1 && i + 1 < n;
  }

  private static int digits(String text, int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  private static BigDecimal number(JsonFields f, String field, String text) {
    if (!isPlainNumber(text)) {
      throw f.error(field, text, "is not a number: expected digits with an optional sign and decimal point, "
          + "such as \"3052.3\"; the scale and the unit go in their own fields");
    }
    // Counted before it is parsed: parsing a million digits takes seconds.
    Optional<String> tooLarge = Limits.printedTextProblem(text);
    if (tooLarge.isPresent()) {
      throw f.error(field, text, tooLarge.get());
    }
    return new BigDecimal(text);
  }

  private Scale knownScale(JsonFields f, String text) {
    Scale known = scales.get(text);
    if (known == null) {
      known = scale(f, text);
      scales.put(text, known);
    }
    return known;
  }

  private static Scale scale(JsonFields f, String text) {
    return Vocabulary.scale(text).orElseThrow(() -> f.error("scale", text, "is not a scale: expected one of "
        + SCALE_CODES.stream().collect(Collectors.joining(", ")) + ", or another printed form of one of them ("
        + Vocabulary.scaleWords().stream().filter(w -> !SCALE_CODES.contains(w)).sorted()
            .collect(Collectors.joining(", ")) + ")"));
  }

  private static Unit unit(JsonFields f, String text) {
    Unit unit = convert(f, "unit", text, Unit::parse, UNIT_FORMS);
    if (!unit.code().equals(text)) {
      throw f.error("unit", text, UNIT_FORMS);
    }
    // Any lower-case word is a count noun to the model, so "usd" would load as a count of "usd"s.
    if (!unit.isCurrency()) {
      String upper = text.toUpperCase(Locale.ROOT);
      if (CURRENCY_CODES.contains(upper)) {
        throw f.error("unit", text, "is a currency code in lower case: write \"" + upper + "\"");
      }
    }
    return unit;
  }

  private static Qualifier qualifier(JsonFields f, String text) {
    if (!QUALIFIER_CODES.contains(text)) {
      throw f.error("qualifier", text, "is not a qualifier: expected one of " + String.join(", ", QUALIFIER_CODES));
    }
    return Qualifier.parse(text);
  }

  private void checkCurrency(JsonFields f, Unit unit, Optional<String> currencyNote) {
    boolean foreign = unit.currency().map(c -> !c.equals(currency)).orElse(false);
    if (foreign && currencyNote.isEmpty()) {
      throw f.error("unit", unit.code(), "differs from the dataset's currency " + currency.getCurrencyCode()
          + ": a figure in another currency needs a currencyNote saying why");
    }
    if (!foreign && currencyNote.isPresent()) {
      throw f.error("currencyNote", currencyNote.get(), "is only for a figure in a currency other than the dataset's "
          + currency.getCurrencyCode() + ", and this figure's unit is " + unit.code());
    }
  }

  private Source source(JsonFields s) {
    String id = s.string("document");
    Document document = documents.get(id);
    if (document == null) {
      throw s.error("document", id, "is not a declared document: expected one of "
          + String.join(", ", documents.keySet()));
    }
    String locator = s.string("locator");
    String quote = s.string("quote");
    return build(s, () -> Source.of(document, locator, quote));
  }

  //-------------------------------------------------------------------------
  private static MonthDay monthDay(String text) {
    return MonthDay.parse("--" + text);
  }

  private static URI httpUri(String text) {
    URI uri = URI.create(text);
    if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new IllegalArgumentException("Not an absolute http or https URI: '" + text + "'");
    }
    return uri;
  }

  /**
   * Converts a field's text with a function that rejects bad input with an exception, reporting
   * the rejection at the field and keeping it as the cause.
   */
  private static <T> T convert(JsonFields obj, String field, String text, Function<String, T> converter,
      String problem) {
    try {
      return converter.apply(text);
    } catch (IllegalArgumentException | DateTimeException ex) {
      throw obj.error(field, text, problem, ex);
    }
  }

  /**
   * Builds a model value whose parts were all checked; should the model still reject it, the
   * rejection is reported at the object, with the model's reason.
   */
  private static <T> T build(JsonFields obj, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | DateTimeException ex) {
      throw obj.objectError("is rejected by the model: " + ex.getMessage(), ex);
    }
  }
}
