package dev.prospectus.format;

import dev.prospectus.model.Amount;
import dev.prospectus.model.ApproximationConvention;
import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Qualifier;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure as printed in running text: the amount with its scale and unit, what the words around
 * it say about it, and the text itself.
 * <p>
 * For example "約5億美元" is {@code 5億 USD} qualified {@link Qualifier#ABOUT}. Its rounding range is
 * US$450,000,000 to US$550,000,000 (half a unit of the last printed digit, 0.5億); under
 * {@link ApproximationConvention#DEFAULT} "about" adds 5% of 500,000,000 either side, so
 * {@link #range()} is US$425,000,000 to US$575,000,000.
 * <p>
 * The text always states the amount and qualifier: the constructor reads the text again with
 * {@link FigureParser} and rejects a mismatch, reading "元" alone as the amount's currency. So
 * {@link #toString()} returns the text, and {@link #parse} reads it back to an equal figure unless
 * the text prints "元" alone for a currency other than CNY (then use
 * {@link FigureParser#parse(String, dev.prospectus.model.Unit)} with that currency).
 * <p>
 * Equality compares the amount (printed scale counts: "0.50%" is not "0.5%"), the qualifier and the
 * text, so "346萬美元" and "346 萬美元" are different printings of the same amount.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PrintedFigure {

  private final Amount amount;
  private final Qualifier qualifier;
  private final String text;
  // Remembered when first read: a claim's printed number is judged each time the claim is verified.
  // Immutable, so a race costs a recomputation, never a wrong value.
  private BigDecimal value;
  private DecimalRange roundingRange;
  private BigDecimal precision;
  // 0 unknown, 1 no, 2 yes: a claim's printed number is judged again at every verification.
  private byte ambiguousZeros;

  /** The parser's own path: it has just read the amount and qualifier from the text. */
  PrintedFigure(Amount amount, Qualifier qualifier, String text) {
    this.amount = amount;
    this.qualifier = qualifier;
    this.text = text;
  }

  /**
   * Obtains a printed figure, checking that the text states the amount and the qualifier.
   *
   * @param amount  the number as printed, with its scale and unit, and the upper end of a printed range
   * @param qualifier  what the surrounding words say about the number: exact, over, about...
   * @param text  the text as printed, such as {@code "約5億美元"}
   * @return the printed figure
   * @throws FigureParseException if the text is not a figure
   * @throws IllegalArgumentException if an argument is null or the text states another amount or
   *     qualifier
   */
  public static PrintedFigure of(Amount amount, Qualifier qualifier, String text) {
    Args.notNull(amount, "amount");
    Args.notNull(qualifier, "qualifier");
    Args.notNull(text, "text");
    FigureParser.Reading reading = FigureParser.read(text,
        amount.unit().isCurrency() ? amount.unit() : Vocabulary.DEFAULT_CURRENCY);
    if (!reading.amount().equals(amount) || reading.qualifier() != qualifier) {
      throw new IllegalArgumentException("Printed figure text '" + text + "' states '"
          + describe(reading.amount(), reading.qualifier()) + "', not '" + describe(amount, qualifier) + "'");
    }
    return new PrintedFigure(amount, qualifier, text);
  }

  /**
   * The number as printed, with its scale and unit, and the upper end of a printed range.
   *
   * @return the amount
   */
  public Amount amount() {
    return amount;
  }

  /**
   * What the surrounding words say about the number: exact, over, about...
   *
   * @return the qualifier
   */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * The text as printed, such as {@code "約5億美元"}.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  private static String describe(Amount amount, Qualifier qualifier) {
    return qualifier == Qualifier.EXACT ? "exact " + amount : qualifier.describe(amount);
  }

  /**
   * Parses a figure as printed, reading "元" alone as CNY; see {@link FigureParser} for the forms.
   *
   * @param text  the text, such as {@code "346萬美元"}
   * @return the figure
   * @throws FigureParseException if the text is not a figure
   * @throws IllegalArgumentException if the text is null
   */
  public static PrintedFigure parse(String text) {
    return FigureParser.parse(text);
  }

  /**
   * The point value at base scale: the printed number times its scale, or the midpoint of a
   * printed range. "346萬美元" gives 3460000.
   *
   * @return the value in the amount's unit
   */
  public BigDecimal value() {
    BigDecimal v = value;
    if (v == null) {
      v = amount.baseValue();
      value = v;
    }
    return v;
  }

  /**
   * The range the printed digits allow, before any qualifier, under the coarsest reading
   * ({@link Amount#roundingRange()}): "346萬美元" gives {@code [3455000, 3465000]}, "3050萬美元"
   * {@code [30450000, 30550000]}.
   *
   * @return the rounding range
   */
  public DecimalRange roundingRange() {
    DecimalRange r = roundingRange;
    if (r == null) {
      r = amount.roundingRange();
      roundingRange = r;
    }
    return r;
  }

  /**
   * The unit of the last printed digit at base scale: "782.2%" gives {@code 0.1}, "3052萬美元"
   * {@code 1E+4} ({@link Amount#finestRoundingUnit()} times the scale).
   *
   * @return the unit, a positive power of ten
   */
  public BigDecimal precision() {
    BigDecimal p = precision;
    if (p == null) {
      p = amount.finestRoundingUnit().scaleByPowerOfTen(amount.scale().exponent());
      precision = p;
    }
    return p;
  }

  /**
   * Whether the printing ends in zeros that may or may not be significant
   * ({@link Amount#hasAmbiguousZeros()}): "3050萬", "800%"; not "346萬" or "1.80億".
   *
   * @return true if the coarsest and the finest readings differ
   */
  public boolean hasAmbiguousZeros() {
    byte known = ambiguousZeros;
    if (known == 0) {
      known = amount.hasAmbiguousZeros() ? (byte) 2 : (byte) 1;
      ambiguousZeros = known;
    }
    return known == 2;
  }

  /**
   * The range the printed digits allow when every printed digit is significant, under a given
   * convention: "3050萬美元" gives {@code [30495000, 30505000]}. Equal to {@link #range} unless the
   * number ends in ambiguous zeros ({@link Amount#hasAmbiguousZeros()}).
   *
   * @param convention  the convention for about and nearly
   * @return the range of the finest reading, at base scale
   */
  public DecimalRange finestRange(ApproximationConvention convention) {
    Args.notNull(convention, "convention");
    return qualifier.range(amount, amount.finestRoundingUnit(), convention);
  }

  /**
   * The range under {@link ApproximationConvention#DEFAULT}: "近乎50%" gives {@code [47, 50.5]}.
   *
   * @return the range at base scale
   */
  public DecimalRange range() {
    return range(ApproximationConvention.DEFAULT);
  }

  /**
   * The range under a given convention for "about" and "nearly", which widens the rounding range
   * as {@link ApproximationConvention#widen} documents. An exact figure keeps the rounding range;
   * over, at least, under and at most bound the value on one side only, at the number as printed
   * ({@link Qualifier#range}): "超過15億美元" is {@code [1500000000, +∞)}.
   *
   * @param convention  the convention
   * @return the range at base scale
   * @throws IllegalArgumentException if the convention is null
   */
  public DecimalRange range(ApproximationConvention convention) {
    Args.notNull(convention, "convention");
    return qualifier.range(amount, amount.coarsestRoundingUnit(), convention);
  }

  /**
   * Checks whether another object is a printed figure with an equal amount (scale counts), the same
   * qualifier and the same text.
   *
   * @param other  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof PrintedFigure p && amount.equals(p.amount) && qualifier == p.qualifier
        && text.equals(p.text);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(amount, qualifier, text);
  }

  /**
   * Returns the text as printed.
   *
   * @return the text, readable by {@link #parse}
   */
  @Override
  public String toString() {
    return text;
  }
}
