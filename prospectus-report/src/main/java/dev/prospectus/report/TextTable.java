package dev.prospectus.report;

import dev.prospectus.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns, for terminals.
 * <p>
 * Widths count East Asian wide characters (漢字, full-width forms) as two columns, as terminals
 * draw them, so quotes in Chinese stay aligned. Alignment is set per column with {@link #rightAligned}.
 * <p>
 * Instances are mutable while being filled and not thread-safe; build one per rendering.
 */
final class TextTable {

  private final String[] headers;
  private final boolean[] right;
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String... headers) {
    this.headers = headers.clone();
    this.right = new boolean[headers.length];
  }

  TextTable rightAligned(int... columns) {
    for (int c : columns) {
      right[c] = true;
    }
    return this;
  }

  TextTable row(String... cells) {
    Args.isTrue(cells.length == headers.length,
        "Table row has " + cells.length + " cells but the table has " + headers.length + " columns");
    rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c).toArray(String[]::new));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String render(String indent) {
    int[] widths = new int[headers.length];
    for (int c = 0; c < headers.length; c++) {
      widths[c] = width(headers[c]);
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, indent, headers, widths);
    String[] rule = new String[headers.length];
    for (int c = 0; c < headers.length; c++) {
      rule[c] = "-".repeat(widths[c]);
    }
    line(sb, indent, rule, widths);
    for (String[] row : rows) {
      line(sb, indent, row, widths);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, String indent, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int c = 0; c < cells.length; c++) {
      String pad = " ".repeat(widths[c] - width(cells[c]));
      line.append(right[c] ? pad + cells[c] : cells[c] + (c == cells.length - 1 ? "" : pad));
      if (c < cells.length - 1) {
        line.append("  ");
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  /** Terminal columns a string takes: two for East Asian wide characters. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
