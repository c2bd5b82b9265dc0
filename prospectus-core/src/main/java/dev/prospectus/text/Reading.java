package dev.prospectus.text;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Metric;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Segment;
import dev.prospectus.verify.Relation;
import java.util.List;
import java.util.Optional;

/**
 * What a number claims, as its context says: the kind of claim, the metric, the segment and the
 * period it is about, and the relation its words state.
 * <p>
 * For example "同比暴漲了782.2%" after "2024年直接飆升到3052萬美元" and "營收已達到346萬美元" reads as
 * {@link ClaimKind#GROWTH} of {@code revenue}, {@code total}, {@code FY2024}, {@code =}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  the kind of claim
 * @param metric  the metric, empty where the context names none
 * @param segment  the segment, {@link Segment#TOTAL} where the context names none
 * @param period  the period, empty where the text names none (the checker then tries each one
 *     the dataset holds, one basis each)
 * @param relation  the relation the printed words state ({@code 超過} is {@code >})
 * @param words  the words of the text that decided the reading, in order
 * @param keys  for a comparison in words, the figures both sides are about, as {@code metric/segment/period};
 *     empty otherwise
 */
public record Reading(ClaimKind kind, Optional<Metric> metric, Segment segment, Optional<ReportingPeriod> period,
    Relation relation, List<String> words, List<String> keys) {

  /**
   * Creates a reading.
   *
   * @param kind  the kind, not null
   * @param metric  the metric, not null (use empty)
   * @param segment  the segment, not null
   * @param period  the period, not null (use empty)
   * @param relation  the relation, not null
   * @param words  the words, not null
   * @param keys  the keys, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public Reading {
    Args.notNull(kind, "kind");
    Args.notNull(metric, "metric");
    Args.notNull(segment, "segment");
    Args.notNull(period, "period");
    Args.notNull(relation, "relation");
    words = Args.listCopy(words, "words");
    keys = Args.listCopy(keys, "keys");
  }

  /**
   * A reading for a number that is not a claim, or whose context names no claim.
   *
   * @param kind  {@link ClaimKind#NOT_A_CLAIM} or {@link ClaimKind#UNKNOWN}
   * @return the reading
   */
  static Reading none(ClaimKind kind) {
    return new Reading(kind, Optional.empty(), Segment.TOTAL, Optional.empty(), Relation.EQUAL, List.of(), List.of());
  }

  /**
   * What the number claims, in words: the kind, the metric, the segment, the period.
   *
   * @return a description, such as {@code growth of revenue, total, FY2024}
   */
  public String describe() {
    if (kind == ClaimKind.NOT_A_CLAIM || kind == ClaimKind.UNKNOWN) {
      return kind.words();
    }
    StringBuilder sb = new StringBuilder(kind.words());
    metric.ifPresent(m -> sb.append(kind == ClaimKind.FIGURE ? ": " : " of ").append(m));
    if (!segment.isTotal()) {
      sb.append(", ").append(segment);
    }
    sb.append(", ").append(period.map(Object::toString).orElse("period not named"));
    if (relation != Relation.EQUAL) {
      sb.append(", ").append(relation.symbol());
    }
    return sb.toString();
  }

  /**
   * Returns the description.
   *
   * @return {@link #describe()}
   */
  @Override
  public String toString() {
    return describe();
  }
}
