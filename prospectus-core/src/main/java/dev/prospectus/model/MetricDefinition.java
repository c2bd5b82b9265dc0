package dev.prospectus.model;

import dev.prospectus.internal.Args;

/**
 * A metric with its human-readable label, from the standard catalogue or declared by a dataset.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param metric  the metric
 * @param label  the label, such as "Adjusted net loss"
 */
public record MetricDefinition(Metric metric, String label) {

  /**
   * Creates a definition.
   *
   * @param metric  the metric, not null
   * @param label  the label, not blank
   * @throws IllegalArgumentException if an argument is null or blank
   */
  public MetricDefinition {
    Args.notNull(metric, "metric");
    Args.notBlank(label, "label");
  }

  /**
   * Obtains a definition.
   *
   * @param metric  the metric
   * @param label  the label
   * @return the definition
   */
  public static MetricDefinition of(Metric metric, String label) {
    return new MetricDefinition(metric, label);
  }

  /**
   * Returns the id and the label, such as {@code revenue (Revenue)}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return metric + " (" + label + ")";
  }
}
