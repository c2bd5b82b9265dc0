package dev.prospectus.verify;

/**
 * What a claim computes: a figure of the dataset ({@link FigureRef}), a number printed in the
 * claim's own quote ({@link Printed}), or a calculation over other expressions ({@link Operation}).
 * <p>
 * Expressions name figures by key text ({@code "revenue/total/FY2024"}) and are resolved against a
 * dataset only when a claim is verified, so one claim can be checked against several datasets.
 * <p>
 * For example revenue growth FY2024 over FY2023 is
 * <pre>
 *   Expression.calc(Operator.GROWTH).with("current", "revenue/total/FY2024").with("prior", "revenue/total/FY2023")
 * </pre>
 * Implementations are immutable and thread-safe.
 */
public sealed interface Expression permits FigureRef, Printed, Operation {

  /**
   * A figure of the dataset, using the default report (see {@link FigureRef}).
   *
   * @param key  the key, {@code metric/segment/period}, such as {@code "revenue/total/FY2024"}
   * @return the expression
   * @throws IllegalArgumentException if the key is malformed
   */
  static FigureRef figure(String key) {
    return FigureRef.of(key);
  }

  /**
   * A figure of the dataset, as printed by one document.
   *
   * @param key  the key, {@code metric/segment/period}
   * @param document  the id of the document whose report to use
   * @return the expression
   * @throws IllegalArgumentException if the key is malformed or the document blank
   */
  static FigureRef figure(String key, String document) {
    return FigureRef.of(key, document);
  }

  /**
   * A number printed in the claim's own quote and not in the dataset, such as {@code "400億至550億美元"}.
   *
   * @param text  the number as printed
   * @return the expression
   * @throws IllegalArgumentException if the text is not a printed figure
   */
  static Printed printed(String text) {
    return Printed.of(text);
  }

  /**
   * A calculation with no inputs yet; add them with {@link Operation#with}.
   *
   * @param operator  the operator
   * @return the expression, to be completed
   */
  static Operation calc(Operator operator) {
    return Operation.of(operator);
  }

  /**
   * A short description for explanations, such as {@code growth(revenue/total/FY2024, revenue/total/FY2023)}.
   *
   * @return the description
   */
  String describe();
}
