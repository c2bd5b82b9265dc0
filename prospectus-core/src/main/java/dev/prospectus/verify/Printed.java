package dev.prospectus.verify;

import dev.prospectus.format.PrintedFigure;
import dev.prospectus.internal.Args;

/**
 * A number printed in a claim's own quote: the reported side of a comparison ("782.2%",
 * "超過1365%", "53個月以上"), or an input the dataset does not hold ("400億至550億美元").
 * <p>
 * The text is parsed by {@link PrintedFigure#parse}: its qualifier (超過, 約, 以上...) sets the
 * relation of a claim that does not state one.
 * <p>
 * The text is parsed once, when the expression is made.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param figure  the number as printed, parsed: its amount, qualifier and text
 */
public record Printed(PrintedFigure figure) implements Expression {

  /**
   * Creates a printed number.
   *
   * @param figure  the parsed figure, not null
   * @throws IllegalArgumentException if the figure is null
   */
  public Printed {
    Args.notNull(figure, "figure");
  }

  /**
   * Obtains a printed number by parsing its text.
   *
   * @param text  the text, such as {@code "782.2%"}
   * @return the printed number
   * @throws IllegalArgumentException if the text is null, blank or not a printed figure
   */
  public static Printed of(String text) {
    Args.notBlank(text, "text");
    return new Printed(PrintedFigure.parse(text));
  }

  /**
   * The text as printed.
   *
   * @return the text, such as {@code "超過1365%"}
   */
  public String text() {
    return figure.text();
  }

  @Override
  public String describe() {
    return "'" + text() + "'";
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
