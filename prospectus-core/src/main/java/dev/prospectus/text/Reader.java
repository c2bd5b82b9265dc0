package dev.prospectus.text;

import dev.prospectus.format.FigureScanner;
import dev.prospectus.format.PrintedFigure;
import dev.prospectus.format.ScannedFigure;
import dev.prospectus.model.Amount;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Figure;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Segment;
import dev.prospectus.model.Unit;
import dev.prospectus.verify.Relation;
import java.time.LocalDate;
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
 * Reads a text: finds its numbers (with {@link FigureScanner} and the lexicon's patterns), the
 * lexicon's words, the period phrases, and works out what each amount claims from its context.
 * <p>
 * Used by one check, on one thread.
 */
final class Reader {

  /** A web or mail address: its digits are not numbers of the text. */
  private static final Pattern ADDRESS = Pattern.compile("(?:https?://|www\\.)[^\\s\\u3000-\\u303F\\uFF01-\\uFF5E]+"
      + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  /** A word with a capital inside, as company and product names are spelled: OpenAI, CoreWeave. */
  private static final Pattern CAMEL = Pattern.compile("(?<![A-Za-z])[A-Za-z][a-z]+[A-Z][A-Za-z]*(?![A-Za-z])");
  /** How far back, in paragraphs, a number printed earlier still belongs to the passage. */
  static final int PASSAGE_PARAGRAPHS = 1;

  /** An amount and what its context says about it. */
  static final class Item {
    final Mention mention;
    final PrintedFigure figure;
    final Layout.Sentence sentence;
    final int clause;
    ClaimKind kind = ClaimKind.UNKNOWN;
    ClaimWord kindWord;
    Metric metric;
    Segment segment = Segment.TOTAL;
    Segment excluded;
    Periods.Phrase phrase;
    boolean periodCarried;
    Relation relation;
    Item convertsFrom;
    Item ofOther;
    String otherEntity;
    boolean growthWord;
    final List<String> words = new ArrayList<>();
    private final java.time.MonthDay yearEnd;

    Item(Mention mention, Layout.Sentence sentence, int clause, java.time.MonthDay yearEnd) {
      this.yearEnd = yearEnd;
      this.mention = mention;
      this.figure = mention.figure().orElseThrow();
      this.sentence = sentence;
      this.clause = clause;
      this.relation = Relation.of(figure.qualifier());
    }

    Unit unit() {
      return figure.amount().unit();
    }

    /** The period the number is of: the later year where the text names two ("從2023年到2024年"). */
    Optional<ReportingPeriod> period() {
      return phrase == null ? Optional.empty() : phrase.current(yearEnd);
    }

    /** The whole span the text names, for a sum or a compound growth over it. */
    Optional<ReportingPeriod> span() {
      return phrase == null ? Optional.empty() : phrase.period();
    }

    int start() {
      return mention.start();
    }

    int end() {
      return mention.end();
    }
  }

  /**
   * A claim the text makes in words: one side compared with another.
   *
   * @param start  where the words start
   * @param end  where they end
   * @param left  the number (or the first of two numbers) compared
   * @param right  the other number, for a comparison of two printed numbers; null when the other
   *     side is named in words
   * @param rightMetric  the metric of the other side
   * @param rightSegment  its segment
   * @param rightPeriod  its period
   * @param rightKind  its kind
   * @param relation  left RELATION right
   */
  record Comparison(int start, int end, Item left, Item right, Metric rightMetric, Segment rightSegment,
      ReportingPeriod rightPeriod, ClaimKind rightKind, Relation relation) {
  }

  final String text;
  final Dataset dataset;
  final Words words;
  final Layout layout;
  final List<Mention> mentions = new ArrayList<>();
  final List<Item> items = new ArrayList<>();
  final List<Comparison> comparisons = new ArrayList<>();
  final List<Words.Token> tokens;
  final List<Periods.Phrase> phrases = new ArrayList<>();
  final List<String> companiesNamed = new ArrayList<>();
  final Periods periods;
  final int thisYear;
  /** The amounts of each sentence and of each paragraph, in order: the context of a number is local. */
  final Map<Integer, List<Item>> itemsBySentence = new HashMap<>();
  final Map<Integer, List<Item>> itemsByParagraph = new HashMap<>();
  private final Map<Integer, List<Periods.Phrase>> phrasesBySentence = new HashMap<>();
  private final Map<Metric, Boolean> stock = new HashMap<>();
  private final Map<Metric, Optional<Unit>> units = new HashMap<>();
  private final List<Periods.Part> parts = new ArrayList<>();

  Reader(String text, Dataset dataset, Words words, Optional<LocalDate> asOf) {
    this.text = text;
    this.dataset = dataset;
    this.words = words;
    String normal = normalise(text);
    List<int[]> addresses = new ArrayList<>();
    Matcher a = ADDRESS.matcher(text);
    while (a.find()) {
      addresses.add(new int[] {a.start(), a.end()});
    }
    List<Words.Token> allTokens = words.tokens(normal.toLowerCase(Locale.ROOT), 0, text.length());
    scan(normal, addresses, allTokens);
    this.layout = new Layout(text, mentions.stream().map(m -> new int[] {m.start(), m.end()}).toArray(int[][]::new));
    this.tokens = keepTokens(allTokens);
    this.thisYear = asOf.map(LocalDate::getYear).orElseGet(this::latestYear);
    this.periods = new Periods(dataset.fiscalYearEnd(), thisYear, founding());
    buildPhrases();
    for (Mention m : mentions) {
      if (m.isAmount()) {
        Layout.Sentence s = layout.sentenceAt(m.start());
        Item item = new Item(m, s, layout.clauseAt(m.start()), dataset.fiscalYearEnd());
        items.add(item);
        itemsBySentence.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(item);
        itemsByParagraph.computeIfAbsent(s.paragraph(), k -> new ArrayList<>()).add(item);
      }
    }
    for (Periods.Phrase p : phrases) {
      Layout.Sentence s = layout.sentenceAt(p.start());
      if (p.end() <= s.end()) {
        phrasesBySentence.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(p);
      }
    }
    tokens.stream().filter(t -> t.type() == Words.Type.COMPANY).forEach(t -> companiesNamed.add(t.key()));
    interpret();
  }

  /** The text as the scanner reads it, one character for one; tabs as spaces too. */
  static String normalise(String text) {
    return FigureScanner.normalise(text).replace('\t', ' ');
  }

  //-------------------------------------------------------------------------
  // Numbers.

  private void scan(String normal, List<int[]> addresses, List<Words.Token> allTokens) {
    List<ScannedFigure> raw = FigureScanner.scan(text);
    int covered = 0;
    int address = 0;
    for (ScannedFigure f : raw) {
      while (address < addresses.size() && addresses.get(address)[1] <= f.start()) {
        address++;
      }
      if (address < addresses.size() && addresses.get(address)[0] < f.end()) {
        continue;
      }
      if (f.start() < covered) {
        continue;
      }
      int digit = firstDigit(normal, f.start(), f.end());
      Optional<Words.SlotMatch> slot = digit < 0 ? Optional.empty() : words.slotAt(normal, digit, text.length());
      if (slot.isPresent() && slot.get().start() >= covered) {
        Words.SlotMatch s = slot.get();
        addSlot(s);
        covered = s.end();
        if (s.end() < f.end()) {
          for (ScannedFigure rest : FigureScanner.scan(text, s.end(), f.end(), Unit.parse("CNY"), true)) {
            classify(rest, normal, allTokens);
          }
        }
        continue;
      }
      classify(f, normal, allTokens);
      covered = f.end();
    }
  }

  private static int firstDigit(String normal, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = normal.charAt(i);
      if (c >= '0' && c <= '9') {
        return i;
      }
    }
    return -1;
  }

  private void addSlot(Words.SlotMatch s) {
    String printed = text.substring(s.start(), s.end());
    Words.SlotPattern p = s.pattern();
    if (p.section() == Lexicon.Section.OTHER) {
      OtherWord w = OtherWord.parse(p.key()).orElseThrow();
      Mention.Kind kind = w == OtherWord.RANK ? Mention.Kind.RANK
          : w == OtherWord.VERSION ? Mention.Kind.VERSION : Mention.Kind.GENERATION;
      mentions.add(new Mention(s.start(), s.end(), printed, kind, Optional.empty(), w.description()));
      return;
    }
    PeriodWord w = PeriodWord.parse(p.key()).orElseThrow();
    Integer n = p.value();
    List<Integer> years = new ArrayList<>();
    List<Integer> months = new ArrayList<>();
    Integer day = null;
    for (int i = 0; i < p.slots().size(); i++) {
      String v = s.values().get(i);
      switch (p.slots().get(i)) {
        case "y":
          years.add(Integer.parseInt(v));
          break;
        case "m":
          months.add(Integer.parseInt(v));
          break;
        case "month":
          months.add(words.month(v));
          break;
        case "d":
          day = Integer.parseInt(v);
          break;
        default:
          n = v.contains(".") ? null : Integer.valueOf(v);
          break;
      }
    }
    parts.add(new Periods.Part(s.start(), s.end(), w, n, years, months, day));
    Mention.Kind kind = w == PeriodWord.YEAR || w == PeriodWord.YEAR_RANGE ? Mention.Kind.YEAR
        : w == PeriodWord.DATE ? Mention.Kind.DATE : Mention.Kind.PERIOD;
    String note = kind == Mention.Kind.YEAR ? "a year" : kind == Mention.Kind.DATE ? "a date" : "part of a period";
    mentions.add(new Mention(s.start(), s.end(), printed, kind, Optional.empty(), note));
  }

  private void classify(ScannedFigure f, String normal, List<Words.Token> allTokens) {
    if (f.kind() == ScannedFigure.Kind.TOKEN) {
      // A period word spelled with digits ("H1", "Q1") is a period, not a name.
      Optional<Words.Token> period = covering(allTokens, f.start(), f.end())
          .filter(t -> t.type() == Words.Type.PERIOD);
      if (period.isPresent()) {
        Words.Token t = period.get();
        parts.add(new Periods.Part(t.start(), t.end(), t.periodWord().orElseThrow(), t.value(), List.of(),
            List.of(), null));
        mentions.add(new Mention(f.start(), f.end(), f.text(), Mention.Kind.PERIOD, Optional.empty(),
            "part of a period"));
      } else {
        mentions.add(new Mention(f.start(), f.end(), f.text(), Mention.Kind.NAME, Optional.empty(),
            "part of a name or code"));
      }
      return;
    }
    if (f.kind() == ScannedFigure.Kind.UNREADABLE) {
      mentions.add(new Mention(f.start(), f.end(), f.text(), Mention.Kind.UNREADABLE, Optional.empty(),
          f.problem().orElseThrow()));
      return;
    }
    PrintedFigure figure = f.figure().orElseThrow();
    Amount amount = figure.amount();
    boolean plain = amount.unit().code().equals("count") && amount.scale() == Scale.ONE
        && figure.qualifier() == Qualifier.EXACT && amount.valueTo().isEmpty();
    String digits = f.text().strip();
    if (plain && digits.matches("(19|20)[0-9]{2}")) {
      int y = Integer.parseInt(digits);
      parts.add(new Periods.Part(f.start(), f.end(), PeriodWord.YEAR, null, List.of(y), List.of(), null));
      mentions.add(new Mention(f.start(), f.end(), f.text(), Mention.Kind.YEAR, Optional.empty(), "a year"));
      return;
    }
    if (plain && (digits.matches("0[0-9]+") || digits.matches("[0-9]{5,}"))) {
      mentions.add(new Mention(f.start(), f.end(), f.text(), Mention.Kind.IDENTIFIER, Optional.empty(),
          "a code or number that identifies"));
      return;
    }
    if (plain && namedAround(normal, f.start(), f.end())) {
      mentions.add(new Mention(f.start(), f.end(), f.text(), Mention.Kind.NAME, Optional.empty(),
          "part of a name"));
      return;
    }
    mentions.add(new Mention(f.start(), f.end(), f.text(), Mention.Kind.AMOUNT, Optional.of(figure), ""));
  }

  /** The token that covers a span, if any: the tokens are in order and do not overlap. */
  private static Optional<Words.Token> covering(List<Words.Token> tokens, int start, int end) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < tokens.size() && tokens.get(lo).start() <= start && tokens.get(lo).end() >= end
        ? Optional.of(tokens.get(lo)) : Optional.empty();
  }

  /** A bare number after a capitalised name: "Claude 3.5 Sonnet", "Speech 01", "Music 2.0". */
  private static boolean namedAround(String normal, int start, int end) {
    int i = start - 1;
    while (i >= 0 && normal.charAt(i) == ' ') {
      i--;
    }
    if (i < 0 || i == start - 1 || !Words.isLatin(normal.charAt(i))) {
      return false;
    }
    int w = i;
    while (w > 0 && Words.isLatin(normal.charAt(w - 1))) {
      w--;
    }
    return Character.isUpperCase(normal.charAt(w)) && i - w >= 1;
  }

  /** The words to read with: none inside a number's digits or inside a year, date or rank. */
  private List<Words.Token> keepTokens(List<Words.Token> all) {
    List<Words.Token> kept = new ArrayList<>();
    int m = 0;
    List<Mention> sorted = mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
    mentions.clear();
    mentions.addAll(sorted);
    for (Words.Token t : all) {
      while (m < sorted.size() && sorted.get(m).end() <= t.start()) {
        m++;
      }
      boolean clash = false;
      for (int k = m; k < sorted.size() && sorted.get(k).start() < t.end(); k++) {
        Mention x = sorted.get(k);
        // An amount's unit may name its metric ("385名員工"): only its number and qualifier are off limits.
        int guard = x.isAmount() ? digitsEnd(x) : x.end();
        if (t.start() < guard && t.end() > x.start()) {
          clash = true;
        }
      }
      if (!clash) {
        kept.add(t);
      }
    }
    return kept;
  }

  private int digitsEnd(Mention m) {
    int e = m.start();
    boolean seen = false;
    while (e < m.end()) {
      char c = text.charAt(e);
      boolean digit = Character.isDigit(c) || c == '.' || c == ',';
      if (seen && !digit) {
        break;
      }
      seen |= Character.isDigit(c);
      e++;
    }
    return e;
  }

  /**
   * What "this year" is when the caller does not say: the year of the dataset's latest reporting
   * period, or a year after it if the text prints that year (a text of the next year looks back).
   */
  private int latestYear() {
    int latest = dataset.figures().stream().map(f -> f.key().period()).filter(p -> !p.isInstant())
        .mapToInt(p -> p.endInclusive().getYear()).max().orElse(LocalDate.now().getYear());
    int printed = latest;
    for (Periods.Part p : parts) {
      for (int y : p.years()) {
        if (y <= latest + 1 && y > printed) {
          printed = y;
        }
      }
    }
    return printed;
  }

  private LocalDate founding() {
    return dataset.figures().stream().map(f -> f.key().period())
        .map(p -> p instanceof dev.prospectus.model.FiscalPeriod fp ? fp.start() : p.endInclusive())
        .min(Comparator.naturalOrder()).orElse(null);
  }

  //-------------------------------------------------------------------------
  // Period phrases: runs of parts joined by glue words or a range separator.

  private void buildPhrases() {
    List<Periods.Part> all = new ArrayList<>(parts);
    for (Words.Token t : tokens) {
      if (t.type() == Words.Type.PERIOD && t.periodWord().orElseThrow() != PeriodWord.GLUE
          && t.periodWord().orElseThrow() != PeriodWord.MONTH_NAME) {
        all.add(new Periods.Part(t.start(), t.end(), t.periodWord().orElseThrow(), t.value(), List.of(), List.of(),
            null));
      }
    }
    all.sort(Comparator.comparingInt(Periods.Part::start));
    List<Periods.Part> run = new ArrayList<>();
    int until = -1;
    for (Periods.Part p : all) {
      if (!run.isEmpty()) {
        Periods.Part last = run.get(run.size() - 1);
        Gap gap = gap(last.end(), p.start());
        boolean sameSentence = layout.sentenceAt(last.start()).index() == layout.sentenceAt(p.start()).index();
        if (gap == Gap.NONE || !sameSentence || clashes(run, p, until)) {
          phrases.add(periods.phrase(run, until, contextYear(run)));
          remember(run);
          run = new ArrayList<>();
          until = -1;
        } else if (gap == Gap.SEPARATOR) {
          until = run.size();
        }
      }
      run.add(p);
    }
    if (!run.isEmpty()) {
      phrases.add(periods.phrase(run, until, contextYear(run)));
    }
  }

  /** The year each kind of span was last named in ("the first nine months of 2025"), and any year last named. */
  private final Map<String, Integer> namedYears = new HashMap<>();

  private static String spanKey(List<Periods.Part> run) {
    return run.stream().filter(p -> p.word() == PeriodWord.MONTHS || p.word() == PeriodWord.QUARTER
        || p.word() == PeriodWord.MONTH_RANGE).map(p -> p.word() + "=" + p.n() + p.months()).findFirst().orElse("");
  }

  private void remember(List<Periods.Part> run) {
    if (run.stream().anyMatch(x -> x.word() == PeriodWord.FOUNDED)) {
      return;
    }
    run.stream().filter(x -> x.word() != PeriodWord.YEAR_RANGE).flatMap(x -> x.years().stream()).reduce((a, b) -> b)
        .ifPresent(y -> {
          namedYears.put(spanKey(run), y);
          namedYears.put("", y);
        });
  }

  /**
   * The year a phrase without one is in: that of the last phrase naming the same span ("the nine
   * months" after "the first nine months of 2025"), else the year the text named last, else this year.
   */
  private int contextYear(List<Periods.Part> run) {
    return namedYears.getOrDefault(spanKey(run), namedYears.getOrDefault("", thisYear));
  }

  private enum Gap { GLUE, SEPARATOR, NONE }

  /** What stands between two parts: nothing but glue words, a range separator, or anything else. */
  private Gap gap(int from, int to) {
    if (to - from > 12) {
      return Gap.NONE;
    }
    boolean separator = false;
    int i = from;
    for (Words.Token t : tokensBetween(from, to)) {
      if (!text.substring(i, t.start()).isBlank()) {
        return Gap.NONE;
      }
      if (t.type() == Words.Type.SEPARATOR) {
        separator = true;
      } else if (!(t.type() == Words.Type.PERIOD && t.periodWord().orElseThrow() == PeriodWord.GLUE)) {
        return Gap.NONE;
      }
      i = t.end();
    }
    if (!text.substring(i, to).isBlank()) {
      return Gap.NONE;
    }
    return separator ? Gap.SEPARATOR : Gap.GLUE;
  }

  /** A second year, a second date: the part starts another phrase. */
  private static boolean clashes(List<Periods.Part> run, Periods.Part p, int until) {
    List<Periods.Part> side = until > 0 ? run.subList(until, run.size()) : run;
    for (Periods.Part q : side) {
      boolean bothYears = !q.years().isEmpty() && !p.years().isEmpty();
      boolean same = q.word() == p.word() && q.word() != PeriodWord.GLUE;
      if (bothYears || same) {
        return true;
      }
    }
    return false;
  }

  List<Words.Token> tokensBetween(int from, int to) {
    List<Words.Token> result = new ArrayList<>();
    int i = firstTokenAt(from);
    for (; i < tokens.size() && tokens.get(i).start() < to; i++) {
      if (tokens.get(i).end() <= to) {
        result.add(tokens.get(i));
      }
    }
    return result;
  }

  private int firstTokenAt(int position) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  //-------------------------------------------------------------------------
  // What each amount claims.

  boolean isStock(Metric metric) {
    return stock.computeIfAbsent(metric, m -> {
      List<Figure> figures = dataset.figures().stream().filter(f -> f.metric().equals(m)).toList();
      return !figures.isEmpty() && figures.stream().allMatch(f -> f.key().period().isInstant());
    });
  }

  /** The unit the dataset reports a metric in, if it reports it. */
  Optional<Unit> datasetUnit(Metric metric) {
    return units.computeIfAbsent(metric,
        m -> dataset.figures().stream().filter(f -> f.metric().equals(m)).map(Figure::unit).findFirst());
  }

  boolean knows(Metric metric) {
    if (known == null) {
      known = new java.util.HashSet<>();
      dataset.metrics().forEach(d -> known.add(d.metric()));
    }
    return known.contains(metric);
  }

  private java.util.Set<Metric> known;
  private final Map<String, List<ReportingPeriod>> periodsOf = new HashMap<>();

  /** The periods the dataset reports a metric for in a segment, as {@link Dataset#periods}, kept. */
  List<ReportingPeriod> periods(Metric metric, Segment segment) {
    return periodsOf.computeIfAbsent(metric + "/" + segment, k -> dataset.periods(metric, segment));
  }

  private void interpret() {
    Periods.Phrase carried = null;
    int paragraph = -1;
    List<Periods.Phrase> inParagraph = new ArrayList<>();
    for (Layout.Sentence s : layout.sentences()) {
      List<Item> here = itemsBySentence.getOrDefault(s.index(), List.of());
      List<Words.Token> sTokens = tokensBetween(s.start(), s.end());
      List<Periods.Phrase> sPhrases = phrasesBySentence.getOrDefault(s.index(), List.of()).stream()
          .filter(p -> p.period().isPresent() || p.sameLastYear()).toList();
      if (s.paragraph() != paragraph) {
        // A paragraph that names one period only sets it for the next ("分業務看, ..." after "2025年前三季度, ...").
        List<ReportingPeriod> named = inParagraph.stream().filter(p -> p.period().isPresent())
            .map(p -> p.period().get()).distinct().toList();
        carried = s.paragraph() == paragraph + 1 && named.size() == 1
            ? inParagraph.stream().filter(p -> p.period().isPresent()).reduce((x, y) -> y).orElseThrow() : null;
        inParagraph = new ArrayList<>();
        paragraph = s.paragraph();
      }
      respectively(here, sTokens, sPhrases);
      for (int i = 0; i < here.size(); i++) {
        read(here, i, s, sTokens, sPhrases, carried);
      }
      comparisons(here, s, sTokens, sPhrases);
      inParagraph.addAll(sPhrases);
      if (!sPhrases.isEmpty()) {
        carried = sPhrases.stream().filter(p -> p.period().isPresent()).reduce((x, y) -> y).orElse(carried);
      }
    }
  }

  /** "分別": the numbers after the word go with the periods and segments listed before it, in order. */
  private void respectively(List<Item> here, List<Words.Token> sTokens, List<Periods.Phrase> sPhrases) {
    for (Words.Token r : sTokens) {
      if (r.claimWord().orElse(null) != ClaimWord.RESPECTIVELY) {
        continue;
      }
      int listStart = here.stream().filter(i -> i.end() <= r.start()).mapToInt(Item::end).max().orElse(0);
      List<Item> after = here.stream().filter(i -> i.start() >= r.end()).toList();
      if (after.isEmpty()) {
        continue;
      }
      Unit.Kind unitKind = after.get(0).unit().kind();
      List<Item> list = new ArrayList<>();
      for (Item i : after) {
        if (i.unit().kind() != unitKind) {
          break;
        }
        list.add(i);
      }
      List<Periods.Phrase> ps = sPhrases.stream().filter(p -> p.start() >= listStart && p.end() <= r.start())
          .toList();
      List<Words.Token> segs = sTokens.stream().filter(t -> t.type() == Words.Type.SEGMENT)
          .filter(t -> t.start() >= listStart && t.end() <= r.start()).toList();
      for (int k = 0; k < list.size(); k++) {
        Item item = list.get(k);
        if (ps.size() == list.size()) {
          item.phrase = ps.get(k);
          item.words.add(text.substring(ps.get(k).start(), ps.get(k).end()));
        }
        if (segs.size() == list.size()) {
          item.segment = Segment.of(segs.get(k).key());
          item.words.add(text.substring(segs.get(k).start(), segs.get(k).end()));
        }
      }
    }
  }

  private void read(List<Item> here, int index, Layout.Sentence s, List<Words.Token> sentenceTokens,
      List<Periods.Phrase> sPhrases, Periods.Phrase carried) {
    Item item = here.get(index);
    Item prev = index > 0 ? here.get(index - 1) : null;
    Item following = index + 1 < here.size() ? here.get(index + 1) : null;
    // "2.2億小時(約2.5萬年)的語音": a number in brackets right after this one does not end its context.
    if (following != null && following.start() - item.end() <= 3 && text.substring(item.end(), following.start())
        .matches("\\s*[(（].*")) {
      following = index + 2 < here.size() ? here.get(index + 2) : null;
    }
    final Item next = following;
    // Words in another number's unit ("40+種語言") belong to that number.
    List<Words.Token> sTokens = sentenceTokens.stream().filter(t -> here.stream().noneMatch(o -> o != item
        && t.start() >= o.start() && t.start() < o.end())).toList();
    int clauseStart = layout.clauseStart(item.start(), s);
    int clauseEnd = layout.clauseEnd(item.start(), s);
    int windowStart = prev == null ? s.start() : prev.end();
    int afterEnd = Math.min(clauseEnd, next == null ? s.end() : next.start());
    List<Words.Token> before = sTokens.stream().filter(t -> t.end() <= item.start() && t.start() >= windowStart)
        .toList();
    List<Words.Token> after = sTokens.stream().filter(t -> t.start() >= item.end() && t.end() <= afterEnd).toList();
    List<Words.Token> unitPart = sTokens.stream().filter(t -> t.start() >= item.start() && t.start() < item.end())
        .toList();

    // A kind word after a percentage names it ("a 175% increase", "62% of revenue"); after an amount, only "a
    // month" and "in total" do: a growth word there is about the next number.
    boolean percent = item.unit().kind() == Unit.Kind.PERCENT || item.unit().kind() == Unit.Kind.MULTIPLE;
    Optional<Words.Token> kindWord = last(before, t -> isKindOfNumber(t)).or(() -> first(after, t -> isKindOfNumber(t)
        && (percent || t.claimWord().get() == ClaimWord.MONTHLY || t.claimWord().get() == ClaimWord.CUMULATIVE)));
    kindWord.ifPresent(t -> {
      item.kindWord = t.claimWord().orElseThrow();
      item.words.add(word(t));
    });
    item.growthWord = before.stream().anyMatch(t -> t.claimWord().orElse(null) == ClaimWord.GROWTH);
    boolean ownWords = before.stream().anyMatch(t -> t.type() == Words.Type.KIND
        && t.claimWord().orElseThrow() != ClaimWord.RESPECTIVELY && t.claimWord().orElseThrow() != ClaimWord.FROM)
        || sTokens.stream().anyMatch(t -> t.type() == Words.Type.METRIC && t.start() >= Math.max(windowStart,
        clauseStart) && t.end() <= clauseEnd && (next == null || t.end() <= next.start()));
    // A share of revenue names its whole in its own words ("收入占比"): its metric is not looked for further back.
    boolean scoped = kindWord.isPresent() && kindWord.get().start() >= clauseStart
        && item.kindWord == ClaimWord.SHARE;

    // Metric: in the number's own unit, then the clause before it, after it, then the sentence before.
    List<Words.Token> metrics = new ArrayList<>();
    unitPart.stream().filter(t -> t.type() == Words.Type.METRIC).forEach(metrics::add);
    reversed(sTokens.stream().filter(t -> t.type() == Words.Type.METRIC && t.end() <= item.start()
        && t.start() >= clauseStart).toList()).forEach(metrics::add);
    after.stream().filter(t -> t.type() == Words.Type.METRIC).forEach(metrics::add);
    if (!scoped) {
      reversed(sTokens.stream().filter(t -> t.type() == Words.Type.METRIC && t.end() <= clauseStart).toList())
          .forEach(metrics::add);
    }
    Optional<Words.Token> metric = metrics.stream().filter(t -> fits(Metric.of(t.key()), item)).findFirst();
    boolean carriedMetric = metric.map(t -> t.end() <= clauseStart).orElse(true);
    metric.ifPresent(t -> {
      item.metric = Metric.of(t.key());
      item.words.add(word(t));
    });

    // Exclusion: "不計入星野的影響": a segment named right after an excluding word.
    for (Words.Token t : sTokens) {
      if (t.end() <= item.start() && t.claimWord().orElse(null) == ClaimWord.EXCLUDING) {
        sTokens.stream().filter(x -> x.type() == Words.Type.SEGMENT && x.start() >= t.end() && x.start() - t.end() <= 8)
            .findFirst().ifPresent(x -> {
              item.excluded = Segment.of(x.key());
              item.words.add(word(t) + " " + word(x));
            });
      }
    }
    // Segment: the clause before the number, after it, then the sentence before; unless a list gave it.
    if (item.segment.isTotal()) {
      List<Words.Token> segs = new ArrayList<>();
      reversed(sTokens.stream().filter(t -> t.type() == Words.Type.SEGMENT && t.end() <= item.start()
          && t.start() >= clauseStart).toList()).forEach(segs::add);
      after.stream().filter(t -> t.type() == Words.Type.SEGMENT).forEach(segs::add);
      unitPart.stream().filter(t -> t.type() == Words.Type.SEGMENT).forEach(segs::add);
      // A segment of an earlier clause goes with the metric named there, not with one this clause names.
      if (carriedMetric) {
        reversed(sTokens.stream().filter(t -> t.type() == Words.Type.SEGMENT && t.end() <= clauseStart).toList())
            .forEach(segs::add);
      }
      segs.stream().filter(t -> item.excluded == null || !Segment.of(t.key()).equals(item.excluded))
          .filter(t -> dataset.segment(Segment.of(t.key())).isPresent()).findFirst().ifPresent(t -> {
            item.segment = Segment.of(t.key());
            item.words.add(word(t));
          });
    }
    // A metric the dataset holds for one segment only (customers of the enterprise business) is of that segment.
    if (item.segment.isTotal() && item.metric != null && periods(item.metric, Segment.TOTAL).isEmpty()) {
      List<Segment> held = dataset.keys().stream().filter(k -> k.metric().equals(item.metric))
          .map(dev.prospectus.model.FigureKey::segment).distinct().toList();
      if (held.size() == 1) {
        item.segment = held.get(0);
      }
    }
    // Period: a list gave it, else the clause (nearest), the sentence before, carried from the paragraph.
    if (item.phrase == null) {
      // "較上年同期的1945.4萬美元同比增長185%": the same period a year before is the base of a growth, not its period.
      // "from US$3.46 million in 2023 to ...": a period after "from" is the base of a growth, too.
      boolean growth = (item.kindWord == ClaimWord.GROWTH || item.kindWord == ClaimWord.DECLINE)
          && (item.unit().kind() == Unit.Kind.PERCENT || item.unit().kind() == Unit.Kind.MULTIPLE);
      List<Periods.Phrase> candidates = sPhrases.stream()
          .filter(p -> !(growth && (p.period().isEmpty() || afterFrom(p, sTokens, here)))).toList();
      // English prints the period after its number ("US$30.52 million in 2024"): a phrase right after wins.
      Optional<Periods.Phrase> right = candidates.stream()
          .filter(p -> p.start() >= item.end() && p.end() <= afterEnd && onlyGlue(item.end(), p.start())).findFirst();
      Optional<Periods.Phrase> inClause = right.or(() -> candidates.stream()
          .filter(p -> p.start() >= clauseStart && p.end() <= clauseEnd)
          .filter(p -> p.end() <= item.start() || p.start() >= item.end() && p.end() <= afterEnd)
          .min(Comparator.comparingInt(p -> p.end() <= item.start() ? item.start() - p.end()
              : p.start() - item.end())));
      // A period of an earlier clause holds for the rest of the sentence: "2024年收入為3.12億元，同比增長
      // 150.9%，毛利率為56.3%" are all of 2024.
      Optional<Periods.Phrase> found = inClause
          .or(() -> reversed(candidates.stream().filter(p -> p.end() <= clauseStart).toList()).stream().findFirst());
      if (found.isPresent() && found.get().period().isEmpty()) {
        // "同期": a year before the period the sentence (or the paragraph) names.
        Periods.Phrase same = found.get();
        Optional<ReportingPeriod> base = reversed(sPhrases.stream().filter(p -> p.period().isPresent()
            && p.end() <= same.start()).toList()).stream().findFirst().flatMap(Periods.Phrase::period)
            .or(() -> carried == null ? Optional.empty() : carried.period());
        found = base.map(b -> new Periods.Phrase(same.start(), same.end(), Optional.of(b.minusYears(1)),
            Optional.empty(), true, false, true));
      }
      if (found.isPresent()) {
        item.phrase = found.get();
        item.words.add(text.substring(found.get().start(), found.get().end()));
      } else if (carried != null) {
        item.phrase = carried;
        item.periodCarried = true;
      }
    }
    // A number with no words of its own continues the one before it: "營收增速分別高達782%和175%".
    // A level a number rose or fell to is its own: the next number does not continue it.
    boolean level = prev != null && (prev.kindWord == ClaimWord.RISE_TO || prev.kindWord == ClaimWord.FALL_TO);
    if (prev != null && !ownWords && !level && prev.unit().kind() == item.unit().kind() && prev.kindWord != null
        && item.kindWord == null && prev.otherEntity == null && joined(prev, item, sPhrases)) {
      item.kindWord = prev.kindWord;
      item.growthWord = prev.growthWord;
      if (item.metric == null) {
        item.metric = prev.metric;
      }
      if (item.segment.isTotal() && !prev.segment.isTotal() && !listed(item)) {
        item.segment = prev.segment;
      }
      item.excluded = item.excluded == null ? prev.excluded : item.excluded;
    }
    otherEntity(item, s, sTokens);
    conversion(item, prev);
    item.kind = kindOf(item);
    boolean needsMetric = item.kind == ClaimKind.GROWTH || item.kind == ClaimKind.DECLINE || item.kind == ClaimKind.CAGR
        || item.kind == ClaimKind.RATIO_TO_REVENUE || item.kind == ClaimKind.EXCLUDING
        || item.kind == ClaimKind.MULTIPLE || item.kind == ClaimKind.CUMULATIVE || item.kind == ClaimKind.FIGURE;
    if (needsMetric && item.metric == null) {
      item.kind = ClaimKind.UNKNOWN;
    }
    if (item.kind == ClaimKind.DECLINE) {
      item.relation = flip(item.relation);
    }
  }

  /** Whether nothing but spaces and glue words ("in", "of", "的") stand between two places. */
  private boolean onlyGlue(int from, int to) {
    if (to - from > 12) {
      return false;
    }
    int i = from;
    for (Words.Token t : tokensBetween(from, to)) {
      if (!text.substring(i, t.start()).isBlank() || t.periodWord().orElse(null) != PeriodWord.GLUE) {
        return false;
      }
      i = t.end();
    }
    return text.substring(i, to).isBlank();
  }

  /** Whether a period phrase belongs to a number after "from" (從, 較): the base of a change. */
  private boolean afterFrom(Periods.Phrase p, List<Words.Token> sTokens, List<Item> here) {
    Optional<Words.Token> from = last(sTokens.stream().filter(t -> t.end() <= p.start()).toList(),
        t -> t.claimWord().orElse(null) == ClaimWord.FROM);
    if (from.isEmpty() || layout.clauseAt(from.get().start()) != layout.clauseAt(p.start())) {
      return false;
    }
    // Only the first number after "from" is the base: "from A in 2023 to B in 2024" has 2024 as the end.
    long numbers = here.stream().filter(i -> i.start() > from.get().end() && i.end() <= p.start()).count();
    return numbers <= 1;
  }

  /**
   * Whether two numbers are joined as one list: in one clause, or with nothing between them but a
   * period and a few words ("從2023年的超過1365%,優化到今年前9個月的266.5%").
   */
  private boolean joined(Item prev, Item item, List<Periods.Phrase> sPhrases) {
    if (prev.clause == item.clause) {
      return true;
    }
    StringBuilder rest = new StringBuilder();
    int i = prev.end();
    for (Periods.Phrase p : sPhrases) {
      if (p.start() >= i && p.end() <= item.start()) {
        rest.append(text, i, p.start());
        i = p.end();
      }
    }
    rest.append(text, i, item.start());
    long words = rest.codePoints().filter(Character::isLetterOrDigit).count();
    return prev.clause >= item.clause - 1 && words <= 4;
  }

  private boolean listed(Item item) {
    return item.words.size() > 1;
  }

  private boolean isKindOfNumber(Words.Token t) {
    Optional<ClaimWord> w = t.claimWord();
    return w.isPresent() && w.get() != ClaimWord.RESPECTIVELY && w.get() != ClaimWord.FROM
        && w.get() != ClaimWord.EXCEED && w.get() != ClaimWord.FALL_BEHIND && w.get() != ClaimWord.EXCLUDING
        && w.get() != ClaimWord.CONVERSION;
  }

  /** Whether a metric can be what a number is about: a level in the number's unit, or a base of a derived kind. */
  private boolean fits(Metric metric, Item item) {
    if (!knows(metric)) {
      return false;
    }
    Optional<Unit> unit = datasetUnit(metric);
    if (unit.isEmpty()) {
      return true;
    }
    Unit u = item.unit();
    if (u.kind() == Unit.Kind.PERCENT || u.kind() == Unit.Kind.MULTIPLE) {
      // A percentage is a level of a percentage metric, or a kind of claim over any metric.
      return unit.get().kind() == u.kind() || item.kindWord != null || unit.get().kind() != Unit.Kind.COUNT;
    }
    if (u.kind() == Unit.Kind.DURATION) {
      return unit.get().kind() == Unit.Kind.DURATION || item.kindWord != null;
    }
    if (u.kind() == Unit.Kind.CURRENCY) {
      return unit.get().kind() == Unit.Kind.CURRENCY;
    }
    return unit.get().equals(u) || u.code().equals("count") && unit.get().kind() == Unit.Kind.COUNT;
  }

  /**
   * The company a number's clause is about, where it is not the dataset's: the company named
   * nearest before the number ("MiniMax的對手智譜2024年收入為3.12億元" is about 智譜), or, with none
   * before it, one named after it in the clause and not the dataset's company.
   */
  private void otherEntity(Item item, Layout.Sentence s, List<Words.Token> sTokens) {
    int cs = layout.clauseStart(item.start(), s);
    int ce = layout.clauseEnd(item.start(), s);
    List<int[]> names = new ArrayList<>();
    for (Words.Token t : sTokens) {
      if ((t.type() == Words.Type.COMPANY || t.type() == Words.Type.OTHER_COMPANY) && t.start() >= cs
          && t.end() <= ce) {
        names.add(new int[] {t.start(), t.end(), t.type() == Words.Type.COMPANY ? 1 : 0});
      }
    }
    Matcher m = CAMEL.matcher(text);
    m.region(cs, Math.max(cs, ce));
    while (m.find()) {
      int a = m.start();
      int b = m.end();
      boolean known = sTokens.stream().anyMatch(t -> t.start() <= a && t.end() >= b);
      if (!known) {
        names.add(new int[] {a, b, 0});
      }
    }
    names.sort(java.util.Comparator.comparingInt(x -> x[0]));
    int[] before = null;
    for (int[] n : names) {
      if (n[1] <= item.start()) {
        before = n;
      }
    }
    if (before != null) {
      if (before[2] == 0) {
        item.otherEntity = text.substring(before[0], before[1]);
      }
      return;
    }
    boolean self = names.stream().anyMatch(n -> n[2] == 1);
    names.stream().filter(n -> n[2] == 0).findFirst().filter(n -> !self)
        .ifPresent(n -> item.otherEntity = text.substring(n[0], n[1]));
  }

  /** "2.2億小時(約2.5萬年)", "15億美元(折合人民幣約106億元)": the number converts the one just before it. */
  private void conversion(Item item, Item prev) {
    if (prev == null || item.start() - prev.end() > 8) {
      return;
    }
    String gap = text.substring(prev.end(), item.start());
    boolean bracket = gap.contains("(") || gap.contains("（");
    boolean word = tokensBetween(prev.end(), item.start()).stream()
        .anyMatch(t -> t.claimWord().orElse(null) == ClaimWord.CONVERSION);
    Unit a = prev.unit();
    Unit b = item.unit();
    boolean convertible = !a.equals(b) && (a.isCurrency() && b.isCurrency()
        || a.kind() == Unit.Kind.DURATION && b.kind() == Unit.Kind.DURATION);
    if ((bracket || word) && convertible) {
      item.convertsFrom = prev;
      item.words.add(gap.strip());
    }
  }

  private ClaimKind kindOf(Item item) {
    if (item.convertsFrom != null) {
      return ClaimKind.CONVERSION;
    }
    Unit.Kind u = item.unit().kind();
    ClaimWord w = item.kindWord;
    if (u == Unit.Kind.PERCENT) {
      if (w == ClaimWord.GROWTH) {
        return ClaimKind.GROWTH;
      }
      if (w == ClaimWord.DECLINE) {
        return ClaimKind.DECLINE;
      }
      if (w == ClaimWord.CAGR) {
        return ClaimKind.CAGR;
      }
      if (w == ClaimWord.SHARE) {
        return ClaimKind.SHARE;
      }
      if (w == ClaimWord.RATIO_TO_REVENUE) {
        return item.metric == null || item.metric.equals(Metric.REVENUE) ? ClaimKind.SHARE : ClaimKind.RATIO_TO_REVENUE;
      }
      if (item.excluded != null && item.metric != null) {
        return ClaimKind.EXCLUDING;
      }
      if (item.metric != null && datasetUnit(item.metric).map(x -> x.kind() == Unit.Kind.PERCENT).orElse(false)) {
        return ClaimKind.FIGURE;
      }
      // "OpenAI花了400億至550億美元..., 而MiniMax僅僅用了不到1%的錢": a share of another company's amount.
      Item other = itemsBySentence.get(item.sentence.index()).stream().filter(o -> o.otherEntity != null
          && o.end() <= item.start() && o.unit().isCurrency() && o.metric != null).reduce((x, y) -> y).orElse(null);
      if (other != null && item.otherEntity == null && (item.metric == null || item.metric.equals(other.metric))) {
        item.ofOther = other;
        item.metric = other.metric;
        return ClaimKind.SHARE;
      }
      return ClaimKind.UNKNOWN;
    }
    if (u == Unit.Kind.MULTIPLE) {
      // A metric measured in times (a subscription multiple) is a level; any other, a multiple of itself.
      boolean level = item.metric != null && datasetUnit(item.metric).map(x -> x.kind() == u).orElse(false);
      return item.metric == null ? ClaimKind.UNKNOWN : level && w == null ? ClaimKind.FIGURE : ClaimKind.MULTIPLE;
    }
    if (u == Unit.Kind.DURATION) {
      if (w == ClaimWord.RUNWAY || runwayWordBefore(item)) {
        return ClaimKind.RUNWAY;
      }
      return item.metric != null && datasetUnit(item.metric).map(x -> x.kind() == Unit.Kind.DURATION).orElse(false)
          ? ClaimKind.FIGURE : ClaimKind.UNKNOWN;
    }
    if (u == Unit.Kind.CURRENCY) {
      if (w == ClaimWord.MONTHLY) {
        return ClaimKind.MONTHLY_BURN;
      }
      if (item.metric == null) {
        return ClaimKind.UNKNOWN;
      }
      if (w == ClaimWord.CUMULATIVE && !isStock(item.metric) && item.phrase != null
          && item.span().map(p -> !p.isInstant()).orElse(false)) {
        return ClaimKind.CUMULATIVE;
      }
      return ClaimKind.FIGURE;
    }
    return item.metric == null ? ClaimKind.UNKNOWN : ClaimKind.FIGURE;
  }

  private boolean runwayWordBefore(Item item) {
    return tokensBetween(item.sentence.start(), item.start()).stream()
        .anyMatch(t -> t.claimWord().orElse(null) == ClaimWord.RUNWAY);
  }

  private static Relation flip(Relation r) {
    switch (r) {
      case GREATER:
        return Relation.LESS;
      case GREATER_OR_EQUAL:
        return Relation.LESS_OR_EQUAL;
      case LESS:
        return Relation.GREATER;
      case LESS_OR_EQUAL:
        return Relation.GREATER_OR_EQUAL;
      case NEARLY:
        // "Nearly 20% down" is a little less of a fall than 20%: about, on the negative side.
        return Relation.ABOUT;
      default:
        return r;
    }
  }

  //-------------------------------------------------------------------------
  // Claims in words.

  private void comparisons(List<Item> here, Layout.Sentence s, List<Words.Token> sTokens,
      List<Periods.Phrase> sPhrases) {
    // "提升至23.3%" after "12.2%": the level rose from the number before it.
    for (int i = 0; i < here.size(); i++) {
      Item item = here.get(i);
      if (item.kindWord != ClaimWord.RISE_TO && item.kindWord != ClaimWord.FALL_TO) {
        continue;
      }
      Item prev = i > 0 ? here.get(i - 1) : item;
      // English puts the earlier level after: "improved to 23.3% in the nine months from 12.2% in 2024".
      if (i + 1 < here.size() && !sameMeasure(prev, item) && sameMeasure(here.get(i + 1), item)
          && tokensBetween(item.end(), here.get(i + 1).start()).stream()
              .anyMatch(t -> t.claimWord().orElse(null) == ClaimWord.FROM)) {
        prev = here.get(i + 1);
      }
      if (sameMeasure(prev, item)) {
        int from = Math.min(prev.end(), item.start());
        Words.Token w = last(sTokens.stream().filter(t -> t.end() <= item.start() && t.start() >= from).toList(),
            t -> t.claimWord().orElse(null) == item.kindWord)
            .or(() -> last(sTokens.stream().filter(t -> t.end() <= item.start()).toList(),
                t -> t.claimWord().orElse(null) == item.kindWord)).orElse(null);
        if (w != null) {
          comparisons.add(new Comparison(w.start(), w.end(), item, prev, null, null, null, null,
              item.kindWord == ClaimWord.RISE_TO ? Relation.GREATER : Relation.LESS));
        }
      }
    }
    // "持續提升, 2022年、2023年...分別為A、B、C": each level exceeds the one before.
    for (Words.Token t : sTokens) {
      ClaimWord w = t.claimWord().orElse(null);
      if (w != ClaimWord.GROWTH && w != ClaimWord.DECLINE) {
        continue;
      }
      int clauseEnd = layout.clauseEnd(t.start(), s);
      boolean numberInClause = here.stream().anyMatch(i -> i.start() >= t.end() && i.start() < clauseEnd);
      if (numberInClause) {
        continue;
      }
      List<Item> list = here.stream().filter(i -> i.start() >= clauseEnd && i.kind == ClaimKind.FIGURE).toList();
      if (list.size() < 2 || list.stream().anyMatch(i -> !i.metric.equals(list.get(0).metric)
          || i.period().isEmpty() || !i.segment.equals(list.get(0).segment))) {
        continue;
      }
      for (int k = 1; k < list.size(); k++) {
        comparisons.add(new Comparison(t.start(), t.end(), list.get(k), list.get(k - 1), null, null, null, null,
            w == ClaimWord.GROWTH ? Relation.GREATER : Relation.LESS));
      }
    }
    // "遠遠超越了去年全年的水平", "遠遠高於經調整淨虧損上漲的幅度": the other side is named in words.
    for (Words.Token t : sTokens) {
      Relation relation = compareRelation(t);
      if (relation == null || here.stream().anyMatch(i -> i.start() <= t.start() && i.end() >= t.end())) {
        continue;
      }
      int clauseEnd = layout.clauseEnd(t.start(), s);
      if (here.stream().anyMatch(i -> i.start() >= t.end() && i.start() < clauseEnd)) {
        continue;
      }
      List<Item> left = leftSide(here, t, s);
      if (left.isEmpty()) {
        continue;
      }
      List<Words.Token> right = sTokens.stream().filter(x -> x.start() >= t.end() && x.end() <= clauseEnd).toList();
      Optional<Metric> rMetric = first(right, x -> x.type() == Words.Type.METRIC).map(x -> Metric.of(x.key()))
          .filter(this::knows);
      Optional<Segment> rSegment = first(right, x -> x.type() == Words.Type.SEGMENT).map(x -> Segment.of(x.key()));
      Optional<ClaimWord> rKind = first(right, this::isKindOfNumber).flatMap(Words.Token::claimWord);
      Optional<Periods.Phrase> rPhrase = sPhrases.stream().filter(p -> p.start() >= t.end() && p.end() <= clauseEnd)
          .findFirst();
      if (rMetric.isEmpty() && rPhrase.isEmpty()) {
        continue;
      }
      int end = Math.min(clauseEnd, right.isEmpty() ? t.end() : right.get(right.size() - 1).end());
      for (Item l : left) {
        if (l.metric == null || l.period().isEmpty()) {
          continue;
        }
        Metric m = rMetric.orElse(l.metric);
        Segment seg = rSegment.orElse(rMetric.isPresent() ? Segment.TOTAL : l.segment);
        ReportingPeriod p = rPhrase.flatMap(Periods.Phrase::period).orElse(l.period().get());
        ClaimKind k = rKind.map(this::kindOfWord).orElse(l.kind);
        if (m.equals(l.metric) && seg.equals(l.segment) && p.equals(l.period().get())) {
          continue;
        }
        comparisons.add(new Comparison(t.start(), Math.max(end, t.end()), l, null, m, seg, p, k, relation));
      }
    }
  }

  /** Two levels of one measure at two periods: a metric, segment and unit alike, periods named and apart. */
  private static boolean sameMeasure(Item a, Item b) {
    return a.metric != null && a.metric.equals(b.metric) && a.segment.equals(b.segment) && a.unit().equals(b.unit())
        && a.period().isPresent() && b.period().isPresent() && !a.period().equals(b.period());
  }

  private ClaimKind kindOfWord(ClaimWord w) {
    switch (w) {
      case GROWTH:
        return ClaimKind.GROWTH;
      case SHARE:
        return ClaimKind.SHARE;
      case RATIO_TO_REVENUE:
        return ClaimKind.RATIO_TO_REVENUE;
      default:
        return ClaimKind.FIGURE;
    }
  }

  private static Relation compareRelation(Words.Token t) {
    if (t.type() == Words.Type.COMPARE) {
      return t.qualifier() == Qualifier.OVER ? Relation.GREATER : Relation.LESS;
    }
    ClaimWord w = t.claimWord().orElse(null);
    return w == ClaimWord.EXCEED ? Relation.GREATER : w == ClaimWord.FALL_BEHIND ? Relation.LESS : null;
  }

  /** The numbers a comparison word compares: those of the nearest clause before it that has any. */
  private List<Item> leftSide(List<Item> here, Words.Token t, Layout.Sentence s) {
    List<Item> before = here.stream().filter(i -> i.end() <= t.start()).toList();
    if (before.isEmpty()) {
      return List.of();
    }
    int clause = before.get(before.size() - 1).clause;
    return before.stream().filter(i -> i.clause == clause && i.kind != ClaimKind.UNKNOWN).toList();
  }

  //-------------------------------------------------------------------------
  String word(Words.Token t) {
    return text.substring(t.start(), t.end());
  }

  private static <T> Optional<T> last(List<T> list, java.util.function.Predicate<T> test) {
    for (int i = list.size() - 1; i >= 0; i--) {
      if (test.test(list.get(i))) {
        return Optional.of(list.get(i));
      }
    }
    return Optional.empty();
  }

  private static <T> Optional<T> first(List<T> list, java.util.function.Predicate<T> test) {
    return list.stream().filter(test).findFirst();
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
