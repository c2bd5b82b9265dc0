package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link Dataset} in code, step by step, in the words of its JSON file: a company, its
 * documents, segments and metrics, then its figures, each with the words that state it.
 * <p>
 * For example:
 * <pre>
 *   Dataset acme = Dataset.builder("Acme Robotics Ltd.", "Acme", "USD")
 *       .document("acme-prospectus", "Acme Robotics prospectus", "en")
 *       .figure(f -&gt; f.key("revenue/total/FY2024").value("30.52").scale("million").unit("USD")
 *           .source("acme-prospectus", "Financial summary", "revenue of US$30.52 million"))
 *       .figure(f -&gt; f.key("revenue/total/FY2023").value("3.46").scale("million").unit("USD")
 *           .source("acme-prospectus", "Financial summary", "US$3.46 million in 2023"))
 *       .build();
 * </pre>
 * The fields and their rules are those of {@code docs/data-format.md}; {@link #build()} checks the
 * whole dataset as {@link Dataset#of} does. Scales are written as their codes ({@code one},
 * {@code thousand}, {@code 萬}, {@code million}, {@code 億}, {@code billion}, {@code 萬億}).
 * <p>
 * Each step returns a new builder, so a builder can be kept and extended. This class is immutable
 * and thread-safe.
 */
public final class DatasetBuilder {

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  private final String company;
  private final String name;
  private final Currency currency;
  private final MonthDay fiscalYearEnd;
  private final List<Document> documents;
  private final List<MetricDefinition> metrics;
  private final List<SegmentDefinition> segments;
  private final List<Figure> figures;

  private DatasetBuilder(String company, String name, Currency currency, MonthDay fiscalYearEnd,
      List<Document> documents, List<MetricDefinition> metrics, List<SegmentDefinition> segments,
      List<Figure> figures) {
    this.company = company;
    this.name = name;
    this.currency = currency;
    this.fiscalYearEnd = fiscalYearEnd;
    this.documents = List.copyOf(documents);
    this.metrics = List.copyOf(metrics);
    this.segments = List.copyOf(segments);
    this.figures = List.copyOf(figures);
  }

  /**
   * Starts a dataset whose fiscal year ends on 31 December.
   *
   * @param company  the company's legal or common name, not blank
   * @param name  the short name used in reports, not blank
   * @param currency  the ISO 4217 reporting currency, such as {@code "USD"}
   * @return the builder
   * @throws IllegalArgumentException if a name is blank or the currency unknown
   */
  static DatasetBuilder start(String company, String name, String currency) {
    Args.notBlank(company, "company");
    Args.notBlank(name, "name");
    Unit unit = Unit.parse(Args.notBlank(currency, "currency"));
    Currency c = unit.currency().orElseThrow(() -> new IllegalArgumentException(
        "Argument 'currency' must be an ISO 4217 currency code but has value '" + currency + "'"));
    return new DatasetBuilder(company, name, c, MonthDay.of(12, 31), List.of(), List.of(), List.of(), List.of());
  }

  //-------------------------------------------------------------------------
  /**
   * Sets the month and day the fiscal year ends, as the JSON's {@code fiscalYearEnd}.
   *
   * @param monthDay  the end, {@code MM-dd}, such as {@code "03-31"}
   * @return the new builder
   * @throws IllegalArgumentException if the text is not a month and day
   */
  public DatasetBuilder fiscalYearEnd(String monthDay) {
    Args.notNull(monthDay, "monthDay");
    MonthDay end;
    try {
      end = MonthDay.parse(monthDay, MONTH_DAY);
    } catch (DateTimeParseException ex) {
      throw new IllegalArgumentException("Argument 'monthDay' must be MM-dd, such as 03-31, but has value '"
          + monthDay + "'", ex);
    }
    return new DatasetBuilder(company, name, currency, end, documents, metrics, segments, figures);
  }

  /**
   * Declares a document that figures cite.
   *
   * @param id  the document's id, such as {@code "acme-prospectus"}
   * @param title  its title
   * @param language  the language tag of the quotes taken from it, such as {@code "zh-Hant"}
   * @return the new builder
   * @throws IllegalArgumentException if an argument is invalid (see {@link Document})
   */
  public DatasetBuilder document(String id, String title, String language) {
    return document(Document.of(id, title, language));
  }

  /**
   * Declares a document with every field of {@link Document}.
   *
   * @param document  the document
   * @return the new builder
   * @throws IllegalArgumentException if the document is null
   */
  public DatasetBuilder document(Document document) {
    List<Document> more = new ArrayList<>(documents);
    more.add(Args.notNull(document, "document"));
    return new DatasetBuilder(company, name, currency, fiscalYearEnd, more, metrics, segments, figures);
  }

  /**
   * Declares a metric beyond the standard catalogue.
   *
   * @param id  the metric's id, such as {@code "robots_in_service"}
   * @param label  how reports name it
   * @return the new builder
   * @throws IllegalArgumentException if an argument is invalid
   */
  public DatasetBuilder metric(String id, String label) {
    List<MetricDefinition> more = new ArrayList<>(metrics);
    more.add(MetricDefinition.of(Metric.of(id), label));
    return new DatasetBuilder(company, name, currency, fiscalYearEnd, documents, more, segments, figures);
  }

  /**
   * Declares a segment beyond the total.
   *
   * @param id  the segment's id, such as {@code "consumer"}
   * @param dimension  what the segments of its kind divide, such as {@code "business"}
   * @param label  how reports name it
   * @return the new builder
   * @throws IllegalArgumentException if an argument is invalid
   */
  public DatasetBuilder segment(String id, String dimension, String label) {
    List<SegmentDefinition> more = new ArrayList<>(segments);
    more.add(new SegmentDefinition(Segment.of(id), dimension, label));
    return new DatasetBuilder(company, name, currency, fiscalYearEnd, documents, metrics, more, figures);
  }

  /**
   * Adds a figure, described field by field.
   * <p>
   * For example {@code figure(f -> f.key("cash_reserves/total/2025-09-30").value("11.02").scale("億")
   * .unit("USD").qualifier("over").source("seed", "¶3", "現金儲備超過11.02億美元"))}.
   *
   * @param describe  fills in the figure's fields, starting from an empty description
   * @return the new builder
   * @throws IllegalArgumentException if a field is missing or invalid, or the figure cites a
   *     document not declared before it
   */
  public DatasetBuilder figure(UnaryOperator<FigureFields> describe) {
    FigureFields fields = Args.notNull(describe, "describe").apply(new FigureFields());
    Args.notNull(fields, "the description's result");
    List<Figure> more = new ArrayList<>(figures);
    more.add(fields.toFigure(this, figures.size()));
    return new DatasetBuilder(company, name, currency, fiscalYearEnd, documents, metrics, segments, more);
  }

  /**
   * Builds the dataset, checking every figure against the declarations as {@link Dataset#of} does.
   *
   * @return the dataset
   * @throws IllegalArgumentException if an id is declared twice, or a figure refers to something
   *     undeclared or is in another currency without a currency note
   */
  public Dataset build() {
    return Dataset.of(company, name, currency, fiscalYearEnd, documents, metrics, segments, figures);
  }

  private Document declared(String documentId, int figure) {
    return documents.stream().filter(d -> d.id().equals(documentId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Figure " + figure + " cites document '" + documentId
            + "', which is not declared: declare it with document(...) first; declared: "
            + documents.stream().map(Document::id).toList()));
  }

  /**
   * Returns the company and the number of declarations so far.
   *
   * @return a readable form, such as {@code DatasetBuilder Acme (Acme Robotics Ltd., USD): 2 figures}
   */
  @Override
  public String toString() {
    return "DatasetBuilder " + name + " (" + company + ", " + currency.getCurrencyCode() + "): " + documents.size()
        + " documents, " + figures.size() + " figures";
  }

  //-------------------------------------------------------------------------
  /**
   * The fields of one figure, as its JSON object has them: {@code key} (or {@code metric},
   * {@code segment}, {@code period}), {@code value}, {@code valueTo}, {@code scale}, {@code unit},
   * {@code qualifier}, {@code source}, {@code currencyNote}, {@code note}, {@code doubt}.
   * <p>
   * Each step returns a new description. This class is immutable and thread-safe.
   */
  public static final class FigureFields {
    private final Optional<String> key;
    private final Optional<String> value;
    private final Optional<String> valueTo;
    private final String scale;
    private final Optional<String> unit;
    private final String qualifier;
    private final Optional<String[]> source;
    private final Optional<String> currencyNote;
    private final Optional<String> note;
    private final Optional<String> doubt;
    private final Optional<String> roundedTo;

    FigureFields() {
      this(Optional.empty(), Optional.empty(), Optional.empty(), Scale.ONE.code(), Optional.empty(),
          Qualifier.EXACT.code(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());
    }

    private FigureFields(Optional<String> key, Optional<String> value, Optional<String> valueTo, String scale,
        Optional<String> unit, String qualifier, Optional<String[]> source, Optional<String> currencyNote,
        Optional<String> note, Optional<String> doubt, Optional<String> roundedTo) {
      this.key = key;
      this.value = value;
      this.valueTo = valueTo;
      this.scale = scale;
      this.unit = unit;
      this.qualifier = qualifier;
      this.source = source;
      this.currencyNote = currencyNote;
      this.note = note;
      this.doubt = doubt;
      this.roundedTo = roundedTo;
    }

    /**
     * Sets metric, segment and period at once.
     *
     * @param figureKey  such as {@code "revenue/total/FY2024"} or {@code "cash_reserves/total/2025-09-30"}
     * @return the new description
     */
    public FigureFields key(String figureKey) {
      return new FigureFields(Optional.of(Args.notBlank(figureKey, "figureKey")), value, valueTo, scale, unit,
          qualifier, source, currencyNote, note, doubt, roundedTo);
    }

    /**
     * Sets the number as printed, digits with an optional sign and decimal point.
     *
     * @param printed  such as {@code "3052.3"}; trailing zeros are kept, they are precision
     * @return the new description
     */
    public FigureFields value(String printed) {
      return new FigureFields(key, Optional.of(Args.notBlank(printed, "printed")), valueTo, scale, unit, qualifier,
          source, currencyNote, note, doubt, roundedTo);
    }

    /**
     * Sets the upper end of a printed range such as "400至550億".
     *
     * @param printed  the upper end, as printed
     * @return the new description
     */
    public FigureFields valueTo(String printed) {
      return new FigureFields(key, value, Optional.of(Args.notBlank(printed, "printed")), scale, unit, qualifier,
          source, currencyNote, note, doubt, roundedTo);
    }

    /**
     * Sets the scale code; {@code one} if not set.
     *
     * @param code  {@code one}, {@code thousand}, {@code 萬}, {@code million}, {@code 億},
     *     {@code billion} or {@code 萬億}
     * @return the new description
     */
    public FigureFields scale(String code) {
      return new FigureFields(key, value, valueTo, Args.notBlank(code, "code"), unit, qualifier, source,
          currencyNote, note, doubt, roundedTo);
    }

    /**
     * Sets the unit.
     *
     * @param code  an ISO 4217 currency code, {@code %}, {@code x}, a duration or a count noun
     * @return the new description
     */
    public FigureFields unit(String code) {
      return new FigureFields(key, value, valueTo, scale, Optional.of(Args.notBlank(code, "code")), qualifier,
          source, currencyNote, note, doubt, roundedTo);
    }

    /**
     * Sets what the words around the number say; {@code exact} if not set.
     *
     * @param code  {@code exact}, {@code over}, {@code at_least}, {@code under}, {@code at_most},
     *     {@code about} or {@code nearly}
     * @return the new description
     */
    public FigureFields qualifier(String code) {
      return new FigureFields(key, value, valueTo, scale, unit, Args.notBlank(code, "code"), source, currencyNote,
          note, doubt, roundedTo);
    }

    /**
     * Sets where the figure was printed.
     *
     * @param document  the id of a document declared before
     * @param locator  where in it, such as a section and paragraph
     * @param quote  the words that state the figure, verbatim, in the document's language
     * @return the new description
     */
    public FigureFields source(String document, String locator, String quote) {
      String[] s = {Args.notBlank(document, "document"), Args.notBlank(locator, "locator"),
          Args.notBlank(quote, "quote")};
      return new FigureFields(key, value, valueTo, scale, unit, qualifier, Optional.of(s), currencyNote, note, doubt,
          roundedTo);
    }

    /**
     * Sets why the figure is in a currency other than the dataset's.
     *
     * @param text  the note
     * @return the new description
     */
    public FigureFields currencyNote(String text) {
      return new FigureFields(key, value, valueTo, scale, unit, qualifier, source,
          Optional.of(Args.notBlank(text, "text")), note, doubt, roundedTo);
    }

    /**
     * Sets a note a reader must see.
     *
     * @param text  the note
     * @return the new description
     */
    public FigureFields note(String text) {
      return new FigureFields(key, value, valueTo, scale, unit, qualifier, source, currencyNote,
          Optional.of(Args.notBlank(text, "text")), doubt, roundedTo);
    }

    /**
     * Sets why the dataset doubts this report (kept and shown, used only when nothing else is reported).
     *
     * @param reason  the reason, such as a typo the compilation names
     * @return the new description
     */
    public FigureFields doubt(String reason) {
      return new FigureFields(key, value, valueTo, scale, unit, qualifier, source, currencyNote, note,
          Optional.of(Args.notBlank(reason, "reason")), roundedTo);
    }

    /**
     * States the unit the source rounded the number to, in its printed scale, where its trailing
     * zeros are digits and not a rounding: {@code roundedTo("1")} for 350萬 exact to the 萬, as the
     * JSON's {@code roundedTo}. Without it a number ending in zeros takes the coarsest reading.
     *
     * @param unit  a power of ten, such as {@code "1"} or {@code "10"}
     * @return the new description
     */
    public FigureFields roundedTo(String unit) {
      return new FigureFields(key, value, valueTo, scale, this.unit, qualifier, source, currencyNote, note, doubt,
          Optional.of(Args.notBlank(unit, "unit")));
    }

    private Figure toFigure(DatasetBuilder dataset, int index) {
      String where = "Figure " + index;
      FigureKey k = FigureKey.parse(key.orElseThrow(() -> missing(where, "key")), dataset.fiscalYearEnd);
      Unit u = Unit.parse(unit.orElseThrow(() -> missing(where, "unit")));
      Scale s = Scale.ofCode(scale);
      BigDecimal from = Args.decimal(value.orElseThrow(() -> missing(where, "value")), "value");
      Amount amount = valueTo.isPresent() ? Amount.ofRange(from, Args.decimal(valueTo.get(), "valueTo"), s, u)
          : Amount.of(from, s, u);
      String[] src = source.orElseThrow(() -> missing(where, "source"));
      Source printedIn = Source.of(dataset.declared(src[0], index), src[1], src[2]);
      return new Figure(k.metric(), k.segment(), k.period(), amount, Qualifier.parse(qualifier), printedIn,
          currencyNote, note, doubt, roundedTo.map(r -> Args.decimal(r, "roundedTo")));
    }

    private static IllegalArgumentException missing(String where, String field) {
      return new IllegalArgumentException(where + " has no " + field + ": a figure requires this field");
    }

    /**
     * Returns the fields set so far.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "FigureFields " + key.orElse("(no key)") + " " + value.orElse("(no value)") + " " + scale + " "
          + unit.orElse("(no unit)");
    }
  }
}
