package dev.prospectus.text;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Dataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a text (a press article, a prospectus passage; Chinese or English) against a dataset:
 * finds every number, works out from its context what it claims, and judges it with the
 * library's verifier.
 * <p>
 * The steps ({@code docs/checking-articles.md}):
 * <ol>
 * <li>find every printed number with its full printed form ({@link dev.prospectus.format.FigureScanner}),
 *     and the years, dates, periods, ranks and versions among them (the lexicon's patterns);
 * <li>find the lexicon's words: metrics, segments, kinds of claim, period parts;
 * <li>read each amount: its metric, segment, period and kind of claim, from its clause, its
 *     sentence and the sentence before;
 * <li>judge it: a figure against the dataset's report of it (never one this text prints itself), a
 *     derived number by the calculation its context names, over the numbers the passage prints and
 *     the dataset's figures; one row per basis where the text leaves one open;
 * <li>say UNEXPLAINED, with the nearest candidates, where the context names no calculation.
 * </ol>
 * For example:
 * <pre>
 *   ArticleCheck c = ArticleChecker.of(DatasetReader.bundled("minimax"), Lexicon.bundled("minimax"))
 *       .check("MiniMax 2024年營收3052萬美元，同比增長782.2%。");
 * </pre>
 * The text must be about the dataset's company: it must name it (by the dataset's name, company
 * or an alias), or the caller must say which of the dataset's documents it is. Otherwise every
 * number is {@link ArticleVerdict#UNVERIFIABLE}, with that reason.
 * <p>
 * The work is linear in the length of the text: a sentence is cut at {@link Layout#HARD_SENTENCE}
 * characters and the candidate search per number is capped, so a text of megabytes takes seconds.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ArticleChecker {

  private final Dataset dataset;
  private final Lexicon lexicon;
  private final Optional<String> document;
  private final Optional<LocalDate> asOf;
  private final List<String> otherCompanies;
  private final Words words;

  private ArticleChecker(Dataset dataset, Lexicon lexicon, Optional<String> document, Optional<LocalDate> asOf,
      List<String> otherCompanies) {
    this.dataset = dataset;
    this.lexicon = lexicon;
    this.document = document;
    this.asOf = asOf;
    this.otherCompanies = List.copyOf(otherCompanies);
    this.words = new Words(lexicon, names(dataset), otherCompanies);
  }

  /**
   * A checker with the standard lexicon.
   *
   * @param dataset  the dataset
   * @return the checker
   * @throws IllegalArgumentException if the dataset is null
   */
  public static ArticleChecker of(Dataset dataset) {
    return of(dataset, Lexicon.standard());
  }

  /**
   * A checker with a lexicon, such as {@link Lexicon#bundled(String)} for a bundled dataset.
   *
   * @param dataset  the dataset
   * @param lexicon  the lexicon
   * @return the checker
   * @throws IllegalArgumentException if an argument is null
   */
  public static ArticleChecker of(Dataset dataset, Lexicon lexicon) {
    Args.notNull(dataset, "dataset");
    Args.notNull(lexicon, "lexicon");
    return new ArticleChecker(dataset, lexicon, Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * Returns a checker that takes the text to be one of the dataset's documents: the document's own
   * reports are never used to check it, and the text is about the dataset's company even where it
   * does not name it (a passage quoted from the document).
   *
   * @param documentId  the document's id, declared in the dataset
   * @return the checker
   * @throws IllegalArgumentException if the dataset declares no such document
   */
  public ArticleChecker withDocument(String documentId) {
    Args.notNull(documentId, "documentId");
    Args.isTrue(dataset.document(documentId).isPresent(), "Dataset '" + dataset.name() + "' declares no document '"
        + documentId + "'");
    return new ArticleChecker(dataset, lexicon, Optional.of(documentId), asOf, otherCompanies);
  }

  /**
   * Returns a checker that reads "this year" (今年) as the year of a date, rather than the latest
   * year the text prints.
   *
   * @param date  the text's date
   * @return the checker
   * @throws IllegalArgumentException if the date is null
   */
  public ArticleChecker withDate(LocalDate date) {
    return new ArticleChecker(dataset, lexicon, document, Optional.of(Args.notNull(date, "date")), otherCompanies);
  }

  /**
   * Returns a checker that knows the names of other companies: a clause that names one of them and
   * not the dataset's company is about that company, and its numbers are not checked against the
   * dataset.
   *
   * @param names  the names, such as the names and aliases of the other bundled datasets
   * @return the checker
   * @throws IllegalArgumentException if the list or a name is null or blank
   */
  public ArticleChecker withOtherCompanies(List<String> names) {
    Args.noNulls(names, "names").forEach(n -> Args.notBlank(n, "name"));
    return new ArticleChecker(dataset, lexicon, document, asOf, names);
  }

  /**
   * The names the dataset's company goes by: its name, its company name and its aliases.
   *
   * @param dataset  the dataset
   * @return the names, without repeats
   */
  public static List<String> names(Dataset dataset) {
    Args.notNull(dataset, "dataset");
    List<String> names = new ArrayList<>();
    for (String n : allNames(dataset)) {
      if (names.stream().noneMatch(x -> x.equalsIgnoreCase(n))) {
        names.add(n);
      }
    }
    return names;
  }

  private static List<String> allNames(Dataset dataset) {
    List<String> all = new ArrayList<>();
    all.add(dataset.name());
    all.add(dataset.company());
    all.addAll(dataset.aliases());
    return all;
  }

  /**
   * Checks a text.
   *
   * @param text  the text
   * @return the verdicts on its numbers
   * @throws IllegalArgumentException if the text is null
   */
  public ArticleCheck check(String text) {
    Args.notNull(text, "text");
    // A document's date says what "this year" is, unless the caller says otherwise.
    Optional<LocalDate> date = asOf.or(() -> document.flatMap(dataset::document).flatMap(d -> d.date()));
    Reader reader = new Reader(text, dataset, words, date);
    String subject;
    Optional<String> notAbout = Optional.empty();
    if (document.isPresent()) {
      subject = "the text is document '" + document.get() + "' of dataset '" + dataset.name() + "'";
    } else if (!reader.companiesNamed.isEmpty()) {
      subject = "the text names " + reader.companiesNamed.get(0);
    } else {
      subject = "the text does not name " + dataset.name() + " (" + String.join(", ", names(dataset))
          + ") and is not given as one of its documents";
      notAbout = Optional.of(subject + ": its numbers cannot be tied to this dataset");
    }
    Candidates candidates = new Candidates(dataset);
    Judge judge = new Judge(reader, lexicon, document, notAbout, candidates);
    List<Finding> findings = judge.findings();
    return new ArticleCheck(text, dataset.name(), document, subject, reader.mentions, findings,
        candidates.maxExamined());
  }

  /**
   * Returns the dataset and the lexicon used.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "ArticleChecker for " + dataset.name() + " with " + lexicon.toString().toLowerCase(Locale.ROOT)
        + document.map(d -> ", text is document " + d).orElse("");
  }
}
