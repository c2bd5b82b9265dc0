package dev.prospectus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.prospectus.verify.Operator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words that name metrics, segments, periods and kinds of claim are data: no word of the
 * lexicons the library and its datasets ship is spelled as a literal in the code that reads text
 * (the {@code text} package, the figure scanner, the article report and command).
 * <p>
 * A string or character literal there may not be a lexicon word, nor hold a Chinese lexicon word
 * or an English lexicon phrase of several words. Names of the schema are not words: a literal that
 * is a metric or segment id, a key of the lexicon ({@code growth}, {@code months}) or a parameter of
 * a calculation ({@code cash}, {@code revenue}) may stand. A single English word inside a longer
 * message ("the text names none") is not a spelling either. (Elsewhere the library names its own
 * metrics in labels, "Gross margin", and the figure grammar's vocabulary spells units such as
 * "名員工": they are not words the checker reads text with.)
 */
class LexiconLiteralTest {

  /** String and character literals of Java source, escapes left as written. */
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'((?:[^'\\\\\\n]|\\\\.)+)'");

  static List<String> literals(Path root) throws IOException {
    List<String> result = new ArrayList<>();
    try (Stream<Path> files = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          String code = line.strip();
          if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
            continue;
          }
          Matcher m = LITERAL.matcher(line);
          while (m.find()) {
            result.add(m.group(1) != null ? m.group(1) : m.group(2));
          }
        }
      }
    }
    return result;
  }

  static List<String> lexiconWords() {
    List<String> words = new ArrayList<>();
    Lexicon all = Lexicon.bundled("minimax").with(Lexicon.bundled("zhipu"));
    for (Lexicon.Entry e : all.entries()) {
      if (e.section() != Lexicon.Section.DERIVED) {
        words.addAll(e.words());
      }
    }
    return words;
  }

  /** The names of the schema: ids, lexicon keys, calculations and their parameters. */
  static Set<String> schema() {
    Set<String> names = new HashSet<>();
    for (Lexicon.Entry e : Lexicon.bundled("minimax").with(Lexicon.bundled("zhipu")).entries()) {
      names.add(e.key());
      names.add(e.section().code());
    }
    Arrays.stream(ClaimWord.values()).forEach(w -> names.add(w.code()));
    Arrays.stream(PeriodWord.values()).forEach(w -> names.add(w.code()));
    Arrays.stream(OtherWord.values()).forEach(w -> names.add(w.code()));
    // HTML's heading element, not the first half of a year.
    names.add("h1");
    for (Operator o : Operator.values()) {
      names.add(o.code());
      o.parameters().forEach(p -> names.add(p.name()));
    }
    return names;
  }

  private static boolean spells(String literal, String word) {
    String l = literal.toLowerCase(Locale.ROOT);
    String w = word.toLowerCase(Locale.ROOT);
    if (l.equals(w)) {
      return true;
    }
    if (w.contains("{")) {
      return false;
    }
    boolean latin = w.chars().anyMatch(c -> c >= 'a' && c <= 'z');
    if (!latin) {
      return w.length() >= 2 && l.contains(w);
    }
    return w.contains(" ") && Pattern.compile("(?<![a-z])" + Pattern.quote(w) + "(?![a-z])").matcher(l).find();
  }

  /** The main Java tree of a module, from the repository root the tests run in. */
  private static Path main(String module) {
    return Path.of("prospectus-" + module, "src", "main", "java", "dev", "prospectus");
  }

  @Test
  void test_noLexiconWordIsSpelledInTheCode() throws IOException {
    List<String> literals = new ArrayList<>(literals(main("core").resolve("text")));
    for (String file : List.of("core/format/FigureScanner.java", "report/report/ArticleReport.java",
        "cli/cli/ArticleCommand.java")) {
      String module = file.substring(0, file.indexOf('/'));
      literals.addAll(literals(main(module).resolve(file.substring(module.length() + 1))));
    }
    List<String> words = lexiconWords();
    assertThat(literals).hasSizeGreaterThan(300);
    assertThat(words).hasSizeGreaterThan(900);
    Set<String> schema = schema();
    List<String> spelled = new ArrayList<>();
    for (String w : words) {
      for (String l : literals) {
        if (!schema.contains(l) && spells(l, w)) {
          spelled.add("'" + w + "' in \"" + l + "\"");
        }
      }
    }
    assertThat(spelled).isEmpty();
  }

  @Test
  void test_spells_catchesWhatItMust() {
    assertThat(spells("同比增長", "同比增長")).isTrue();
    assertThat(spells("if the text says 經調整淨虧損 then", "經調整淨虧損")).isTrue();
    assertThat(spells("R&D expenses", "R&D expenses")).isTrue();
    assertThat(spells("Unable to read more than this", "more than")).isTrue();
    assertThat(spells("the", "the")).isTrue();
    assertThat(spells("read the file", "the")).isFalse();
    assertThat(spells("sales and marketing costs", "sales and marketing")).isTrue();
    assertThat(spells("前{n}個月", "前{n}個月")).isTrue();
    assertThat(spells("年{n}", "前{n}個月")).isFalse();
  }
}
