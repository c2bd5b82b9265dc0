package dev.prospectus.batch;

import dev.prospectus.internal.Args;
import java.util.Comparator;

/**
 * One row of a batch: a verdict, a standard measure, or the error of a dataset that could not be
 * read or analysed, as one line of JSON.
 * <p>
 * The JSON line holds every field of the row (docs/batch.md); {@code dataset}, {@code kind} and
 * {@code id} repeat three of them so that rows can be sorted and joined without parsing it. Every
 * number in it is a decimal with the digits the library computed or the source printed; no row
 * carries a time or a thread, so a batch's rows are the same however it ran.
 *
 * @param dataset  the dataset's name, or its folder's name when it could not be read
 * @param kind  {@code verdict}, {@code measure} or {@code error}
 * @param id  the verdict's id, the measure's id ({@code growth:revenue/total/FY2024,revenue/total/FY2023}),
 *     or the stage that failed for an error ({@code dataset}, {@code claims}, {@code analysis})
 * @param json  the row as one line of JSON, without a line break
 */
public record BatchRow(String dataset, String kind, String id, String json) {

  /** The kind of a verdict's row. */
  public static final String VERDICT = "verdict";
  /** The kind of a standard measure's row. */
  public static final String MEASURE = "measure";
  /** The kind of the row of a dataset that could not be read or analysed. */
  public static final String ERROR = "error";

  /** Orders rows by dataset, kind and id, then by their JSON: the order the Spark test compares in. */
  public static final Comparator<BatchRow> ORDER = Comparator.comparing(BatchRow::dataset)
      .thenComparing(BatchRow::kind).thenComparing(BatchRow::id).thenComparing(BatchRow::json);

  /**
   * Checks the fields.
   *
   * @param dataset  the dataset's name, not blank
   * @param kind  {@code verdict}, {@code measure} or {@code error}
   * @param id  the row's id, not blank
   * @param json  the JSON line, without a line break
   */
  public BatchRow {
    Args.notBlank(dataset, "dataset");
    Args.notBlank(id, "id");
    Args.notNull(json, "json");
    if (!VERDICT.equals(kind) && !MEASURE.equals(kind) && !ERROR.equals(kind)) {
      throw new IllegalArgumentException("kind must be verdict, measure or error, not '" + kind + "'");
    }
    if (json.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a row's JSON must be one line: " + id);
    }
  }
}
