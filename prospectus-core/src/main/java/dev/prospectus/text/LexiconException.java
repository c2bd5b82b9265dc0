package dev.prospectus.text;

import dev.prospectus.internal.Args;

/**
 * Thrown when a lexicon file breaks the lexicon format, naming the file, the line and the
 * offending text: {@code data/acme/lexicon.txt at line 12: 'metrc revenue' is not an entry:
 * unknown section 'metrc': expected one of [metric, segment, kind, period, other, derived]}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class LexiconException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The file, or a name the caller gave the content. */
  private final String origin;
  /** The line, counted from 1. */
  private final int line;
  /** The offending text. */
  private final String value;

  /**
   * Creates an exception.
   *
   * @param origin  the file or name of the content, not blank
   * @param line  the line, counted from 1
   * @param value  the offending text, not null
   * @param problem  what is wrong, not blank
   * @throws IllegalArgumentException if an argument is null or blank, or the line is below 1
   */
  public LexiconException(String origin, int line, String value, String problem) {
    super(Args.notBlank(origin, "origin") + " at line " + line + ": '" + Args.notNull(value, "value") + "' "
        + Args.notBlank(problem, "problem"));
    Args.isTrue(line >= 1, "Argument 'line' must be at least 1 but has value " + line);
    this.origin = origin;
    this.line = line;
    this.value = value;
  }

  /**
   * The file, or the name the caller gave the content.
   *
   * @return the origin, such as {@code data/acme/lexicon.txt}
   */
  public String origin() {
    return origin;
  }

  /**
   * The line of the problem.
   *
   * @return the line, counted from 1
   */
  public int line() {
    return line;
  }

  /**
   * The offending text.
   *
   * @return the text
   */
  public String value() {
    return value;
  }
}
