package dev.prospectus.calc;

import dev.prospectus.internal.Args;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.format.Formats;
import dev.prospectus.model.Metric;
import dev.prospectus.model.MetricDefinition;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cash burn and runway: the money a company uses up a month, and the months its cash lasts at
 * that rate.
 * <p>
 * Formulas, with {@code n} the length of the period in months ({@link FiscalPeriod#lengthInMonths()}):
 * <ul>
 * <li>monthly burn from a loss: {@code burn = loss / n};
 * <li>monthly burn from operating cash flow: {@code burn = -OCF / n};
 * <li>runway, in months: {@code runway = cash / burn}, or {@code (cash + extra) / burn}.
 * </ul>
 * Each input occurs once, so interval arithmetic gives the tightest range; the runway over a burn
 * from a loss, {@code cash x n / loss}, is tight too since each figure occurs once in the chain.
 * <p>
 * For example cash of 11.02億 at 30 Sep 2025 and an adjusted net loss of 1.86億 over the nine
 * months to that date: burn is 1.86億 / 9 = US$20.67M a month, within [20611111.1, 20722222.3],
 * and the runway is 1102000000 / (186000000 / 9) = 53.32 months, within 1101500000 / 20722222.2 =
 * 53.155 and 1102500000 / 20611111.1 = 53.491.
 * <p>
 * The runway's notes state how burn and cash are defined and that burn is assumed constant: a
 * runway is only as good as those definitions.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class CashCalculator {

  /** Prefix of the note that states how a burn was defined; {@link #runway} carries it over. */
  static final String BURN_DEFINITION = "burn definition: ";

  private CashCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the average monthly burn from a loss over its period: {@code burn = loss / n}.
   * <p>
   * Losses are positive numbers (a negative loss, a profit, gives a negative burn, which
   * {@link #runway} rejects). For example an adjusted net loss of 1.86億 over 9M2025 is a burn of
   * US$20.67M a month, measure {@code "monthly burn from adjusted_net_loss 9M2025"}.
   *
   * @param loss  the loss over a period, money, not null
   * @return the burn a month, in the loss's currency
   * @throws IllegalArgumentException if the loss is null, not money, or reported at an instant
   *     rather than over a period (the message names the period)
   */
  public static Derived monthlyBurnFromLoss(Figure loss) {
    FiscalPeriod period = spanOf(loss, "loss");
    return monthlyBurn(loss, period, CalcSupport.subject(loss) + " over the " + period.describe()
        + ", spread evenly over its months");
  }

  /**
   * Calculates the average monthly burn from operating cash flow: {@code burn = -OCF / n}.
   * <p>
   * Operating cash flow is negative for an outflow, so an outflow of 2.09億 over 9M2025 is a burn
   * of US$23.22M a month. An inflow is no burn: if the cash flow or any value in its range is zero
   * or positive, the answer is {@link NotMeaningful} with the reason "operating cash flow is an
   * inflow: no burn".
   *
   * @param operatingCashFlow  the net cash from operating activities over a period, money, not
   *     null; a figure of another metric than {@code operating_cash_flow} is refused
   * @return the burn a month in the cash flow's currency, or {@link NotMeaningful} for an inflow
   * @throws IllegalArgumentException if the figure is null, not money, not an operating cash flow,
   *     or reported at an instant (the message names the period)
   */
  public static Calculation monthlyBurnFromOperatingCashFlow(Figure operatingCashFlow) {
    FiscalPeriod period = spanOf(operatingCashFlow, "operatingCashFlow");
    CalcSupport.requireMetric(operatingCashFlow, Metric.OPERATING_CASH_FLOW, "operatingCashFlow");
    String measure = "monthly burn from " + operatingCashFlow.label();
    if (operatingCashFlow.value().signum() >= 0) {
      return NotMeaningful.of(Measure.MONTHLY_BURN, measure, NotMeaningful.Reason.NO_BURN,
          "operating cash flow is an inflow: no burn (printed " + CalcSupport.printed(operatingCashFlow) + ")",
          List.of(operatingCashFlow));
    }
    if (!operatingCashFlow.range().isBoundedAbove() || operatingCashFlow.range().high().signum() >= 0) {
      return NotMeaningful.of(Measure.MONTHLY_BURN, measure, NotMeaningful.Reason.NO_BURN,
          "operating cash flow is an inflow: no burn (printed " + CalcSupport.printed(operatingCashFlow)
          + ", whose range " + operatingCashFlow.range() + " reaches zero or above)", List.of(operatingCashFlow));
    }
    BigDecimal months = period.lengthInMonths();
    String definition = "net cash used in operating activities (" + operatingCashFlow.label()
        + ", negated) over the " + period.describe() + ", spread evenly over its months";
    return perMonth(measure, operatingCashFlow.value().negate(), operatingCashFlow.range().negated(),
        operatingCashFlow, period, "-" + operatingCashFlow.label() + " / " + months.toPlainString() + " months",
        definition);
  }

  /**
   * Calculates the average monthly burn of an amount spent over a period:
   * {@code burn = amount / n}, with the caller's definition of burn in the notes.
   *
   * @param amountOverPeriod  the amount spent over the period, money, not null; a figure must be
   *     for {@code period}
   * @param period  the period the amount covers, not null
   * @param definition  what the amount is, such as "adjusted net loss, spread evenly", not blank
   * @return the burn a month, in the amount's currency
   * @throws IllegalArgumentException if an argument is null or blank, the amount is not money, or
   *     a figure's period differs from {@code period}
   */
  public static Derived monthlyBurn(Quantity amountOverPeriod, FiscalPeriod period, String definition) {
    CalcSupport.requireCurrency(amountOverPeriod, "amountOverPeriod");
    Args.notNull(period, "period");
    Args.notBlank(definition, "definition");
    if (amountOverPeriod instanceof Figure f && !f.period().equals(period)) {
      throw new IllegalArgumentException("Argument 'period' must be the period of '" + f.label()
          + "' but has value '" + period + "'");
    }
    BigDecimal months = period.lengthInMonths();
    return perMonth("monthly burn from " + amountOverPeriod.label(), amountOverPeriod.value(),
        amountOverPeriod.range(), amountOverPeriod, period,
        amountOverPeriod.label() + " / " + months.toPlainString() + " months", definition);
  }

  private static Derived perMonth(String measure, BigDecimal amount, DecimalRange amountRange, Quantity input,
      FiscalPeriod period, String formula, String definition) {
    BigDecimal months = period.lengthInMonths();
    List<String> notes = new ArrayList<>();
    notes.add(BURN_DEFINITION + definition);
    if (!period.isWholeMonths()) {
      notes.add("the period is not whole months: " + period.lengthInDays() + " days / "
          + FiscalPeriod.AVERAGE_DAYS_PER_MONTH.toPlainString() + " = " + months.toPlainString() + " months");
    }
    return Derived.of(Measure.MONTHLY_BURN, measure, CalcSupport.divide(amount, months),
        amountRange.dividedBy(months), input.unit(), formula, List.of(input), notes);
  }

  private static FiscalPeriod spanOf(Figure flow, String name) {
    CalcSupport.requireCurrency(flow, name);
    if (!(flow.period() instanceof FiscalPeriod span)) {
      throw new IllegalArgumentException("Argument '" + name + "' must cover a period, not an instant, but '"
          + flow.label() + "' is at '" + flow.period() + "'");
    }
    return span;
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates how many months cash lasts at a monthly burn: {@code runway = cash / burn}, in
   * {@link Unit#MONTHS}.
   * <p>
   * The notes state the burn's definition, the cash's definition (its metric label and, for a
   * figure, its note) and that the burn is assumed constant.
   *
   * @param cash  the cash at the start of the runway, money, not null
   * @param monthlyBurn  the burn a month in the same currency, positive, such as from
   *     {@link #monthlyBurnFromLoss}
   * @return the runway in months, or {@link NotMeaningful} if the burn is negative throughout its
   *     range (cash that grows has no runway) or its range contains zero
   * @throws IllegalArgumentException if an argument is null or not money in one currency
   */
  public static Calculation runway(Quantity cash, Derived monthlyBurn) {
    CalcSupport.requireSameCurrency(cash, "cash", monthlyBurn, "monthlyBurn");
    String measure = "cash runway from " + cash.label() + " at " + monthlyBurn.label();
    List<String> notes = runwayNotes(cash, monthlyBurn);
    return months(measure, cash.value(), cash.range(), cash.label(), monthlyBurn, List.of(cash, monthlyBurn),
        notes);
  }

  /**
   * Calculates how many months cash and an extra amount last at a monthly burn:
   * {@code runway = (cash + extra) / burn}, in {@link Unit#MONTHS}.
   * <p>
   * For example the runway with IPO net proceeds added. The notes are those of
   * {@link #runway(Quantity, Derived)} and name the extra amount.
   *
   * @param cash  the cash at the start of the runway, money, not null
   * @param extraCash  the amount added to it, such as IPO net proceeds, in the same currency
   * @param monthlyBurn  the burn a month in the same currency, positive
   * @return the runway in months, or {@link NotMeaningful} if the burn is negative throughout its
   *     range (cash that grows has no runway) or its range contains zero
   * @throws IllegalArgumentException if an argument is null or not money in one currency
   */
  public static Calculation runway(Quantity cash, Quantity extraCash, Derived monthlyBurn) {
    CalcSupport.requireSameCurrency(cash, "cash", extraCash, "extraCash");
    CalcSupport.requireSameCurrency(cash, "cash", monthlyBurn, "monthlyBurn");
    String measure = "cash runway from " + cash.label() + " with " + extraCash.label() + " at " + monthlyBurn.label();
    List<String> notes = runwayNotes(cash, monthlyBurn);
    notes.add("extra cash: " + extraCash.label() + noteOf(extraCash) + ", added in full at the start of the runway");
    return months(measure, cash.value().add(extraCash.value()), cash.range().plus(extraCash.range()),
        cash.label() + " + " + extraCash.label(), monthlyBurn, List.of(cash, extraCash, monthlyBurn), notes);
  }

  private static Calculation months(String measure, BigDecimal cash, DecimalRange cashRange, String cashFormula,
      Derived burn, List<Quantity> inputs, List<String> notes) {
    if (burn.range().isBoundedAbove() && burn.range().high().signum() < 0) {
      return NotMeaningful.of(Measure.RUNWAY, measure, NotMeaningful.Reason.NO_BURN, "the monthly burn '"
          + burn.label() + "' is negative throughout " + burn.range() + ": cash that grows has no runway", inputs);
    }
    Optional<NotMeaningful> problem = CalcSupport.zeroDivisor(Measure.RUNWAY, measure, burn.label(), burn.range(),
        inputs);
    if (problem.isPresent()) {
      return problem.get();
    }
    DecimalRange range = cashRange.dividedBy(burn.range());
    Optional<NotMeaningful> unbounded = CalcSupport.unboundedResult(Measure.RUNWAY, measure, range, inputs);
    if (unbounded.isPresent()) {
      return unbounded.get();
    }
    String formula = (inputs.size() > 2 ? "(" + cashFormula + ")" : cashFormula) + " / " + burn.label();
    return Derived.of(Measure.RUNWAY, measure, CalcSupport.divide(cash, burn.value()), range, Unit.MONTHS, formula,
        inputs, notes);
  }

  private static List<String> runwayNotes(Quantity cash, Derived burn) {
    List<String> notes = new ArrayList<>();
    List<String> definitions = burn.notes().stream().filter(n -> n.startsWith(BURN_DEFINITION)).toList();
    if (definitions.isEmpty()) {
      notes.add(BURN_DEFINITION + burn.label() + " = " + burn.formula());
    } else {
      notes.addAll(definitions);
    }
    String cashDefinition = cash instanceof Figure f ? labelOf(f.metric()) + " (" + f.label() + ")" : cash.label();
    notes.add("cash definition: " + cashDefinition + noteOf(cash));
    notes.add("burn is assumed constant at " + Formats.format(burn.value(), burn.unit())
        + " a month: no revenue growth, cost change or new funding");
    return notes;
  }

  private static String labelOf(Metric metric) {
    return Metric.STANDARD.stream().filter(d -> d.metric().equals(metric)).map(MetricDefinition::label)
        .findFirst().orElse(metric.id());
  }

  private static String noteOf(Quantity quantity) {
    return quantity instanceof Figure f ? f.note().map(n -> ": " + n).orElse("") : "";
  }
}
