package dev.prospectus.verify;

import dev.prospectus.internal.Args;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A published statement about figures, in a form the {@link Verifier} can check: an id, the quote
 * and its source, and the {@link Check} it makes.
 * <p>
 * Claims are read from {@code claims.json} files ({@code dev.prospectus.io.ClaimsReader}) or built
 * in code:
 * <pre>
 *   Claim c = Claim.id("revenue-growth-fy2024")
 *       .quote("同比暴漲了782.2%", "qbitai-seed")
 *       .growth("revenue/total/FY2024", "revenue/total/FY2023")
 *       .is("782.2%");
 * </pre>
 * A claim without a source (built in code, or a dataset check such as {@link SourceAgreement}) uses
 * the dataset's preferred report of every figure.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the identifier, lower-case letters, digits, dots, dashes and underscores
 * @param source  where the claim was published, empty for a check of the library's own
 * @param check  what the claim asserts
 * @param note  anything a reader of the verdict must know, empty if nothing
 * @param reading  which reading of a printed claim this is, when the words can be read more than one
 *     way and each reading is checked; empty for a claim read one way
 */
public record Claim(String id, Optional<ClaimSource> source, Check check, Optional<String> note,
    Optional<ClaimReading> reading) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  /**
   * Creates a claim.
   *
   * @param id  the id, of the form {@code [a-z0-9][a-z0-9._-]*}
   * @param source  the source, not null (use empty)
   * @param check  the check, not null
   * @param note  the note, not null (use empty)
   * @param reading  the reading, not null (use empty)
   * @throws IllegalArgumentException if an argument is null or the id malformed
   */
  public Claim {
    Args.notNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Invalid claim id '" + id + "': expected [a-z0-9][a-z0-9._-]*");
    }
    Args.notNull(source, "source");
    Args.notNull(check, "check");
    Args.notNull(note, "note");
    Args.notNull(reading, "reading");
  }

  /**
   * Creates a claim read one way.
   *
   * @param id  the id, of the form {@code [a-z0-9][a-z0-9._-]*}
   * @param source  the source, not null (use empty)
   * @param check  the check, not null
   * @param note  the note, not null (use empty)
   * @throws IllegalArgumentException if an argument is null or the id malformed
   */
  public Claim(String id, Optional<ClaimSource> source, Check check, Optional<String> note) {
    this(id, source, check, note, Optional.empty());
  }

  /**
   * Returns this claim as one reading of a printed claim.
   *
   * @param printed  the reading, not null
   * @return the claim with the reading
   * @throws IllegalArgumentException if the reading is null
   */
  public Claim withReading(ClaimReading printed) {
    return new Claim(id, source, check, note, Optional.of(Args.notNull(printed, "printed")));
  }

  /**
   * Obtains a claim.
   *
   * @param id  the id
   * @param source  where it was published
   * @param check  what it asserts
   * @return the claim
   */
  public static Claim of(String id, ClaimSource source, Check check) {
    return new Claim(id, Optional.of(Args.notNull(source, "source")), check, Optional.empty());
  }

  /**
   * Starts building a claim in code.
   *
   * @param id  the id, such as {@code "revenue-growth-fy2024"}
   * @return a builder
   * @throws IllegalArgumentException if the id is malformed
   */
  public static Builder id(String id) {
    if (!(ID.matcher(Args.notNull(id, "id")).matches())) {
      throw new IllegalArgumentException("Invalid claim id '" + id + "': expected [a-z0-9][a-z0-9._-]*");
    }
    return new Builder(id, Optional.empty(), Optional.empty());
  }

  /**
   * The id of the document the claim was published in.
   *
   * @return the document id, empty for a claim without a source
   */
  public Optional<String> document() {
    return source.map(ClaimSource::document);
  }

  /**
   * Returns the id and what the claim asserts.
   *
   * @return a readable form, such as {@code revenue-growth-fy2024: growth(...) = '782.2%'}
   */
  @Override
  public String toString() {
    return id + ": " + check.describe();
  }

  //-------------------------------------------------------------------------
  /**
   * The first step of building a claim in code: id, then optionally the quote, then what it
   * computes.
   * <p>
   * This class is immutable and thread-safe.
   */
  public static final class Builder {
    private final String id;
    private final Optional<ClaimSource> source;
    private final Optional<String> note;

    private Builder(String id, Optional<ClaimSource> source, Optional<String> note) {
      this.id = id;
      this.source = source;
      this.note = note;
    }

    /**
     * Sets the words of the claim and the document they come from.
     *
     * @param quote  the words, verbatim
     * @param document  the document id, as declared in the dataset
     * @return a builder with the source
     */
    public Builder quote(String quote, String document) {
      return new Builder(id, Optional.of(ClaimSource.of(document, quote)), note);
    }

    /**
     * Sets where in the document the words are.
     *
     * @param locator  the place, such as a section and paragraph
     * @return a builder with the locator
     * @throws IllegalStateException if no quote was given first
     */
    public Builder at(String locator) {
      ClaimSource s = source.orElseThrow(() -> new IllegalStateException("Give the quote before its locator"));
      return new Builder(id, Optional.of(s.withLocator(locator)), note);
    }

    /**
     * Sets a note for readers of the verdict.
     *
     * @param text  the note
     * @return a builder with the note
     */
    public Builder note(String text) {
      return new Builder(id, source, Optional.of(Args.notBlank(text, "text")));
    }

    /**
     * States what the claim computes.
     *
     * @param expression  the calculation, figure or printed number
     * @return the next step, which states the reported value
     */
    public Computed computes(Expression expression) {
      return new Computed(this, Args.notNull(expression, "expression"));
    }

    /**
     * States that the claim is about a figure itself.
     *
     * @param key  the figure's key, such as {@code "revenue/total/9M2025"}
     * @return the next step
     */
    public Computed figure(String key) {
      return computes(FigureRef.of(key));
    }

    /**
     * States that the claim computes growth.
     *
     * @param current  the later figure's key
     * @param prior  the earlier figure's key
     * @return the next step
     */
    public Computed growth(String current, String prior) {
      return computes(Operation.of(Operator.GROWTH).with("current", current).with("prior", prior));
    }

    /**
     * States that the claim computes an amount as a percentage of revenue.
     *
     * @param amount  the amount's key
     * @param revenue  the revenue's key
     * @return the next step
     */
    public Computed ratioToRevenue(String amount, String revenue) {
      return computes(Operation.of(Operator.RATIO_TO_REVENUE).with("amount", amount).with("revenue", revenue));
    }

    /**
     * Completes a claim that a percentage of a count comes from a whole number.
     *
     * @param count  the count's key, such as {@code "headcount/total/2025-09-30"}
     * @param share  the share's key, such as {@code "rnd_headcount_share/total/2025-09-30"}
     * @return the claim
     */
    public Claim wholeCount(Expression count, Expression share) {
      return check(WholeCount.of(count, share));
    }

    /**
     * Completes a claim that a mean of whole-number values comes from a whole sum (the GRIM test).
     *
     * @param mean  the mean, such as {@code Expression.printed("5.21")}
     * @param count  the number of values, such as {@code Expression.printed("28")}
     * @param items  the whole-number items per value, positive (1 for a single question)
     * @return the claim
     */
    public Claim wholeMean(Expression mean, Expression count, int items) {
      return check(WholeMean.of(mean, count, items));
    }

    /**
     * Completes a claim with any check.
     *
     * @param check  the check
     * @return the claim
     */
    public Claim check(Check check) {
      return new Claim(id, source, check, note);
    }
  }

  /**
   * The second step of building a claim in code: what it computes is known; state the reported
   * value.
   * <p>
   * This class is immutable and thread-safe.
   */
  public static final class Computed {
    private final Builder builder;
    private final Expression computed;

    private Computed(Builder builder, Expression computed) {
      this.builder = builder;
      this.computed = computed;
    }

    /**
     * Completes the claim with the number as printed; its words set the relation ("超過" is
     * {@code >}, a plain number is {@code =}).
     *
     * @param printed  the number as printed, such as {@code "782.2%"}
     * @return the claim
     * @throws IllegalArgumentException if the text is not a printed figure
     */
    public Claim is(String printed) {
      return builder.check(Comparison.of(computed, printed));
    }

    /**
     * Completes the claim with a relation and a printed number.
     *
     * @param relation  the relation
     * @param printed  the number as printed
     * @return the claim
     * @throws IllegalArgumentException if the relation contradicts the printed words
     */
    public Claim is(Relation relation, String printed) {
      return builder.check(Comparison.of(computed, relation, Printed.of(printed)));
    }

    /**
     * Completes the claim with a relation to another expression over the dataset.
     *
     * @param relation  the relation
     * @param reported  the other side, such as a figure or another growth
     * @return the claim
     */
    public Claim is(Relation relation, Expression reported) {
      return builder.check(Comparison.of(computed, relation, reported));
    }
  }
}
