package dev.prospectus.text;

/**
 * What a number claims, as its context says: the value of a metric, a growth, a share, a runway.
 */
public enum ClaimKind {

  /** The value of a metric for a segment and period, checked against the dataset's reports. */
  FIGURE("figure"),
  /** Growth over the same period a year before (or over the period the text names). */
  GROWTH("growth"),
  /** A decline, checked as a negative growth. */
  DECLINE("decline"),
  /** A part's share of the whole: a segment's share of revenue, R&amp;D staff's share of all staff. */
  SHARE("share"),
  /** An amount as a percentage of revenue. */
  RATIO_TO_REVENUE("ratio to revenue"),
  /** One amount as a multiple of another. */
  MULTIPLE("multiple"),
  /** Compound annual growth. */
  CAGR("compound annual growth"),
  /** An amount a month: a monthly burn. */
  MONTHLY_BURN("monthly burn"),
  /** How many months (or years) the cash lasts at the burn. */
  RUNWAY("runway"),
  /** A sum over periods. */
  CUMULATIVE("sum over periods"),
  /** A margin leaving a segment out. */
  EXCLUDING("excluding a segment"),
  /** The number before it, in another unit. */
  CONVERSION("conversion"),
  /** A comparison the text makes in words. */
  COMPARISON("comparison in words"),
  /** Not a financial claim. */
  NOT_A_CLAIM("not a claim"),
  /** The context names no kind of claim the checker can make. */
  UNKNOWN("unknown");

  private final String words;

  ClaimKind(String words) {
    this.words = words;
  }

  /**
   * The kind in words, for reports.
   *
   * @return the words, such as {@code "ratio to revenue"}
   */
  public String words() {
    return words;
  }
}
