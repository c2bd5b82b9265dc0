package dev.prospectus.analysis;

import dev.prospectus.calc.Measure;
import dev.prospectus.internal.Args;
import java.util.List;

/**
 * One measure over aligned figures, one cell per company in the comparison's order: for example
 * revenue growth FY2024 over FY2023 for MiniMax and for Zhipu.
 * <p>
 * A row is identified by its {@link #measure()} and {@link #subject()}, never by its label. When the
 * companies' periods in a row differ (interims of different lengths under
 * {@link PeriodAlignment#SAME_YEAR}, or fiscal years and interims that end on different days because
 * the companies' fiscal years do), {@link #mixedPeriods()} is true and a note names each company's
 * periods.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  what the row measures
 * @param subject  the aligned figures it reads, in the formula's order
 * @param label  the row in words, such as {@code "revenue growth FY2024 over FY2023"}
 * @param cells  one cell per company, in the comparison's order
 * @param mixedPeriods  whether the companies' periods differ in this row
 * @param notes  what a reader must know about the row, such as periods that differ
 */
public record ComparisonRow(
    Measure measure, List<AlignedKey> subject, String label, List<ComparedCell> cells, boolean mixedPeriods,
    List<String> notes) {

  /**
   * Creates a row.
   *
   * @param measure  the measure, not null
   * @param subject  the aligned keys, not null
   * @param label  the label, not blank
   * @param cells  the cells, not null
   * @param mixedPeriods  whether periods differ
   * @param notes  the notes, not null
   * @throws IllegalArgumentException if an argument is null or blank, or a row mixes periods without a note
   */
  public ComparisonRow {
    Args.notNull(measure, "measure");
    subject = Args.listCopy(subject, "subject");
    Args.notBlank(label, "label");
    cells = Args.listCopy(cells, "cells");
    notes = Args.listCopy(notes, "notes");
    Args.isTrue(!mixedPeriods || !notes.isEmpty(), "Row '" + label + "' mixes periods and must say so in a note");
  }

  /**
   * How many companies have a calculation in this row, meaningful or not.
   *
   * @return the count
   */
  public int companiesWithCalculation() {
    return (int) cells.stream().filter(c -> c.calculation().isPresent()).count();
  }

  /**
   * Returns the label and the cells.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return label + ": " + cells;
  }
}
