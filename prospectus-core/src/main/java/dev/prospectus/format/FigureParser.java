package dev.prospectus.format;

import dev.prospectus.model.Amount;
import dev.prospectus.model.ApproximationConvention;
import dev.prospectus.internal.Args;
import dev.prospectus.model.Limits;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Parses a figure exactly as Chinese or English financial text prints it: "782.2%",
 * "US$3.46 million", "346萬美元", "超過15億美元", "400至550億美元".
 * <p>
 * The printed digits are kept as they stand, with thousands separators removed, so they keep their
 * precision: "3,052.3萬美元" is {@code 3052.3} (scale 1) at {@link Scale#TEN_THOUSAND} in USD, and
 * its rounding range is half a unit of the last printed digit, US$30,522,500 to US$30,523,500.
 * <p>
 * A figure reads, in order: an optional qualifier word, an optional opening parenthesis (the
 * accountants' negative), an optional sign, an optional currency prefix, the number, an optional
 * {@code +}, an optional scale, an optional unit, optionally a range separator and a second number
 * with its own optional prefix, scale and unit, the closing parenthesis, and an optional qualifier
 * suffix. Whitespace may stand between any two of these but the number and its {@code +}.
 * Traditional and simplified characters read alike, and full-width forms ({@code ７３．８％},
 * {@code （0.4%）}) read as their ASCII twins, one character for one, so positions in error messages
 * are positions in the text as given.
 *
 * <table class="striped">
 * <caption>Printed forms</caption>
 * <thead>
 * <tr><th scope="col">part</th><th scope="col">printed forms</th><th scope="col">example</th>
 * <th scope="col">reads as</th></tr>
 * </thead>
 * <tbody>
 * <tr><td>number</td><td>digits, optional decimal point and digits; thousands separators only
 * between groups of three ({@code 3,052.3}, not {@code 30,52})</td><td>{@code 1,837x}</td>
 * <td>{@code 1837} times</td></tr>
 * <tr><td>sign</td><td>{@code -}, {@code −}, {@code +} before the number or its currency; or the
 * whole figure in parentheses</td><td>{@code (0.4%)}</td><td>{@code -0.4 %}</td></tr>
 * <tr><td>scale</td><td>{@code thousand}, {@code k}, {@code 千}; {@code 萬}/{@code 万};
 * {@code million}, {@code mn}, {@code m}, {@code 百萬}/{@code 百万}; {@code 億}/{@code 亿};
 * {@code billion}, {@code bn}, {@code b}, {@code 十億}/{@code 十亿}; {@code 萬億}/{@code 万亿},
 * {@code trillion}, {@code tn}</td><td>{@code US$30.52M}</td>
 * <td>{@code 30.52 million USD}</td></tr>
 * <tr><td>currency before</td><td>{@code US$}, {@code $}, {@code USD}; {@code HK$}, {@code HKD},
 * {@code 港幣}/{@code 港币}; {@code RMB}, {@code CNY}, {@code 人民幣}/{@code 人民币}; {@code €},
 * {@code EUR}; {@code £}, {@code GBP}</td><td>{@code $53,437 thousand}</td>
 * <td>{@code 53437 thousand USD}</td></tr>
 * <tr><td>currency after</td><td>{@code 美元} USD; {@code 港元}, {@code 港幣}/{@code 港币} HKD;
 * {@code 人民幣}/{@code 人民币} CNY; {@code 歐元}/{@code 欧元} EUR; {@code 英鎊}/{@code 英镑} GBP;
 * {@code 日元}/{@code 日圓} JPY; the ISO codes above; {@code 元} alone is the currency printed
 * before the number, else the caller's default currency, else CNY</td><td>{@code 106億元}</td>
 * <td>{@code 106億 CNY}</td></tr>
 * <tr><td>percent</td><td>{@code %}, {@code ％}</td><td>{@code -24.7%}</td><td>{@code -24.7 %}</td></tr>
 * <tr><td>multiple</td><td>{@code x}, {@code ×}, {@code times}, {@code 倍}</td><td>{@code 1837倍}</td>
 * <td>{@code 1837 x}</td></tr>
 * <tr><td>duration</td><td>{@code 小時}/{@code 小时}, {@code hours}; {@code 天}, {@code days};
 * {@code 個月}/{@code 个月}, {@code months}; {@code 年}, {@code 歲}/{@code 岁}, {@code years}</td>
 * <td>{@code 53個月}</td><td>{@code 53 months}</td></tr>
 * <tr><td>count</td><td>{@code 人}, {@code 名}, {@code 名員工}/{@code 名员工}, {@code people},
 * {@code employees} (people); {@code 用戶}/{@code 用户}, {@code users}; {@code 視頻}/{@code 视频},
 * {@code videos}; {@code 國家}/{@code 国家}, {@code countries}; {@code 客戶}/{@code 客户},
 * {@code customers}; {@code 開發者}/{@code 开发者}, {@code developers}; {@code 設備}/{@code 设备},
 * {@code devices}; {@code 種語言}/{@code 种语言}, {@code languages}; {@code 投資者}/{@code 投资者},
 * {@code investors}; {@code 股}, {@code shares}; {@code tokens}; no unit at all is a count in unit
 * {@code count}</td><td>{@code 5.9億視頻}</td><td>{@code 5.9億 videos}</td></tr>
 * <tr><td>range</td><td>{@code 至}, {@code 到}, {@code -}, {@code –}, {@code —}, {@code ~},
 * {@code to} between two numbers; a scale or unit printed after the lower end must be printed
 * after the upper end too</td><td>{@code 400至550億美元}</td><td>{@code 400..550億 USD}</td></tr>
 * <tr><td>{@link Qualifier#OVER}</td><td>{@code 超過}/{@code 超过}, {@code 超}, {@code 逾},
 * {@code 多於}/{@code 多于}, {@code 高於}/{@code 高于}, {@code 大於}/{@code 大于}, {@code over},
 * {@code more than}, {@code above}, {@code >}; straight after the number {@code +}</td>
 * <td>{@code 超過15億美元}</td>
 * <td>over {@code 15億 USD}</td></tr>
 * <tr><td>{@link Qualifier#AT_LEAST}</td><td>{@code 至少}, {@code 不少於}/{@code 不少于},
 * {@code 不低於}/{@code 不低于}, {@code at least}, {@code >=}, {@code ≥}; after the figure
 * {@code 以上}, {@code 或以上}, {@code or more}</td><td>{@code 53個月以上}</td>
 * <td>at least {@code 53 months}</td></tr>
 * <tr><td>{@link Qualifier#UNDER}</td><td>{@code 不到}, {@code 不足}, {@code 低於}/{@code 低于},
 * {@code 少於}/{@code 少于}, {@code 小於}/{@code 小于}, {@code under}, {@code less than},
 * {@code fewer than}, {@code below}, {@code <}</td><td>{@code 不到1%}</td><td>under {@code 1 %}</td></tr>
 * <tr><td>{@link Qualifier#AT_MOST}</td><td>{@code 最多}, {@code 至多}, {@code 不超過}/{@code 不超过},
 * {@code at most}, {@code up to}, {@code <=}, {@code ≤}; after the figure {@code 以下},
 * {@code 或以下}, {@code or less}</td><td>{@code 最多20%}</td><td>at most {@code 20 %}</td></tr>
 * <tr><td>{@link Qualifier#NEARLY}</td><td>{@code 近乎}, {@code 近}, {@code 將近}/{@code 将近},
 * {@code 接近}, {@code 幾乎}/{@code 几乎}, {@code nearly}, {@code almost}, {@code close to}</td>
 * <td>{@code 近乎50%}</td><td>nearly {@code 50 %}</td></tr>
 * <tr><td>{@link Qualifier#ABOUT}</td><td>{@code 約}/{@code 约}, {@code 大約}/{@code 大约},
 * {@code about}, {@code approximately}, {@code approx.}, {@code around}, {@code roughly},
 * {@code ~}, {@code ≈}; after the figure {@code 左右}</td><td>{@code 約5億美元}</td>
 * <td>about {@code 5億 USD}</td></tr>
 * </tbody>
 * </table>
 * <p>
 * A qualifier before the figure and one after it must point the same way: "超過15億美元以上" is
 * over, "約5億美元左右" is about, "超過15億美元以下" is an error. What "about" and "nearly" allow
 * is not the parser's business: {@link PrintedFigure#range(ApproximationConvention)} applies an
 * {@link ApproximationConvention}.
 * <p>
 * Anything else is a {@link FigureParseException} naming the text, the position and the problem:
 * a text with no number ("revenue", "超過"), a misplaced thousands separator ("30,52萬"), an
 * unknown unit ("385 widgets"), a scale no {@link Scale} holds ("1千萬", "1兆"), Chinese numerals
 * ("五億"), a range whose ends disagree in scale or unit or run backwards, or trailing text.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class FigureParser {

  private FigureParser() {
  }

  /**
   * Parses a printed figure, reading "元" alone as CNY.
   * <p>
   * For example "1.42億美元" is {@code 1.42} at {@link Scale#HUNDRED_MILLION} in USD, exact, with
   * rounding range US$141,500,000 to US$142,500,000.
   *
   * @param text  the figure as printed, such as {@code "346萬美元"} or {@code "超過15億美元"}
   * @return the figure
   * @throws FigureParseException if the text is not a figure in the forms of the class description
   * @throws IllegalArgumentException if the text is null
   */
  public static PrintedFigure parse(String text) {
    return parse(text, Vocabulary.DEFAULT_CURRENCY);
  }

  /**
   * Parses a printed figure, reading "元" alone as a given currency unless the text prints another
   * before the number ("人民幣106億元" is CNY whatever the default).
   * <p>
   * For example {@code parse("106億元", Unit.parse("HKD"))} is {@code 106} at
   * {@link Scale#HUNDRED_MILLION} in HKD.
   *
   * @param text  the figure as printed
   * @param defaultCurrency  the currency "元" means, such as the reporting currency of the document
   * @return the figure
   * @throws FigureParseException if the text is not a figure in the forms of the class description
   * @throws IllegalArgumentException if an argument is null or {@code defaultCurrency} is not a currency
   */
  public static PrintedFigure parse(String text, Unit defaultCurrency) {
    Reading reading = read(text, defaultCurrency);
    return new PrintedFigure(reading.amount(), reading.qualifier(), text);
  }

  /**
   * Reads a figure's amount and qualifier without building a {@link PrintedFigure}, which checks its
   * own text with this method.
   */
  static Reading read(String text, Unit defaultCurrency) {
    Args.notNull(text, "text");
    Args.notNull(defaultCurrency, "defaultCurrency");
    if (!defaultCurrency.isCurrency()) {
      throw new IllegalArgumentException(
          "Argument 'defaultCurrency' must be a currency but has value '" + defaultCurrency + "'");
    }
    return new Grammar(text, defaultCurrency).figure();
  }

  /** What a text says: the amount and the qualifier. */
  record Reading(Amount amount, Qualifier qualifier) {
  }

  /**
   * One end of a figure: the number with what is printed around it. {@code scaleAt} and
   * {@code unitAt} are where a missing scale or unit would have been printed.
   */
  private record End(BigDecimal number, int numberAt, Optional<PrintedWords.Match<Qualifier>> plus,
      Optional<PrintedWords.Match<Unit>> currency, Optional<PrintedWords.Match<Scale>> scale, int scaleAt,
      Optional<PrintedWords.Match<Unit>> unit, int unitAt) {

    Optional<PrintedWords.Match<Unit>> effectiveUnit() {
      return unit.or(() -> currency);
    }
  }

  /** A recursive-descent reader over one text; used once, by one thread. */
  private static final class Grammar {

    private final String text;
    private final String normalised;
    private final Unit defaultCurrency;
    private int pos;

    Grammar(String text, Unit defaultCurrency) {
      this.text = text;
      this.normalised = normalise(text);
      this.defaultCurrency = defaultCurrency;
    }

    /** Maps full-width forms and odd spaces and minus signs to ASCII, one char for one. */
    private static String normalise(String text) {
      return FigureScanner.ascii(text, 0, text.length(), true);
    }

    Reading figure() {
      Optional<PrintedWords.Match<Qualifier>> before = take(Vocabulary.QUALIFIERS_BEFORE);
      skipSpace();
      boolean parenthesised = peek() == '(';
      if (parenthesised) {
        pos++;
      }
      End lower = end(!parenthesised);
      End last = lower;
      Amount amount;
      if (take(Vocabulary.RANGE_SEPARATORS).isPresent()) {
        last = end(!parenthesised);
        amount = range(lower, last, parenthesised);
      } else {
        BigDecimal value = parenthesised ? lower.number().negate() : lower.number();
        Unit unit = lower.effectiveUnit().map(PrintedWords.Match::meaning).orElse(Vocabulary.COUNT);
        amount = Amount.of(value, scaleOf(lower), unit);
      }
      skipSpace();
      if (parenthesised) {
        if (peek() != ')') {
          throw fail(pos, "expected ')'");
        }
        pos++;
      }
      Optional<PrintedWords.Match<Qualifier>> after = take(Vocabulary.QUALIFIERS_AFTER);
      Qualifier qualifier = qualifier(Stream.of(before, last.plus(), after).flatMap(Optional::stream).toList());
      skipSpace();
      if (pos < normalised.length()) {
        throw trailing(last, after.isPresent());
      }
      return new Reading(amount, qualifier);
    }

    private End end(boolean signed) {
      boolean negative = signed && sign();
      Optional<PrintedWords.Match<Unit>> currency = take(Vocabulary.CURRENCIES_BEFORE);
      if (signed && !negative && currency.isPresent()) {
        negative = sign();
      }
      skipSpace();
      int numberAt = pos;
      BigDecimal number = number();
      Optional<PrintedWords.Match<Qualifier>> plus = Vocabulary.PLUS.match(normalised, pos);
      plus.ifPresent(m -> pos = m.end());
      skipSpace();
      int scaleAt = pos;
      Optional<PrintedWords.Match<String>> unsupported = take(Vocabulary.UNSUPPORTED_SCALES);
      if (unsupported.isPresent()) {
        throw fail(scaleAt, "unsupported scale '" + printed(unsupported.get()) + "'");
      }
      Optional<PrintedWords.Match<Scale>> scale = take(Vocabulary.SCALES);
      skipSpace();
      int unitAt = pos;
      Optional<PrintedWords.Match<Unit>> unit = take(Vocabulary.UNITS);
      if (unit.isEmpty()) {
        Unit yuan = currency.map(PrintedWords.Match::meaning).orElse(defaultCurrency);
        unit = take(Vocabulary.YUAN).map(m -> new PrintedWords.Match<>(yuan, m.start(), m.end()));
      }
      if (currency.isPresent() && unit.isPresent() && !unit.get().meaning().equals(currency.get().meaning())) {
        throw fail(unit.get().start(), "unit '" + printed(unit.get()) + "' contradicts the currency '"
            + printed(currency.get()) + "' before the number");
      }
      return new End(negative ? number.negate() : number, numberAt, plus, currency, scale, scaleAt, unit, unitAt);
    }

    /** True for a minus sign, false for a plus sign or none. */
    private boolean sign() {
      skipSpace();
      char c = peek();
      if (c == '-' || c == '+') {
        pos++;
        return c == '-';
      }
      return false;
    }

    private BigDecimal number() {
      if (!isDigit(peek())) {
        throw fail(pos, pos < normalised.length()
            ? "expected a number but found '" + found(pos) + "'" : "expected a number");
      }
      int start = pos;
      StringBuilder digits = new StringBuilder();
      int group = 0;
      while (isDigit(peek()) || peek() == ',') {
        if (peek() == ',') {
          // A separator closes a group of one to three digits and opens one of exactly three.
          boolean threeFollow = isDigit(at(pos + 1)) && isDigit(at(pos + 2)) && isDigit(at(pos + 3))
              && !isDigit(at(pos + 4));
          if (group > 3 || !threeFollow) {
            throw fail(pos, "misplaced thousands separator '" + text.charAt(pos) + "'");
          }
          group = 0;
        } else {
          digits.append(peek());
          group++;
        }
        pos++;
      }
      if (peek() == '.') {
        pos++;
        if (!isDigit(peek())) {
          throw fail(pos, "expected a digit after the decimal point");
        }
        digits.append('.');
        while (isDigit(peek())) {
          digits.append(peek());
          pos++;
        }
      }
      // Counted before it is parsed: parsing a million digits takes seconds.
      Optional<String> problem = Limits.printedTextProblem(digits);
      if (problem.isPresent()) {
        throw fail(start, "the number " + problem.get());
      }
      return new BigDecimal(digits.toString());
    }

    private Amount range(End lower, End upper, boolean parenthesised) {
      for (End end : List.of(lower, upper)) {
        if (end.plus().isPresent()) {
          throw fail(end.plus().get().start(), "unexpected '+' in a range");
        }
      }
      if (lower.scale().isPresent()) {
        String lowerScale = printed(lower.scale().get());
        if (upper.scale().isEmpty()) {
          throw fail(upper.scaleAt(),
              "expected scale '" + lowerScale + "' after the upper end, as after the lower end");
        }
        if (upper.scale().get().meaning() != lower.scale().get().meaning()) {
          throw fail(upper.scale().get().start(), "scale '" + printed(upper.scale().get()) + "' differs from '"
              + lowerScale + "' at the lower end");
        }
      }
      if (lower.unit().isPresent() && upper.unit().isEmpty()) {
        throw fail(upper.unitAt(), "expected unit '" + printed(lower.unit().get())
            + "' after the upper end, as after the lower end");
      }
      Optional<PrintedWords.Match<Unit>> lowerUnit = lower.effectiveUnit();
      Optional<PrintedWords.Match<Unit>> upperUnit = upper.effectiveUnit();
      if (lowerUnit.isPresent() && upperUnit.isPresent()
          && !lowerUnit.get().meaning().equals(upperUnit.get().meaning())) {
        throw fail(upperUnit.get().start(), "unit '" + printed(upperUnit.get()) + "' differs from '"
            + printed(lowerUnit.get()) + "' at the lower end");
      }
      if (upper.number().compareTo(lower.number()) < 0) {
        throw fail(upper.numberAt(), "upper end '" + upper.number().toPlainString() + "' is below the lower end '"
            + lower.number().toPlainString() + "'");
      }
      Unit unit = upperUnit.or(() -> lowerUnit).map(PrintedWords.Match::meaning).orElse(Vocabulary.COUNT);
      Scale scale = scaleOf(upper);
      return parenthesised
          ? Amount.ofRange(upper.number().negate(), lower.number().negate(), scale, unit)
          : Amount.ofRange(lower.number(), upper.number(), scale, unit);
    }

    private static Scale scaleOf(End end) {
      return end.scale().map(PrintedWords.Match::meaning).orElse(Scale.ONE);
    }

    /** The first qualifier word printed; the others must point the same way. */
    private Qualifier qualifier(List<PrintedWords.Match<Qualifier>> words) {
      if (words.isEmpty()) {
        return Qualifier.EXACT;
      }
      PrintedWords.Match<Qualifier> first = words.get(0);
      // Chinese often says a bound twice ("超過15億美元以上"); twice the same way is one bound.
      for (PrintedWords.Match<Qualifier> other : words.subList(1, words.size())) {
        if (direction(other.meaning()) != direction(first.meaning())) {
          throw fail(other.start(), "qualifier '" + printed(other) + "' contradicts '" + printed(first) + "'");
        }
      }
      return first.meaning();
    }

    private static int direction(Qualifier qualifier) {
      switch (qualifier) {
        case OVER:
        case AT_LEAST:
          return 1;
        case UNDER:
        case AT_MOST:
          return -1;
        default:
          return 0;
      }
    }

    /** The error for text left over after the last end: an unknown unit where a unit would stand. */
    private FigureParseException trailing(End last, boolean qualified) {
      boolean unitPlace = last.unit().isEmpty() && !qualified && pos == last.unitAt();
      if (unitPlace && Character.isLetter(normalised.codePointAt(pos))) {
        return fail(pos, "unknown unit '" + found(pos) + "'");
      }
      return fail(pos, "unexpected '" + text.substring(pos, pos + Character.charCount(text.codePointAt(pos))) + "'");
    }

    /** The printed word at a position: a run of letters up to a qualifier suffix, or one character. */
    private String found(int start) {
      int end = start;
      while (end < normalised.length() && Character.isLetter(normalised.codePointAt(end))
          && (end == start || Vocabulary.QUALIFIERS_AFTER.match(normalised, end).isEmpty())) {
        end += Character.charCount(normalised.codePointAt(end));
      }
      return text.substring(start, end == start ? start + Character.charCount(text.codePointAt(start)) : end);
    }

    private <T> Optional<PrintedWords.Match<T>> take(PrintedWords<T> words) {
      skipSpace();
      Optional<PrintedWords.Match<T>> match = words.match(normalised, pos);
      match.ifPresent(m -> pos = m.end());
      return match;
    }

    private String printed(PrintedWords.Match<?> match) {
      return text.substring(match.start(), match.end());
    }

    private void skipSpace() {
      while (pos < normalised.length() && Character.isWhitespace(normalised.charAt(pos))) {
        pos++;
      }
    }

    private char peek() {
      return at(pos);
    }

    private char at(int index) {
      return index < normalised.length() ? normalised.charAt(index) : '\0';
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private FigureParseException fail(int position, String problem) {
      return new FigureParseException(text, position, problem);
    }
  }
}
