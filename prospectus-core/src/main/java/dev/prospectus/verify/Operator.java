package dev.prospectus.verify;

import dev.prospectus.internal.Args;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A calculation a claim can apply to dataset figures: a calculator of the core library, a plain sum
 * or difference, or a conversion by a stated constant or a dataset exchange rate.
 * <p>
 * Each operator has a code used in claims files ({@code "growth"}, {@code "ratio-to-revenue"}) and
 * named parameters. An input parameter takes an {@link Expression} (a figure, a printed number or
 * another calculation); an option takes text, such as a unit or a whole number of years. The table
 * of operators, their parameters and formulas is in {@code docs/claims.md}.
 */
public enum Operator {

  /**
   * Growth in percent, {@code (current / prior - 1) x 100}: year on year for two full fiscal years,
   * interim on interim for two matching interim periods, period over period otherwise.
   */
  GROWTH("growth", input("current"), input("prior")),
  /** Compound annual growth in percent, {@code ((end / start)^(1/years) - 1) x 100}. */
  CAGR("cagr", input("end"), input("start"), optional("years", ParameterKind.INTEGER)),
  /** A multiple in times, {@code current / prior}. */
  MULTIPLE("multiple", input("current"), input("prior")),
  /** An amount as a percentage of revenue, {@code amount / revenue x 100}. */
  RATIO_TO_REVENUE("ratio-to-revenue", input("amount"), input("revenue")),
  /** A ratio of two quantities, in percent unless the {@code unit} option says {@code x}. */
  RATIO("ratio", input("numerator"), input("denominator"), optional("unit", ParameterKind.UNIT)),
  /** Gross margin in percent, {@code grossProfit / revenue x 100}. */
  GROSS_MARGIN("gross-margin", input("revenue"), input("grossProfit")),
  /** Gross margin in percent from cost, {@code (revenue - costOfRevenue) / revenue x 100}. */
  GROSS_MARGIN_FROM_COST("gross-margin-from-cost", input("revenue"), input("costOfRevenue")),
  /** Gross profit from a margin, {@code revenue x margin / 100}. */
  GROSS_PROFIT_FROM_MARGIN("gross-profit-from-margin", input("revenue"), input("margin")),
  /** The margin of two parts together, weighted by their revenues. */
  BLENDED_MARGIN("blended-margin", input("marginA"), input("revenueA"), input("marginB"), input("revenueB")),
  /** The share of part A's revenue that a blended margin implies, in percent. */
  IMPLIED_MIX("implied-mix", input("blendedMargin"), input("marginA"), input("marginB")),
  /** The gross margin of the rest once one segment is taken out, in percent. */
  MARGIN_EXCLUDING("margin-excluding", input("revenue"), input("grossProfit"), input("segmentRevenue"),
      input("segmentGrossProfit")),
  /**
   * Monthly cash burn from a loss or an operating cash outflow over a period; the figure's metric
   * ({@code adjusted_net_loss}, {@code net_loss} or {@code operating_cash_flow}) is the definition.
   */
  MONTHLY_BURN("monthly-burn", figure("from")),
  /** Months of runway, {@code (cash + extraCash) / burn}, with {@code burn} a monthly burn. */
  RUNWAY("runway", input("cash"), input("burn"), optionalInput("extraCash")),
  /** The number of things a percentage of a count stands for, {@code count x share / 100}. */
  SHARE_OF_COUNT("share-of-count", input("share"), input("count")),
  /** An amount per unit of a count, {@code amount / count}. */
  PER_UNIT("per-unit", input("amount"), input("count")),
  /** Market capitalisation at a price on a share base, {@code price x shares}, in the price's currency. */
  MARKET_CAP("market-cap", input("price"), input("shares")),
  /** Gross proceeds of an offering, {@code price x shares offered}, in the price's currency. */
  GROSS_PROCEEDS("gross-proceeds", input("price"), input("shares")),
  /**
   * Price to sales in times, {@code marketCap / revenue}, on the revenue of a full fiscal year: an
   * interim revenue is not meaningful, never silently annualised.
   */
  PRICE_TO_SALES("price-to-sales", input("marketCap"), input("revenue")),
  /** Issue costs in percent of gross proceeds, {@code (1 - net / gross) x 100}. */
  ISSUE_COSTS("issue-costs", input("net"), input("gross")),
  /** The sum of two or more quantities in one unit. */
  SUM("sum", new Parameter("terms", ParameterKind.TERMS, true)),
  /** The difference of two quantities in one unit, {@code value - minus}. */
  DIFFERENCE("difference", input("value"), input("minus")),
  /**
   * A unit conversion by an exact constant stated in the claim: {@code value x multiplyBy} or
   * {@code value / divideBy}, in {@code unit}, with the {@code basis} of the constant in words.
   */
  CONVERT("convert", input("value"), optional("multiplyBy", ParameterKind.DECIMAL),
      optional("divideBy", ParameterKind.DECIMAL), new Parameter("unit", ParameterKind.UNIT, true),
      new Parameter("basis", ParameterKind.TEXT, true)),
  /**
   * A currency conversion at an exchange rate of the dataset, into the currency {@code to}: the rate
   * the option {@code rate} names by id, else the first rate the dataset's rule gives that applies
   * to the value's periods and that neither the claim's own words nor the value's reports implied.
   * With no such rate the claim is unverifiable, and says why: no rate is ever assumed.
   */
  CURRENCY("currency", input("value"), optional("rate", ParameterKind.TEXT), new Parameter("to", ParameterKind.UNIT,
      true));

  private final String code;
  private final List<Parameter> parameters;

  Operator(String code, Parameter... parameters) {
    this.code = code;
    this.parameters = List.of(parameters);
  }

  private static Parameter input(String name) {
    return new Parameter(name, ParameterKind.EXPRESSION, true);
  }

  private static Parameter optionalInput(String name) {
    return new Parameter(name, ParameterKind.EXPRESSION, false);
  }

  private static Parameter figure(String name) {
    return new Parameter(name, ParameterKind.FIGURE, true);
  }

  private static Parameter optional(String name, ParameterKind kind) {
    return new Parameter(name, kind, false);
  }

  /**
   * Parses the code used in claims files.
   *
   * @param code  the code, such as {@code "ratio-to-revenue"}
   * @return the operator
   * @throws IllegalArgumentException if no operator has that code
   */
  public static Operator parse(String code) {
    Args.notNull(code, "code");
    return Arrays.stream(values()).filter(o -> o.code.equals(code.strip())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown calculation '" + code + "': expected one of "
            + Arrays.stream(values()).map(Operator::code).toList()));
  }

  /**
   * The code used in claims files.
   *
   * @return the code, such as {@code "growth"}
   */
  public String code() {
    return code;
  }

  /**
   * The parameters, in the order the documentation lists them.
   *
   * @return the parameters
   */
  public List<Parameter> parameters() {
    return parameters;
  }

  /**
   * Finds a parameter by name.
   *
   * @param name  the name, such as {@code "current"}
   * @return the parameter, empty if the operator has none of that name
   */
  public Optional<Parameter> parameter(String name) {
    Args.notNull(name, "name");
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Returns the code.
   *
   * @return the code, readable by {@link #parse}
   */
  @Override
  public String toString() {
    return code;
  }

  //-------------------------------------------------------------------------
  /** What a parameter takes. */
  public enum ParameterKind {
    /** Any expression: a figure, a printed number or a calculation. */
    EXPRESSION,
    /** A figure of the dataset, named by key. */
    FIGURE,
    /** A list of two or more expressions. */
    TERMS,
    /** A positive whole number, such as a count of years. */
    INTEGER,
    /** A positive exact decimal, such as a conversion constant. */
    DECIMAL,
    /** A unit code, such as {@code years} or {@code CNY}. */
    UNIT,
    /** Free text, such as the basis of a constant. */
    TEXT;
  }

  /**
   * A named parameter of an operator.
   * <p>
   * This class is immutable and thread-safe.
   *
   * @param name  the name used in claims files
   * @param kind  what the parameter takes
   * @param required  whether the parameter must be given
   */
  public record Parameter(String name, ParameterKind kind, boolean required) {

    /**
     * Creates a parameter.
     *
     * @param name  the name, not blank
     * @param kind  the kind, not null
     * @param required  whether it must be given
     * @throws IllegalArgumentException if the name is blank or the kind null
     */
    public Parameter {
      Args.notBlank(name, "name");
      Args.notNull(kind, "kind");
    }

    /**
     * Returns the name, kind and whether it is required, such as {@code current: figure (required)}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return name + ": " + kind.name().toLowerCase(Locale.ROOT) + (required ? " (required)" : " (optional)");
    }
  }
}
