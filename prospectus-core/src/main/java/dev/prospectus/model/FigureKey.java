package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.time.DateTimeException;
import java.time.MonthDay;

/**
 * What a figure reports: a metric, for a segment, over a period. Several figures (reports from
 * different sources) may share one key.
 * <p>
 * The string form is {@code metric/segment/period}, such as {@code revenue/total/FY2024}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param metric  the metric
 * @param segment  the segment
 * @param period  the period
 */
public record FigureKey(Metric metric, Segment segment, ReportingPeriod period) {

  private static final ParseCache<Text, FigureKey> CACHE = new ParseCache<>(16_384);

  /** The text of a key and the fiscal year end it is read with: the key of the parse cache. */
  private record Text(String text, MonthDay fiscalYearEnd) {
  }

  /**
   * Creates a key.
   *
   * @param metric  the metric, not null
   * @param segment  the segment, not null
   * @param period  the period, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public FigureKey {
    Args.notNull(metric, "metric");
    Args.notNull(segment, "segment");
    Args.notNull(period, "period");
  }

  /**
   * Obtains a key.
   *
   * @param metric  the metric
   * @param segment  the segment
   * @param period  the period
   * @return the key
   */
  public static FigureKey of(Metric metric, Segment segment, ReportingPeriod period) {
    return new FigureKey(metric, segment, period);
  }

  /**
   * Obtains a key for the whole company.
   *
   * @param metric  the metric
   * @param period  the period
   * @return the key for {@link Segment#TOTAL}
   */
  public static FigureKey of(Metric metric, ReportingPeriod period) {
    return new FigureKey(metric, Segment.TOTAL, period);
  }

  /**
   * Parses {@code metric/segment/period} with fiscal years ending 31 December.
   *
   * @param text  the text, such as {@code "revenue/total/FY2024"}
   * @return the key
   * @throws IllegalArgumentException if the text is malformed
   */
  public static FigureKey parse(String text) {
    return parse(text, ReportingPeriod.CALENDAR_YEAR_END);
  }

  /**
   * Parses {@code metric/segment/period}.
   *
   * @param text  the text, such as {@code "revenue/consumer/9M2025"}
   * @param fiscalYearEnd  the fiscal year end used to resolve the period
   * @return the key
   * @throws IllegalArgumentException if the text is malformed, with a message that quotes the whole
   *     text and says which part is wrong
   */
  public static FigureKey parse(String text, MonthDay fiscalYearEnd) {
    Args.notNull(text, "text");
    Args.notNull(fiscalYearEnd, "fiscalYearEnd");
    // Keys are read once per figure and once per reference of every claim verified: parsed once.
    return CACHE.get(new Text(text, fiscalYearEnd), t -> parseText(t.text(), t.fiscalYearEnd()));
  }

  private static FigureKey parseText(String text, MonthDay fiscalYearEnd) {
    String[] parts = text.strip().split("/", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("Unable to parse figure key: '" + text + "': expected metric/segment/period");
    }
    try {
      return new FigureKey(Metric.of(parts[0]), Segment.of(parts[1]), ReportingPeriod.parse(parts[2], fiscalYearEnd));
    } catch (IllegalArgumentException | DateTimeException ex) {
      throw new IllegalArgumentException("Unable to parse figure key: '" + text + "': " + ex.getMessage(), ex);
    }
  }

  /**
   * Returns {@code metric/segment/period}.
   *
   * @return the string form, readable by {@link #parse(String)}
   */
  @Override
  public String toString() {
    return metric + "/" + segment + "/" + period;
  }
}
