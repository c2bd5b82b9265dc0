package dev.prospectus.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of words that say what kind of claim a number makes, the keys of the {@code kind}
 * section of a {@link Lexicon}. The words themselves are data.
 */
enum ClaimWord {

  /** The number is a growth over the same period a year before: 同比增長, grew. */
  GROWTH("growth", 1),
  /** The number is a decline: 下降, fell. */
  DECLINE("decline", -1),
  /** The number is a share of a whole: 占比, accounted for. */
  SHARE("share", 1),
  /** The number is an amount as a percentage of revenue: 占收入的比例, of revenue. */
  RATIO_TO_REVENUE("ratio-to-revenue", 1),
  /** The number is a compound annual growth rate. */
  CAGR("cagr", 1),
  /** The number is an amount a month: 每月, a month. */
  MONTHLY("monthly", 0),
  /** The number is how long the cash lasts: 足夠支持, runway. */
  RUNWAY("runway", 0),
  /** The number is a sum over periods: 累計, in total. */
  CUMULATIVE("cumulative", 1),
  /** The number leaves a segment out: 不計入, excluding. */
  EXCLUDING("excluding", 1),
  /** The number converts the one before it into another unit: 折合, equivalent to. */
  CONVERSION("conversion", -1),
  /** The number is a level the metric rose to: 提升至, rose to. */
  RISE_TO("rise-to", -1),
  /** The number is a level the metric fell to: 降至, fell to. */
  FALL_TO("fall-to", -1),
  /** A comparison in words: more than what follows (超越, exceeded). */
  EXCEED("exceed", -1),
  /** A comparison in words: less than what follows (不及, lower than). */
  FALL_BEHIND("fall-behind", -1),
  /** The numbers go with the periods or segments listed before them, in order: 分別, respectively. */
  RESPECTIVELY("respectively", -1),
  /** A change starts here: 從, from (so "從A到B" is not a range). */
  FROM("from", -1);

  private final String code;
  /** How many base metrics a {@code derived} entry of this kind names, or -1 if it cannot be derived. */
  private final int baseMetrics;

  ClaimWord(String code, int baseMetrics) {
    this.code = code;
    this.baseMetrics = baseMetrics;
  }

  static Optional<ClaimWord> parse(String code) {
    return Arrays.stream(values()).filter(w -> w.code.equals(code)).findFirst();
  }

  static List<String> codes() {
    return Arrays.stream(values()).map(ClaimWord::code).toList();
  }

  static List<String> derivableCodes() {
    return Arrays.stream(values()).filter(ClaimWord::derivable).map(ClaimWord::code).toList();
  }

  String code() {
    return code;
  }

  boolean derivable() {
    return baseMetrics >= 0;
  }

  int baseMetrics() {
    return baseMetrics;
  }
}
