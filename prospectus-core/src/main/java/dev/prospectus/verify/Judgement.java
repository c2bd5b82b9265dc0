package dev.prospectus.verify;

import dev.prospectus.format.PrintedFigure;
import dev.prospectus.model.Amount;
import dev.prospectus.model.ApproximationConvention;
import dev.prospectus.internal.Args;
import dev.prospectus.internal.LazyText;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Enclosure;
import dev.prospectus.calc.Derived;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Figure;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The judgement of one computed value against a reported one: the relation, the range compared
 * against, the status and a one-line reason.
 * <p>
 * The reported range depends on the relation and on what was reported:
 * <ul>
 * <li>a printed number, {@code =}: its rounding range ("782.2%" is {@code [782.15%, 782.25%]});
 * <li>a printed number, {@code about} or {@code nearly}: its rounding range widened by
 *     {@link ApproximationConvention#DEFAULT}, by at most one rounding unit ("約106億元" is
 *     {@code [104.5億, 107.5億]});
 * <li>a printed number, an inequality: the number exactly as printed, because words such as
 *     超過, 以上 and 不到 state a threshold, not a rounded measurement ("53個月以上" is
 *     {@code [53, 53]}; a printed range such as "400億至550億" as a bound is {@code [400億, 550億]});
 * <li>a figure of the dataset whose words state a bound ("超過62億"), under that relation: the
 *     number exactly as printed, for the same reason;
 * <li>any other quantity (a figure or a calculation): its range, the rounding range widened for
 *     {@code about} and {@code nearly}.
 * </ul>
 * A printed number (or a figure whose rounding the dataset does not state) that ends in zeros
 * before a scale word or in an integer ("3050萬", "800%") is read to its last non-zero digit, the
 * coarsest reading, and judged again with every digit significant: when the two readings give the
 * same status, that is the verdict; when they differ, the verdict is {@link VerdictStatus#UNDECIDABLE}
 * and the reason says which reading gives which answer. Zeros after a decimal point are significant.
 * <p>
 * Then {@link Relation#judge} decides. For example growth {@code 782.08% [780.66%, 783.51%]}
 * against "782.2%" is CONSISTENT: the ranges meet. It is consistent <b>only within rounding</b>:
 * under {@code =}, the computed point rounded to the reported number's printed precision (its last
 * printed digit, or the rounding the dataset states for a figure) is not the reported number,
 * 782.1% rather than 782.2%; the reason says so and {@link #onlyWithinRounding()} is true.
 * <p>
 * The reason is made when first read (a batch that counts statuses never reads it), the same text
 * at every read.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Judgement {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private final VerdictStatus status;
  private final Relation relation;
  private final Reported reported;
  // Made when read: most judgements are counted, not read, and the reason's text costs more than the arithmetic.
  private final LazyText reason;
  private final boolean onlyWithinRounding;

  /**
   * Creates a judgement.
   *
   * @param status  the status, not null, not unverifiable
   * @param relation  the relation, not null
   * @param reported  the reported side, not null
   * @param reason  the reason, not blank
   * @param onlyWithinRounding  whether the points disagree at the printed precision; only for CONSISTENT
   * @throws IllegalArgumentException if an argument is null or blank, the status is unverifiable, or
   *     a verdict other than CONSISTENT is said to hold only within rounding
   */
  public Judgement(VerdictStatus status, Relation relation, Reported reported, String reason,
      boolean onlyWithinRounding) {
    this(status, relation, reported, LazyText.of(Args.notBlank(reason, "reason")), onlyWithinRounding);
  }

  /**
   * Creates a judgement whose points agree, or that is not CONSISTENT.
   *
   * @param status  the status, not null, not unverifiable
   * @param relation  the relation, not null
   * @param reported  the reported side, not null
   * @param reason  the reason, not blank
   */
  public Judgement(VerdictStatus status, Relation relation, Reported reported, String reason) {
    this(status, relation, reported, reason, false);
  }

  /** A judgement whose reason is made when read; the maker never returns blank text. */
  private Judgement(VerdictStatus status, Relation relation, Reported reported, LazyText reason,
      boolean onlyWithinRounding) {
    Args.notNull(status, "status");
    Args.isTrue(status != VerdictStatus.UNVERIFIABLE, "A judgement of two values cannot be unverifiable");
    Args.notNull(relation, "relation");
    Args.notNull(reported, "reported");
    if (onlyWithinRounding && status != VerdictStatus.CONSISTENT) {
      throw new IllegalArgumentException("Only a CONSISTENT judgement can hold only within rounding, not " + status);
    }
    this.status = status;
    this.relation = relation;
    this.reported = reported;
    this.reason = reason;
    this.onlyWithinRounding = onlyWithinRounding;
  }

  private static Judgement lazy(VerdictStatus status, Relation relation, Reported reported, Supplier<String> reason,
      boolean onlyWithinRounding) {
    return new Judgement(status, relation, reported, LazyText.of(reason), onlyWithinRounding);
  }

  /**
   * CONSISTENT, INCONSISTENT or UNDECIDABLE.
   *
   * @return the status
   */
  public VerdictStatus status() {
    return status;
  }

  /**
   * The relation judged.
   *
   * @return the relation
   */
  public Relation relation() {
    return relation;
  }

  /**
   * The reported side and the range compared against.
   *
   * @return the reported side
   */
  public Reported reported() {
    return reported;
  }

  /**
   * Why, in one line; made at the first read, the same text at every read.
   *
   * @return the reason
   */
  public String reason() {
    return reason.get();
  }

  /**
   * Whether this CONSISTENT {@code =} judgement's computed point, at the reported number's printed
   * precision, is not the reported number.
   *
   * @return true when it holds only within rounding
   */
  public boolean onlyWithinRounding() {
    return onlyWithinRounding;
  }

  /**
   * Judgements are equal when their status, relation, reported side, reason and rounding flag are.
   *
   * @param o  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Judgement j && status == j.status && relation == j.relation
        && reported.equals(j.reported) && onlyWithinRounding == j.onlyWithinRounding && reason().equals(j.reason());
  }

  /**
   * A hash of the same fields as {@link #equals}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(status, relation, reported, reason(), onlyWithinRounding);
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
    if (!(q == Qualifier.EXACT || Relation.of(q) == relation)) {
      throw new IllegalArgumentException("Relation '" + relation
          + "' contradicts the words of '" + printed.text() + "', which state '" + Relation.of(q) + "'");
    }
    Amount a = printed.amount();
    if (relation.isInequality()) {
      return judge(computed, relation, new Reported(printed.text(), printed.value(), a.printedBound(), a.unit()),
          Optional.empty(), Optional.empty());
    }
    // The coarsest reading's range is the printed figure's own rounding range, which it remembers.
    DecimalRange coarsestRange = relation == Relation.ABOUT || relation == Relation.NEARLY
        ? rounded(a, a.coarsestRoundingUnit(), relation) : printed.roundingRange();
    Reported coarsest = new Reported(printed.text(), printed.value(), coarsestRange, a.unit());
    Optional<Reading> finer = printed.hasAmbiguousZeros() ? finer(printed.text(), a, Optional.empty(), relation)
        : Optional.empty();
    return judge(computed, relation, coarsest, finer, Optional.of(printed.precision()));
  }

  /**
   * Judges a computed value against another quantity, such as a figure of the dataset or another
   * growth.
   * <p>
   * A figure whose words state a bound ("超過62億", "over 70%") is compared, under the relation its
   * words state, with its number exactly as printed, as a printed number would be. Under
   * {@code about} and {@code nearly} a figure's rounding range is widened once, whatever its own
   * qualifier. A figure whose printed zeros may or may not be significant, and whose rounding the
   * dataset does not state, is judged under both readings, as a printed number is.
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
    if (!(other instanceof Figure f)) {
      DecimalRange range = relation == Relation.ABOUT || relation == Relation.NEARLY
          ? ApproximationConvention.DEFAULT.widen(other.value(), other.range(), qualifier(relation)) : other.range();
      return judge(computed, relation, new Reported(other.label(), other.value(), range, other.unit()),
          Optional.empty(), Optional.empty());
    }
    String text = f.label() + " (" + f.qualifier().describe(f.amount()) + ")";
    if (f.isOpenEnded() && relation.isInequality() && Relation.of(f.qualifier()) == relation) {
      return judge(computed, relation, new Reported(text, f.value(), f.amount().printedBound(), f.unit()),
          Optional.empty(), Optional.empty());
    }
    Reported coarsest = new Reported(text, f.value(), figureRange(f, f.roundingUnit(), relation), f.unit());
    Optional<Reading> finer = f.hasAmbiguousRounding()
        ? finer(text, f.amount(), Optional.of(f), relation) : Optional.empty();
    // The figure's precision: the rounding the dataset states, else its last printed digit.
    BigDecimal precision = f.roundedTo().orElse(f.amount().finestRoundingUnit());
    return judge(computed, relation, coarsest, finer, Optional.of(atBase(f.amount(), precision)));
  }

  /** The other reading of a printing with ambiguous zeros: every printed digit significant. */
  private static Optional<Reading> finer(String text, Amount a, Optional<Figure> figure, Relation relation) {
    // Asked only of a printing whose zeros are ambiguous: both callers know it already.
    BigDecimal unit = a.finestRoundingUnit();
    DecimalRange range = figure.map(f -> figureRange(f, unit, relation)).orElseGet(() -> rounded(a, unit, relation));
    return Optional.of(new Reading(text, a, a.coarsestRoundingUnit(), unit, range));
  }

  /** A printed number rounded to a unit, widened once under about and nearly (by at most one unit). */
  private static DecimalRange rounded(Amount a, BigDecimal unit, Relation relation) {
    DecimalRange rounding = a.roundingRange(unit);
    if (relation != Relation.ABOUT && relation != Relation.NEARLY) {
      return rounding;
    }
    return ApproximationConvention.DEFAULT.widen(a.baseValue(), rounding, unit.scaleByPowerOfTen(a.scale().exponent()),
        qualifier(relation));
  }

  /** A figure's range at a rounding unit: its qualifier's range, or widened once under about and nearly. */
  private static DecimalRange figureRange(Figure f, BigDecimal unit, Relation relation) {
    if (relation == Relation.ABOUT || relation == Relation.NEARLY) {
      return rounded(f.amount(), unit, relation);
    }
    return f.qualifier().range(f.amount(), unit, ApproximationConvention.DEFAULT);
  }

  private static Qualifier qualifier(Relation relation) {
    return relation == Relation.ABOUT ? Qualifier.ABOUT : Qualifier.NEARLY;
  }

  /**
   * The finest reading of a printing whose zeros may be rounding: the printing, its coarsest and
   * finest units, and the range under the finest.
   */
  private record Reading(String text, Amount amount, BigDecimal coarsest, BigDecimal finest, DecimalRange range) {
  }

  /** A rounding unit in a printing's scale, at base scale. */
  private static BigDecimal atBase(Amount a, BigDecimal unit) {
    return unit.scaleByPowerOfTen(a.scale().exponent());
  }

  private static Judgement judge(Quantity computed, Relation relation, Reported reported, Optional<Reading> finer,
      Optional<BigDecimal> precision) {
    Unit unit = computed.unit();
    if (!(unit.equals(reported.unit()))) {
      throw new IllegalArgumentException("Cannot compare '" + computed.label() + "' in '" + unit
          + "' with '" + reported.text() + "' in '" + reported.unit() + "'");
    }
    Optional<Enclosure> bounds = computed instanceof Derived d ? d.enclosure() : Optional.empty();
    Outcome outcome = bounds.isPresent() ? onBounds(bounds.get(), relation, reported, finer, precision) : null;
    if (outcome == null) {
      outcome = exactly(computed, relation, reported, finer, precision);
    }
    VerdictStatus status = outcome.status();
    DecimalRange r = reported.range();
    // The computed range and point are read only when the reason is: a range judged on its bounds
    // is then made, exactly.
    if (outcome.finerStatus() != null) {
      Reading fine = finer.orElseThrow();
      VerdictStatus other = outcome.finerStatus();
      // The printed zeros decide it: say which reading gives which answer.
      return lazy(VerdictStatus.UNDECIDABLE, relation, reported, () -> {
        DecimalRange c = computed.range();
        String coarse = "read to the nearest " + nearest(fine.amount(), fine.coarsest()) + " it is "
            + status.name().toLowerCase(Locale.ROOT) + " (" + reason(status, relation, c, r, unit) + ")";
        String precise = "read to the nearest " + nearest(fine.amount(), fine.finest()) + " it is "
            + other.name().toLowerCase(Locale.ROOT) + " (" + reason(other, relation, c, fine.range(), unit) + ")";
        return "'" + fine.text() + "' ends in zeros that may or may not be significant: " + coarse + "; " + precise;
      }, false);
    }
    if (outcome.slips()) {
      BigDecimal unitOfPrecision = precision.orElseThrow();
      return lazy(status, relation, reported, () -> reason(status, relation, computed.range(), r, unit) + "; "
          + pointSlip(computed.value(), reported, unitOfPrecision), true);
    }
    return lazy(status, relation, reported, () -> reason(status, relation, computed.range(), r, unit), false);
  }

  /**
   * What a judgement found: the status under the coarsest reading, the status under the finer
   * reading when it differs (else null), and whether a CONSISTENT {@code =} holds only within rounding.
   */
  private record Outcome(VerdictStatus status, VerdictStatus finerStatus, boolean slips) {
  }

  private static Outcome exactly(Quantity computed, Relation relation, Reported reported, Optional<Reading> finer,
      Optional<BigDecimal> precision) {
    DecimalRange c = computed.range();
    VerdictStatus status = relation.judge(c, reported.range());
    if (finer.isPresent()) {
      VerdictStatus other = relation.judge(c, finer.get().range());
      if (other != status) {
        return new Outcome(status, other, false);
      }
    }
    boolean slips = status == VerdictStatus.CONSISTENT && relation == Relation.EQUAL && precision.isPresent()
        && slips(computed.value(), reported, precision.get());
    return new Outcome(status, null, slips);
  }

  /** The same outcome as {@link #exactly}, from the bounds alone; null when they cannot decide every step. */
  private static Outcome onBounds(Enclosure bounds, Relation relation, Reported reported, Optional<Reading> finer,
      Optional<BigDecimal> precision) {
    VerdictStatus status = relation.judgeOnBounds(bounds, reported.range());
    if (status == null) {
      return null;
    }
    if (finer.isPresent()) {
      VerdictStatus other = relation.judgeOnBounds(bounds, finer.get().range());
      if (other == null) {
        return null;
      }
      if (other != status) {
        return new Outcome(status, other, false);
      }
    }
    if (status != VerdictStatus.CONSISTENT || relation != Relation.EQUAL || precision.isEmpty()) {
      return new Outcome(status, null, false);
    }
    Boolean slips = slips(bounds, reported, precision.get());
    return slips == null ? null : new Outcome(status, null, slips);
  }

  /**
   * Whether the computed point, rounded to the printed precision, differs from the reported number:
   * more than half a unit apart.
   */
  private static boolean slips(BigDecimal point, Reported reported, BigDecimal unit) {
    // Half a unit as a product (exact, and cheaper than an exact quotient); only its value is compared.
    BigDecimal half = unit.multiply(HALF);
    return point.subtract(reported.value()).abs().compareTo(half) > 0;
  }

  /** {@link #slips} on the point's bounds: null when they cannot tell. */
  private static Boolean slips(Enclosure bounds, Reported reported, BigDecimal unit) {
    // The point is more than half a unit from the reported number when it lies outside [v - h, v + h],
    // whose ends are bounded in doubles as the point is: each double within an ulp, each operation rounded outward.
    double v = reported.value().doubleValue();
    double h = unit.doubleValue() * 0.5;
    if (!Double.isFinite(v) || !Double.isFinite(h)) {
      return null;
    }
    double vLow = Math.nextDown(v);
    double vHigh = Math.nextUp(v);
    double hLow = Math.nextDown(h);
    double hHigh = Math.nextUp(h);
    double lowEndMin = Math.nextDown(vLow - hHigh);
    double lowEndMax = Math.nextUp(vHigh - hLow);
    double highEndMin = Math.nextDown(vLow + hLow);
    double highEndMax = Math.nextUp(vHigh + hHigh);
    if (bounds.pointMax() < lowEndMin || bounds.pointMin() > highEndMax) {
      return true;
    }
    return bounds.pointMin() > lowEndMax && bounds.pointMax() < highEndMin ? false : null;
  }

  /** What {@link #slips} found, with the three values. */
  private static String pointSlip(BigDecimal point, Reported reported, BigDecimal unit) {
    BigDecimal rounded = point.divide(unit, 0, RoundingMode.HALF_UP).multiply(unit);
    Unit u = reported.unit();
    // The point with one digit beyond the printed ones, so that its rounding shows.
    return "consistent only within rounding: the computed point "
        + Formats.formatAtPrecision(point, unit.movePointLeft(1), u) + " is "
        + Formats.formatAtPrecision(rounded, unit, u) + " to the printed digits, not "
        + Formats.formatAtPrecision(reported.value(), unit, u);
  }

  /** A rounding unit as printed: {@code 10萬 USD}, {@code 100 %}, {@code 1 thousand USD}. */
  private static String nearest(Amount printed, BigDecimal unit) {
    return Amount.of(unit.stripTrailingZeros().scale() < 0 ? unit.setScale(0) : unit.stripTrailingZeros(),
        printed.scale(), printed.unit()).toString();
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
    // A printed number's widening stops at one unit of its rounding (ApproximationConvention).
    return relation == Relation.ABOUT ? "rounding widened by " + percent + " either side, at most one rounding unit"
        : "rounding widened by " + percent + " below, at most one rounding unit";
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
