package dev.prospectus.verify;

import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Enclosure;
import dev.prospectus.model.Qualifier;
import java.util.Arrays;

/**
 * How a claim relates its computed value to the reported one: {@code =}, {@code >}, {@code >=},
 * {@code <}, {@code <=}, {@code about} or {@code nearly}.
 * <p>
 * {@link #judge} compares the computed range {@code C = [c1, c2]} with the range {@code R = [r1, r2]}
 * that the other side may take, pair by pair, so the answer holds whichever true values the
 * rounded inputs stand for, and however the two sides are correlated:
 * <ul>
 * <li>{@code =}, {@code about}, {@code nearly}: {@link VerdictStatus#CONSISTENT} if {@code C} meets
 *     {@code R}, else {@link VerdictStatus#INCONSISTENT}. For {@code about} and {@code nearly} the
 *     caller widens {@code R} first ({@link dev.prospectus.model.ApproximationConvention}).
 * <li>{@code >}: CONSISTENT if {@code c1 > r2} (every pair satisfies it), INCONSISTENT if
 *     {@code c2 <= r1} (no pair does), else {@link VerdictStatus#UNDECIDABLE}.
 * <li>{@code >=}: CONSISTENT if {@code c1 >= r2}, INCONSISTENT if {@code c2 < r1}, else UNDECIDABLE.
 * <li>{@code <}: CONSISTENT if {@code c2 < r1}, INCONSISTENT if {@code c1 >= r2}, else UNDECIDABLE.
 * <li>{@code <=}: CONSISTENT if {@code c2 <= r1}, INCONSISTENT if {@code c1 > r2}, else UNDECIDABLE.
 * </ul>
 * For example growth {@code [780.66%, 783.51%]} {@code =} {@code [782.15%, 782.25%]} is CONSISTENT,
 * and a ratio {@code [1362.91%, 1367.15%]} {@code >} {@code [1365%, 1365%]} is UNDECIDABLE.
 */
public enum Relation {

  /** Equal within rounding: the ranges meet. */
  EQUAL("=", "equals"),
  /** Strictly greater: 超過, over, more than, exceeds. */
  GREATER(">", "exceeds"),
  /** Greater or equal: 以上, at least. */
  GREATER_OR_EQUAL(">=", "is at least"),
  /** Strictly less: 不到, under, less than, below. */
  LESS("<", "is below"),
  /** Less or equal: 以下, at most. */
  LESS_OR_EQUAL("<=", "is at most"),
  /** About: the ranges meet once the reported range is widened either side. */
  ABOUT("about", "is about"),
  /** Nearly: the ranges meet once the reported range is widened below. */
  NEARLY("nearly", "is nearly");

  private final String symbol;
  private final String words;

  Relation(String symbol, String words) {
    this.symbol = symbol;
    this.words = words;
  }

  /**
   * Parses the symbol used in claims files: {@code =}, {@code >}, {@code >=}, {@code <}, {@code <=},
   * {@code about}, {@code nearly}.
   *
   * @param symbol  the symbol
   * @return the relation
   * @throws IllegalArgumentException if the symbol is none of these
   */
  public static Relation parse(String symbol) {
    Args.notNull(symbol, "symbol");
    String s = symbol.strip();
    return Arrays.stream(values()).filter(r -> r.symbol.equals(s)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown relation '" + symbol + "': expected one of "
            + Arrays.stream(values()).map(Relation::symbol).toList()));
  }

  /**
   * The relation the words around a printed number state: "超過1365%" ({@link Qualifier#OVER}) is
   * {@code >}, "53個月以上" ({@link Qualifier#AT_LEAST}) is {@code >=}, "約5億美元" is {@code about},
   * a plain "782.2%" is {@code =}.
   *
   * @param qualifier  the qualifier of the printed figure
   * @return the relation
   */
  public static Relation of(Qualifier qualifier) {
    Args.notNull(qualifier, "qualifier");
    switch (qualifier) {
      case OVER:
        return GREATER;
      case AT_LEAST:
        return GREATER_OR_EQUAL;
      case UNDER:
        return LESS;
      case AT_MOST:
        return LESS_OR_EQUAL;
      case ABOUT:
        return ABOUT;
      case NEARLY:
        return NEARLY;
      default:
        return EQUAL;
    }
  }

  /**
   * The symbol used in claims files and tables.
   *
   * @return the symbol, such as {@code ">="} or {@code "about"}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The relation in words, for reasons: {@code "exceeds"}, {@code "is at least"}.
   *
   * @return the words
   */
  public String words() {
    return words;
  }

  /**
   * Checks whether the relation is an inequality ({@code >}, {@code >=}, {@code <}, {@code <=}),
   * which can leave a claim {@link VerdictStatus#UNDECIDABLE}.
   *
   * @return true for an inequality
   */
  public boolean isInequality() {
    return this == GREATER || this == GREATER_OR_EQUAL || this == LESS || this == LESS_OR_EQUAL;
  }

  /**
   * Judges the claim "computed RELATION reported" over two ranges, as the class description states.
   *
   * @param computed  the computed range {@code C}
   * @param reported  the range {@code R} the other side may take, already widened for about and
   *     nearly; a single value for a printed bound
   * @return CONSISTENT, INCONSISTENT or UNDECIDABLE
   */
  public VerdictStatus judge(DecimalRange computed, DecimalRange reported) {
    Args.notNull(computed, "computed");
    Args.notNull(reported, "reported");
    switch (this) {
      case GREATER:
        return decide(lowVsHigh(computed, reported) > 0, highVsLow(computed, reported) <= 0);
      case GREATER_OR_EQUAL:
        return decide(lowVsHigh(computed, reported) >= 0, highVsLow(computed, reported) < 0);
      case LESS:
        return decide(highVsLow(computed, reported) < 0, lowVsHigh(computed, reported) >= 0);
      case LESS_OR_EQUAL:
        return decide(highVsLow(computed, reported) <= 0, lowVsHigh(computed, reported) > 0);
      default:
        // =, about and nearly: the ranges meet or not.
        return computed.isConnected(reported) ? VerdictStatus.CONSISTENT : VerdictStatus.INCONSISTENT;
    }
  }

  /**
   * Judges as {@link #judge} does, on double-precision bounds of the computed range's ends: the
   * same status whenever the bounds decide every comparison it needs, null when one lies too close
   * to call (then the exact range decides).
   */
  VerdictStatus judgeOnBounds(Enclosure computed, DecimalRange reported) {
    int lowVsHigh = reported.isBoundedAbove() ? computed.compareLowTo(reported.high()) : -1;
    int highVsLow = reported.isBoundedBelow() ? computed.compareHighTo(reported.low()) : 1;
    switch (this) {
      // Undecided (0) is never a strict answer either way, so each test asks for a certain sign.
      case GREATER:
      case GREATER_OR_EQUAL:
        return decideOnBounds(lowVsHigh > 0, lowVsHigh < 0, highVsLow < 0, highVsLow > 0);
      case LESS:
      case LESS_OR_EQUAL:
        return decideOnBounds(highVsLow < 0, highVsLow > 0, lowVsHigh > 0, lowVsHigh < 0);
      default:
        // The ranges meet when low <= reported high and reported low <= high.
        if (lowVsHigh > 0 || highVsLow < 0) {
          return VerdictStatus.INCONSISTENT;
        }
        return lowVsHigh < 0 && highVsLow > 0 ? VerdictStatus.CONSISTENT : null;
    }
  }

  /**
   * A status from certain signs: every pair holds when {@code all} is certain; no pair holds when
   * {@code all} certainly fails and {@code none} is certain; some do when both certainly fail.
   * Without a tie, which the bounds never certify, strict and non-strict relations agree.
   */
  private static VerdictStatus decideOnBounds(boolean all, boolean notAll, boolean none, boolean notNone) {
    if (all) {
      return VerdictStatus.CONSISTENT;
    }
    if (!notAll) {
      return null;
    }
    if (none) {
      return VerdictStatus.INCONSISTENT;
    }
    return notNone ? VerdictStatus.UNDECIDABLE : null;
  }

  // An unbounded end compares as beyond every number on its side.
  private static int lowVsHigh(DecimalRange computed, DecimalRange reported) {
    return computed.isBoundedBelow() && reported.isBoundedAbove() ? computed.low().compareTo(reported.high()) : -1;
  }

  private static int highVsLow(DecimalRange computed, DecimalRange reported) {
    return computed.isBoundedAbove() && reported.isBoundedBelow() ? computed.high().compareTo(reported.low()) : 1;
  }

  private static VerdictStatus decide(boolean allPairs, boolean noPair) {
    if (allPairs) {
      return VerdictStatus.CONSISTENT;
    }
    return noPair ? VerdictStatus.INCONSISTENT : VerdictStatus.UNDECIDABLE;
  }

  /**
   * Returns the symbol.
   *
   * @return the symbol, readable by {@link #parse}
   */
  @Override
  public String toString() {
    return symbol;
  }
}
