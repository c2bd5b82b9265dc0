package dev.prospectus.calc;

import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
 * This class is immutable and thread-safe.
 *
 * @param measure  what was calculated, as a type
 * @param label  what was calculated, in words, such as {@code "revenue growth FY2024 over FY2023"}
 * @param value  the formula applied to the inputs' point values
 * @param range  the closed range the formula takes over the inputs' ranges
 * @param unit  the unit of value and range
 * @param formula  the formula in words and symbols
 * @param inputs  the inputs, figures or earlier calculations
 * @param notes  assumptions and caveats a reader must see
 */
public record Derived(
    Measure measure, String label, BigDecimal value, DecimalRange range, Unit unit, String formula,
    List<Quantity> inputs, List<String> notes) implements Calculation, Quantity {

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
  public Derived {
    Args.notNull(measure, "measure");
    Args.notBlank(label, "label");
    Args.notNull(value, "value");
    Args.notNull(range, "range");
    if (range.isUnbounded()) {
      throw new IllegalArgumentException("Derived value '" + label + "' is unbounded on both sides: a calculation"
          + " that cannot bound its result is not meaningful (NotMeaningful.Reason.UNBOUNDED_INPUT)");
    }
    Args.notNull(unit, "unit");
    Args.notBlank(formula, "formula");
    inputs = List.copyOf(Args.noNulls(inputs, "inputs"));
    notes = List.copyOf(Args.noNulls(notes, "notes"));
  }

  /**
   * Obtains a derived value, adding a note for every input figure that the source bounds on one
   * side only ("over", "at least"), since its range is then open on the other side, and for every
   * doubted input figure, with the doubt.
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
    Args.noNulls(inputs, "inputs");
    Args.noNulls(notes, "notes");
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
    return new Derived(measure, label, value, range, unit, formula, List.copyOf(inputs), all);
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

  private static void collectDoubted(List<? extends Quantity> inputs, Set<Figure> found) {
    for (Quantity q : inputs) {
      if (q instanceof Figure f && f.isDoubted()) {
        found.add(f);
      } else if (q instanceof Derived d) {
        collectDoubted(d.inputs(), found);
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
    return Formats.format(value, range, unit);
  }
}
