package dev.prospectus.format;

import dev.prospectus.internal.Args;

/**
 * Thrown when a text is not a figure as printed, naming the text, the 0-based position where
 * reading stopped and the problem found there.
 * <p>
 * For example {@code FigureParser.parse("3052萬美元x")} throws with the message
 * {@code Unable to parse figure '3052萬美元x' at position 7: unexpected 'x'}. Callers that report
 * the problem in their own words, such as a data file reader, use {@link #text()},
 * {@link #position()} and {@link #problem()}.
 */
public final class FigureParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The text that failed to parse. */
  private final String text;
  /** Where in the text the problem is, 0-based. */
  private final int position;
  /** What is wrong there. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param text  the text that failed to parse, not null
   * @param position  where in the text the problem is, 0-based, from 0 to the text's length
   * @param problem  what is wrong there, such as {@code "unexpected 'x'"}, not blank
   * @throws IllegalArgumentException if an argument is null or blank, or the position lies outside
   *     the text
   */
  public FigureParseException(String text, int position, String problem) {
    super(message(text, position, problem));
    this.text = text;
    this.position = position;
    this.problem = problem;
  }

  private static String message(String text, int position, String problem) {
    Args.notNull(text, "text");
    Args.notBlank(problem, "problem");
    if (position < 0 || position > text.length()) {
      throw new IllegalArgumentException("Argument 'position' must be between 0 and " + text.length()
          + " but has value " + position);
    }
    // A hostile text of a million characters makes a message of one line.
    return "Unable to parse figure '" + Args.shown(text) + "' at position " + position + ": " + problem;
  }

  /**
   * The text that failed to parse, as given.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Where in the text the problem is: the 0-based index of the first character that could not be
   * read, or the text's length when the text ended too soon.
   *
   * @return the position
   */
  public int position() {
    return position;
  }

  /**
   * What is wrong at {@link #position()}, such as {@code "unexpected 'x'"} or
   * {@code "expected a number"}.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
