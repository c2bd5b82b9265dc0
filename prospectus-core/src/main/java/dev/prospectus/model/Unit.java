package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The unit a figure is measured in: a currency, percent, a count of something, a duration or a
 * multiple.
 * <p>
 * The string form is the code: an ISO 4217 currency code ({@code USD}), {@code %}, {@code x}
 * (times), a duration ({@code hours}, {@code days}, {@code months}, {@code years}) or a count noun
 * ({@code people}, {@code users}, {@code videos}). {@link #parse} reads it back.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the code, such as {@code "USD"}, {@code "%"} or {@code "people"}
 * @param kind  what sort of quantity the unit measures
 */
public record Unit(String code, Kind kind) {

  // Declared before the constants: they are built by the constructor, which uses them.
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern COUNT_NOUN = Pattern.compile("[a-z][a-z_]*(?: [a-z_]+)*");
  // Every printed figure names its unit, checked by regular expressions; a dataset has a few units.
  private static final ParseCache<String, Unit> CACHE = new ParseCache<>(4096);

  /** Percent: a value of 12.2 means 12.2%. */
  public static final Unit PERCENT = new Unit("%", Kind.PERCENT);
  /** A multiple ("x times"). */
  public static final Unit TIMES = new Unit("x", Kind.MULTIPLE);
  /** People, for headcounts. */
  public static final Unit PEOPLE = new Unit("people", Kind.COUNT);
  /** Users. */
  public static final Unit USERS = new Unit("users", Kind.COUNT);
  /** Hours. */
  public static final Unit HOURS = new Unit("hours", Kind.DURATION);
  /** Days. */
  public static final Unit DAYS = new Unit("days", Kind.DURATION);
  /** Months. */
  public static final Unit MONTHS = new Unit("months", Kind.DURATION);
  /** Years. */
  public static final Unit YEARS = new Unit("years", Kind.DURATION);

  /** What sort of quantity a unit measures. */
  public enum Kind {
    /** Money in one currency. */
    CURRENCY,
    /** A percentage. */
    PERCENT,
    /** A number of things. */
    COUNT,
    /** A length of time. */
    DURATION,
    /** A ratio printed as "x times". */
    MULTIPLE
  }

  /**
   * Creates a unit, checking that the code fits the kind: the kind must be the one {@link #parse}
   * reads from the code, so that every unit's string form reads back to an equal unit.
   *
   * @param code  the code
   * @param kind  the kind
   * @throws IllegalArgumentException if the code is blank, is not a unit code, is a currency code
   *     of no known currency, or denotes another kind
   */
  public Unit {
    Args.notBlank(code, "code");
    Args.notNull(kind, "kind");
    Kind denoted = kindOf(code);
    if (denoted == Kind.CURRENCY) {
      currencyOf(code);
    }
    if (denoted != kind) {
      throw new IllegalArgumentException("Invalid unit: code '" + code + "' is a " + denoted + " unit, not " + kind);
    }
  }

  /**
   * Obtains the unit of a currency.
   *
   * @param currency  the currency
   * @return the unit
   */
  public static Unit of(Currency currency) {
    Args.notNull(currency, "currency");
    return CACHE.get(currency.getCurrencyCode(), code -> new Unit(code, Kind.CURRENCY));
  }

  /**
   * Parses a unit code: a three-letter ISO currency code, {@code %}, {@code x}, a duration word or
   * a lower-case count noun.
   *
   * @param code  the code
   * @return the unit
   * @throws IllegalArgumentException if the code is none of these
   */
  public static Unit parse(String code) {
    Args.notNull(code, "code");
    return CACHE.get(code, text -> {
      String c = text.strip();
      return new Unit(c, kindOf(c));
    });
  }

  private static Kind kindOf(String code) {
    switch (code) {
      case "%":
        return Kind.PERCENT;
      case "x":
        return Kind.MULTIPLE;
      case "hours":
      case "days":
      case "months":
      case "years":
        return Kind.DURATION;
      default:
        break;
    }
    if (CURRENCY_CODE.matcher(code).matches()) {
      return Kind.CURRENCY;
    }
    if (COUNT_NOUN.matcher(code).matches()) {
      return Kind.COUNT;
    }
    throw new IllegalArgumentException("Unknown unit '" + code
        + "': expected an ISO currency code, '%', 'x', a duration or a lower-case count noun");
  }

  private static Currency currencyOf(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("Unknown currency '" + code + "'", ex);
    }
  }

  /**
   * The currency, for a currency unit.
   *
   * @return the currency, empty for other kinds
   */
  public Optional<Currency> currency() {
    return kind == Kind.CURRENCY ? Optional.of(currencyOf(code)) : Optional.empty();
  }

  /**
   * Checks whether this is a currency unit.
   *
   * @return true for a currency
   */
  public boolean isCurrency() {
    return kind == Kind.CURRENCY;
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
}
