package dev.prospectus.model;

import dev.prospectus.internal.Args;

/**
 * A dataset's declaration of a segment: which dimension it belongs to and what to call it.
 * <p>
 * Segments of one dimension ({@code business}, {@code geography}, {@code product}) partition the
 * total, though a dataset need not report all of them.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param segment  the segment
 * @param dimension  the dimension, such as {@code "business"}
 * @param label  the human-readable name
 */
public record SegmentDefinition(Segment segment, String dimension, String label) {

  /**
   * Creates a definition.
   *
   * @param segment  the segment, not null
   * @param dimension  the dimension, not blank
   * @param label  the label, not blank
   * @throws IllegalArgumentException if an argument is null or blank
   */
  public SegmentDefinition {
    Args.notNull(segment, "segment");
    Args.notBlank(dimension, "dimension");
    Args.notBlank(label, "label");
  }

  /** The definition of {@link Segment#TOTAL}. */
  public static final SegmentDefinition TOTAL = new SegmentDefinition(Segment.TOTAL, "total", "Total");

  /**
   * Returns the id, label and dimension, such as {@code consumer (AI-native products), business}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return segment + " (" + label + "), " + dimension;
  }
}
