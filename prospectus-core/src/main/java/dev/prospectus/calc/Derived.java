package dev.prospectus.calc;

import dev.prospectus.internal.Args;
import dev.prospectus.internal.LazyText;
import dev.prospectus.model.ConvertedReport;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Enclosure;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureBasis;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A calculated value that explains itself: the point value, the closed range the inputs' rounding
 * allows, the formula, the inputs with their sources, and notes on assumptions.
 * <p>
 * For example revenue growth FY2024 over FY2023 from "346萬美元" and "3052萬美元" is
 * {@code 782.08% [780.66%, 783.51%]} (the range rounded outward), formula
 * {@code (revenue FY2024 / revenue FY2023 - 1) x 100}.
 * <p>
 * A derived value is itself a {@link Quantity}, so it can feed another calculator with its range.
 * The range may be unbounded on one side, when an input is printed as "over" or "under" a number
 * (a runway from cash of "over US$1 billion" is at least so many months), but not on both: a
 * calculation whose inputs leave it unbounded both ways is {@link NotMeaningful} with reason
 * {@link NotMeaningful.Reason#UNBOUNDED_INPUT}.
 * Its string form is the one-line {@code value [low, high]} with units; {@link #explain()} gives
 * the full trail.
 * <p>
 * The label and the formula of a calculator's result may be made when first read (most results
 * are judged, not read), the same text at every read; equality and the hash read them, so they are
 * by value as before.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Derived implements Calculation, Quantity {

  private final Measure measure;
  // Made when read: the words cost more than the arithmetic (issue 12).
  private final LazyText label;
  // The exact point and range, or, for a deferred calculation, null until first read (issue 12: most
  // verdicts are decided on the enclosure and counted, their decimals never read).
  private volatile Exact exact;
  private final Supplier<Exact> maker;
  private final Optional<Enclosure> enclosure;
  private final Unit unit;
  private final LazyText formula;
  private final List<Quantity> inputs;
  private final List<String> notes;

  /**
   * Creates a derived value.
   *
   * @param measure  the measure, not null
   * @param label  the label, not blank
   * @param value  the point value, not null
   * @param range  the range, not null
   * @param unit  the unit, not null
   * @param formula  the formula, not blank
   * @param inputs  the inputs, not null
   * @param notes  the notes, not null
   * @throws IllegalArgumentException if an argument is null or blank, or the range is unbounded on
   *     both sides
   */
  public Derived(Measure measure, String label, BigDecimal value, DecimalRange range, Unit unit, String formula,
      List<Quantity> inputs, List<String> notes) {
    this(measure, LazyText.of(Args.notBlank(label, "label")), value, range, unit,
        LazyText.of(Args.notBlank(formula, "formula")), inputs, notes);
  }

  private Derived(Measure measure, LazyText label, BigDecimal value, DecimalRange range, Unit unit,
      LazyText formula, List<? extends Quantity> inputs, List<String> notes) {
    Args.notNull(measure, "measure");
    Args.notNull(value, "value");
    Args.notNull(range, "range");
    if (range.isUnbounded()) {
      throw new IllegalArgumentException("Derived value '" + label.get() + "' is unbounded on both sides: a"
          + " calculation that cannot bound its result is not meaningful (NotMeaningful.Reason.UNBOUNDED_INPUT)");
    }
    Args.notNull(unit, "unit");
    this.measure = measure;
    this.label = label;
    this.exact = new Exact(value, range);
    this.maker = null;
    this.enclosure = Optional.empty();
    this.unit = unit;
    this.formula = formula;
    this.inputs = Args.listCopy(inputs, "inputs");
    this.notes = Args.listCopy(notes, "notes");
  }

  /** A deferred calculation: its bounds now, its exact point and range when first read. */
  private Derived(Measure measure, LazyText label, Supplier<Exact> maker, Enclosure enclosure, Unit unit,
      LazyText formula, List<? extends Quantity> inputs, List<String> notes) {
    this.measure = measure;
    this.label = label;
    this.maker = maker;
    this.enclosure = Optional.of(enclosure);
    this.unit = unit;
    this.formula = formula;
    this.inputs = List.copyOf(inputs);
    this.notes = List.copyOf(notes);
  }

  /** The exact point and range of a calculation. */
  private record Exact(BigDecimal value, DecimalRange range) {
  }

  private Exact exact() {
    Exact e = exact;
    if (e == null) {
      // Made from immutable inputs, so two threads that race here make equal values; either may be kept.
      e = maker.get();
      exact = e;
    }
    return e;
  }

  /**
   * What was calculated, as a type.
   *
   * @return the measure
   */
  @Override
  public Measure measure() {
    return measure;
  }

  /**
   * What was calculated, in words, such as {@code "revenue growth FY2024 over FY2023"}; made at the
   * first read, the same text at every read.
   *
   * @return the label
   */
  @Override
  public String label() {
    return label.get();
  }

  /**
   * The formula applied to the inputs' point values.
   *
   * @return the point value
   */
  @Override
  public BigDecimal value() {
    return exact().value();
  }

  /**
   * The closed range the formula takes over the inputs' ranges.
   *
   * @return the range
   */
  @Override
  public DecimalRange range() {
    return exact().range();
  }

  /**
   * The unit of value and range.
   *
   * @return the unit
   */
  @Override
  public Unit unit() {
    return unit;
  }

  /**
   * The formula in words and symbols; made at the first read, the same text at every read.
   *
   * @return the formula
   */
  public String formula() {
    return formula.get();
  }

  /**
   * The inputs, figures or earlier calculations.
   *
   * @return the inputs
   */
  public List<Quantity> inputs() {
    return inputs;
  }

  /**
   * Assumptions and caveats a reader must see.
   *
   * @return the notes
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Derived values are equal when every field is, label and formula included.
   *
   * @param o  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Derived d && measure == d.measure && value().equals(d.value())
        && range().equals(d.range()) && unit.equals(d.unit) && inputs.equals(d.inputs) && notes.equals(d.notes)
        && label().equals(d.label()) && formula().equals(d.formula());
  }

  /**
   * A hash of the same fields as {@link #equals}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(measure, label(), value(), range(), unit, formula(), inputs, notes);
  }

  /**
   * Obtains a derived value, adding a note for every input figure that the source bounds on one
   * side only ("over", "at least"), since its range is then open on the other side, and for every
   * doubted input figure, with the doubt, and once when the input figures are not all reported
   * results ({@link FigureBasis#describeMix}: guidance is not a result).
   * <p>
   * Figures inside input calculations count too, once each: a runway over a burn from a loss
   * printed as "over 1.86億" says so in its own notes.
   *
   * @param measure  what was calculated, as a type
   * @param label  what was calculated, in words
   * @param value  the point value
   * @param range  the range
   * @param unit  the unit
   * @param formula  the formula
   * @param inputs  the inputs
   * @param notes  further notes
   * @return the derived value
   */
  public static Derived of(
      Measure measure, String label, BigDecimal value, DecimalRange range, Unit unit, String formula,
      List<? extends Quantity> inputs, List<String> notes) {
    List<Quantity> in = Args.listCopy(inputs, "inputs");
    return new Derived(measure, label, value, range, unit, formula, in, withInputNotes(in, Args.listCopy(notes,
        "notes")));
  }

  /**
   * The notes, then one for every input figure bounded on one side only, one for every doubted one,
   * and one for inputs that are not all reported results; the lists hold no null (checked by
   * {@link #of}, or made by a calculator).
   */
  private static List<String> withInputNotes(List<? extends Quantity> inputs, List<String> notes) {
    if (!anyNoteworthy(inputs)) {
      // Nearly every calculation: exact, undoubted, reported inputs add no note (and no sets are made).
      return notes;
    }
    List<String> all = new ArrayList<>(notes);
    Set<Figure> openEnded = new LinkedHashSet<>();
    collectOpenEnded(inputs, openEnded);
    for (Figure f : openEnded) {
      all.add("input " + f.label() + " was printed as '" + f.qualifier().describe(f.amount()) + "': it is bounded "
          + (f.range().isBoundedBelow() ? "below" : "above") + " only, at the number as printed");
    }
    Set<Figure> doubted = new LinkedHashSet<>();
    collectDoubted(inputs, doubted);
    for (Figure f : doubted) {
      all.add("input " + f.label() + " (" + f.source().document().id() + ") is a doubted report: "
          + f.doubt().orElseThrow());
    }
    // Nearly every input is a reported result: only guidance or a forecast pays for naming every figure.
    if (anyNotReported(inputs)) {
      Set<Figure> figures = new LinkedHashSet<>();
      collectFigures(inputs, figures);
      FigureBasis.describeMix(figures)
          .ifPresent(mix -> all.add("this calculation " + mix + ": guidance is not a result"));
    }
    return all;
  }

  /**
   * As {@link #of}, the label and formula made when first read: for calculators, whose results are
   * judged far more often than read. The makers must be pure functions of immutable values and
   * return text that is not blank.
   */
  static Derived lazy(Measure measure, Supplier<String> label, BigDecimal value, DecimalRange range, Unit unit,
      Supplier<String> formula, List<? extends Quantity> inputs, List<String> notes) {
    return new Derived(measure, LazyText.of(() -> Args.notBlank(label.get(), "label")), value, range, unit,
        LazyText.of(() -> Args.notBlank(formula.get(), "formula")), inputs, withInputNotes(inputs, notes));
  }

  /**
   * A calculation whose exact point and range are made when first read: a verdict decided on its
   * {@link Enclosure} never makes them unless they are read (issue 12). The label, formula and notes
   * follow the rules of {@link #lazy}. On first read the exact values are checked to lie within the
   * enclosure.
   */
  static Derived deferred(Measure measure, Supplier<String> label, Supplier<BigDecimal> value,
      Supplier<DecimalRange> range, Enclosure enclosure, Unit unit, Supplier<String> formula,
      List<? extends Quantity> inputs, List<String> notes) {
    Args.notNull(measure, "measure");
    Args.notNull(value, "value");
    Args.notNull(range, "range");
    Args.notNull(enclosure, "enclosure");
    Args.notNull(unit, "unit");
    LazyText labelText = LazyText.of(() -> Args.notBlank(label.get(), "label"));
    return new Derived(measure, labelText, () -> enclosed(labelText, value.get(), range.get(), enclosure), enclosure,
        unit, LazyText.of(() -> Args.notBlank(formula.get(), "formula")), inputs, withInputNotes(inputs, notes));
  }

  /**
   * The exact values of a deferred calculation, held to the bounds its verdicts may have been
   * decided on: a guard against a wrong bound, not a proof (the bounds are made to enclose), so each
   * decimal is taken to a double the quick way, within a relative 1e-12 (its double by
   * {@link BigDecimal#doubleValue}, exact to the last bit, would print and parse a 34-digit decimal).
   */
  private static Exact enclosed(LazyText label, BigDecimal value, DecimalRange range, Enclosure e) {
    if (!near(value, e.pointMin(), e.pointMax()) || !range.isBounded() || !near(range.low(), e.lowMin(), e.lowMax())
        || !near(range.high(), e.highMin(), e.highMax())) {
      throw new IllegalStateException("The exact value of '" + label.get() + "', " + value.toPlainString() + " "
          + range + ", lies outside the bounds it was judged on, " + e);
    }
    return new Exact(value, range);
  }

  private static boolean near(BigDecimal exact, double min, double max) {
    double approximately = exact.unscaledValue().doubleValue() * Math.pow(10, -exact.scale());
    double slack = Math.max(Math.abs(min), Math.abs(max)) * 1e-12;
    return approximately >= min - slack && approximately <= max + slack;
  }

  /**
   * Bounds in double precision on this calculation's point and range ends, for a calculation made
   * with them (a growth or a ratio of ordinary figures); empty otherwise. A comparison they decide is
   * decided as the exact decimals would decide it ({@link Enclosure}).
   *
   * @return the bounds, or empty
   */
  public Optional<Enclosure> enclosure() {
    return enclosure;
  }

  /**
   * Obtains a reported value as a derived one, where a calculator wants a calculation: the value
   * and range as they are, formula {@code "as reported"}. A derived value is returned unchanged.
   *
   * @param quantity  the value, such as a reported figure
   * @return the value as a derived one
   * @throws IllegalArgumentException if the quantity is null
   */
  public static Derived asReported(Quantity quantity) {
    Args.notNull(quantity, "quantity");
    if (quantity instanceof Derived d) {
      return d;
    }
    return of(Measure.AS_REPORTED, quantity.label(), quantity.value(), quantity.range(), quantity.unit(),
        "as reported", List.of(quantity), List.of());
  }

  /**
   * Whether any input, however deep, would add a note: a figure bounded on one side, doubted, or not
   * a reported result (a converted report counting as its original, as {@link #anyNotReported} has it).
   */
  private static boolean anyNoteworthy(List<? extends Quantity> inputs) {
    for (Quantity q : inputs) {
      boolean noteworthy = q instanceof Figure f ? f.isOpenEnded() || f.isDoubted() || !f.isReported()
          : q instanceof Derived d ? anyNoteworthy(d.inputs())
          : q instanceof ConvertedReport c && anyNotReported(List.of(c.original()));
      if (noteworthy) {
        return true;
      }
    }
    return false;
  }

  private static void collectDoubted(List<? extends Quantity> inputs, Set<Figure> found) {
    for (Quantity q : inputs) {
      if (q instanceof Figure f && f.isDoubted()) {
        found.add(f);
      } else if (q instanceof Derived d) {
        collectDoubted(d.inputs(), found);
      }
    }
  }

  private static boolean anyNotReported(List<? extends Quantity> inputs) {
    for (Quantity q : inputs) {
      boolean notReported = q instanceof Figure f ? !f.isReported()
          : q instanceof Derived d ? anyNotReported(d.inputs())
          : q instanceof ConvertedReport c && anyNotReported(List.of(c.original()));
      if (notReported) {
        return true;
      }
    }
    return false;
  }

  private static void collectFigures(List<? extends Quantity> inputs, Set<Figure> found) {
    for (Quantity q : inputs) {
      if (q instanceof Figure f) {
        found.add(f);
      } else if (q instanceof Derived d) {
        collectFigures(d.inputs(), found);
      } else if (q instanceof ConvertedReport c) {
        // A converted report is still the figure it converts: guidance converted is guidance.
        collectFigures(List.of(c.original()), found);
      }
    }
  }

  private static void collectOpenEnded(List<? extends Quantity> inputs, Set<Figure> found) {
    for (Quantity q : inputs) {
      if (q instanceof Figure f && f.isOpenEnded()) {
        found.add(f);
      } else if (q instanceof Derived d) {
        collectOpenEnded(d.inputs(), found);
      }
    }
  }

  @Override
  public boolean isMeaningful() {
    return true;
  }

  @Override
  public Derived derived() {
    return this;
  }

  /**
   * The full explanation: label, value and range, formula, notes, and each input with its source,
   * indented for nested calculations.
   *
   * @return the explanation, several lines
   */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    explain(sb, "");
    return sb.toString();
  }

  private void explain(StringBuilder sb, String indent) {
    sb.append(indent).append(label).append(" = ").append(this).append('\n');
    sb.append(indent).append("  formula: ").append(formula).append('\n');
    for (String note : notes) {
      sb.append(indent).append("  note: ").append(note).append('\n');
    }
    for (Quantity q : inputs) {
      if (q instanceof Derived d) {
        d.explain(sb, indent + "  ");
      } else if (q instanceof Figure f) {
        sb.append(indent).append("  ").append(f.label()).append(" = ").append(f.amount())
            .append(' ').append(Formats.format(f.range(), f.unit()))
            .append("  source: ").append(f.source()).append('\n');
      } else {
        sb.append(indent).append("  ").append(q.label()).append(" = ")
            .append(Formats.format(q.value(), q.range(), q.unit())).append('\n');
      }
    }
  }

  /**
   * Returns the value and range with units, such as {@code 782.08% [780.66%, 783.50%]}.
   *
   * @return the one-line form
   */
  @Override
  public String toString() {
    return Formats.format(value(), range(), unit);
  }
}
