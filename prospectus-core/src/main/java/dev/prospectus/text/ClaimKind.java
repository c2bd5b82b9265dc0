package dev.prospectus.text;

import java.util.Locale;

/**
 * What a number claims, as its context says: the value of a metric, a growth, a share, a runway.
 */
public enum ClaimKind {

  /** The value of a metric for a segment and period, checked against the dataset's reports. */
  FIGURE,
  /** Growth over the same period a year before (or over the period the text names). */
  GROWTH,
  /** A decline, checked as a negative growth. */
  DECLINE,
  /** A part's share of the whole: a segment's share of revenue, R&amp;D staff's share of all staff. */
  SHARE,
  /** An amount as a percentage of revenue. */
  RATIO_TO_REVENUE,
  /** One amount as a multiple of another. */
  MULTIPLE,
  /** Compound annual growth. */
  CAGR,
  /** An amount a month: a monthly burn. */
  MONTHLY_BURN,
  /** How many months (or years) the cash lasts at the burn. */
  RUNWAY,
  /** A sum over periods. */
  CUMULATIVE,
  /** A margin leaving a segment out. */
  EXCLUDING,
  /** The number before it, in another unit. */
  CONVERSION,
  /** A comparison the text makes in words. */
  COMPARISON,
  /** Not a financial claim. */
  NOT_A_CLAIM,
  /** The context names no kind of claim the checker can make. */
  UNKNOWN;

  /**
   * The kind in words, for reports: the name in lower case, with spaces.
   *
   * @return the words, such as {@code "ratio to revenue"}
   */
  public String words() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
