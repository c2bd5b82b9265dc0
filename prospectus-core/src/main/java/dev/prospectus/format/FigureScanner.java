package dev.prospectus.format;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds every printed number in running text, each with its full printed form as
 * {@link FigureParser} reads it: the qualifier before it, its sign and currency, the number, a
 * {@code +} or {@code 多}, the scale, the unit, the upper end of a range and a qualifier after it.
 * <p>
 * For example in "累計融資金融超15億美元(折合人民幣約106億元)" it finds "超15億美元" (over
 * 15億 USD) at 6..12 and "約106億元" (about 106億 CNY) at 18..24; in "OpenAI花了400億至550億美元" it
 * finds the range "400億至550億美元".
 * <p>
 * The scanner reads no meaning into the words around a number beyond the figure grammar: a year
 * ("2024年" reads as 2024 years), a date or a rank is found like any other figure, and the caller
 * decides what it is. Digits glued to letters ("M2", "GPT-4", "3rd") are found as
 * {@link ScannedFigure.Kind#TOKEN}s, digits the grammar refuses where they stand ("1千萬") as
 * {@link ScannedFigure.Kind#UNREADABLE} with the parser's problem.
 * <p>
 * Running text is not a figure list, so the scanner differs from {@link FigureParser} in three
 * ways: a full-width comma ("，") ends a number (Chinese separates clauses with it, never
 * thousands); parentheses are never the accountants' negative (running text puts conversions
 * and asides in them: "2.2億小時(約2.5萬年)"); and where the longest reading fails, a shorter one
 * that the grammar accepts is taken ("2025-09" is not a range, so "2025" is read alone).
 * <p>
 * The work is linear in the length of the text. This class is stateless and thread-safe.
 */
public final class FigureScanner {

  /** Spaces allowed between a word and the number it qualifies. */
  private static final int MAX_GAP = 2;

  private FigureScanner() {
  }

  /**
   * Finds every printed number in a text, reading "元" alone as CNY.
   *
   * @param text  the text
   * @return the numbers, in order, none overlapping
   * @throws IllegalArgumentException if the text is null
   */
  public static List<ScannedFigure> scan(String text) {
    Args.notNull(text, "text");
    return scan(text, 0, text.length(), Vocabulary.DEFAULT_CURRENCY, true);
  }

  /**
   * Finds every printed number in part of a text.
   * <p>
   * With {@code ranges} false, two numbers joined by a range separator are read as two figures: a
   * caller that knows "從346萬美元到3052萬美元" is a change, not a range, reads its span again this
   * way.
   *
   * @param text  the text
   * @param from  where to start, 0-based
   * @param to  where to stop, exclusive; no number found runs past it
   * @param defaultCurrency  the currency "元" alone means
   * @param ranges  whether to read "400億至550億美元" as one range
   * @return the numbers, in order, none overlapping, positions in the whole text
   * @throws IllegalArgumentException if an argument is null, the bounds lie outside the text or
   *     {@code defaultCurrency} is not a currency
   */
  public static List<ScannedFigure> scan(String text, int from, int to, Unit defaultCurrency, boolean ranges) {
    Args.notNull(text, "text");
    Args.notNull(defaultCurrency, "defaultCurrency");
    if (!defaultCurrency.isCurrency()) {
      throw new IllegalArgumentException(
          "Argument 'defaultCurrency' must be a currency but has value '" + defaultCurrency + "'");
    }
    if (!(0 <= from && from <= to && to <= text.length())) {
      throw new IllegalArgumentException("Invalid bounds: expected 0 <= 'from' <= 'to' <= "
          + text.length() + " but found " + from + " and " + to);
    }
    return new Scan(text, from, to, defaultCurrency, ranges).all();
  }

  /**
   * Running text as the scanner reads it: full-width forms ({@code ７３．８％}) as their ASCII twins,
   * odd spaces as spaces and the minus sign as a hyphen, one character for one, so positions stay
   * those of the text. The full-width comma stays: in Chinese it separates clauses.
   *
   * @param text  the text
   * @return the text as read
   * @throws IllegalArgumentException if the text is null
   */
  public static String normalise(String text) {
    Args.notNull(text, "text");
    return ascii(text, 0, text.length(), false);
  }

  /** Full-width forms, odd spaces and the minus sign as ASCII between two places, one char for one. */
  static String ascii(String text, int from, int to, boolean commas) {
    char[] chars = text.toCharArray();
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c >= '\uFF01' && c <= '\uFF5E' && (commas || c != '\uFF0C')) {
        chars[i] = (char) (c - 0xFEE0);
      } else if (c == '\u2212') {
        chars[i] = '-';
      } else if (Character.isSpaceChar(c)) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /** One pass over a text; used once, by one thread. */
  private static final class Scan {

    private final String text;
    private final String n;
    private final int from;
    private final int to;
    private final Unit defaultCurrency;
    private final boolean ranges;
    private final List<ScannedFigure> found = new ArrayList<>();

    Scan(String text, int from, int to, Unit defaultCurrency, boolean ranges) {
      this.text = text;
      this.n = normalise(text, from, to);
      this.from = from;
      this.to = to;
      this.defaultCurrency = defaultCurrency;
      this.ranges = ranges;
    }

    private static String normalise(String text, int from, int to) {
      return ascii(text, from, to, false);
    }

    List<ScannedFigure> all() {
      int i = from;
      while (i < to) {
        if (!isDigit(at(i))) {
          i++;
          continue;
        }
        i = gluedBefore(i) ? token(tokenStart(i), i) : number(i);
      }
      return List.copyOf(found);
    }

    /**
     * Digits right after a letter, or after a joiner that follows a letter or digit ("GPT-4",
     * "v2.0"); a currency code glued to its number ("RMB191 million", "USD1.3 billion") is no name.
     */
    private boolean gluedBefore(int i) {
      if (i == from) {
        return false;
      }
      char prev = at(i - 1);
      if (isLatinLetter(prev)) {
        Optional<Integer> code = wordEndingAt(Vocabulary.CURRENCIES_BEFORE, i);
        return code.isEmpty() || code.get() > from && isLatinLetter(at(code.get() - 1));
      }
      if (prev == '_') {
        return true;
      }
      return (prev == '-' || prev == '.' || prev == '/' || prev == '_') && i - 2 >= from
          && (isLatinLetter(at(i - 2)) || isDigit(at(i - 2)));
    }

    private int tokenStart(int i) {
      int s = i;
      while (s > from && isTokenChar(at(s - 1))) {
        s--;
      }
      while (!isLatinLetter(at(s)) && !isDigit(at(s))) {
        s++;
      }
      return s;
    }

    /** Records a token from {@code start} through the glued characters after {@code i}; returns its end. */
    private int token(int start, int i) {
      int e = i;
      while (e < to && isTokenChar(at(e))) {
        e++;
      }
      while (e > i && !isLatinLetter(at(e - 1)) && !isDigit(at(e - 1))) {
        e--;
      }
      // A token that swallowed figures found just before it ("9M" of "9M2025") replaces them.
      while (!found.isEmpty() && found.get(found.size() - 1).end() > start) {
        start = Math.min(start, found.remove(found.size() - 1).start());
      }
      found.add(new ScannedFigure(start, e, text.substring(start, e), ScannedFigure.Kind.TOKEN, Optional.empty(),
          Optional.empty()));
      return e;
    }

    /** Reads the figure whose digits start at {@code i}; returns where scanning goes on. */
    private int number(int i) {
      int core = numberEnd(i);
      List<Integer> starts = starts(i);
      List<Integer> ends = new ArrayList<>();
      Optional<Integer> unsupported = ends(core, ends);
      if (unsupported.isPresent()) {
        int wordEnd = Vocabulary.UNSUPPORTED_SCALES.match(n, unsupported.get()).orElseThrow().end();
        found.add(unreadable(starts.get(starts.size() - 1), wordEnd,
            "unsupported scale '" + text.substring(unsupported.get(), wordEnd) + "'"));
        return wordEnd;
      }
      FigureParseException first = null;
      for (int end : ends) {
        for (int start : starts) {
          try {
            PrintedFigure figure = FigureParser.parse(text.substring(start, end), defaultCurrency);
            // "9M2025", "3rd": letters and digits run on past the figure, so it is part of a name.
            boolean gluedAfter = isAlphanumeric(at(end - 1)) && isAlphanumeric(at(end));
            if (gluedAfter) {
              return token(start, end);
            }
            found.add(new ScannedFigure(start, end, text.substring(start, end), ScannedFigure.Kind.FIGURE,
                Optional.of(figure), Optional.empty()));
            return end;
          } catch (FigureParseException ex) {
            first = first == null ? ex : first;
          }
        }
      }
      int start = starts.get(starts.size() - 1);
      found.add(unreadable(start, core, first == null ? "not a figure" : first.problem()));
      return core;
    }

    private ScannedFigure unreadable(int start, int end, String problem) {
      return new ScannedFigure(start, end, text.substring(start, end), ScannedFigure.Kind.UNREADABLE,
          Optional.empty(), Optional.of(problem));
    }

    /** Digits, groups of three after an ASCII comma, and a decimal part. */
    private int numberEnd(int i) {
      int e = i;
      while (e < to && isDigit(at(e))) {
        e++;
      }
      // The original text's comma only: a full-width one separates clauses, never thousands.
      while (e + 3 < to && text.charAt(e) == ',' && isDigit(at(e + 1)) && isDigit(at(e + 2)) && isDigit(at(e + 3))
          && !isDigit(at(e + 4))) {
        e += 4;
      }
      if (e + 1 < to && at(e) == '.' && isDigit(at(e + 1))) {
        e++;
        while (e < to && isDigit(at(e))) {
          e++;
        }
      }
      return e;
    }

    /** Where the figure may start, longest reading first: qualifier, sign, currency, sign, digits. */
    private List<Integer> starts(int digits) {
      List<Integer> result = new ArrayList<>();
      int p = digits;
      p = signBefore(p);
      Optional<Integer> currency = wordEndingAt(Vocabulary.CURRENCIES_BEFORE, skipSpaceBack(p));
      if (currency.isPresent()) {
        p = signBefore(currency.get());
      }
      Optional<Integer> qualifier = wordEndingAt(Vocabulary.QUALIFIERS_BEFORE, skipSpaceBack(p));
      qualifier.ifPresent(result::add);
      result.add(p);
      if (p != digits) {
        result.add(digits);
      }
      return result;
    }

    private int signBefore(int p) {
      if (p - 1 >= from && (at(p - 1) == '-' || at(p - 1) == '+')
          && (p - 1 == from || !(isLatinLetter(at(p - 2)) || isDigit(at(p - 2))))) {
        return p - 1;
      }
      return p;
    }

    private int skipSpaceBack(int p) {
      int q = p;
      while (q > from && p - q < MAX_GAP && at(q - 1) == ' ') {
        q--;
      }
      return q;
    }

    /** The start of the longest word of a vocabulary that ends at {@code end}, if any. */
    private <T> Optional<Integer> wordEndingAt(PrintedWords<T> words, int end) {
      for (String w : words.words()) {
        int start = end - w.length();
        if (start < from || !n.regionMatches(true, start, w, 0, w.length())) {
          continue;
        }
        // A Latin word must begin where the word in the text begins: "moreover" holds no "over".
        if (isLatinLetter(w.charAt(0)) && start > from && isLatinLetter(at(start - 1))) {
          continue;
        }
        return Optional.of(start);
      }
      return Optional.empty();
    }

    /**
     * Fills the places where the figure may end, longest first; returns where a multiplier no scale
     * holds follows the number, if one does.
     */
    private Optional<Integer> ends(int core, List<Integer> ends) {
      List<Integer> marks = new ArrayList<>();
      int e = end(core, marks);
      if (e < 0) {
        return Optional.of(-e - 1);
      }
      List<Integer> lowerEnd = new ArrayList<>(marks);
      if (ranges) {
        int s = skipSpace(e);
        Optional<PrintedWords.Match<String>> sep = Vocabulary.RANGE_SEPARATORS.match(n, s);
        if (sep.isPresent() && sep.get().end() <= to) {
          int q = skipSpace(sep.get().end());
          if (q < to && (at(q) == '-' || at(q) == '+')) {
            q++;
          }
          q = Vocabulary.CURRENCIES_BEFORE.match(n, q).map(m -> skipSpace(m.end())).orElse(q);
          if (q < to && isDigit(at(q))) {
            List<Integer> upper = new ArrayList<>();
            int u = end(numberEnd(q), upper);
            if (u >= 0) {
              marks.addAll(upper);
              e = u;
            }
          }
        }
      }
      Optional<PrintedWords.Match<Qualifier>> after =
          Vocabulary.QUALIFIERS_AFTER.match(n, skipSpace(e));
      if (after.isPresent() && after.get().end() <= to) {
        marks.add(after.get().end());
      }
      for (int i = marks.size() - 1; i >= 0; i--) {
        if (!ends.contains(marks.get(i))) {
          ends.add(marks.get(i));
        }
      }
      // Shorter readings of the lower end alone, after the range readings.
      for (int i = lowerEnd.size() - 1; i >= 0; i--) {
        if (!ends.contains(lowerEnd.get(i))) {
          ends.add(lowerEnd.get(i));
        }
      }
      return Optional.empty();
    }

    /**
     * Records the ends after the digits, the plus, the scale and the unit; returns the last, or
     * {@code -(position + 1)} of a multiplier no scale holds.
     */
    private int end(int core, List<Integer> marks) {
      int e = core;
      marks.add(e);
      Optional<PrintedWords.Match<Qualifier>> plus = Vocabulary.PLUS.match(n, e);
      if (plus.isPresent() && plus.get().end() <= to) {
        e = plus.get().end();
        marks.add(e);
      }
      int s = skipSpace(e);
      if (Vocabulary.UNSUPPORTED_SCALES.match(n, s).isPresent()) {
        return -(s + 1);
      }
      Optional<PrintedWords.Match<Scale>> scale = Vocabulary.SCALES.match(n, s);
      if (scale.isPresent() && scale.get().end() <= to) {
        e = scale.get().end();
        marks.add(e);
        s = skipSpace(e);
      }
      int unitAt = s;
      Optional<Integer> unit = Vocabulary.UNITS.match(n, unitAt).map(PrintedWords.Match::end)
          .or(() -> Vocabulary.YUAN.match(n, unitAt).map(PrintedWords.Match::end));
      if (unit.isPresent() && unit.get() <= to) {
        e = unit.get();
        marks.add(e);
      }
      return e;
    }

    private int skipSpace(int p) {
      int q = p;
      while (q < to && q - p < MAX_GAP && at(q) == ' ') {
        q++;
      }
      return q;
    }

    private char at(int i) {
      return i >= from && i < to ? n.charAt(i) : '\0';
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isLatinLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAlphanumeric(char c) {
      return isLatinLetter(c) || isDigit(c);
    }

    private static boolean isTokenChar(char c) {
      return isLatinLetter(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '/';
    }
  }
}
