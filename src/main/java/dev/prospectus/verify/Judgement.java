package dev.prospectus.verify;

import dev.prospectus.format.PrintedFigure;
import dev.prospectus.model.Amount;
import dev.prospectus.model.ApproximationConvention;
import dev.prospectus.model.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Figure;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;

/**
 * The judgement of one computed value against a reported one: the relation, the range compared
 * against, the status and a one-line reason.
 * <p>
 * The reported range depends on the relation and on what was reported:
 * <ul>
 * <li>a printed number, {@code =}: its rounding range ("782.2%" is {@code [782.15%, 782.25%]});
 * <li>a printed number, {@code about} or {@code nearly}: its rounding range widened by
 *     {@link ApproximationConvention#DEFAULT} ("約106億元" is {@code [95.2億, 111.8億]});
 * <li>a printed number, an inequality: the number exactly as printed, because words such as
 *     超過, 以上 and 不到 state a threshold, not a rounded measurement ("53個月以上" is
 *     {@code [53, 53]}; a printed range such as "400億至550億" as a bound is {@code [400億, 550億]});
 * <li>a figure of the dataset whose words state a bound ("超過62億"), under that relation: the
 *     number exactly as printed, for the same reason;
 * <li>any other quantity (a figure or a calculation): its range, the rounding range widened for
 *     {@code about} and {@code nearly}.
 * </ul>
 * Then {@link Relation#judge} decides. For example growth {@code 782.08% [780.66%, 783.51%]}
 * against "782.2%" is CONSISTENT: the ranges meet.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param status  CONSISTENT, INCONSISTENT or UNDECIDABLE
 * @param relation  the relation judged
 * @param reported  the reported side and the range compared against
 * @param reason  why, in one line
 */
public record Judgement(VerdictStatus status, Relation relation, Reported reported, String reason) {

  /**
   * Creates a judgement.
   *
   * @param status  the status, not null, not unverifiable
   * @param relation  the relation, not null
   * @param reported  the reported side, not null
   * @param reason  the reason, not blank
   * @throws IllegalArgumentException if an argument is null or blank, or the status is unverifiable
   */
  public Judgement {
    Args.notNull(status, "status");
    Args.isTrue(status != VerdictStatus.UNVERIFIABLE, "A judgement of two values cannot be unverifiable");
    Args.notNull(relation, "relation");
    Args.notNull(reported, "reported");
    Args.notBlank(reason, "reason");
  }

  /**
   * Judges a computed value against a number as printed, the relation read from its words.
   *
   * @param computed  the computed value, such as a growth
   * @param printed  the number as printed, such as {@code "782.2%"} or {@code "超過1365%"}
   * @return the judgement
   * @throws IllegalArgumentException if the text is not a printed figure, or its unit differs from
   *     the computed value's
   */
  public static Judgement of(Quantity computed, String printed) {
    PrintedFigure p = PrintedFigure.parse(Args.notNull(printed, "printed"));
    return of(computed, Relation.of(p.qualifier()), p);
  }

  /**
   * Judges a computed value against a printed number under a relation.
   *
   * @param computed  the computed value
   * @param relation  the relation; must be the one the number's words state, if they state one
   * @param printed  the printed number
   * @return the judgement
   * @throws IllegalArgumentException if the relation contradicts the printed words or the units
   *     differ
   */
  public static Judgement of(Quantity computed, Relation relation, PrintedFigure printed) {
    Args.notNull(computed, "computed");
    Args.notNull(relation, "relation");
    Args.notNull(printed, "printed");
    Qualifier q = printed.qualifier();
    Args.isTrue(q == Qualifier.EXACT || Relation.of(q) == relation, "Relation '" + relation
        + "' contradicts the words of '" + printed.text() + "', which state '" + Relation.of(q) + "'");
    DecimalRange range;
    if (relation.isInequality()) {
      range = printedBound(printed.amount());
    } else {
      range = widen(printed.value(), printed.roundingRange(), relation);
    }
    return judge(computed, relation, new Reported(printed.text(), printed.value(), range, printed.amount().unit()));
  }

  /**
   * Judges a computed value against another quantity, such as a figure of the dataset or another
   * growth.
   * <p>
   * A figure whose words state a bound ("超過62億", "over 70%") is compared, under the relation its
   * words state, with its number exactly as printed, as a printed number would be. Under
   * {@code about} and {@code nearly} a figure's rounding range is widened once, whatever its own
   * qualifier.
   *
   * @param computed  the computed value
   * @param relation  the relation
   * @param other  the other quantity
   * @return the judgement
   * @throws IllegalArgumentException if the units differ
   */
  public static Judgement of(Quantity computed, Relation relation, Quantity other) {
    Args.notNull(computed, "computed");
    Args.notNull(relation, "relation");
    Args.notNull(other, "other");
    DecimalRange range = widen(other.value(), other.range(), relation);
    String text = other.label();
    if (other instanceof Figure f) {
      text = f.label() + " (" + f.qualifier().describe(f.amount()) + ")";
      if (f.isOpenEnded() && relation.isInequality() && Relation.of(f.qualifier()) == relation) {
        range = printedBound(f.amount());
      } else if (relation == Relation.ABOUT || relation == Relation.NEARLY) {
        range = widen(f.value(), f.roundingRange(), relation);
      }
    }
    return judge(computed, relation, new Reported(text, other.value(), range, other.unit()));
  }

  /** The number exactly as printed, at base scale; both ends of a printed range. */
  private static DecimalRange printedBound(Amount a) {
    BigDecimal multiplier = a.scale().multiplier();
    return DecimalRange.ofClosed(a.value().multiply(multiplier), a.valueTo().orElse(a.value()).multiply(multiplier));
  }

  private static DecimalRange widen(BigDecimal value, DecimalRange range, Relation relation) {
    switch (relation) {
      case ABOUT:
        return ApproximationConvention.DEFAULT.widen(value, range, Qualifier.ABOUT);
      case NEARLY:
        return ApproximationConvention.DEFAULT.widen(value, range, Qualifier.NEARLY);
      default:
        return range;
    }
  }

  private static Judgement judge(Quantity computed, Relation relation, Reported reported) {
    Unit unit = computed.unit();
    Args.isTrue(unit.equals(reported.unit()), "Cannot compare '" + computed.label() + "' in '" + unit
        + "' with '" + reported.text() + "' in '" + reported.unit() + "'");
    DecimalRange c = computed.range();
    DecimalRange r = reported.range();
    VerdictStatus status = relation.judge(c, r);
    return new Judgement(status, relation, reported, reason(status, relation, c, r, unit));
  }

  private static String reason(VerdictStatus status, Relation relation, DecimalRange c, DecimalRange r, Unit unit) {
    String computed = "computed " + Formats.format(c, unit);
    String other = Formats.format(r, unit);
    if (!relation.isInequality()) {
      String allowed = relation == Relation.EQUAL ? "reported " + other
          : other + ", the range '" + relation + "' allows (" + widening(relation) + ")";
      if (status == VerdictStatus.CONSISTENT) {
        return computed + " meets " + allowed;
      }
      boolean below = c.isBoundedAbove() && r.isBoundedBelow() && c.high().compareTo(r.low()) < 0;
      return computed + " lies " + (below ? "below " : "above ") + allowed;
    }
    boolean point = r.isBounded() && r.low().compareTo(r.high()) == 0;
    String bound = point ? Formats.format(r.low(), unit) : "every value in " + other;
    String anyBound = point ? bound : "any value in " + other;
    switch (status) {
      case CONSISTENT:
        return "every value of " + computed + " " + relation.words() + " " + bound;
      case INCONSISTENT:
        return "no value of " + computed + " " + relation.words() + " " + anyBound;
      default:
        return computed + " straddles " + (point ? bound : other) + ": the claim holds for some values within"
            + " rounding and fails for others";
    }
  }

  private static String widening(Relation relation) {
    ApproximationConvention c = ApproximationConvention.DEFAULT;
    BigDecimal tolerance = relation == Relation.ABOUT ? c.aboutTolerance() : c.nearlyTolerance();
    String percent = tolerance.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    return relation == Relation.ABOUT ? "rounding widened by " + percent + " either side"
        : "rounding widened by " + percent + " below";
  }

  /**
   * Checks whether the claim holds.
   *
   * @return true for {@link VerdictStatus#CONSISTENT}
   */
  public boolean isConsistent() {
    return status.isConsistent();
  }

  /**
   * Returns the status and the reason.
   *
   * @return a readable form, such as {@code CONSISTENT: computed [780.66%, 783.51%] meets reported [...]}
   */
  @Override
  public String toString() {
    return status + ": " + reason;
  }
}
