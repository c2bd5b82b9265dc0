package dev.prospectus.text;

import dev.prospectus.format.Vocabulary;
import dev.prospectus.model.Qualifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a lexicon, ready to be found in a text: plain words by their first character
 * (longest first), and slot patterns ("前{n}個月", "{y}年{m}月{d}日") as regular expressions tried
 * where a number stands.
 * <p>
 * Besides the lexicon, it finds the qualifier words of the figure grammar where they compare two
 * quantities in words ("遠遠高於"), the range separators that join two periods, and the names of
 * companies the caller gives. It spells no word itself.
 * <p>
 * This class is immutable and thread-safe.
 */
final class Words {

  /** What a plain word is. */
  enum Type {
    METRIC, SEGMENT, KIND, PERIOD, COMPARE, SEPARATOR, COMPANY, OTHER_COMPANY
  }

  /**
   * A word found in a text.
   *
   * @param start  where it starts
   * @param end  where it ends, exclusive
   * @param type  what it is
   * @param key  the lexicon key: a metric or segment id, a kind or period code, a company name
   * @param value  the entry's number ({@code months=9}), or 0
   * @param qualifier  for a comparison word, the direction it states
   */
  record Token(int start, int end, Type type, String key, int value, Qualifier qualifier) {

    boolean is(Type t, String k) {
      return type == t && key.equals(k);
    }

    Optional<ClaimWord> claimWord() {
      return type == Type.KIND ? ClaimWord.parse(key) : Optional.empty();
    }

    Optional<PeriodWord> periodWord() {
      return type == Type.PERIOD ? PeriodWord.parse(key) : Optional.empty();
    }
  }

  /** A plain word with what it means. */
  private record Word(String text, Type type, String key, int value, Qualifier qualifier, boolean latinStart,
      boolean latinEnd) {
  }

  /**
   * A slot pattern with what it means, compiled.
   *
   * @param section  the lexicon section, {@code PERIOD} or {@code OTHER}
   * @param key  the key, such as {@code months} or {@code rank}
   * @param value  the entry's number, or null
   * @param pattern  the expression, one group per slot in order
   * @param slots  the slot names, in order
   * @param numericGroup  the group of the first slot that holds digits
   * @param minPrefix  how many characters stand before that slot at least
   * @param maxPrefix  and at most
   * @param word  the pattern as the lexicon writes it
   * @param before  the last word of the literal before the first number, in lower case (a quick
   *     test before the expression); empty where a month's name or nothing stands before it
   * @param after  the first character after the first number, in lower case; {@link #LETTER} where
   *     a month's name follows, 0 where another slot or the end follows
   * @param monthBefore  whether a month's name stands before the first number ("{month} {d}, {y}")
   */
  record SlotPattern(Lexicon.Section section, String key, Integer value, Pattern pattern, List<String> slots,
      int numericGroup, int minPrefix, int maxPrefix, String word, String before, char after,
      boolean monthBefore) {
  }

  /**
   * A slot pattern found in a text.
   *
   * @param start  where it starts
   * @param end  where it ends
   * @param pattern  the pattern
   * @param values  the slot values as printed, in order
   */
  record SlotMatch(int start, int end, SlotPattern pattern, List<String> values) {
  }

  /** The {@code after} of a pattern whose first number is followed by a month's name. */
  private static final char LETTER = '\u0001';

  private final Map<Character, List<Word>> byFirst = new HashMap<>();
  private final List<SlotPattern> patterns = new ArrayList<>();
  private final Map<String, Integer> monthNames = new HashMap<>();

  /**
   * Builds the words of a lexicon, with the names of the company the text should be about and of
   * other companies.
   */
  Words(Lexicon lexicon, List<String> companyNames, List<String> otherCompanyNames) {
    for (Lexicon.Entry e : lexicon.entries()) {
      if (e.section() == Lexicon.Section.PERIOD && e.key().equals("month-name")) {
        e.words().forEach(w -> monthNames.put(w.toLowerCase(Locale.ROOT), e.value().getAsInt()));
      }
    }
    for (Lexicon.Entry e : lexicon.entries()) {
      int value = e.value().orElse(0);
      for (String w : e.words()) {
        switch (e.section()) {
          case METRIC:
            add(w, Type.METRIC, e.key(), 0, null);
            break;
          case SEGMENT:
            add(w, Type.SEGMENT, e.key(), 0, null);
            break;
          case KIND:
            add(w, Type.KIND, e.key(), 0, null);
            break;
          case PERIOD:
            if (Lexicon.slots(w).isEmpty()) {
              add(w, Type.PERIOD, e.key(), value, null);
            } else {
              patterns.add(compile(e, w));
            }
            break;
          case OTHER:
            patterns.add(compile(e, w));
            break;
          default:
            break;
        }
      }
    }
    for (Qualifier q : List.of(Qualifier.OVER, Qualifier.UNDER)) {
      for (String w : Vocabulary.qualifierWords(q)) {
        // Signs such as '>' compare only in front of a number, where the figure grammar reads them.
        if (w.codePoints().anyMatch(Character::isLetter)) {
          add(w, Type.COMPARE, q.code(), 0, q);
        }
      }
    }
    for (String w : Vocabulary.rangeSeparators()) {
      add(w, Type.SEPARATOR, w, 0, null);
    }
    companyNames.forEach(w -> add(w, Type.COMPANY, w, 0, null));
    otherCompanyNames.forEach(w -> add(w, Type.OTHER_COMPANY, w, 0, null));
    // Longest first; where two entries spell one word, the later (a dataset's own lexicon) wins.
    byFirst.values().forEach(list -> {
      List<Word> reversed = new ArrayList<>(list);
      java.util.Collections.reverse(reversed);
      reversed.sort(Comparator.comparingInt((Word x) -> x.text().length()).reversed());
      list.clear();
      list.addAll(reversed);
    });
  }

  private void add(String word, Type type, String key, int value, Qualifier qualifier) {
    String w = word.toLowerCase(Locale.ROOT);
    byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(new Word(w, type, key, value, qualifier,
        isLatin(w.charAt(0)), isLatin(w.charAt(w.length() - 1))));
  }

  //-------------------------------------------------------------------------
  /**
   * Finds the plain words in a text, longest first where several start at one place, none
   * overlapping.
   *
   * @param lower  the text, normalised and in lower case, one character for one
   */
  List<Token> tokens(String lower, int from, int to) {
    List<Token> result = new ArrayList<>();
    int i = from;
    while (i < to) {
      Optional<Word> w = wordAt(lower, i, to);
      if (w.isPresent()) {
        Word word = w.get();
        result.add(new Token(i, i + word.text().length(), word.type(), word.key(), word.value(), word.qualifier()));
        i += word.text().length();
      } else {
        i++;
      }
    }
    return result;
  }

  private Optional<Word> wordAt(String lower, int i, int to) {
    List<Word> candidates = byFirst.get(lower.charAt(i));
    if (candidates == null) {
      return Optional.empty();
    }
    for (Word w : candidates) {
      int end = i + w.text().length();
      if (end > to || !lower.startsWith(w.text(), i)) {
        continue;
      }
      if (w.latinStart() && i > 0 && isLatin(lower.charAt(i - 1))) {
        continue;
      }
      if (w.latinEnd() && end < lower.length() && isLatin(lower.charAt(end))) {
        continue;
      }
      return Optional.of(w);
    }
    return Optional.empty();
  }

  /**
   * The longest slot pattern whose first slot starts at a digit, if any.
   *
   * @param text  the text, normalised (full-width forms as ASCII), in its own case
   * @param digit  where the first digit of a number stands
   */
  Optional<SlotMatch> slotAt(String text, int digit, int to) {
    SlotMatch best = null;
    int digitsEnd = digit;
    while (digitsEnd < to && (Character.isDigit(text.charAt(digitsEnd)) || text.charAt(digitsEnd) == '.')) {
      digitsEnd++;
    }
    int next = digitsEnd;
    while (next < to && text.charAt(next) == ' ') {
      next++;
    }
    char following = next < to ? Character.toLowerCase(text.charAt(next)) : 0;
    for (SlotPattern p : patterns) {
      // Most patterns fail on the character after the number or the words before it: test those first.
      if (p.after() == LETTER ? !isLatin(following) : p.after() != 0 && p.after() != following) {
        continue;
      }
      int lead = digit;
      while (lead > 0 && text.charAt(lead - 1) == ' ') {
        lead--;
      }
      if (p.monthBefore() && (lead == 0 || !isLatin(text.charAt(lead - 1)))) {
        continue;
      }
      if (!p.before().isEmpty() && (lead < p.before().length()
          || !text.regionMatches(true, lead - p.before().length(), p.before(), 0, p.before().length()))) {
        continue;
      }
      Matcher m = p.pattern().matcher(text);
      for (int start = digit - p.maxPrefix(); start <= digit - p.minPrefix(); start++) {
        if (start < 0) {
          continue;
        }
        m.region(start, to);
        if (!m.lookingAt() || m.start(p.numericGroup()) != digit) {
          continue;
        }
        if (best == null || m.end() - m.start() > best.end() - best.start()) {
          List<String> values = new ArrayList<>();
          for (int g = 1; g <= m.groupCount(); g++) {
            values.add(m.group(g));
          }
          best = new SlotMatch(m.start(), m.end(), p, values);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The month a month name stands for. */
  int month(String name) {
    return monthNames.getOrDefault(name.toLowerCase(Locale.ROOT).strip(), 0);
  }

  //-------------------------------------------------------------------------
  private SlotPattern compile(Lexicon.Entry e, String word) {
    StringBuilder regex = new StringBuilder();
    List<String> slots = new ArrayList<>();
    Matcher m = Pattern.compile("\\{([a-z]+)\\}").matcher(word);
    int last = 0;
    int minPrefix = 0;
    int maxPrefix = 0;
    int numericGroup = -1;
    String before = "";
    char after = 0;
    boolean monthBefore = false;
    if (isLatin(word.charAt(0))) {
      regex.append("(?<![A-Za-z])");
    }
    while (m.find()) {
      String literal = word.substring(last, m.start());
      regex.append(literal(literal));
      if (!literal.isEmpty()) {
        regex.append("\\s*");
      }
      String slot = m.group(1);
      slots.add(slot);
      if (numericGroup < 0) {
        // Where the first number of the pattern stands, counted back to the pattern's start.
        minPrefix += literal.replace(" ", "").length();
        maxPrefix += literal.length() + 2 * (int) literal.chars().filter(c -> c == ' ').count() + 2;
        if (slot.equals("month")) {
          minPrefix += 3;
          maxPrefix += 12;
          monthBefore = true;
        } else {
          numericGroup = slots.size();
          // The last word before the number: "top" of "top {n}", "前" of "前{n}個月".
          String lead = literal.strip();
          before = slots.size() == 1 ? lead.substring(lead.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT) : "";
          int afterAt = m.end();
          boolean slotFollows = word.startsWith("{", afterAt);
          String rest = word.substring(afterAt).strip();
          after = rest.startsWith("{month}") ? LETTER
              : rest.isEmpty() || slotFollows || rest.startsWith("{") ? 0 : Character.toLowerCase(rest.charAt(0));
        }
      }
      regex.append(slotRegex(slot, m.start() == 0));
      if (m.end() < word.length()) {
        regex.append("\\s*");
      }
      last = m.end();
    }
    String tail = word.substring(last);
    regex.append(literal(tail));
    if (tail.isEmpty()) {
      regex.append("(?![0-9])");
    }
    if (isLatin(word.charAt(word.length() - 1))) {
      regex.append("(?![A-Za-z])");
    }
    return new SlotPattern(e.section(), e.key(), e.value().isPresent() ? e.value().getAsInt() : null,
        Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE), slots,
        Math.max(1, numericGroup), minPrefix, maxPrefix, word, before, after, monthBefore);
  }

  private String slotRegex(String slot, boolean first) {
    String guard = first ? "(?<![0-9.,])" : "";
    switch (slot) {
      case "y":
        return guard + "((?:19|20)[0-9]{2})(?![0-9])";
      case "m":
        return guard + "(1[0-2]|0?[1-9])(?![0-9])";
      case "d":
        return guard + "(3[01]|[12][0-9]|0?[1-9])(?![0-9])";
      case "month": {
        List<String> names = new ArrayList<>(monthNames.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder("(");
        for (int i = 0; i < names.size(); i++) {
          alt.append(i == 0 ? "" : "|").append(Pattern.quote(names.get(i)));
        }
        return alt.append(")(?![A-Za-z])").toString();
      }
      default:
        return guard + "([0-9]+(?:\\.[0-9]+)?)(?![0-9])";
    }
  }

  private static String literal(String text) {
    StringBuilder out = new StringBuilder();
    for (String part : text.split(" ", -1)) {
      if (out.length() > 0) {
        out.append("\\s+");
      }
      if (!part.isEmpty()) {
        out.append(Pattern.quote(part));
      }
    }
    return out.toString();
  }

  static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
