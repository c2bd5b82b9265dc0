package dev.prospectus.io;

import static java.util.Map.entry;

import dev.prospectus.model.Amount;
import dev.prospectus.model.ApproximationConvention;
import dev.prospectus.model.Args;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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

  /** The currency of "元" when the caller gives none. */
  static final Unit DEFAULT_CURRENCY = Unit.parse("CNY");
  /** The unit of a number printed with none, such as "385" or "30.5M". */
  static final Unit COUNT = Unit.parse("count");

  private static final Unit USD = Unit.parse("USD");
  private static final Unit HKD = Unit.parse("HKD");
  private static final Unit CNY = Unit.parse("CNY");
  private static final Unit EUR = Unit.parse("EUR");
  private static final Unit GBP = Unit.parse("GBP");
  private static final Unit JPY = Unit.parse("JPY");
  private static final Unit VIDEOS = Unit.parse("videos");
  private static final Unit COUNTRIES = Unit.parse("countries");
  private static final Unit CUSTOMERS = Unit.parse("customers");
  private static final Unit DEVELOPERS = Unit.parse("developers");
  private static final Unit DEVICES = Unit.parse("devices");
  private static final Unit LANGUAGES = Unit.parse("languages");
  private static final Unit INVESTORS = Unit.parse("investors");
  private static final Unit SHARES = Unit.parse("shares");
  private static final Unit TOKENS = Unit.parse("tokens");

  private static final PrintedWords<Qualifier> QUALIFIERS_BEFORE = PrintedWords.of(Map.ofEntries(
      entry("超過", Qualifier.OVER), entry("超过", Qualifier.OVER), entry("超", Qualifier.OVER),
      entry("逾", Qualifier.OVER), entry("多於", Qualifier.OVER), entry("多于", Qualifier.OVER),
      entry("高於", Qualifier.OVER), entry("高于", Qualifier.OVER), entry("大於", Qualifier.OVER),
      entry("大于", Qualifier.OVER), entry("over", Qualifier.OVER), entry("more than", Qualifier.OVER),
      entry("above", Qualifier.OVER), entry(">", Qualifier.OVER),
      entry("至少", Qualifier.AT_LEAST), entry("不少於", Qualifier.AT_LEAST), entry("不少于", Qualifier.AT_LEAST),
      entry("不低於", Qualifier.AT_LEAST), entry("不低于", Qualifier.AT_LEAST),
      entry("at least", Qualifier.AT_LEAST), entry(">=", Qualifier.AT_LEAST), entry("≥", Qualifier.AT_LEAST),
      entry("不到", Qualifier.UNDER), entry("不足", Qualifier.UNDER), entry("低於", Qualifier.UNDER),
      entry("低于", Qualifier.UNDER), entry("少於", Qualifier.UNDER), entry("少于", Qualifier.UNDER),
      entry("小於", Qualifier.UNDER), entry("小于", Qualifier.UNDER), entry("under", Qualifier.UNDER),
      entry("less than", Qualifier.UNDER), entry("fewer than", Qualifier.UNDER),
      entry("below", Qualifier.UNDER), entry("<", Qualifier.UNDER),
      entry("最多", Qualifier.AT_MOST), entry("至多", Qualifier.AT_MOST), entry("不超過", Qualifier.AT_MOST),
      entry("不超过", Qualifier.AT_MOST), entry("at most", Qualifier.AT_MOST), entry("up to", Qualifier.AT_MOST),
      entry("<=", Qualifier.AT_MOST), entry("≤", Qualifier.AT_MOST),
      entry("近乎", Qualifier.NEARLY), entry("近", Qualifier.NEARLY), entry("將近", Qualifier.NEARLY),
      entry("将近", Qualifier.NEARLY), entry("接近", Qualifier.NEARLY), entry("幾乎", Qualifier.NEARLY),
      entry("几乎", Qualifier.NEARLY), entry("nearly", Qualifier.NEARLY), entry("almost", Qualifier.NEARLY),
      entry("close to", Qualifier.NEARLY),
      entry("約", Qualifier.ABOUT), entry("约", Qualifier.ABOUT), entry("大約", Qualifier.ABOUT),
      entry("大约", Qualifier.ABOUT), entry("about", Qualifier.ABOUT), entry("approximately", Qualifier.ABOUT),
      entry("approx.", Qualifier.ABOUT), entry("around", Qualifier.ABOUT), entry("roughly", Qualifier.ABOUT),
      entry("~", Qualifier.ABOUT), entry("≈", Qualifier.ABOUT)));

  private static final PrintedWords<Qualifier> QUALIFIERS_AFTER = PrintedWords.of(Map.ofEntries(
      entry("以上", Qualifier.AT_LEAST), entry("或以上", Qualifier.AT_LEAST), entry("or more", Qualifier.AT_LEAST),
      entry("以下", Qualifier.AT_MOST), entry("或以下", Qualifier.AT_MOST), entry("or less", Qualifier.AT_MOST),
      entry("左右", Qualifier.ABOUT)));

  // "40+種語言": a plus sign straight after the number, before any unit.
  private static final PrintedWords<Qualifier> PLUS = PrintedWords.of(Map.of("+", Qualifier.OVER));

  private static final PrintedWords<Unit> CURRENCIES_BEFORE = PrintedWords.of(Map.ofEntries(
      entry("US$", USD), entry("$", USD), entry("usd", USD), entry("HK$", HKD), entry("hkd", HKD),
      entry("港幣", HKD), entry("港币", HKD), entry("rmb", CNY), entry("cny", CNY), entry("人民幣", CNY),
      entry("人民币", CNY), entry("€", EUR), entry("eur", EUR), entry("£", GBP), entry("gbp", GBP)));

  private static final PrintedWords<Scale> SCALES = PrintedWords.of(Map.ofEntries(
      entry("thousand", Scale.THOUSAND), entry("k", Scale.THOUSAND), entry("千", Scale.THOUSAND),
      entry("萬", Scale.TEN_THOUSAND), entry("万", Scale.TEN_THOUSAND),
      entry("million", Scale.MILLION), entry("mn", Scale.MILLION), entry("m", Scale.MILLION),
      entry("百萬", Scale.MILLION), entry("百万", Scale.MILLION),
      entry("億", Scale.HUNDRED_MILLION), entry("亿", Scale.HUNDRED_MILLION),
      entry("billion", Scale.BILLION), entry("bn", Scale.BILLION), entry("b", Scale.BILLION),
      entry("十億", Scale.BILLION), entry("十亿", Scale.BILLION),
      entry("萬億", Scale.TRILLION), entry("万亿", Scale.TRILLION), entry("trillion", Scale.TRILLION),
      entry("tn", Scale.TRILLION)));

  // Multipliers no Scale holds; read them whole so that "1千萬" is not "1 thousand" of a unit "萬".
  private static final PrintedWords<String> UNSUPPORTED_SCALES = PrintedWords.ofWords(
      "十萬", "十万", "千萬", "千万", "百億", "百亿", "千億", "千亿", "兆");

  private static final PrintedWords<Unit> UNITS = PrintedWords.of(Map.ofEntries(
      entry("美元", USD), entry("usd", USD), entry("港元", HKD), entry("港幣", HKD), entry("港币", HKD),
      entry("hkd", HKD), entry("人民幣", CNY), entry("人民币", CNY), entry("rmb", CNY), entry("cny", CNY),
      entry("歐元", EUR), entry("欧元", EUR), entry("eur", EUR), entry("英鎊", GBP), entry("英镑", GBP),
      entry("gbp", GBP), entry("日元", JPY), entry("日圓", JPY), entry("日圆", JPY), entry("jpy", JPY),
      entry("%", Unit.PERCENT),
      entry("x", Unit.TIMES), entry("×", Unit.TIMES), entry("times", Unit.TIMES), entry("倍", Unit.TIMES),
      entry("小時", Unit.HOURS), entry("小时", Unit.HOURS), entry("hours", Unit.HOURS), entry("hour", Unit.HOURS),
      entry("天", Unit.DAYS), entry("days", Unit.DAYS), entry("day", Unit.DAYS),
      entry("個月", Unit.MONTHS), entry("个月", Unit.MONTHS), entry("months", Unit.MONTHS),
      entry("month", Unit.MONTHS),
      entry("年", Unit.YEARS), entry("歲", Unit.YEARS), entry("岁", Unit.YEARS), entry("years", Unit.YEARS),
      entry("year", Unit.YEARS),
      entry("人", Unit.PEOPLE), entry("名", Unit.PEOPLE), entry("名員工", Unit.PEOPLE), entry("名员工", Unit.PEOPLE),
      entry("員工", Unit.PEOPLE), entry("员工", Unit.PEOPLE), entry("people", Unit.PEOPLE),
      entry("employees", Unit.PEOPLE),
      entry("用戶", Unit.USERS), entry("用户", Unit.USERS), entry("名用戶", Unit.USERS), entry("名用户", Unit.USERS),
      entry("users", Unit.USERS),
      entry("視頻", VIDEOS), entry("视频", VIDEOS), entry("個視頻", VIDEOS), entry("个视频", VIDEOS),
      entry("videos", VIDEOS),
      entry("國家", COUNTRIES), entry("国家", COUNTRIES), entry("個國家", COUNTRIES), entry("个国家", COUNTRIES),
      entry("countries", COUNTRIES),
      entry("客戶", CUSTOMERS), entry("客户", CUSTOMERS), entry("家客戶", CUSTOMERS), entry("家客户", CUSTOMERS),
      entry("customers", CUSTOMERS), entry("開發者", DEVELOPERS), entry("开发者", DEVELOPERS),
      entry("名開發者", DEVELOPERS), entry("名开发者", DEVELOPERS), entry("developers", DEVELOPERS),
      entry("設備", DEVICES), entry("设备", DEVICES), entry("台設備", DEVICES), entry("台设备", DEVICES),
      entry("devices", DEVICES), entry("語言", LANGUAGES), entry("语言", LANGUAGES), entry("種語言", LANGUAGES),
      entry("种语言", LANGUAGES), entry("languages", LANGUAGES), entry("投資者", INVESTORS),
      entry("投资者", INVESTORS), entry("名投資者", INVESTORS), entry("名投资者", INVESTORS),
      entry("investors", INVESTORS), entry("股", SHARES), entry("shares", SHARES), entry("tokens", TOKENS)));

  // "元" alone names no currency: it is the one printed before the number, or the caller's.
  private static final PrintedWords<String> YUAN = PrintedWords.ofWords("元");

  private static final PrintedWords<String> RANGE_SEPARATORS =
      PrintedWords.ofWords("至", "到", "-", "–", "—", "~", "〜", "to");

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
    return parse(text, DEFAULT_CURRENCY);
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
    Args.isTrue(defaultCurrency.isCurrency(),
        "Argument 'defaultCurrency' must be a currency but has value '" + defaultCurrency + "'");
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
      char[] chars = text.toCharArray();
      for (int i = 0; i < chars.length; i++) {
        char c = chars[i];
        if (c >= '\uFF01' && c <= '\uFF5E') {
          chars[i] = (char) (c - 0xFEE0);
        } else if (c == '\u2212') {
          chars[i] = '-';
        } else if (Character.isSpaceChar(c)) {
          chars[i] = ' ';
        }
      }
      return new String(chars);
    }

    Reading figure() {
      Optional<PrintedWords.Match<Qualifier>> before = take(QUALIFIERS_BEFORE);
      skipSpace();
      boolean parenthesised = peek() == '(';
      if (parenthesised) {
        pos++;
      }
      End lower = end(!parenthesised);
      End last = lower;
      Amount amount;
      if (take(RANGE_SEPARATORS).isPresent()) {
        last = end(!parenthesised);
        amount = range(lower, last, parenthesised);
      } else {
        BigDecimal value = parenthesised ? lower.number().negate() : lower.number();
        Unit unit = lower.effectiveUnit().map(PrintedWords.Match::meaning).orElse(COUNT);
        amount = Amount.of(value, scaleOf(lower), unit);
      }
      skipSpace();
      if (parenthesised) {
        if (peek() != ')') {
          throw fail(pos, "expected ')'");
        }
        pos++;
      }
      Optional<PrintedWords.Match<Qualifier>> after = take(QUALIFIERS_AFTER);
      Qualifier qualifier = qualifier(Stream.of(before, last.plus(), after).flatMap(Optional::stream).toList());
      skipSpace();
      if (pos < normalised.length()) {
        throw trailing(last, after.isPresent());
      }
      return new Reading(amount, qualifier);
    }

    private End end(boolean signed) {
      boolean negative = signed && sign();
      Optional<PrintedWords.Match<Unit>> currency = take(CURRENCIES_BEFORE);
      if (signed && !negative && currency.isPresent()) {
        negative = sign();
      }
      skipSpace();
      int numberAt = pos;
      BigDecimal number = number();
      Optional<PrintedWords.Match<Qualifier>> plus = PLUS.match(normalised, pos);
      plus.ifPresent(m -> pos = m.end());
      skipSpace();
      int scaleAt = pos;
      Optional<PrintedWords.Match<String>> unsupported = take(UNSUPPORTED_SCALES);
      if (unsupported.isPresent()) {
        throw fail(scaleAt, "unsupported scale '" + printed(unsupported.get()) + "'");
      }
      Optional<PrintedWords.Match<Scale>> scale = take(SCALES);
      skipSpace();
      int unitAt = pos;
      Optional<PrintedWords.Match<Unit>> unit = take(UNITS);
      if (unit.isEmpty()) {
        Unit yuan = currency.map(PrintedWords.Match::meaning).orElse(defaultCurrency);
        unit = take(YUAN).map(m -> new PrintedWords.Match<>(yuan, m.start(), m.end()));
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
      Unit unit = upperUnit.or(() -> lowerUnit).map(PrintedWords.Match::meaning).orElse(COUNT);
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
          && (end == start || QUALIFIERS_AFTER.match(normalised, end).isEmpty())) {
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
