package dev.prospectus.verify;

import dev.prospectus.io.PrintedFigure;
import dev.prospectus.model.Args;

/**
 * A number printed in a claim's own quote: the reported side of a comparison ("782.2%",
 * "超過1365%", "53個月以上"), or an input the dataset does not hold ("400億至550億美元").
 * <p>
 * The text is parsed by {@link PrintedFigure#parse}: its qualifier (超過, 約, 以上...) sets the
 * relation of a claim that does not state one.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param text  the number as printed, with its unit and qualifier words
 */
public record Printed(String text) implements Expression {

  /**
   * Creates a printed number, checking that it parses.
   *
   * @param text  the text, not blank
   * @throws IllegalArgumentException if the text is not a printed figure
   */
  public Printed {
    Args.notBlank(text, "text");
    PrintedFigure.parse(text);
  }

  /**
   * Obtains a printed number.
   *
   * @param text  the text, such as {@code "782.2%"}
   * @return the printed number
   */
  public static Printed of(String text) {
    return new Printed(text);
  }

  /**
   * The parsed figure: amount, qualifier and ranges.
   *
   * @return the parsed figure
   */
  public PrintedFigure figure() {
    return PrintedFigure.parse(text);
  }

  @Override
  public String describe() {
    return "'" + text + "'";
  }

  /**
   * Returns the text in quotes.
   *
   * @return a readable form, such as {@code '782.2%'}
   */
  @Override
  public String toString() {
    return describe();
  }
}
