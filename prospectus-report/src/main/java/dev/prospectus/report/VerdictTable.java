package dev.prospectus.report;

import dev.prospectus.calc.Derived;
import dev.prospectus.format.Formats;
import dev.prospectus.internal.Args;
import dev.prospectus.verify.Relation;
import dev.prospectus.verify.Reported;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.VerdictCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * Verdicts as an aligned text table for people: one row per verdict with the id, the verdict, the
 * computed value and range, the relation, the reported value and range, and the reason; then a
 * count of each verdict, the published claims and the source checks apart ({@link VerdictCounts}).
 * <p>
 * For example:
 * <pre>
 * ID                     VERDICT     COMPUTED                          REL  REPORTED                      REASON
 * revenue-growth-fy2024  CONSISTENT  782.08% [780.66%, 783.51%]        =    782.2% [782.15%, 782.25%]     computed ...
 * </pre>
 * Columns are aligned by display width, counting Chinese characters as two columns, as terminals
 * show them. Checks without a computed or reported value show {@code -}.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class VerdictTable {

  private static final List<String> HEADER = List.of("ID", "VERDICT", "COMPUTED", "REL", "REPORTED", "REASON");
  private static final String GAP = "  ";

  private VerdictTable() {
  }

  /**
   * Renders verdicts as a table followed by a summary line, such as
   * {@code 3 published claims: 2 consistent, 1 inconsistent, 0 undecidable, 0 unverifiable; 1 source check:}
   * {@code 1 consistent, 0 inconsistent, 0 undecidable, 0 unverifiable}.
   *
   * @param verdicts  the verdicts, in the order to show
   * @return the table, lines ending in {@code \n}
   */
  public static String render(List<Verdict> verdicts) {
    Args.noNulls(verdicts, "verdicts");
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Verdict v : verdicts) {
      String computed = v.computed().map(VerdictTable::computed).orElse("-");
      String relation = v.relation().map(Relation::symbol).orElse("-");
      String reported = v.reported().map(Reported::toString).orElse("-");
      rows.add(List.of(v.id(), v.status().toString(), computed, relation, reported, v.reason()));
    }
    int[] widths = new int[HEADER.size() - 1];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        sb.append(row.get(i)).append(" ".repeat(widths[i] - width(row.get(i)))).append(GAP);
      }
      sb.append(row.get(widths.length)).append('\n');
    }
    sb.append(VerdictCounts.of(verdicts)).append('\n');
    return sb.toString();
  }

  private static String computed(Derived d) {
    return Formats.format(d.value(), d.range(), d.unit());
  }

  /** Display width in terminal columns: East Asian wide and full-width characters take two. */
  static int width(String text) {
    return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
