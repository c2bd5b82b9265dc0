package dev.prospectus.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A vocabulary of printed words, each with its meaning, matched longest first at a position of a
 * normalised text: "超過" wins over "超", "billion" over "b".
 * <p>
 * Latin words match case-insensitively and only as whole words, so the scale "m" does not match the
 * start of "months". Other scripts have no word breaks and match as they stand.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param <T>  the type of the meanings
 */
final class PrintedWords<T> {

  private final List<Map.Entry<String, T>> words;
  // The words by their first character, folded as regionMatches ignores case, each list in the order
  // of words: a printed figure is read word list by word list, and most words cannot start here.
  private final Map<Character, List<Map.Entry<String, T>>> byFirst = new HashMap<>();
  private final boolean hasEmptyWord;

  private PrintedWords(Map<String, T> words) {
    this.words = words.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, T> e) -> e.getKey().length()).reversed()
            .thenComparing(Map.Entry::getKey))
        .toList();
    boolean empty = false;
    for (Map.Entry<String, T> word : this.words) {
      if (word.getKey().isEmpty()) {
        empty = true;
      } else {
        byFirst.computeIfAbsent(fold(word.getKey().charAt(0)), c -> new ArrayList<>()).add(word);
      }
    }
    this.hasEmptyWord = empty;
  }

  /** A character as case-insensitive comparison sees it: two characters it finds equal fold alike. */
  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * Obtains a vocabulary from words and their meanings.
   *
   * @param <T>  the type of the meanings
   * @param words  the words, Latin ones in lower case, and their meanings
   * @return the vocabulary
   */
  static <T> PrintedWords<T> of(Map<String, T> words) {
    return new PrintedWords<>(words);
  }

  /**
   * Obtains a vocabulary whose words mean themselves, such as range separators.
   *
   * @param words  the words
   * @return the vocabulary
   */
  static PrintedWords<String> ofWords(String... words) {
    return new PrintedWords<>(Arrays.stream(words).collect(Collectors.toMap(w -> w, w -> w)));
  }

  /**
   * The words, longest first.
   *
   * @return the words
   */
  List<String> words() {
    return words.stream().map(Map.Entry::getKey).toList();
  }

  /**
   * Finds the longest word printed at a position.
   *
   * @param text  the normalised text
   * @param start  where the word would start
   * @return the match, empty if no word is printed there
   */
  Optional<Match<T>> match(String text, int start) {
    List<Map.Entry<String, T>> candidates;
    if (hasEmptyWord) {
      candidates = words;
    } else if (start < 0 || start >= text.length()) {
      return Optional.empty();
    } else {
      candidates = byFirst.getOrDefault(fold(text.charAt(start)), List.of());
    }
    for (Map.Entry<String, T> word : candidates) {
      String w = word.getKey();
      int end = start + w.length();
      boolean printed = text.regionMatches(true, start, w, 0, w.length());
      // A Latin word must end where the word in the text ends, or "m" would read "months" as million.
      if (printed && !(isLatinLetter(w.charAt(w.length() - 1)) && end < text.length()
          && isLatinLetter(text.charAt(end)))) {
        return Optional.of(new Match<>(word.getValue(), start, end));
      }
    }
    return Optional.empty();
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * A word found in a text.
   *
   * @param <T>  the type of the meaning
   * @param meaning  what the word means
   * @param start  where the word starts, 0-based
   * @param end  where it ends, exclusive
   */
  record Match<T>(T meaning, int start, int end) {
  }
}
