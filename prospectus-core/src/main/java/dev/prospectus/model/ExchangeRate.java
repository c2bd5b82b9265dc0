package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An exchange rate the dataset can convert with: units of one currency per unit of another, as a
 * figure with its source and the range its rounding allows, and the dates it applies to.
 * <p>
 * A rate is never assumed. It is either <b>printed</b> as a rate (a prospectus's convenience
 * rate: a {@link Figure} whose unit is the target currency, such as "7.10 CNY" per US$1), or
 * <b>implied</b> by one document's pair of an original and its translation: "4.65億美元(約為人民幣
 * 32.7億元)" implies 32.7億 / 4.65億 = 7.032 CNY per US$, within the range both roundings allow,
 * [32.6億 / 4.655億, 32.8億 / 4.645億] = [7.003, 7.062]. The rate keeps both figures, so both
 * quotes.
 * <p>
 * An implied rate never judges the pair it came from ({@link #isImpliedBy}): converting the
 * original with it gives the translation back, whatever the truth. The dataset states the dates a
 * rate applies to ({@link #appliesTo()}): a figure of a period within them may be converted with it.
 * A conversion carries the rate's range ({@link #convert}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the identifier, lower-case letters, digits, dots, dashes and underscores
 * @param from  the currency converted from: the rate is in {@code to} per one unit of it
 * @param to  the currency converted into
 * @param appliesTo  the dates whose figures the rate may convert (a span, or one day)
 * @param printed  the rate as printed, a figure in {@code to}; empty for an implied rate
 * @param original  the original of an implied rate, a figure in {@code from}; empty for a printed rate
 * @param translation  the translation of an implied rate, a figure in {@code to} from the same
 *     document; empty for a printed rate
 */
public record ExchangeRate(
    String id, Unit from, Unit to, ReportingPeriod appliesTo, Optional<Figure> printed, Optional<Figure> original,
    Optional<Figure> translation) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final ParseCache<ExchangeRate, Quotient> IMPLIED = new ParseCache<>(4096);

  /**
   * Creates a rate, checking its currencies and figures.
   *
   * @param id  the id, of the form {@code [a-z0-9][a-z0-9._-]*}
   * @param from  a currency, not null
   * @param to  another currency, not null
   * @param appliesTo  the dates it applies to, not null
   * @param printed  the printed rate, not null (use empty); in {@code to}
   * @param original  the original, not null (use empty); in {@code from}
   * @param translation  the translation, not null (use empty); in {@code to}, from the original's document
   * @throws IllegalArgumentException if an argument is null, the currencies are not two currencies,
   *     the rate is not either printed or implied by a pair, a figure is in the wrong currency, a
   *     pair's figures come from two documents, or the range is not bounded below at zero or above
   */
  public ExchangeRate {
    Args.notNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Invalid exchange rate id '" + id + "': expected [a-z0-9][a-z0-9._-]*");
    }
    Args.notNull(from, "from");
    Args.notNull(to, "to");
    if (!(from.isCurrency() && to.isCurrency() && !from.equals(to))) {
      throw new IllegalArgumentException("Exchange rate '" + id
          + "' must convert between two currencies but converts '" + from + "' to '" + to + "'");
    }
    Args.notNull(appliesTo, "appliesTo");
    Args.notNull(printed, "printed");
    Args.notNull(original, "original");
    Args.notNull(translation, "translation");
    boolean implied = original.isPresent() && translation.isPresent();
    if (!(printed.isPresent() != implied && original.isPresent() == translation.isPresent())) {
      throw new IllegalArgumentException(
          "Exchange rate '" + id + "' must be either printed or implied by an original and its translation");
    }
    printed.ifPresent(p -> requireUnit(id, "printed rate", p, to));
    original.ifPresent(o -> requireUnit(id, "original", o, from));
    translation.ifPresent(t -> requireUnit(id, "translation", t, to));
    if (implied) {
      if (!(original.get().source().document().equals(translation.get().source().document()))) {
        throw new IllegalArgumentException(
            "Exchange rate '" + id + "' must be implied by one document's pair, but the original is from '"
            + original.get().source().document().id() + "' and the translation from '"
            + translation.get().source().document().id() + "'");
      }
      if (!(original.get().range().isBoundedBelow() && original.get().range().low().signum() > 0)) {
        throw new IllegalArgumentException(
            "Exchange rate '" + id + "' needs an original above zero but has " + original.get().range());
      }
    }
  }

  private static void requireUnit(String id, String role, Figure figure, Unit unit) {
    if (!figure.unit().equals(unit)) {
      throw new IllegalArgumentException("Exchange rate '" + id + "': the " + role + " '" + figure.label()
          + "' must be in '" + unit + "' but is in '" + figure.unit() + "'");
    }
  }

  /**
   * Obtains a rate printed as a rate.
   *
   * @param id  the id
   * @param from  the currency converted from
   * @param printed  the rate, a figure in the target currency per one unit of {@code from}
   * @param appliesTo  the dates it applies to
   * @return the rate
   */
  public static ExchangeRate printed(String id, Unit from, Figure printed, ReportingPeriod appliesTo) {
    Args.notNull(printed, "printed");
    return new ExchangeRate(id, from, printed.unit(), appliesTo, Optional.of(printed), Optional.empty(),
        Optional.empty());
  }

  /**
   * Obtains the rate one document's pair implies: {@code translation / original}.
   *
   * @param id  the id
   * @param original  the figure as the document prints it in its own currency
   * @param translation  the document's translation of it into another currency
   * @param appliesTo  the dates it applies to
   * @return the rate
   */
  public static ExchangeRate implied(String id, Figure original, Figure translation, ReportingPeriod appliesTo) {
    Args.notNull(original, "original");
    Args.notNull(translation, "translation");
    return new ExchangeRate(id, original.unit(), translation.unit(), appliesTo, Optional.empty(),
        Optional.of(original), Optional.of(translation));
  }

  //-------------------------------------------------------------------------
  /**
   * Checks whether the rate is implied by a pair rather than printed.
   *
   * @return true for an implied rate
   */
  public boolean isImplied() {
    return original.isPresent();
  }

  /**
   * The figures the rate rests on: the printed rate, or the original and its translation.
   *
   * @return one or two figures
   */
  public List<Figure> figures() {
    return printed.map(List::of).orElseGet(() -> List.of(original.orElseThrow(), translation.orElseThrow()));
  }

  /**
   * Checks whether a figure is one the rate was implied from, so that the rate must not judge it.
   *
   * @param figure  a report
   * @return true if the figure is the original or the translation of this implied rate
   */
  public boolean isImpliedBy(Figure figure) {
    Args.notNull(figure, "figure");
    return original.map(figure::equals).orElse(false) || translation.map(figure::equals).orElse(false);
  }

  /**
   * Checks whether the dataset doubts a figure the rate rests on.
   *
   * @return true if the printed rate, the original or the translation is doubted
   */
  public boolean isDoubted() {
    return figures().stream().anyMatch(Figure::isDoubted);
  }

  /**
   * The document that printed the rate or its pair.
   *
   * @return the document
   */
  public Document document() {
    return figures().get(0).source().document();
  }

  /**
   * Checks whether the rate may convert a figure of a period: the period lies within
   * {@link #appliesTo()}.
   *
   * @param period  the period of the figure to convert
   * @return true if the rate applies
   */
  public boolean appliesTo(ReportingPeriod period) {
    Args.notNull(period, "period");
    return !start(period).isBefore(start(appliesTo)) && !period.endInclusive().isAfter(appliesTo.endInclusive());
  }

  private static LocalDate start(ReportingPeriod p) {
    return p instanceof FiscalPeriod f ? f.start() : p.endInclusive();
  }

  /**
   * Checks whether the rate converts between two currencies, in either direction.
   *
   * @param a  one currency
   * @param b  the other
   * @return true if the rate's two currencies are these
   */
  public boolean converts(Unit a, Unit b) {
    return from.equals(a) && to.equals(b) || from.equals(b) && to.equals(a);
  }

  /**
   * The point value: the printed rate, or translation / original, in {@code to} per one {@code from}.
   *
   * @return the value, to 34 significant digits
   */
  public BigDecimal value() {
    return printed.isPresent() ? printed.get().value() : implied().value();
  }

  /**
   * The range the rounding of the printed rate, or of both figures of the pair, allows:
   * {@code [translation.low / original.high, translation.high / original.low]}.
   *
   * @return the range, in {@code to} per one {@code from}
   */
  public DecimalRange range() {
    return printed.isPresent() ? printed.get().range() : implied().range();
  }

  /**
   * The value and range of an implied rate, divided once: every conversion, and the ordering of the
   * rates a figure may be converted at, reads them, each time a claim is verified.
   */
  private Quotient implied() {
    return IMPLIED.get(this, r -> new Quotient(r.translation.orElseThrow().value().divide(
        r.original.orElseThrow().value(), MathContext.DECIMAL128),
        r.translation.orElseThrow().range().dividedBy(r.original.orElseThrow().range())));
  }

  /** The value and range of an implied rate. */
  private record Quotient(BigDecimal value, DecimalRange range) {
  }


  /**
   * Converts a value in one of the rate's currencies into the other, carrying the rate's range:
   * {@code value x rate} from {@code from} to {@code to}, {@code value / rate} the other way.
   *
   * @param value  the value, in {@code from} or {@code to}
   * @return the converted value, in the other currency
   * @throws IllegalArgumentException if the value is in neither currency, or is divided by a rate
   *     whose range reaches zero
   */
  public ConvertedReport convert(Quantity value) {
    Args.notNull(value, "value");
    if (value.unit().equals(from)) {
      return new ConvertedReport(value, this, to, value.value().multiply(value()),
          value.range().multipliedBy(range()));
    }
    if (!value.unit().equals(to)) {
      throw new IllegalArgumentException("Exchange rate '" + id + "' converts between '" + from + "' and '" + to
          + "' but '" + value.label() + "' is in '" + value.unit() + "'");
    }
    if (range().containsZero()) {
      throw new IllegalArgumentException("Exchange rate '" + id + "' has range " + range()
          + ", which reaches zero: no amount in '" + to + "' can be divided by it");
    }
    return new ConvertedReport(value, this, from, value.value().divide(value(), MathContext.DECIMAL128),
        value.range().dividedBy(range()));
  }

  /**
   * Where the rate comes from, with the quotes and any doubt: {@code printed by <document> (“quote”)}
   * or {@code implied by <document> (“original” / “translation”)}, one quote when both sides are in
   * one sentence, then {@code , doubted: <why>} when the dataset doubts a figure the rate rests on.
   *
   * @return the origin, in words
   */
  public String origin() {
    String origin = printed.map(p -> "printed by " + p.source().document().id() + " (\u201c" + p.source().quote()
        + "\u201d)").orElseGet(() -> {
          String a = original.orElseThrow().source().quote();
          String b = translation.orElseThrow().source().quote();
          // One sentence usually prints both sides; quoting it twice says nothing more.
          return "implied by " + document().id() + " (\u201c" + a + (a.equals(b) ? "" : "\u201d / \u201c" + b)
              + "\u201d)";
        });
    String doubts = figures().stream().flatMap(f -> f.doubt().stream()).distinct()
        .collect(Collectors.joining("; "));
    return doubts.isEmpty() ? origin : origin + ", doubted: " + doubts;
  }

  /**
   * Returns the currencies, the value and range, and where the rate comes from.
   *
   * @return a readable form, such as
   *     {@code usd-cny-iyotun-net-loss-fy2024: 7.0323 CNY per USD [6.9921, 7.0727], applies to 2023-01-01..2025-09-30,}
   *     {@code implied by iyotun-3550404 (“...4.65億美元(約為人民幣32.7億元)”)}
   */
  @Override
  public String toString() {
    // Four decimals, the range rounded outward, is as far as any printed rate goes.
    return id + ": " + value().setScale(4, RoundingMode.HALF_EVEN).toPlainString() + " " + to + " per " + from + " "
        + range().roundedOutward(4) + ", applies to " + appliesTo + ", " + origin();
  }
}
