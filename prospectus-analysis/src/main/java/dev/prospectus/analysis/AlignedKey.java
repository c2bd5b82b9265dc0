package dev.prospectus.analysis;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Segment;

/**
 * One figure a comparison row reads, with its period as a slot rather than a date: the metric, the
 * segment, and the slot of {@link PeriodAlignment#slot}, such as {@code revenue/total/FY2024}.
 * Two companies' calculations share a row when their measures are equal and their subjects'
 * aligned keys are equal.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param metric  the metric
 * @param segment  the segment
 * @param slot  the period slot, such as {@code FY2024}, {@code 9M2025} or {@code interim 2025}
 */
public record AlignedKey(Metric metric, Segment segment, String slot) {

  /**
   * Creates the key.
   *
   * @param metric  the metric, not null
   * @param segment  the segment, not null
   * @param slot  the slot, not blank
   * @throws IllegalArgumentException if an argument is null or blank
   */
  public AlignedKey {
    Args.notNull(metric, "metric");
    Args.notNull(segment, "segment");
    Args.notBlank(slot, "slot");
  }

  /**
   * Returns {@code metric/segment/slot}, such as {@code revenue/total/FY2024}.
   *
   * @return the key as text
   */
  @Override
  public String toString() {
    return metric.id() + "/" + segment.id() + "/" + slot;
  }
}
