package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.util.regex.Pattern;

/**
 * A part of a company that figures are reported for: the total, a business line, a geography,
 * a product.
 * <p>
 * Segments are data, declared by each dataset with a dimension and a label
 * ({@link SegmentDefinition}); only {@link #TOTAL} is built in.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the identifier, lower-case snake case such as {@code "consumer"}
 */
public record Segment(String id) {

  // Declared before the constants: they are built by the constructor, which uses it.
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  /** The whole company. */
  public static final Segment TOTAL = new Segment("total");

  // Ids are checked by a regular expression; a dataset repeats a handful of them.
  private static final ParseCache<String, Segment> CACHE = new ParseCache<>(4096);

  /**
   * Creates a segment.
   *
   * @param id  the identifier, lower-case letters, digits and underscores, starting with a letter
   * @throws IllegalArgumentException if the id is null or malformed
   */
  public Segment {
    Args.notNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Invalid segment id '" + id + "': expected [a-z][a-z0-9_]*");
    }
  }

  /**
   * Obtains a segment.
   *
   * @param id  the identifier
   * @return the segment
   */
  public static Segment of(String id) {
    Args.notNull(id, "id");
    return CACHE.get(id, Segment::new);
  }

  /**
   * Checks whether this is the whole company.
   *
   * @return true for {@link #TOTAL}
   */
  public boolean isTotal() {
    return equals(TOTAL);
  }

  /**
   * Returns the id.
   *
   * @return the id, readable by {@link #of}
   */
  @Override
  public String toString() {
    return id;
  }
}
