package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A reported figure: a value as printed, for one metric, segment and period, with the range its
 * rounding allows and the source that prints it.
 * <p>
 * For example "營收已達到346萬美元" is revenue, total, FY2023, {@code 346萬 USD}, exact, and its range
 * is US$3,455,000 to US$3,465,000. "超過1365%" is {@code 1365 %} qualified {@link Qualifier#OVER}.
 * <p>
 * {@link #range()} applies {@link ApproximationConvention#DEFAULT} to "about" and "nearly"; use
 * {@link #range(ApproximationConvention)} for another convention. Open-ended qualifiers (over, at
 * least, under, at most) bound the value on one side only: "超過15億美元" is
 * {@code [1500000000, +∞)} ({@link Qualifier#range}); check {@link #isOpenEnded()}.
 * <p>
 * The rounding of a printed number is its coarsest reading unless the dataset states it
 * ({@link #roundedTo()}): "350萬" is 345萬 to 355萬, since its zero may be a rounding; the same
 * "350萬" stated as rounded to 1萬 is 349.5萬 to 350.5萬.
 * <p>
 * Equality includes the printed scale and the source: two sources printing the same number are two
 * figures.
 * <p>
 * This class is immutable and thread-safe. It is a class rather than a record only so that it can
 * remember its range, value, key and label, which every calculation, judgement and report reads,
 * often many times (issue 13: computing them afresh, or finding them in a shared cache, was a tenth
 * of a batch). Equality, hash code and accessors are those the record had: the eleven components
 * below, in order.
 */
public final class Figure implements Quantity {

  private final Metric metric;
  private final Segment segment;
  private final ReportingPeriod period;
  private final Amount amount;
  private final Qualifier qualifier;
  private final Source source;
  private final Optional<String> currencyNote;
  private final Optional<String> note;
  private final Optional<String> doubt;
  private final Optional<BigDecimal> roundedTo;
  private final FigureBasis basis;
  // Remembered when first read. Each is immutable with final fields, so a thread that reads one
  // unset computes an equal one: a race costs a recomputation, never a wrong value.
  private DecimalRange range;
  private BigDecimal value;
  private FigureKey key;
  private String label;

  /**
   * Creates a figure.
   *
   * @param metric  the metric, not null
   * @param segment  the segment, not null
   * @param period  the period, not null
   * @param amount  the amount, not null
   * @param qualifier  the qualifier, not null
   * @param source  the source, not null
   * @param currencyNote  the currency note, not null (use empty)
   * @param note  the note, not null (use empty)
   * @param doubt  the doubt, not null (use empty)
   * @param roundedTo  the stated rounding unit, not null (use empty); a power of ten the printed
   *     number can be rounded to ({@link Amount#checkRoundingUnit})
   * @param basis  reported, guidance or forecast, not null
   * @throws IllegalArgumentException if an argument is null or the rounding unit does not fit the
   *     printed number
   */
  public Figure(Metric metric, Segment segment, ReportingPeriod period, Amount amount, Qualifier qualifier,
      Source source, Optional<String> currencyNote, Optional<String> note, Optional<String> doubt,
      Optional<BigDecimal> roundedTo, FigureBasis basis) {
    Args.notNull(metric, "metric");
    Args.notNull(segment, "segment");
    Args.notNull(period, "period");
    Args.notNull(amount, "amount");
    Args.notNull(qualifier, "qualifier");
    Args.notNull(source, "source");
    Args.notNull(currencyNote, "currencyNote");
    Args.notNull(note, "note");
    Args.notNull(doubt, "doubt");
    Args.notNull(roundedTo, "roundedTo");
    Args.notNull(basis, "basis");
    roundedTo.ifPresent(amount::checkRoundingUnit);
    this.metric = metric;
    this.segment = segment;
    this.period = period;
    this.amount = amount;
    this.qualifier = qualifier;
    this.source = source;
    this.currencyNote = currencyNote;
    this.note = note;
    this.doubt = doubt;
    this.roundedTo = roundedTo;
    this.basis = basis;
  }

  /**
   * What is measured.
   *
   * @return the metric
   */
  public Metric metric() {
    return metric;
  }

  /**
   * Which part of the company.
   *
   * @return the segment
   */
  public Segment segment() {
    return segment;
  }

  /**
   * When.
   *
   * @return the period
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * The value as printed, with scale and unit.
   *
   * @return the amount
   */
  public Amount amount() {
    return amount;
  }

  /**
   * What the surrounding words say about the value.
   *
   * @return the qualifier
   */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * Where it was printed.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * Why the figure is in a currency other than the dataset's, if it is.
   *
   * @return the note, or empty
   */
  public Optional<String> currencyNote() {
    return currencyNote;
  }

  /**
   * Anything a reader must know, such as a suspected typo.
   *
   * @return the note, or empty
   */
  public Optional<String> note() {
    return note;
  }

  /**
   * Why this report is doubted, if it is: a doubted report is kept and shown, but a calculation
   * uses it only when no undoubted report exists (see {@link FigureLookup#preferred()}).
   *
   * @return the doubt, or empty
   */
  public Optional<String> doubt() {
    return doubt;
  }

  /**
   * The unit the source rounded the number to, in its printed scale, when the dataset states it
   * ("3460" thousand from a table exact to the thousand is rounded to {@code 1}); empty for the
   * coarsest reading of the printed digits ({@link Amount#roundingRange()}).
   *
   * @return the rounding unit, or empty
   */
  public Optional<BigDecimal> roundedTo() {
    return roundedTo;
  }

  /**
   * Whether the figure is a reported result or guidance or a forecast ({@link FigureBasis}):
   * guidance is not a result.
   *
   * @return the basis
   */
  public FigureBasis basis() {
    return basis;
  }

  /**
   * Creates a reported figure ({@link FigureBasis#REPORTED}).
   *
   * @param metric  the metric, not null
   * @param segment  the segment, not null
   * @param period  the period, not null
   * @param amount  the amount, not null
   * @param qualifier  the qualifier, not null
   * @param source  the source, not null
   * @param currencyNote  the currency note, not null (use empty)
   * @param note  the note, not null (use empty)
   * @param doubt  the doubt, not null (use empty)
   * @param roundedTo  the stated rounding unit, not null (use empty)
   * @throws IllegalArgumentException if an argument is null or the rounding unit does not fit the
   *     printed number
   */
  public Figure(Metric metric, Segment segment, ReportingPeriod period, Amount amount, Qualifier qualifier,
      Source source, Optional<String> currencyNote, Optional<String> note, Optional<String> doubt,
      Optional<BigDecimal> roundedTo) {
    this(metric, segment, period, amount, qualifier, source, currencyNote, note, doubt, roundedTo,
        FigureBasis.REPORTED);
  }

  /**
   * Obtains an exact figure with no notes.
   *
   * @param key  the metric, segment and period
   * @param amount  the value as printed
   * @param source  where it was printed
   * @return the figure
   */
  public static Figure of(FigureKey key, Amount amount, Source source) {
    return of(key, amount, Qualifier.EXACT, source);
  }

  /**
   * Obtains a qualified figure with no notes.
   *
   * @param key  the metric, segment and period
   * @param amount  the value as printed
   * @param qualifier  the qualifier
   * @param source  where it was printed
   * @return the figure
   */
  public static Figure of(FigureKey key, Amount amount, Qualifier qualifier, Source source) {
    Args.notNull(key, "key");
    return new Figure(key.metric(), key.segment(), key.period(), amount, qualifier, source,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy whose rounding the dataset states.
   *
   * @param unit  the rounding unit in the printed scale, such as {@code 1} for a table exact to its unit
   * @return the figure rounded to that unit
   * @throws IllegalArgumentException if the unit does not fit the printed number
   */
  public Figure withRoundedTo(BigDecimal unit) {
    return new Figure(metric, segment, period, amount, qualifier, source, currencyNote, note, doubt,
        Optional.of(Args.notNull(unit, "unit")), basis);
  }

  /**
   * Returns a copy on another basis, such as the company's guidance.
   *
   * @param newBasis  reported, guidance or forecast
   * @return the figure on that basis
   * @throws IllegalArgumentException if the basis is null
   */
  public Figure withBasis(FigureBasis newBasis) {
    return new Figure(metric, segment, period, amount, qualifier, source, currencyNote, note, doubt, roundedTo,
        Args.notNull(newBasis, "newBasis"));
  }

  /**
   * Checks whether the figure is a reported result, not guidance or a forecast.
   *
   * @return true if {@link #basis()} is {@link FigureBasis#REPORTED}
   */
  public boolean isReported() {
    return basis.isReported();
  }

  /**
   * The unit the number is rounded to, in its printed scale: the stated {@link #roundedTo()}, else
   * the coarsest reading of the printed digits ({@link Amount#coarsestRoundingUnit()}).
   *
   * @return the rounding unit, a power of ten
   */
  public BigDecimal roundingUnit() {
    return roundedTo.orElseGet(amount::coarsestRoundingUnit);
  }

  /**
   * Checks whether the printed digits could be read to more than one precision and the dataset
   * does not say which: "350萬" without {@link #roundedTo()}.
   *
   * @return true if the rounding is ambiguous
   */
  public boolean hasAmbiguousRounding() {
    return roundedTo.isEmpty() && amount.hasAmbiguousZeros();
  }

  /**
   * The metric, segment and period this figure reports.
   *
   * @return the key
   */
  public FigureKey key() {
    FigureKey k = key;
    if (k == null) {
      k = new FigureKey(metric, segment, period);
      key = k;
    }
    return k;
  }

  @Override
  public BigDecimal value() {
    BigDecimal v = value;
    if (v == null) {
      v = amount.baseValue();
      value = v;
    }
    return v;
  }

  @Override
  public Unit unit() {
    return amount.unit();
  }

  /**
   * The range the printed digits allow, before any qualifier: half a {@link #roundingUnit()} either
   * side, at base scale.
   *
   * @return the rounding range
   */
  public DecimalRange roundingRange() {
    return amount.roundingRange(roundingUnit());
  }

  /**
   * The range under {@link ApproximationConvention#DEFAULT}.
   *
   * @return the range at base scale
   */
  @Override
  public DecimalRange range() {
    DecimalRange r = range;
    if (r == null) {
      r = range(ApproximationConvention.DEFAULT);
      range = r;
    }
    return r;
  }

  /**
   * The range under a given convention for "about" and "nearly": the rounding range for an exact
   * figure, that range widened for about and nearly, and a range bounded on one side only for
   * over, at least, under and at most ({@link Qualifier#range}).
   *
   * @param convention  the convention
   * @return the range at base scale
   */
  public DecimalRange range(ApproximationConvention convention) {
    Args.notNull(convention, "convention");
    return qualifier.range(amount, roundingUnit(), convention);
  }

  /**
   * Checks whether the dataset doubts this report (a suspected typo or mislabelling).
   *
   * @return true if {@link #doubt()} is present
   */
  public boolean isDoubted() {
    return doubt.isPresent();
  }

  /**
   * Checks whether the source bounds the value on one side only ("over", "at least"...).
   *
   * @return true if the qualifier is open-ended
   */
  public boolean isOpenEnded() {
    return qualifier.isOpenEnded();
  }

  @Override
  public String label() {
    String l = label;
    if (l == null) {
      l = metric + (segment.isTotal() ? "" : " " + segment) + " " + period;
      label = l;
    }
    return l;
  }

  /**
   * Returns the key, the printed amount with its qualifier, the range and the document.
   *
   * @return a readable form, such as {@code revenue FY2023 = 346萬 USD [3455000, 3465000] (qbitai-seed)}
   *     or {@code funding_raised 2025-12-21 = over 15億 USD ≥ 1500000000 (qbitai-seed)}
   */
  @Override
  public String toString() {
    return label() + " = " + qualifier.describe(amount) + " " + range() + " (" + source.document().id() + ")";
  }

  /**
   * Checks whether another object is a figure with equal components (the printed value's scale
   * counts, as {@link Amount} compares it).
   *
   * @param other  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Figure f && metric.equals(f.metric) && segment.equals(f.segment)
        && period.equals(f.period) && amount.equals(f.amount) && qualifier == f.qualifier && source.equals(f.source)
        && currencyNote.equals(f.currencyNote) && note.equals(f.note) && doubt.equals(f.doubt)
        && roundedTo.equals(f.roundedTo) && basis == f.basis;
  }

  /**
   * A hash code consistent with {@link #equals}, computed as a record's would be (so that the order
   * of hashed collections of figures did not change when this became a class).
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = metric.hashCode();
    h = 31 * h + segment.hashCode();
    h = 31 * h + period.hashCode();
    h = 31 * h + amount.hashCode();
    h = 31 * h + qualifier.hashCode();
    h = 31 * h + source.hashCode();
    h = 31 * h + currencyNote.hashCode();
    h = 31 * h + note.hashCode();
    h = 31 * h + doubt.hashCode();
    h = 31 * h + roundedTo.hashCode();
    return 31 * h + basis.hashCode();
  }
}
