package dev.prospectus.verify;

import dev.prospectus.internal.Args;
import dev.prospectus.model.FigureKey;
import java.util.Optional;

/**
 * A check that every report of a figure can be true at once: their ranges (rounding and
 * qualifier) overlap pair by pair. FY2024 revenue "3052萬美元" and "US$30.38 million" do not.
 * <p>
 * With no key, the check covers every figure of the dataset that has more than one report, and a
 * claims file gets one verdict per such figure, with id {@code <claim id>:<key>}.
 * <p>
 * Reports in different units (a US$ figure and its RMB translation) are not compared with each
 * other; the verdict says how many were left aside.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param key  the figure's key text, empty for every figure with several reports
 */
public record SourceAgreement(Optional<String> key) implements Check {

  /**
   * Creates the check.
   *
   * @param key  the key, not null (use empty for all); {@code metric/segment/period} when present
   * @throws IllegalArgumentException if the key is malformed
   */
  public SourceAgreement {
    Args.notNull(key, "key");
    key.ifPresent(FigureKey::parse);
  }

  /**
   * Obtains the check of one figure.
   *
   * @param key  the key, such as {@code "revenue/total/FY2024"}
   * @return the check
   */
  public static SourceAgreement of(String key) {
    return new SourceAgreement(Optional.of(Args.notNull(key, "key")));
  }

  /**
   * Obtains the check of every figure with more than one report.
   *
   * @return the check
   */
  public static SourceAgreement all() {
    return new SourceAgreement(Optional.empty());
  }

  /**
   * Checks whether this covers every figure with several reports.
   *
   * @return true if no key is given
   */
  public boolean isAll() {
    return key.isEmpty();
  }

  @Override
  public String describe() {
    return "reports agree: " + key.orElse("every figure with several reports");
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
