package dev.prospectus.io;

import dev.prospectus.format.Printable;
import dev.prospectus.internal.Args;

/**
 * A data file that breaks its format: names the file, the place in it as an RFC 6901 JSON
 * pointer, the offending value as written, and the problem.
 * <p>
 * The message is {@code <file> at <pointer>: '<value>' <problem>}, with any character a terminal
 * would obey, and a line feed, written as its escape ({@link Printable#escapeLine}), for example
 * {@code data/acme/dataset.json at /figures/3/value: '3052萬' is not a number: expected digits
 * with an optional sign and decimal point, such as "3052.3"}.
 * <p>
 * The pointer of the whole document is the empty string, as RFC 6901 has it. A missing field is
 * reported at the pointer it would have, with the empty value {@code ''}. Where the problem came
 * from the model or from the JSON parser, the original exception is the cause.
 * <p>
 * The file, pointer, value and problem are final fields, set once.
 */
public final class DataFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The file as given: a path, or {@code classpath:} and a resource path. */
  private final String file;
  /** The RFC 6901 pointer to the offending value, empty for the whole document. */
  private final String pointer;
  /** The offending value as written in the file. */
  private final String value;
  /** What is wrong with it, starting with a verb: "is not a number". */
  private final String problem;

  /**
   * Creates an exception with no cause.
   *
   * @param file  the file as given, such as {@code "data/acme/dataset.json"}, not null
   * @param pointer  the RFC 6901 JSON pointer, such as {@code "/figures/3/value"}, not null
   * @param value  the offending value as text, not null (empty for a missing field); a value longer
   *     than {@value Args#SHOWN_LENGTH} characters is shortened to its start and its length
   * @param problem  what is wrong, such as {@code "is not a number"}, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public DataFormatException(String file, String pointer, String value, String problem) {
    this(file, pointer, value, problem, null);
  }

  /**
   * Creates an exception caused by another, such as the model's rejection of a value or the JSON
   * parser's.
   *
   * @param file  the file as given, not null
   * @param pointer  the RFC 6901 JSON pointer, not null
   * @param value  the offending value as text, not null
   * @param problem  what is wrong, not null
   * @param cause  the exception that detected it, null if none
   * @throws IllegalArgumentException if an argument other than the cause is null
   */
  public DataFormatException(String file, String pointer, String value, String problem, Throwable cause) {
    super(message(file, pointer, value, problem), cause);
    this.file = file;
    this.pointer = pointer;
    this.value = Args.shown(value);
    this.problem = problem;
  }

  private static String message(String file, String pointer, String value, String problem) {
    Args.notNull(file, "file");
    Args.notNull(pointer, "pointer");
    Args.notNull(value, "value");
    Args.notNull(problem, "problem");
    // The value is the file's, the file name and problem may quote it: none may reach a terminal raw,
    // and a value that spans lines does not make the message span them.
    return Printable.escapeLine(file + " at " + pointer + ": '" + Args.shown(value) + "' " + problem);
  }

  /**
   * The file as given to the reader: a path such as {@code data/acme/dataset.json}, or
   * {@code classpath:/datasets/acme/dataset.json} for a resource.
   *
   * @return the file
   */
  public String file() {
    return file;
  }

  /**
   * The RFC 6901 JSON pointer to the offending value, such as {@code /figures/3/value}; the empty
   * string for the whole document.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The offending value as written: the text of a string, the JSON text of anything else,
   * shortened to its start and its length if longer than {@value Args#SHOWN_LENGTH} characters; the
   * empty string for a missing field.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * What is wrong with the value, a phrase that follows it in the message, such as
   * {@code "is not a number"}.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
