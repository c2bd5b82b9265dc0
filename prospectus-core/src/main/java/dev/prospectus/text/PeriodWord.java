package dev.prospectus.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The parts of a period phrase, the keys of the {@code period} section of a {@link Lexicon}: a year,
 * the first months of a year, a quarter, a date, "as at", "last year". A phrase such as
 * "2025年前9個月" is a run of parts ({@link #YEAR} 2025, {@link #MONTHS} 9).
 */
enum PeriodWord {

  /** A fiscal year: {y}年, FY{y}. */
  YEAR("year"),
  /** Fiscal years from one to another: {y}-{y}年. */
  YEAR_RANGE("year-range"),
  /** The first months of a fiscal year: 前{n}個月, first nine months (=9). */
  MONTHS("months"),
  /** A quarter: 第{n}季度, Q{n}, third quarter (=3). */
  QUARTER("quarter"),
  /** Months of a year from one to another: {m}-{m}月. */
  MONTH_RANGE("month-range"),
  /** The whole fiscal year: 全年. */
  FULL_YEAR("full-year"),
  /** A year relative to the text's own (=0 this year, =-1 last year). */
  RELATIVE_YEAR("relative-year"),
  /** The same period a year before: 同期. */
  SAME_PERIOD("same-period-last-year"),
  /** A balance at a date: 截至, as at. */
  AS_AT("as-at"),
  /** The end of the period just named: 末, end. */
  END_OF("end-of"),
  /** A date: {y}年{m}月{d}日, {d} {month} {y}. */
  DATE("date"),
  /** A calendar month: {y}年{m}月, {month} {y}. */
  MONTH("month"),
  /** A month's name (=1 for January), for the {month} slot. */
  MONTH_NAME("month-name"),
  /** From the company's founding: 自成立以來, since inception. */
  SINCE_FOUNDING("since-founding"),
  /** The date of the founding itself, which is no reporting period: 成立於, founded in. */
  FOUNDED("founded"),
  /** Words that join parts of one phrase: 的, of. */
  GLUE("glue");

  private final String code;

  PeriodWord(String code) {
    this.code = code;
  }

  static Optional<PeriodWord> parse(String code) {
    return Arrays.stream(values()).filter(w -> w.code.equals(code)).findFirst();
  }

  static List<String> codes() {
    return Arrays.stream(values()).map(w -> w.code).toList();
  }

  /** Checks that a word's slots and the entry's number fit this part; throws what the factory makes. */
  void check(String word, OptionalInt value, Pattern slot, Function<String, LexiconException> error) {
    List<String> slots = Lexicon.slots(word);
    for (String s : slots) {
      if (!List.of("n", "y", "m", "d", "month").contains(s)) {
        throw error.apply("has an unknown slot {" + s + "}: expected {n}, {y}, {m}, {d} or {month}");
      }
    }
    long n = slots.stream().filter("n"::equals).count();
    long y = slots.stream().filter("y"::equals).count();
    long m = slots.stream().filter(s -> s.equals("m") || s.equals("month")).count();
    long d = slots.stream().filter("d"::equals).count();
    boolean ok;
    switch (this) {
      case YEAR:
        ok = slots.equals(List.of("y")) && value.isEmpty();
        break;
      case YEAR_RANGE:
        ok = slots.equals(List.of("y", "y")) && value.isEmpty();
        break;
      case MONTHS:
        ok = y <= 1 && m == 0 && d == 0 && (n == 1 && value.isEmpty() || n == 0 && in(value, 1, 12));
        break;
      case QUARTER:
        ok = y <= 1 && m == 0 && d == 0 && (n == 1 && value.isEmpty() || n == 0 && in(value, 1, 4));
        break;
      case MONTH_RANGE:
        ok = n == 0 && y <= 1 && m == 2 && d == 0 && value.isEmpty();
        break;
      case DATE:
        ok = n == 0 && y <= 1 && m == 1 && d == 1 && value.isEmpty();
        break;
      case MONTH:
        ok = n == 0 && y <= 1 && m == 1 && d == 0 && value.isEmpty();
        break;
      case MONTH_NAME:
        ok = slots.isEmpty() && in(value, 1, 12);
        break;
      case RELATIVE_YEAR:
        ok = slots.isEmpty() && in(value, -10, 0);
        break;
      default:
        ok = slots.isEmpty() && value.isEmpty();
    }
    if (!ok) {
      throw error.apply("does not fit 'period " + code + "': see docs/checking-articles.md for its slots and number");
    }
  }

  private static boolean in(OptionalInt value, int low, int high) {
    return value.isPresent() && value.getAsInt() >= low && value.getAsInt() <= high;
  }

  String code() {
    return code;
  }
}
