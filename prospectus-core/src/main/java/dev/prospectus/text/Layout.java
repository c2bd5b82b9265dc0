package dev.prospectus.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The paragraphs, sentences and clauses of a text, by its punctuation, with positions.
 * <p>
 * A line break ends a paragraph; 。！？；!?; and a full stop before a space end a sentence; ，,、：:
 * and dashes end a clause. A sentence longer than {@link #MAX_SENTENCE} characters is cut at its
 * next clause mark, or hard at {@link #HARD_SENTENCE}, so that the work per number stays bounded
 * whatever the text.
 * <p>
 * This class is immutable and thread-safe.
 */
final class Layout {

  /** A sentence longer than this is cut at the next clause mark. */
  static final int MAX_SENTENCE = 400;
  /** A sentence is cut here whatever follows. */
  static final int HARD_SENTENCE = 600;

  /**
   * A sentence.
   *
   * @param index  its index in the text
   * @param start  where it starts
   * @param end  where it ends, exclusive
   * @param paragraph  the index of its paragraph
   */
  record Sentence(int index, int start, int end, int paragraph) {
  }

  private final List<Sentence> sentences;
  private final int[] sentenceStarts;
  private final int[] lineStarts;
  private final int[] clauseMarks;

  /**
   * Lays out a text.
   *
   * @param text  the text
   * @param protectedSpans  spans whose punctuation is not a mark (numbers such as "3,052.3"), as
   *     start and end pairs in order
   */
  Layout(String text, int[][] protectedSpans) {
    boolean[] inside = new boolean[text.length()];
    for (int[] span : protectedSpans) {
      Arrays.fill(inside, span[0], span[1], true);
    }
    List<Sentence> list = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<Integer> marks = new ArrayList<>();
    lines.add(0);
    int paragraph = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lines.add(i + 1);
        if (i > start) {
          list.add(new Sentence(list.size(), start, i, paragraph));
        }
        start = i + 1;
        paragraph++;
        continue;
      }
      if (inside[i]) {
        continue;
      }
      boolean end = c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';'
          || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
      boolean clause = isClauseMark(c);
      int length = i + 1 - start;
      if (end || length >= HARD_SENTENCE || length >= MAX_SENTENCE && (clause || Character.isWhitespace(c))) {
        list.add(new Sentence(list.size(), start, i + 1, paragraph));
        marks.add(i + 1);
        start = i + 1;
      } else if (clause) {
        marks.add(i + 1);
      }
    }
    if (start < text.length()) {
      list.add(new Sentence(list.size(), start, text.length(), paragraph));
    }
    this.sentences = List.copyOf(list);
    this.sentenceStarts = list.stream().mapToInt(Sentence::start).toArray();
    this.lineStarts = lines.stream().mapToInt(Integer::intValue).toArray();
    this.clauseMarks = marks.stream().mapToInt(Integer::intValue).toArray();
  }

  static boolean isClauseMark(char c) {
    // Brackets are not marks: "2.2億小時(約2.5萬年)的語音" is one clause about speech.
    return c == '，' || c == ',' || c == '、' || c == '：' || c == ':' || c == '—' || c == '「' || c == '」'
        || c == '“' || c == '”';
  }

  List<Sentence> sentences() {
    return sentences;
  }

  /** The sentence a position stands in. */
  Sentence sentenceAt(int position) {
    int i = Arrays.binarySearch(sentenceStarts, position);
    int index = i >= 0 ? i : Math.max(0, -i - 2);
    return sentences.get(index);
  }

  /** The clause a position stands in, as a number that grows through the text. */
  int clauseAt(int position) {
    int i = Arrays.binarySearch(clauseMarks, position);
    // A mark at a position closes the clause before it: the position itself opens the next.
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** Where the clause holding a position ends, or the end of its sentence. */
  int clauseEnd(int position, Sentence sentence) {
    int i = Arrays.binarySearch(clauseMarks, position + 1);
    int next = i >= 0 ? i : -i - 1;
    return next < clauseMarks.length ? Math.min(clauseMarks[next], sentence.end()) : sentence.end();
  }

  /** Where the clause holding a position starts, or the start of its sentence. */
  int clauseStart(int position, Sentence sentence) {
    int i = Arrays.binarySearch(clauseMarks, position);
    int before = i >= 0 ? i : -i - 2;
    return before >= 0 ? Math.max(clauseMarks[before], sentence.start()) : sentence.start();
  }

  /** The line of a position, counted from 1. */
  int lineAt(int position) {
    int i = Arrays.binarySearch(lineStarts, position);
    return (i >= 0 ? i : -i - 2) + 1;
  }
}
