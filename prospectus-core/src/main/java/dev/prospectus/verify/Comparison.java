package dev.prospectus.verify;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Qualifier;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim that a calculation stands in a relation to a reported value: "revenue grew 782.2%"
 * ({@code growth = '782.2%'}), "over 1365%" ({@code ratio > '超過1365%'}), "revenue of the nine months
 * exceeds last year's" ({@code revenue 9M2025 > revenue FY2024}).
 * <p>
 * The reported side is either a number printed in the claim's quote ({@link Printed}) or another
 * expression over the dataset. A printed number with qualifier words sets the relation: "超過" is
 * {@code >}, "以上" is {@code >=}, "不到" is {@code <}, "約" is {@code about}, "近乎" is {@code nearly};
 * a relation given with such a number must be that one. How each kind of reported value becomes
 * the range compared against is set out in {@link Judgement}: in short, a bound stated in words is
 * taken exactly as printed (a threshold the writer chose, not a rounded measurement), and anything
 * else keeps its rounding range, widened for {@code about} and {@code nearly}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param computed  what the claim computes from the dataset
 * @param relation  how the computed value relates to the reported one
 * @param reported  the reported value: a printed number or another expression
 */
public record Comparison(Expression computed, Relation relation, Expression reported) implements Check {

  /**
   * Creates a comparison, checking that both sides are complete and that the relation agrees with
   * the words of a printed number.
   *
   * @param computed  the computed side, not null
   * @param relation  the relation, not null
   * @param reported  the reported side, not null
   * @throws IllegalArgumentException if a calculation lacks a parameter, or the relation contradicts
   *     the qualifier of a printed number (the message names both)
   */
  public Comparison {
    Args.notNull(computed, "computed");
    Args.notNull(relation, "relation");
    Args.notNull(reported, "reported");
    List<String> missing = new ArrayList<>();
    for (Expression e : List.of(computed, reported)) {
      if (e instanceof Operation o) {
        missing.addAll(o.missingParameters());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Incomplete calculation: " + String.join("; ", missing));
    }
    if (reported instanceof Printed p) {
      Qualifier q = p.figure().qualifier();
      if (!(q == Qualifier.EXACT || Relation.of(q) == relation)) {
        throw new IllegalArgumentException("Relation '" + relation
            + "' contradicts the words of '" + p.text() + "', which state '" + Relation.of(q) + "'");
      }
    }
  }

  /**
   * Obtains a comparison with a printed number, the relation read from its words.
   *
   * @param computed  the computed side
   * @param printed  the number as printed, such as {@code "782.2%"} or {@code "超過1365%"}
   * @return the comparison
   * @throws IllegalArgumentException if the text is not a printed figure
   */
  public static Comparison of(Expression computed, String printed) {
    Printed p = Printed.of(printed);
    return new Comparison(computed, Relation.of(p.figure().qualifier()), p);
  }

  /**
   * Obtains a comparison.
   *
   * @param computed  the computed side
   * @param relation  the relation
   * @param reported  the reported side
   * @return the comparison
   */
  public static Comparison of(Expression computed, Relation relation, Expression reported) {
    return new Comparison(computed, relation, reported);
  }

  @Override
  public String describe() {
    return computed.describe() + " " + relation + " " + reported.describe();
  }

  /**
   * Returns the description.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return describe();
  }
}
