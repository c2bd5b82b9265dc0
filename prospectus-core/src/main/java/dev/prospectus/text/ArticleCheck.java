package dev.prospectus.text;

import dev.prospectus.internal.Args;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.ClaimSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verdicts on every number of a text, and on the claims it makes in words: the result of
 * {@link ArticleChecker#check(String)}.
 * <p>
 * {@link #findings()} has one finding per number in the order of the text (years, dates, ranks and
 * names included, as {@link ArticleVerdict#NOT_A_CLAIM}), with the comparisons made in words among
 * them at the place of their words. {@link #claims(String)} gives the claims judged, in the claims
 * file format's terms, so that a person can review them and keep them.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ArticleCheck {

  private final String text;
  private final String datasetName;
  private final Optional<String> document;
  private final String subject;
  private final List<Mention> mentions;
  private final List<Finding> findings;
  private final int candidatesExamined;

  ArticleCheck(String text, String datasetName, Optional<String> document, String subject, List<Mention> mentions,
      List<Finding> findings, int candidatesExamined) {
    this.text = text;
    this.datasetName = datasetName;
    this.document = document;
    this.subject = subject;
    this.mentions = List.copyOf(mentions);
    this.findings = List.copyOf(findings);
    this.candidatesExamined = candidatesExamined;
  }

  /**
   * The text checked.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The name of the dataset the text was checked against.
   *
   * @return the name, such as {@code MiniMax}
   */
  public String datasetName() {
    return datasetName;
  }

  /**
   * The dataset's document the text is, if the caller said so: its own reports are then never
   * used to check it.
   *
   * @return the document id, empty if not given
   */
  public Optional<String> document() {
    return document;
  }

  /**
   * How the checker knows the text is about the dataset's company, or why it does not.
   *
   * @return one line, such as {@code the text names MiniMax}
   */
  public String subject() {
    return subject;
  }

  /**
   * Every number of the text, in order.
   *
   * @return the mentions
   */
  public List<Mention> mentions() {
    return mentions;
  }

  /**
   * The findings: one per number, and one per claim made in words, in the order of the text.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The most calculations the candidate search looked at for one unexplained number.
   *
   * @return the count, at most the search's cap
   */
  public int candidatesExamined() {
    return candidatesExamined;
  }

  /**
   * The sentence of a finding, as printed.
   *
   * @param finding  a finding of this check
   * @return the sentence
   */
  public String sentence(Finding finding) {
    Args.notNull(finding, "finding");
    return text.substring(finding.sentenceStart(), finding.sentenceEnd()).strip();
  }

  /**
   * How many findings have each verdict.
   *
   * @return the counts, every verdict present
   */
  public Map<ArticleVerdict, Integer> counts() {
    Map<ArticleVerdict, Integer> counts = new EnumMap<>(ArticleVerdict.class);
    for (ArticleVerdict v : ArticleVerdict.values()) {
      counts.put(v, 0);
    }
    findings.forEach(f -> counts.merge(f.verdict(), 1, Integer::sum));
    return counts;
  }

  /**
   * The claims the verifier judged, each with the sentence as its quote and the document it
   * comes from, ready for a claims file. A row the checker answered itself (a figure only this
   * text reports) is left out: a claims file would check it against the text's own report.
   *
   * @param documentId  the dataset's id for the document the text is
   * @return the claims, in the order of the text
   * @throws IllegalArgumentException if the id is blank
   */
  public List<Claim> claims(String documentId) {
    Args.notBlank(documentId, "documentId");
    List<Claim> result = new ArrayList<>();
    for (Finding f : findings) {
      for (Basis b : f.bases()) {
        if (!b.fromVerifier()) {
          continue;
        }
        String note = f.reading().describe() + (b.basis().isEmpty() ? "" : "; basis: " + b.basis())
            + "; checker's verdict: " + b.verdict().status();
        ClaimSource source = ClaimSource.of(documentId, sentence(f)).withLocator("characters " + f.start() + ".."
            + f.end() + ", '" + f.printed() + "'");
        result.add(new Claim(b.claim().id(), Optional.of(source), b.claim().check(), Optional.of(note)));
      }
    }
    return result;
  }

  /**
   * Returns how many numbers were found and how many findings have each verdict.
   *
   * @return a readable form, such as {@code 52 findings against MiniMax: 20 CONSISTENT, 2 INCONSISTENT, ...}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(findings.size()).append(" findings against ").append(datasetName)
        .append(':');
    counts().forEach((v, n) -> {
      if (n > 0) {
        sb.append(' ').append(n).append(' ').append(v).append(',');
      }
    });
    sb.setLength(sb.length() - 1);
    return sb.toString();
  }
}
