package dev.prospectus.verify;

import dev.prospectus.internal.Args;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reference to a figure of the dataset by its key, and optionally the report to use: the one
 * printed by a named document, or the one whose quote contains given words.
 * <p>
 * Where the dataset holds several reports of the figure and no document is named, the verifier
 * uses the report of the claim's own source document in the dataset's currency if there is one,
 * else the report the dataset's rule picks ({@link dev.prospectus.model.Dataset#choose}), converted
 * at an exchange rate if it is in another currency. A named document's report is taken in the
 * dataset's currency too, unless the reference asks for another ({@link #currency()}), so a
 * document that also printed a translation never makes a claim fail. The verdict says which report
 * it used.
 * <p>
 * The key is kept as text, such as {@code "revenue/total/FY2024"}, and resolved with the dataset's
 * fiscal year end when the claim is verified.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param key  the key text, {@code metric/segment/period}
 * @param document  the id of the document whose report to use, empty for the default report
 * @param quoted  words the quote of the report to use contains, such as {@code "約5億美元"}, to tell
 *     apart two reports of one document; empty for no such condition
 * @param currency  the unit of the report to use, when the claim asks for a report in another
 *     currency than the dataset's (a translation); empty for the dataset's currency
 */
public record FigureRef(String key, Optional<String> document, Optional<String> quoted, Optional<Unit> currency)
    implements Expression {

  /**
   * Creates a reference, checking the key's form.
   *
   * @param key  the key, not null, of the form {@code metric/segment/period}
   * @param document  the document id, not null (use empty), not blank when present
   * @param quoted  the words, not null (use empty), not blank when present
   * @param currency  the unit asked for, not null (use empty)
   * @throws IllegalArgumentException if the key is malformed, or the document or words blank
   */
  public FigureRef {
    Args.notNull(key, "key");
    Args.notNull(document, "document");
    Args.notNull(quoted, "quoted");
    // The form is checked here; the period is resolved later with the dataset's fiscal year end.
    FigureKey.parse(key);
    document.ifPresent(d -> Args.notBlank(d, "document"));
    quoted.ifPresent(q -> Args.notBlank(q, "quoted"));
    Args.notNull(currency, "currency");
  }

  /**
   * Obtains a reference using the default report.
   *
   * @param key  the key, such as {@code "revenue/total/FY2024"}
   * @return the reference
   */
  public static FigureRef of(String key) {
    return new FigureRef(key, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Obtains a reference to one document's report.
   *
   * @param key  the key, such as {@code "revenue/total/FY2024"}
   * @param document  the document id
   * @return the reference
   */
  public static FigureRef of(String key, String document) {
    return new FigureRef(key, Optional.of(Args.notNull(document, "document")), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy that uses the report in a given currency, such as a document's translation.
   *
   * @param unit  the currency of the report to use
   * @return the new reference
   */
  public FigureRef withCurrency(Unit unit) {
    return new FigureRef(key, document, quoted, Optional.of(Args.notNull(unit, "unit")));
  }

  /**
   * Checks whether the reference names the report to use rather than leaving it to the default.
   *
   * @return true if a document or quoted words are given
   */
  public boolean isNamed() {
    return document.isPresent() || quoted.isPresent() || currency.isPresent();
  }

  @Override
  public String describe() {
    List<String> named = new ArrayList<>();
    document.ifPresent(named::add);
    quoted.ifPresent(q -> named.add("\u201c" + q + "\u201d"));
    currency.ifPresent(c -> named.add("in " + c));
    return key + (named.isEmpty() ? "" : " (" + String.join(", ", named) + ")");
  }

  /**
   * Returns the key and the document, if named.
   *
   * @return a readable form, such as {@code revenue/total/FY2024 (qbitai-seed)}
   */
  @Override
  public String toString() {
    return describe();
  }
}
