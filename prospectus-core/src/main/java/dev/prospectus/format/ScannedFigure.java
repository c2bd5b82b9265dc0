package dev.prospectus.format;

import dev.prospectus.internal.Args;
import java.util.Optional;

/**
 * A number found in running text by {@link FigureScanner}: where it stands, what is printed there,
 * and what the printed words make of it.
 * <p>
 * There are three kinds:
 * <ul>
 * <li>{@link Kind#FIGURE}: a printed figure {@link FigureParser} reads, with everything printed
 *     around the digits that belongs to it: "超過2.2億小時", "US$53.44 million", "400億至550億美元";
 * <li>{@link Kind#TOKEN}: digits glued to letters, as in model names, codes and file names ("M2",
 *     "GPT-4", "3rd", "sehk25122100269"), which are not numbers of the text;
 * <li>{@link Kind#UNREADABLE}: digits the figure grammar refuses where they stand, such as
 *     "1千萬" (a multiplier no scale holds); {@link #problem()} says why.
 * </ul>
 * Positions are indexes into the text as given, {@code start} inclusive and {@code end} exclusive.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param start  where the printed form starts, 0-based
 * @param end  where it ends, exclusive
 * @param text  the printed form, the text between {@code start} and {@code end}
 * @param kind  what the scanner made of it
 * @param figure  the figure, present exactly for {@link Kind#FIGURE}
 * @param problem  why the digits are not a figure, present exactly for {@link Kind#UNREADABLE}
 */
public record ScannedFigure(int start, int end, String text, Kind kind, Optional<PrintedFigure> figure,
    Optional<String> problem) {

  /** What the scanner made of a run of digits. */
  public enum Kind {
    /** A printed figure, read with its qualifier, currency, scale, unit and range. */
    FIGURE,
    /** Digits glued to letters: a name or a code, not a number of the text. */
    TOKEN,
    /** Digits the figure grammar refuses where they stand. */
    UNREADABLE
  }

  /**
   * Creates a scanned figure, checking that the parts fit the kind.
   *
   * @param start  the start, not negative
   * @param end  the end, after the start
   * @param text  the printed form, not blank, as long as the span
   * @param kind  the kind, not null
   * @param figure  the figure, not null; present exactly for a figure
   * @param problem  the problem, not null; present exactly for an unreadable number
   * @throws IllegalArgumentException if an argument is null or the parts do not fit
   */
  public ScannedFigure {
    if (!(start >= 0)) {
      throw new IllegalArgumentException("Argument 'start' must not be negative but has value " + start);
    }
    if (!(end > start)) {
      throw new IllegalArgumentException("Invalid span: expected 'start' < 'end' but found " + start + " >= " + end);
    }
    Args.notBlank(text, "text");
    if (!(text.length() == end - start)) {
      throw new IllegalArgumentException("Argument 'text' must span " + (end - start) + " characters but has '"
          + text + "'");
    }
    Args.notNull(kind, "kind");
    Args.notNull(figure, "figure");
    Args.notNull(problem, "problem");
    if (!(figure.isPresent() == (kind == Kind.FIGURE))) {
      throw new IllegalArgumentException("A " + kind + " has a figure exactly when it is one");
    }
    if (!(problem.isPresent() == (kind == Kind.UNREADABLE))) {
      throw new IllegalArgumentException("A " + kind + " has a problem exactly when it is unreadable");
    }
  }

  /**
   * Returns the kind, position and printed form.
   *
   * @return a readable form, such as {@code FIGURE 12..19 '3052萬美元'}
   */
  @Override
  public String toString() {
    return kind + " " + start + ".." + end + " '" + text + "'";
  }
}
