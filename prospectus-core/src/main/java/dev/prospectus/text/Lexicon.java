package dev.prospectus.text;

import dev.prospectus.internal.Args;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say what a number in running text is about: which metric, which segment, which
 * period and what kind of claim, in Chinese (traditional and simplified) and English. The checker
 * of articles ({@link ArticleChecker}) reads numbers with them; no such word is spelled in code.
 * <p>
 * A lexicon is data, one entry per line, {@code SECTION KEY: word | word | ...}:
 * <pre>
 *   metric revenue: 營收 | 营收 | 收入 | revenue | sales
 *   segment consumer: C端 | consumer
 *   kind growth: 同比增長 | 增長 | growth | rose
 *   period months=9: 前三季度 | first nine months
 *   period months: 前{n}個月 | first {n} months
 *   other rank: 第{n} | top {n}
 *   derived revenue_share: share revenue
 * </pre>
 * The sections and their keys are in {@code docs/checking-articles.md}. The library ships a
 * standard lexicon ({@link #standard()}); a dataset ships the words of its own segments and
 * metrics beside its {@code dataset.json} as {@code lexicon.txt}; a user adds more with
 * {@link #with(Lexicon)}. Reading is strict: an unknown section or key, a malformed id, an empty
 * word, a slot where none may stand is a {@link LexiconException} naming the file and line.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Lexicon {

  /** The file name of a dataset's lexicon, beside its {@code dataset.json}. */
  public static final String LEXICON_FILE = "lexicon.txt";

  private static final String STANDARD_RESOURCE = "/dev/prospectus/text/lexicon.txt";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern LINE = Pattern.compile("([a-z]+)\\s+([^:\\s]+)\\s*:(.*)");
  private static final Pattern KEY_VALUE = Pattern.compile("([a-z-]+)(?:=(-?\\d{1,4}))?");
  private static final Pattern SLOT = Pattern.compile("\\{([a-z]*)\\}");
  private static final Pattern DATASET_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private static volatile Lexicon standard;

  private final List<String> origins;
  private final List<Entry> entries;

  private Lexicon(List<String> origins, List<Entry> entries) {
    this.origins = List.copyOf(origins);
    this.entries = List.copyOf(entries);
  }

  /** The sections of a lexicon. */
  public enum Section {
    /** Words that name a metric; the key is a metric id, such as {@code revenue}. */
    METRIC,
    /** Words that name a segment; the key is a segment id, such as {@code overseas}. */
    SEGMENT,
    /** Words that say what kind of claim a number makes; the key is a kind, such as {@code growth}. */
    KIND,
    /** Words and patterns that name a period or a part of one; the key is a part, such as {@code year}. */
    PERIOD,
    /** Patterns of numbers that are not financial claims: ranks, versions, generations. */
    OTHER,
    /** A metric that is a kind of claim over another metric: {@code derived revenue_share: share revenue}. */
    DERIVED;

    /**
     * The section's name in a lexicon file.
     *
     * @return the name, such as {@code "metric"}
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One line of a lexicon: a section, a key (with a number for some period keys), and words.
   * <p>
   * This class is immutable and thread-safe.
   *
   * @param section  the section
   * @param key  the key, such as {@code revenue}, {@code growth} or {@code months}
   * @param value  the number after the key ({@code months=9}), if given
   * @param words  the words, each as written, in order
   * @param origin  the file the entry comes from
   * @param line  its line, counted from 1
   */
  public record Entry(Section section, String key, OptionalInt value, List<String> words, String origin, int line) {

    /**
     * Creates an entry.
     *
     * @param section  the section, not null
     * @param key  the key, not blank
     * @param value  the number, not null (use empty)
     * @param words  the words, not empty, none blank
     * @param origin  the origin, not blank
     * @param line  the line, at least 1
     * @throws IllegalArgumentException if an argument breaks these rules
     */
    public Entry {
      Args.notNull(section, "section");
      Args.notBlank(key, "key");
      Args.notNull(value, "value");
      words = Args.listCopy(words, "words");
      Args.isTrue(!words.isEmpty(), "Argument 'words' must not be empty");
      words.forEach(w -> Args.notBlank(w, "word"));
      Args.notBlank(origin, "origin");
      Args.isTrue(line >= 1, "Argument 'line' must be at least 1 but has value " + line);
    }

    /**
     * Returns the entry as a lexicon line.
     *
     * @return the line, such as {@code kind growth: 增長 | growth}
     */
    @Override
    public String toString() {
      return section.code() + " " + key + (value.isPresent() ? "=" + value.getAsInt() : "") + ": "
          + String.join(" | ", words);
    }
  }

  //-------------------------------------------------------------------------
  /**
   * The lexicon the library ships: the words of financial reporting for the standard metrics,
   * common segments, every kind of claim, periods, ranks and versions.
   *
   * @return the standard lexicon
   */
  public static Lexicon standard() {
    Lexicon result = standard;
    if (result == null) {
      result = resource(Lexicon.class.getResourceAsStream(STANDARD_RESOURCE), STANDARD_RESOURCE)
          .orElseThrow(() -> new IllegalStateException(
              "The standard lexicon '" + STANDARD_RESOURCE + "' is not on the classpath"));
      standard = result;
    }
    return result;
  }

  /**
   * The standard lexicon with the lexicon a bundled dataset ships, if it ships one:
   * {@code bundled("acme")} adds the resource {@code /datasets/acme/lexicon.txt}.
   *
   * @param datasetName  the bundled dataset's name, such as {@code "minimax"}
   * @return the lexicon
   * @throws IllegalArgumentException if the name is malformed
   * @throws LexiconException if the dataset's lexicon breaks the format
   */
  public static Lexicon bundled(String datasetName) {
    Args.notNull(datasetName, "datasetName");
    Args.isTrue(DATASET_NAME.matcher(datasetName).matches(),
        "Invalid dataset name '" + datasetName + "': expected lower-case letters, digits, '_' and '-'");
    return resource(bundledResource("datasets/" + datasetName + "/" + LEXICON_FILE), "/datasets/" + datasetName + "/"
        + LEXICON_FILE).map(standard()::with).orElse(standard());
  }

  /**
   * The standard lexicon with the {@code lexicon.txt} beside a dataset, if there is one.
   *
   * @param datasetFileOrFolder  a dataset folder or its {@code dataset.json}
   * @return the lexicon
   * @throws LexiconException if the dataset's lexicon breaks the format
   * @throws UncheckedIOException if it cannot be read
   */
  public static Lexicon beside(Path datasetFileOrFolder) {
    Args.notNull(datasetFileOrFolder, "datasetFileOrFolder");
    Path folder = Files.isDirectory(datasetFileOrFolder) ? datasetFileOrFolder
        : datasetFileOrFolder.toAbsolutePath().getParent();
    Path file = folder.resolve(LEXICON_FILE);
    return Files.exists(file) ? standard().with(read(file)) : standard();
  }

  /**
   * A bundled dataset's resource. The datasets ship in another artifact (the loaders'), so the class
   * loader looks, not this class: on the module path a class finds only its own module's resources.
   */
  private static InputStream bundledResource(String name) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    InputStream in = loader == null ? null : loader.getResourceAsStream(name);
    if (in == null && Lexicon.class.getClassLoader() != null) {
      in = Lexicon.class.getClassLoader().getResourceAsStream(name);
    }
    return in;
  }

  private static Optional<Lexicon> resource(InputStream stream, String path) {
    try (InputStream in = stream) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + path));
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to read resource '" + path + "': " + ex, ex);
    }
  }

  /**
   * Reads a lexicon file (UTF-8).
   *
   * @param file  the file
   * @return the lexicon
   * @throws LexiconException if the file breaks the format
   * @throws UncheckedIOException if it cannot be read
   */
  public static Lexicon read(Path file) {
    Args.notNull(file, "file");
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to read lexicon '" + file + "': " + ex, ex);
    }
  }

  /**
   * Parses lexicon lines.
   * <p>
   * For example {@code Lexicon.parse("segment talkie: 星野 | Talkie", "mine")} is a lexicon with one
   * entry.
   *
   * @param content  the lines
   * @param origin  the name messages give the content, such as a file name
   * @return the lexicon
   * @throws LexiconException if a line breaks the format
   */
  public static Lexicon parse(String content, String origin) {
    Args.notNull(content, "content");
    Args.notBlank(origin, "origin");
    List<Entry> entries = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      entries.add(entry(line, origin, i + 1));
    }
    return new Lexicon(List.of(origin), entries);
  }

  private static Entry entry(String line, String origin, int number) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      throw new LexiconException(origin, number, line,
          "is not an entry: expected 'SECTION KEY: word | word', such as 'segment widgets: 小部件 | widgets'");
    }
    Section section = Arrays.stream(Section.values()).filter(s -> s.code().equals(m.group(1))).findFirst()
        .orElseThrow(() -> new LexiconException(origin, number, m.group(1), "is not a section: expected one of "
            + Arrays.stream(Section.values()).map(Section::code).toList()));
    String keyText = m.group(2);
    List<String> words = new ArrayList<>();
    for (String w : m.group(3).split("\\|", -1)) {
      String word = w.strip().replaceAll("\\s+", " ");
      if (word.isEmpty()) {
        throw new LexiconException(origin, number, line, "has an empty word: words are separated by single '|'");
      }
      words.add(word);
    }
    String key = keyText;
    OptionalInt value = OptionalInt.empty();
    switch (section) {
      case METRIC:
      case SEGMENT:
        requireId(origin, number, keyText, section);
        words.forEach(w -> noSlot(origin, number, w, section));
        break;
      case KIND:
        ClaimWord.parse(keyText).orElseThrow(() -> new LexiconException(origin, number, keyText,
            "is not a kind of claim: expected one of " + ClaimWord.codes()));
        words.forEach(w -> noSlot(origin, number, w, section));
        break;
      case PERIOD: {
        Matcher kv = KEY_VALUE.matcher(keyText);
        PeriodWord part = kv.matches() ? PeriodWord.parse(kv.group(1)).orElse(null) : null;
        if (part == null) {
          throw new LexiconException(origin, number, keyText, "is not a period part: expected one of "
              + PeriodWord.codes() + ", some with '=N'");
        }
        key = kv.group(1);
        value = kv.group(2) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(kv.group(2)));
        for (String w : words) {
          part.check(w, value, SLOT, problem -> new LexiconException(origin, number, w, problem));
        }
        break;
      }
      case OTHER:
        OtherWord.parse(keyText).orElseThrow(() -> new LexiconException(origin, number, keyText,
            "is not a kind of non-claim: expected one of " + OtherWord.codes()));
        for (String w : words) {
          List<String> slots = slots(w);
          if (!slots.equals(List.of("n"))) {
            throw new LexiconException(origin, number, w, "must hold the slot {n} once, where the number stands");
          }
        }
        break;
      default:
        requireId(origin, number, keyText, section);
        derived(origin, number, words);
        break;
    }
    return new Entry(section, key, value, words, origin, number);
  }

  private static void requireId(String origin, int line, String key, Section section) {
    if (!ID.matcher(key).matches()) {
      throw new LexiconException(origin, line, key, "is not a " + section.code()
          + " id: expected lower-case letters, digits and '_', starting with a letter");
    }
  }

  private static void noSlot(String origin, int line, String word, Section section) {
    if (SLOT.matcher(word).find()) {
      throw new LexiconException(origin, line, word, "has a slot, which a " + section.code() + " word cannot hold");
    }
  }

  private static void derived(String origin, int line, List<String> words) {
    String[] parts = words.size() == 1 ? words.get(0).split(" ") : new String[0];
    Optional<ClaimWord> kind = parts.length == 0 ? Optional.empty() : ClaimWord.parse(parts[0]);
    boolean ok = kind.isPresent() && kind.get().derivable() && parts.length == 1 + kind.get().baseMetrics()
        || kind.isPresent() && kind.get() == ClaimWord.SHARE && parts.length == 3;
    if (!ok) {
      throw new LexiconException(origin, line, String.join(" | ", words), "is not a derivation: expected 'KIND "
          + "BASE', such as 'growth revenue' or 'share rnd_headcount headcount', with KIND one of "
          + ClaimWord.derivableCodes());
    }
    for (int i = 1; i < parts.length; i++) {
      requireId(origin, line, parts[i], Section.METRIC);
    }
  }

  /** The slot names of a word, in order. */
  static List<String> slots(String word) {
    List<String> result = new ArrayList<>();
    Matcher m = SLOT.matcher(word);
    while (m.find()) {
      result.add(m.group(1));
    }
    return result;
  }

  //-------------------------------------------------------------------------
  /**
   * Returns a lexicon with the entries of another after this one's. Words add up: a word of the
   * other lexicon that this one lacks is found too, and where both have a word, the other's entry
   * is the one found (a dataset's lexicon can say that in its reports "B端" is a segment of its
   * own).
   *
   * @param other  the lexicon to add
   * @return the combined lexicon
   * @throws IllegalArgumentException if the other lexicon is null
   */
  public Lexicon with(Lexicon other) {
    Args.notNull(other, "other");
    List<String> o = new ArrayList<>(origins);
    o.addAll(other.origins);
    List<Entry> e = new ArrayList<>(entries);
    e.addAll(other.entries);
    return new Lexicon(o, e);
  }

  /**
   * The entries, in the order read.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The entries of one section.
   *
   * @param section  the section
   * @return the entries, in order
   */
  public List<Entry> entries(Section section) {
    Args.notNull(section, "section");
    return entries.stream().filter(e -> e.section() == section).toList();
  }

  /**
   * Where the entries come from, in order.
   *
   * @return the origins, such as {@code [classpath:/dev/prospectus/text/lexicon.txt, data/acme/lexicon.txt]}
   */
  public List<String> origins() {
    return origins;
  }

  /**
   * Returns how many entries and words the lexicon has, and where they come from.
   *
   * @return a readable form, such as {@code Lexicon of 190 entries, 1210 words (standard)}
   */
  @Override
  public String toString() {
    long words = entries.stream().mapToLong(e -> e.words().size()).sum();
    List<String> names = origins.stream().map(o -> o.equals("classpath:" + STANDARD_RESOURCE) ? "standard" : o)
        .toList();
    return "Lexicon of " + entries.size() + " entries, " + words + " words (" + String.join(" + ", names) + ")";
  }
}
