package dev.prospectus.verify;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Limits;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A calculation in a claim: an {@link Operator} applied to named inputs (expressions), a list of
 * terms for a sum, and options (text such as a unit or a number of years).
 * <p>
 * An operation is built step by step with {@link #with(String, Expression)},
 * {@link #withTerms(List)} and {@link #withOption(String, String)}; each step checks the name and
 * the value against the operator's parameters. {@link #missingParameters()} lists what a complete
 * operation still lacks, and a claim refuses an incomplete one.
 * <p>
 * For example revenue growth FY2024 over FY2023 is
 * <pre>
 *   Operation.of(Operator.GROWTH).with("current", "revenue/total/FY2024").with("prior", "revenue/total/FY2023")
 * </pre>
 * This class is immutable and thread-safe.
 *
 * @param operator  the operator
 * @param inputs  the inputs by parameter name, in the order given
 * @param terms  the terms of a sum, empty for other operators
 * @param options  the options by parameter name, in the order given
 */
public record Operation(
    Operator operator, Map<String, Expression> inputs, List<Expression> terms, Map<String, String> options)
    implements Expression {

  /**
   * Creates an operation, checking every name and value against the operator's parameters.
   *
   * @param operator  the operator, not null
   * @param inputs  the inputs, not null; each name an input parameter of the operator
   * @param terms  the terms, not null; empty unless the operator takes terms
   * @param options  the options, not null; each name an option of the operator, each value valid
   * @throws IllegalArgumentException if a name is not a parameter of the operator or a value does
   *     not fit its parameter
   */
  public Operation {
    Args.notNull(operator, "operator");
    Args.notNull(inputs, "inputs");
    Args.noNulls(terms, "terms");
    Args.notNull(options, "options");
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    terms = List.copyOf(terms);
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    for (Map.Entry<String, Expression> e : inputs.entrySet()) {
      Operator.Parameter p = parameter(operator, e.getKey());
      Args.notNull(e.getValue(), e.getKey());
      if (!(p.kind() == Operator.ParameterKind.EXPRESSION || p.kind() == Operator.ParameterKind.FIGURE)) {
        throw new IllegalArgumentException("Parameter '" + p.name() + "' of '" + operator + "' is not an input");
      }
      if (!(p.kind() != Operator.ParameterKind.FIGURE || e.getValue() instanceof FigureRef)) {
        throw new IllegalArgumentException(
            "Parameter '" + p.name() + "' of '" + operator + "' must be a figure of the dataset but has value "
            + e.getValue().describe());
      }
    }
    if (!(terms.isEmpty() || operator.parameter("terms").isPresent())) {
      throw new IllegalArgumentException("Calculation '" + operator + "' takes no terms");
    }
    for (Map.Entry<String, String> e : options.entrySet()) {
      checkOption(operator, parameter(operator, e.getKey()), e.getValue());
    }
  }

  private static Operator.Parameter parameter(Operator operator, String name) {
    Args.notNull(name, "name");
    return operator.parameter(name).orElseThrow(() -> new IllegalArgumentException(
        "Calculation '" + operator + "' has no parameter '" + name + "': expected one of "
        + operator.parameters().stream().map(Operator.Parameter::name).toList()));
  }

  private static void checkOption(Operator operator, Operator.Parameter p, String value) {
    Args.notNull(value, p.name());
    String where = "Option '" + p.name() + "' of '" + operator + "'";
    switch (p.kind()) {
      case INTEGER:
        if (!(value.strip().matches("[1-9][0-9]{0,8}"))) {
          throw new IllegalArgumentException(
              where + " must be a positive whole number but has value '" + Args.shown(value) + "'");
        }
        break;
      case DECIMAL:
        if (!(value.strip().matches("[0-9]+(\\.[0-9]+)?"))) {
          throw new IllegalArgumentException(where + " must be a positive decimal but has value '"
              + Args.shown(value) + "'");
        }
        // Counted before it is parsed: parsing a million digits takes seconds.
        Limits.printedTextProblem(value.strip()).ifPresent(problem -> {
          throw new IllegalArgumentException(where + " " + problem);
        });
        if (!(new BigDecimal(value.strip()).signum() > 0)) {
          throw new IllegalArgumentException(where + " must be a positive decimal but has value '"
              + value + "'");
        }
        break;
      case UNIT:
        Unit.parse(value);
        break;
      case TEXT:
        if (value.isBlank()) {
          throw new IllegalArgumentException(where + " must not be blank");
        }
        break;
      default:
        throw new IllegalArgumentException(where + " is an input, not an option: give it an expression");
    }
  }

  /**
   * Obtains an operation with no inputs, terms or options yet.
   *
   * @param operator  the operator
   * @return the empty operation
   */
  public static Operation of(Operator operator) {
    return new Operation(operator, Map.of(), List.of(), Map.of());
  }

  //-------------------------------------------------------------------------
  /**
   * Returns a copy with an input set.
   *
   * @param name  the parameter name, such as {@code "current"}
   * @param input  the input
   * @return the new operation
   * @throws IllegalArgumentException if the name is not an input of the operator
   */
  public Operation with(String name, Expression input) {
    Map<String, Expression> copy = new LinkedHashMap<>(inputs);
    copy.put(Args.notNull(name, "name"), Args.notNull(input, "input"));
    return new Operation(operator, copy, terms, options);
  }

  /**
   * Returns a copy with an input set to a figure of the dataset, using its default report.
   *
   * @param name  the parameter name, such as {@code "current"}
   * @param figureKey  the figure's key, such as {@code "revenue/total/FY2024"}
   * @return the new operation
   * @throws IllegalArgumentException if the name is not an input or the key is malformed
   */
  public Operation with(String name, String figureKey) {
    return with(name, FigureRef.of(figureKey));
  }

  /**
   * Returns a copy with the terms of a sum set.
   *
   * @param newTerms  the terms
   * @return the new operation
   * @throws IllegalArgumentException if the operator takes no terms
   */
  public Operation withTerms(List<? extends Expression> newTerms) {
    return new Operation(operator, inputs, Args.listCopy(newTerms, "newTerms"), options);
  }

  /**
   * Returns a copy with an option set.
   *
   * @param name  the option name, such as {@code "years"}
   * @param value  the value, such as {@code "2"}
   * @return the new operation
   * @throws IllegalArgumentException if the name is not an option or the value does not fit it
   */
  public Operation withOption(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(options);
    copy.put(Args.notNull(name, "name"), Args.notNull(value, "value"));
    return new Operation(operator, inputs, terms, copy);
  }

  //-------------------------------------------------------------------------
  /**
   * The input of a parameter.
   *
   * @param name  the parameter name
   * @return the input, empty if not given
   */
  public Optional<Expression> input(String name) {
    return Optional.ofNullable(inputs.get(Args.notNull(name, "name")));
  }

  /**
   * The value of an option.
   *
   * @param name  the option name
   * @return the value, empty if not given
   */
  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(Args.notNull(name, "name")));
  }

  /**
   * What this operation, and every operation inside it, still lacks: required parameters not
   * given, a sum with fewer than two terms, a conversion with neither or both of
   * {@code multiplyBy} and {@code divideBy}.
   *
   * @return the problems, each naming the operator and parameter, empty for a complete operation
   */
  public List<String> missingParameters() {
    List<String> result = new ArrayList<>();
    for (Operator.Parameter p : operator.parameters()) {
      boolean given = p.kind() == Operator.ParameterKind.TERMS ? !terms.isEmpty()
          : inputs.containsKey(p.name()) || options.containsKey(p.name());
      if (p.required() && !given) {
        result.add("'" + operator + "' needs '" + p.name() + "'");
      }
    }
    if (operator.parameter("terms").isPresent() && terms.size() == 1) {
      result.add("'" + operator + "' needs at least two terms");
    }
    if (operator == Operator.CONVERT && options.containsKey("multiplyBy") == options.containsKey("divideBy")) {
      result.add("'" + operator + "' needs exactly one of 'multiplyBy' and 'divideBy'");
    }
    for (Expression e : inputs.values()) {
      if (e instanceof Operation o) {
        result.addAll(o.missingParameters());
      }
    }
    for (Expression e : terms) {
      if (e instanceof Operation o) {
        result.addAll(o.missingParameters());
      }
    }
    return result;
  }

  @Override
  public String describe() {
    List<String> parts = new ArrayList<>();
    inputs.forEach((k, v) -> parts.add(k + "=" + v.describe()));
    if (!terms.isEmpty()) {
      parts.add(terms.stream().map(Expression::describe).collect(Collectors.joining(", ")));
    }
    options.forEach((k, v) -> parts.add(k + "=" + v));
    return operator + "(" + String.join(", ", parts) + ")";
  }

  /**
   * Returns the operator and its arguments.
   *
   * @return a readable form, such as {@code growth(current=revenue/total/FY2024, prior=revenue/total/FY2023)}
   */
  @Override
  public String toString() {
    return describe();
  }
}
