package dev.prospectus.model;

/**
 * Two reports of the same figure whose ranges cannot both be true: no value lies within the
 * rounding (and qualifier) of both.
 * <p>
 * For example FY2024 revenue "3052萬美元" ([30.515M, 30.525M]) and "US$30.38 million"
 * ([30.375M, 30.385M]) conflict.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param first  the report listed first in the dataset
 * @param second  the report listed later
 */
public record FigureConflict(Figure first, Figure second) {

  /**
   * Creates a conflict.
   *
   * @param first  the first report, not null
   * @param second  the second report, not null
   * @throws IllegalArgumentException if a report is null
   */
  public FigureConflict {
    Args.notNull(first, "first");
    Args.notNull(second, "second");
  }

  /**
   * Returns both reports with their ranges and documents.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return first.key() + ": " + first.amount() + " " + first.range() + " (" + first.source().document().id()
        + ") vs " + second.amount() + " " + second.range() + " (" + second.source().document().id() + ")";
  }
}
