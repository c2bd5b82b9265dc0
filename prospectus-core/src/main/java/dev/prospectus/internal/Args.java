package dev.prospectus.internal;

import dev.prospectus.model.Limits;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * Argument checks shared by the library: each returns its argument and, on failure, throws an
 * {@link IllegalArgumentException} whose message names the argument and the offending value.
 * <p>
 * Not part of the API (its package is internal): public only because the library's own modules
 * share it; it may change without notice.
 * <p>
 * Null is reported as an {@code IllegalArgumentException} naming the argument, never as a bare
 * {@code NullPointerException}.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class Args {

  /** Longest value a message shows in full. */
  public static final int SHOWN_LENGTH = 80;

  private Args() {
  }

  /**
   * Checks that an argument is not null.
   *
   * @param <T>  the type of the argument
   * @param value  the argument
   * @param name  the argument's name, used in the message
   * @return the argument
   * @throws IllegalArgumentException if the argument is null
   */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("Argument '" + name + "' must not be null");
    }
    return value;
  }

  /**
   * Checks that a string argument is neither null nor blank.
   *
   * @param value  the argument
   * @param name  the argument's name, used in the message
   * @return the argument
   * @throws IllegalArgumentException if the argument is null or blank
   */
  public static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("Argument '" + name + "' must not be blank but has value '" + value + "'");
    }
    return value;
  }

  /**
   * Checks that a collection argument is neither null nor contains null elements.
   *
   * @param <C>  the type of the collection
   * @param value  the argument
   * @param name  the argument's name, used in the message
   * @return the argument
   * @throws IllegalArgumentException if the collection or one of its elements is null
   */
  public static <C extends Collection<?>> C noNulls(C value, String name) {
    notNull(value, name);
    int i = 0;
    for (Object element : value) {
      if (element == null) {
        throw new IllegalArgumentException("Argument '" + name + "' must not contain null but has null at index " + i);
      }
      i++;
    }
    return value;
  }
  /**
   * An unmodifiable copy of a collection argument, refusing null: the same collection when it is an
   * unmodifiable list already ({@link List#copyOf}), so that a value type made from another's list
   * copies and checks nothing.
   *
   * @param <T>  the element type
   * @param value  the argument
   * @param name  the argument's name, used in the message
   * @return the unmodifiable list, in the collection's order
   * @throws IllegalArgumentException if the argument is null or contains null, naming the index
   */
  public static <T> List<T> listCopy(Collection<? extends T> value, String name) {
    notNull(value, name);
    try {
      return List.copyOf(value);
    } catch (NullPointerException ex) {
      // List.copyOf refuses null without saying where: find it and say so.
      noNulls(value, name);
      throw ex;
    }
  }


  /**
   * Reads a decimal argument from its string form.
   *
   * @param text  the argument, such as {@code "3.46"}
   * @param name  the argument's name, used in the message
   * @return the decimal, with the scale of the text
   * @throws IllegalArgumentException if the argument is null, not a decimal, or longer than
   *     {@value Limits#TEXT_LENGTH} characters
   */
  public static BigDecimal decimal(String text, String name) {
    // Parsing a million digits takes seconds: refuse a text longer than any number taken.
    Limits.decimalText(text, name);
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException("Argument '" + name + "' is not a decimal: '" + text + "'", ex);
    }
  }

  /**
   * Checks that a decimal argument is not negative.
   *
   * @param value  the argument
   * @param name  the argument's name, used in the message
   * @return the argument
   * @throws IllegalArgumentException if the argument is null or negative
   */
  public static BigDecimal notNegative(BigDecimal value, String name) {
    notNull(value, name);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          "Argument '" + name + "' must not be negative but has value " + value.toPlainString());
    }
    return value;
  }

  /**
   * Checks that a decimal argument is strictly positive.
   *
   * @param value  the argument
   * @param name  the argument's name, used in the message
   * @return the argument
   * @throws IllegalArgumentException if the argument is null, zero or negative
   */
  public static BigDecimal positive(BigDecimal value, String name) {
    notNull(value, name);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(
          "Argument '" + name + "' must be positive but has value " + value.toPlainString());
    }
    return value;
  }

  /**
   * Checks that an int argument is strictly positive.
   *
   * @param value  the argument
   * @param name  the argument's name, used in the message
   * @return the argument
   * @throws IllegalArgumentException if the argument is zero or negative
   */
  public static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException("Argument '" + name + "' must be positive but has value " + value);
    }
    return value;
  }

  /**
   * Checks a condition about an argument.
   *
   * @param condition  the condition that must hold
   * @param message  the message of the exception when it does not
   * @throws IllegalArgumentException if the condition is false
   */
  public static void isTrue(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * A value as a message shows it: the value itself, or, when longer than
   * {@value #SHOWN_LENGTH} characters, its start and its length, so that a hostile value of a
   * million characters makes a message of one line.
   *
   * @param value  the value, not null
   * @return the value, or its start followed by {@code "... (N characters)"}
   */
  public static String shown(String value) {
    notNull(value, "value");
    if (value.length() <= SHOWN_LENGTH) {
      return value;
    }
    int end = SHOWN_LENGTH - 20;
    // Never half a character: a surrogate pair stays whole or goes.
    end = Character.isHighSurrogate(value.charAt(end - 1)) ? end - 1 : end;
    return value.substring(0, end) + "... (" + value.length() + " characters)";
  }
}
