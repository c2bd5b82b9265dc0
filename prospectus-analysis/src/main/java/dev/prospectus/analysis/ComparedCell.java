package dev.prospectus.analysis;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Derived;
import dev.prospectus.format.Formats;
import dev.prospectus.internal.Args;
import dev.prospectus.model.ConvertedReport;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One company's cell in a comparison row: a value with its range ({@link Computed}), or a gap that
 * says why there is none ({@link Missing}), as a type and in words.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface ComparedCell permits ComparedCell.Computed, ComparedCell.Missing {

  /** Why a company's cell holds no value. */
  enum Reason {
    /** The company's analysis has no such calculation: its dataset lacks an input, or the period. */
    NOT_COMPUTED,
    /** The calculation was made but its formula does not apply to the inputs (a negative base, say). */
    NOT_MEANINGFUL,
    /**
     * The value is money in another currency than the one asked for, and the company's dataset has
     * no sourced exchange rate that applies to its periods: no number is shown rather than an
     * invented conversion.
     */
    NO_EXCHANGE_RATE
  }

  /**
   * The company's calculation behind the cell, if it has one (a {@link Missing} cell for a rate
   * that is lacking keeps the value in the company's own currency).
   *
   * @return the calculation, empty for {@link Reason#NOT_COMPUTED}
   */
  Optional<Calculation> calculation();

  /**
   * Checks whether the cell shows a value.
   *
   * @return true for {@link Computed}
   */
  boolean hasValue();

  /**
   * A value: the company's calculation, and the same value in the currency asked for when it is
   * money in another one, converted at a sourced rate of the company's dataset (the range carries the
   * rate's range).
   *
   * @param derived  the company's calculation, in its own unit
   * @param converted  the value in the target currency, if it was converted
   */
  record Computed(Derived derived, Optional<ConvertedReport> converted) implements ComparedCell {

    /**
     * Creates the cell.
     *
     * @param derived  the calculation, not null
     * @param converted  the conversion, not null (use empty)
     * @throws IllegalArgumentException if an argument is null, or the conversion is of another value
     */
    public Computed {
      Args.notNull(derived, "derived");
      Args.notNull(converted, "converted");
      Args.isTrue(converted.map(c -> c.original() == derived).orElse(true),
          "The conversion of '" + derived.label() + "' must convert that value");
    }

    @Override
    public Optional<Calculation> calculation() {
      return Optional.of(derived);
    }

    @Override
    public boolean hasValue() {
      return true;
    }

    /**
     * The value shown: converted if it was, else as calculated.
     *
     * @return the point value
     */
    public BigDecimal value() {
      return converted.map(ConvertedReport::value).orElse(derived.value());
    }

    /**
     * The range shown, the rate's included when converted.
     *
     * @return the range
     */
    public DecimalRange range() {
      return converted.map(ConvertedReport::range).orElse(derived.range());
    }

    /**
     * The unit shown.
     *
     * @return the unit
     */
    public Unit unit() {
      return converted.map(ConvertedReport::unit).orElse(derived.unit());
    }

    /**
     * Returns the value shown with its range, and the rate where converted.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return converted.map(c -> Formats.format(c.value(), c.range(), c.unit()) + " at rate "
          + c.rate().id()).orElse(derived.toString());
    }
  }

  /**
   * No value, and why.
   *
   * @param reason  why, as a type
   * @param explanation  why, in one sentence with the company and what it lacks
   * @param calculation  the company's calculation where it has one (not meaningful, or not convertible)
   */
  record Missing(Reason reason, String explanation, Optional<Calculation> calculation) implements ComparedCell {

    /**
     * Creates the cell.
     *
     * @param reason  the reason, not null
     * @param explanation  the explanation, not blank
     * @param calculation  the calculation, not null (use empty)
     * @throws IllegalArgumentException if an argument is null or blank
     */
    public Missing {
      Args.notNull(reason, "reason");
      Args.notBlank(explanation, "explanation");
      Args.notNull(calculation, "calculation");
    }

    @Override
    public boolean hasValue() {
      return false;
    }

    /**
     * Returns the reason and the explanation.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return reason + ": " + explanation;
    }
  }
}
