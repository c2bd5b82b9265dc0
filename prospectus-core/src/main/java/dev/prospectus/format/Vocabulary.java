package dev.prospectus.format;

import static java.util.Map.entry;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words financial text prints around numbers, in Chinese (traditional and simplified) and
 * English: scale words, qualifiers, currencies and units, range separators. This is the one table
 * that every reader and printer of figures uses: {@link FigureParser} reads running text with it,
 * the dataset reader reads the {@code scale} field with it, and {@link Formats} prints currency
 * symbols from it.
 * <p>
 * For example "百萬" and "million" are both {@link Scale#MILLION}; "超過" and "more than" are both
 * {@link Qualifier#OVER}; "美元" and "US$" are both USD.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class Vocabulary {

  /** The currency of "元" when the caller gives none. */
  static final Unit DEFAULT_CURRENCY = Unit.parse("CNY");
  /** The unit of a number printed with none, such as "385" or "30.5M". */
  static final Unit COUNT = Unit.parse("count");

  static final Unit USD = Unit.parse("USD");
  static final Unit HKD = Unit.parse("HKD");
  static final Unit CNY = Unit.parse("CNY");
  static final Unit EUR = Unit.parse("EUR");
  static final Unit GBP = Unit.parse("GBP");
  static final Unit JPY = Unit.parse("JPY");
  static final Unit VIDEOS = Unit.parse("videos");
  static final Unit COUNTRIES = Unit.parse("countries");
  static final Unit CUSTOMERS = Unit.parse("customers");
  static final Unit DEVELOPERS = Unit.parse("developers");
  static final Unit DEVICES = Unit.parse("devices");
  static final Unit LANGUAGES = Unit.parse("languages");
  static final Unit INVESTORS = Unit.parse("investors");
  static final Unit SHARES = Unit.parse("shares");
  static final Unit TOKENS = Unit.parse("tokens");

  static final PrintedWords<Qualifier> QUALIFIERS_BEFORE = PrintedWords.of(Map.ofEntries(
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

  static final PrintedWords<Qualifier> QUALIFIERS_AFTER = PrintedWords.of(Map.ofEntries(
      entry("以上", Qualifier.AT_LEAST), entry("或以上", Qualifier.AT_LEAST), entry("or more", Qualifier.AT_LEAST),
      entry("以下", Qualifier.AT_MOST), entry("或以下", Qualifier.AT_MOST), entry("or less", Qualifier.AT_MOST),
      entry("左右", Qualifier.ABOUT)));

  // "40+種語言": a plus sign straight after the number, before any unit; "200多個國家" and "1000余萬" say
  // the same in words.
  static final PrintedWords<Qualifier> PLUS = PrintedWords.of(Map.of("+", Qualifier.OVER, "多", Qualifier.OVER,
      "余", Qualifier.OVER, "餘", Qualifier.OVER));

  static final PrintedWords<Unit> CURRENCIES_BEFORE = PrintedWords.of(Map.ofEntries(
      entry("US$", USD), entry("$", USD), entry("usd", USD), entry("HK$", HKD), entry("hkd", HKD),
      entry("港幣", HKD), entry("港币", HKD), entry("rmb", CNY), entry("cny", CNY), entry("人民幣", CNY),
      entry("人民币", CNY), entry("€", EUR), entry("eur", EUR), entry("£", GBP), entry("gbp", GBP)));

  static final PrintedWords<Scale> SCALES = PrintedWords.of(Map.ofEntries(
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
  static final PrintedWords<String> UNSUPPORTED_SCALES = PrintedWords.ofWords(
      "十萬", "十万", "千萬", "千万", "百億", "百亿", "千億", "千亿", "兆");

  static final PrintedWords<Unit> UNITS = PrintedWords.of(Map.ofEntries(
      entry("美元", USD), entry("usd", USD), entry("港元", HKD), entry("港幣", HKD), entry("港币", HKD),
      entry("hkd", HKD), entry("人民幣", CNY), entry("人民币", CNY), entry("rmb", CNY), entry("cny", CNY),
      entry("歐元", EUR), entry("欧元", EUR), entry("eur", EUR), entry("英鎊", GBP), entry("英镑", GBP),
      entry("gbp", GBP), entry("日元", JPY), entry("日圓", JPY), entry("日圆", JPY), entry("jpy", JPY),
      entry("%", Unit.PERCENT), entry("per cent", Unit.PERCENT), entry("percent", Unit.PERCENT),
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
  static final PrintedWords<String> YUAN = PrintedWords.ofWords("元");

  static final PrintedWords<String> RANGE_SEPARATORS =
      PrintedWords.ofWords("至", "到", "-", "–", "—", "~", "〜", "to");

  private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("USD", "US$", "CNY", "RMB", "HKD", "HK$");

  private Vocabulary() {
  }

  /**
   * Finds the scale a word names: any scale word of running text, such as {@code 萬}, {@code 万},
   * {@code 百萬}, {@code million}, {@code mn}, {@code m}, {@code 億}, {@code billion}, {@code bn},
   * {@code 萬億}, {@code trillion}, or {@code one} for no multiplier. Latin words match
   * case-insensitively.
   *
   * @param word  the word, as printed
   * @return the scale, empty if the word names none (also for multipliers no {@link Scale} holds,
   *     such as {@code 千萬})
   * @throws IllegalArgumentException if the word is null
   */
  public static Optional<Scale> scale(String word) {
    Args.notNull(word, "word");
    String w = word;
    if (w.equals(Scale.ONE.code())) {
      return Optional.of(Scale.ONE);
    }
    return SCALES.match(w, 0).filter(m -> m.end() == w.length()).map(PrintedWords.Match::meaning);
  }

  /**
   * The scale words {@link #scale(String)} reads, each once, longest first.
   *
   * @return the words
   */
  public static List<String> scaleWords() {
    return SCALES.words();
  }

  /**
   * The words printed before a number that state a qualifier, such as {@code 超過}, {@code over} and
   * {@code >} for {@link Qualifier#OVER}, longest first. Readers of running text use them to find the
   * same words where they compare two quantities in words ("遠遠高於經調整淨虧損的增幅").
   *
   * @param qualifier  the qualifier
   * @return the words, longest first; empty for {@link Qualifier#EXACT}
   * @throws IllegalArgumentException if the qualifier is null
   */
  public static List<String> qualifierWords(Qualifier qualifier) {
    Args.notNull(qualifier, "qualifier");
    return QUALIFIERS_BEFORE.words().stream().filter(w -> QUALIFIERS_BEFORE.match(w, 0).get().meaning() == qualifier)
        .toList();
  }

  /**
   * The words and signs that join the two ends of a printed range, such as {@code 至}, {@code 到},
   * {@code -} and {@code to}, longest first. Readers of running text use them to join two periods
   * ("2022年至2024年").
   *
   * @return the separators
   */
  public static List<String> rangeSeparators() {
    return RANGE_SEPARATORS.words();
  }

  /**
   * The symbol printed for a unit in tables: {@code US$}, {@code RMB}, {@code HK$}; the code itself
   * for other currencies ({@code EUR}) and other units ({@code %}, {@code people}). It never
   * carries spacing: {@link Formats} decides that.
   *
   * @param unit  the unit
   * @return the display symbol
   * @throws IllegalArgumentException if the unit is null
   */
  public static String symbol(Unit unit) {
    Args.notNull(unit, "unit");
    return CURRENCY_SYMBOLS.getOrDefault(unit.code(), unit.code());
  }

  /**
   * The unit a word names after a number, such as {@code 美元} (USD), {@code %}, {@code 個月} (months)
   * or {@code people}; Latin words case-insensitively.
   *
   * @param word  the word
   * @return the unit, empty if the word names none
   * @throws IllegalArgumentException if the word is null
   */
  public static Optional<Unit> unit(String word) {
    Args.notNull(word, "word");
    String w = word;
    return UNITS.match(w, 0).filter(m -> m.end() == w.length()).map(PrintedWords.Match::meaning);
  }
}
