package dev.prospectus.report;

import dev.prospectus.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns, for terminals, fitted to a width.
 * <p>
 * Widths count East Asian wide characters (漢字, full-width forms) as two columns, as terminals
 * draw them, so quotes in Chinese stay aligned. Alignment is set per column with {@link #rightAligned}.
 * <p>
 * A table wider than its limit ({@link #MAX_WIDTH} unless {@link #render(String, int)} says otherwise)
 * narrows its columns of prose first ({@link #wrapFirst}), then its widest column, one column at a
 * time, and wraps the cells that no longer fit onto further lines of the row. A cell breaks only at
 * a space or after a slash (figure keys such as
 * {@code revenue/total/FY2024}), never inside a word, and is never cut: a column narrows no further
 * than its longest unbreakable word, so a table whose words alone exceed the limit stays wider.
 * <p>
 * Instances are mutable while being filled and not thread-safe; build one per rendering.
 */
final class TextTable {

  /** The widest line the text report prints, in terminal columns. */
  static final int MAX_WIDTH = 120;
  private static final String GAP = "  ";
  /** The narrowest a column of prose becomes before the other columns narrow. */
  static final int PROSE_WIDTH = 20;

  private final String[] headers;
  private final boolean[] right;
  private final boolean[] first;
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String... headers) {
    this.headers = headers.clone();
    this.right = new boolean[headers.length];
    this.first = new boolean[headers.length];
  }

  /**
   * Marks columns of prose (labels, formulas) to wrap before the others: they narrow first, down to
   * {@value #PROSE_WIDTH} columns or their longest word, so numbers and ranges stay on one line
   * where they can.
   */
  TextTable wrapFirst(int... columns) {
    for (int c : columns) {
      first[c] = true;
    }
    return this;
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
    return render(indent, MAX_WIDTH);
  }

  /**
   * Renders the table within a width, wrapping cells where the columns' natural widths exceed it.
   *
   * @param indent  the text before each line
   * @param maxWidth  the widest line wanted, indent included
   * @return the lines, each ending in a newline
   */
  String render(String indent, int maxWidth) {
    int n = headers.length;
    int[] widths = new int[n];
    int[] minimum = new int[n];
    for (int c = 0; c < n; c++) {
      widths[c] = width(headers[c]);
      minimum[c] = longestWord(headers[c]);
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], width(row[c]));
        minimum[c] = Math.max(minimum[c], longestWord(row[c]));
      }
    }
    int total = width(indent) + Arrays.stream(widths).sum() + GAP.length() * (n - 1);
    while (total > maxWidth) {
      int widest = -1;
      for (int c = 0; c < n; c++) {
        if (first[c] && widths[c] > Math.max(minimum[c], PROSE_WIDTH) && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        for (int c = 0; c < n; c++) {
          if (widths[c] > minimum[c] && (widest < 0 || widths[c] > widths[widest])) {
            widest = c;
          }
        }
      }
      if (widest < 0) {
        break;
      }
      widths[widest]--;
      total--;
    }
    StringBuilder sb = new StringBuilder();
    line(sb, indent, headers, widths);
    String[] rule = new String[n];
    for (int c = 0; c < n; c++) {
      rule[c] = "-".repeat(widths[c]);
    }
    line(sb, indent, rule, widths);
    for (String[] row : rows) {
      line(sb, indent, row, widths);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, String indent, String[] cells, int[] widths) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < cells.length; c++) {
      List<String> lines = wrap(cells[c], widths[c]);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int i = 0; i < height; i++) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < cells.length; c++) {
        String cell = i < wrapped.get(c).size() ? wrapped.get(c).get(i) : "";
        String pad = " ".repeat(Math.max(0, widths[c] - width(cell)));
        line.append(right[c] ? pad + cell : cell + (c == cells.length - 1 ? "" : pad));
        if (c < cells.length - 1) {
          line.append(GAP);
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /**
   * Wraps text to a width: greedy, breaking at spaces and after slashes, never inside a word; a word
   * wider than the width has a line of its own.
   *
   * @param text  the text
   * @param width  the width in terminal columns
   * @return the lines, at least one
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String piece : pieces(text)) {
      boolean space = piece.startsWith(" ");
      String word = space ? piece.substring(1) : piece;
      if (line.length() == 0) {
        line.append(word);
      } else if (width(line.toString()) + width(piece) <= width) {
        line.append(piece);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Splits text where a line may break: before a space (kept, leading the piece), after a slash, and
   * between two East Asian wide characters.
   */
  private static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == ' ' && piece.length() > 0 && !piece.toString().isBlank()) {
        pieces.add(piece.toString());
        piece.setLength(0);
      }
      piece.append(ch);
      // After a slash, and between two East Asian wide characters, as CJK text breaks.
      boolean wideNext = i + 1 < text.length() && isWide(ch) && isWide(text.charAt(i + 1));
      if ((ch == '/' || wideNext) && i + 1 < text.length() && text.charAt(i + 1) != ' ') {
        pieces.add(piece.toString());
        piece.setLength(0);
      }
    }
    if (piece.length() > 0) {
      pieces.add(piece.toString());
    }
    return pieces;
  }

  /** The widest piece that cannot be broken, in terminal columns. */
  static int longestWord(String text) {
    return pieces(text).stream().mapToInt(p -> width(p.startsWith(" ") ? p.substring(1) : p)).max().orElse(0);
  }

  /**
   * Wraps prose to a width with a first-line prefix and a hanging indent for the lines after.
   *
   * @param first  the prefix of the first line, such as {@code "  - "}
   * @param text  the text
   * @param maxWidth  the widest line wanted
   * @return the lines, each ending in a newline
   */
  static String paragraph(String first, String text, int maxWidth) {
    return paragraph(first, " ".repeat(width(first)), text, maxWidth);
  }

  /**
   * Wraps prose to a width with a first-line prefix and another prefix for the lines after.
   *
   * @param first  the prefix of the first line
   * @param hang  the prefix of the lines after, as wide as {@code first}
   * @param text  the text
   * @param maxWidth  the widest line wanted
   * @return the lines, each ending in a newline
   */
  static String paragraph(String first, String hang, String text, int maxWidth) {
    StringBuilder sb = new StringBuilder();
    List<String> lines = wrap(text, Math.max(1, maxWidth - Math.max(width(first), width(hang))));
    for (int i = 0; i < lines.size(); i++) {
      sb.append(i == 0 ? first : hang).append(lines.get(i)).append('\n');
    }
    return sb.toString();
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
