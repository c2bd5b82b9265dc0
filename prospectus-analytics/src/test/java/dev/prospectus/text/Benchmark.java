package dev.prospectus.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.FigureKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Measures the article checker on a set of texts with expected verdicts (dev.json, heldout.json):
 * recall is the claims found over the claims that exist, precision the correct verdicts over the
 * verdicts given.
 * <p>
 * A claim exists where the file expects CONSISTENT, INCONSISTENT, UNDECIDABLE or UNVERIFIABLE: a
 * number at its place, or a claim in words over figure keys. It is found when the checker gives
 * such a verdict there (for words: a comparison over the same keys); the verdict is correct when it
 * is the expected one. A verdict the checker gives to a number the file says is not a claim
 * (UNEXPLAINED or NOT_A_CLAIM expected) is a verdict given and wrong.
 */
final class Benchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The counts of one set of texts. */
  static final class Score {
    int texts;
    int exist;
    int found;
    int given;
    int correct;
    int wordsExist;
    int wordsFound;
    int nonClaimsInconsistent;
    final List<String> misses = new ArrayList<>();

    double recall() {
      return exist == 0 ? 0 : (double) found / exist;
    }

    double precision() {
      return given == 0 ? 0 : (double) correct / given;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d texts: recall %d/%d = %.1f%% (claims in words %d/%d), precision %d/%d"
          + " = %.1f%%, non-claims judged INCONSISTENT: %d", texts, found, exist, 100 * recall(), wordsFound,
          wordsExist, correct, given, 100 * precision(), nonClaimsInconsistent);
    }
  }

  private Benchmark() {
  }

  static JsonNode load(String resource) {
    try (InputStream in = Benchmark.class.getResourceAsStream(resource)) {
      return JSON.readTree(in);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static String text(JsonNode t) {
    if (!t.path("file").isMissingNode()) {
      try (InputStream in = Benchmark.class.getResourceAsStream(t.get("file").asText())) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return t.get("text").asText();
  }

  /** The checker a text of a set is checked with: the dataset's lexicon, and the text's document if any. */
  static ArticleChecker checker(String dataset, JsonNode t) {
    Dataset ds = DatasetReader.bundled(dataset);
    List<String> others = new ArrayList<>();
    for (String name : DatasetReader.bundledNames()) {
      if (!name.equals(dataset)) {
        others.addAll(ArticleChecker.names(DatasetReader.bundled(name)));
      }
    }
    ArticleChecker c = ArticleChecker.of(ds, Lexicon.bundled(dataset)).withOtherCompanies(others);
    JsonNode doc = t.path("document");
    return doc.isTextual() ? c.withDocument(doc.asText()) : c;
  }

  static Score score(String resource) {
    Score score = new Score();
    JsonNode root = load(resource);
    for (JsonNode set : root.get("datasets")) {
      String dataset = set.get("dataset").asText();
      Dataset ds = DatasetReader.bundled(dataset);
      for (JsonNode t : set.get("texts")) {
        score.texts++;
        String text = text(t);
        ArticleCheck check = checker(dataset, t).check(text);
        for (JsonNode n : t.get("numbers")) {
          int at = n.get("at").asInt();
          String printed = n.get("printed").asText();
          String expected = n.get("verdict").asText();
          boolean claim = ArticleVerdict.valueOf(expected).isJudged();
          Optional<Finding> f = check.findings().stream().filter(x -> x.mention().isPresent())
              .filter(x -> x.start() < at + printed.length() && x.end() > at).findFirst();
          boolean judged = f.isPresent() && f.get().verdict().isJudged();
          String got = f.map(x -> x.verdict().name()).orElse("MISSED");
          if (claim) {
            score.exist++;
            if (judged) {
              score.found++;
              score.given++;
              if (got.equals(expected)) {
                score.correct++;
              }
            }
          } else if (judged) {
            score.given++;
            if (f.get().verdict() == ArticleVerdict.INCONSISTENT) {
              score.nonClaimsInconsistent++;
            }
          }
          if (!got.equals(expected)) {
            score.misses.add(id(t) + " '" + printed + "' expected " + expected + " got " + got
                + f.map(x -> " (" + x.reading().describe() + ": " + x.reason() + ")").orElse(""));
          }
        }
        for (JsonNode w : t.path("words")) {
          String expected = w.get("verdict").asText();
          if (!ArticleVerdict.valueOf(expected).isJudged()) {
            continue;
          }
          Set<String> keys = new HashSet<>();
          w.get("keys").forEach(k -> keys.add(normal(k.asText(), ds)));
          score.exist++;
          score.wordsExist++;
          Optional<Finding> f = check.findings().stream().filter(Finding::isInWords)
              .filter(x -> x.verdict().isJudged())
              .filter(x -> new HashSet<>(x.reading().keys().stream().map(k -> normal(k, ds)).toList()).equals(keys))
              .findFirst();
          if (f.isPresent()) {
            score.found++;
            score.wordsFound++;
            score.given++;
            if (f.get().verdict().name().equals(expected)) {
              score.correct++;
            }
          }
          String got = f.map(x -> x.verdict().name()).orElse("MISSED");
          if (!got.equals(expected)) {
            score.misses.add(id(t) + " words " + keys + " expected " + expected + " got " + got);
          }
        }
      }
    }
    return score;
  }

  private static String id(JsonNode t) {
    return t.path("id").asText(t.path("document").asText("?"));
  }

  private static String normal(String key, Dataset ds) {
    return FigureKey.parse(key, ds.fiscalYearEnd()).toString();
  }

  /** Prints both sets' scores and misses: {@code mvn -B -q test -Dtest=ArticleBenchmarkTest -Dbenchmark.print=true}. */
  static Map<String, Score> all() {
    Map<String, Score> scores = new HashMap<>();
    scores.put("development", score("dev.json"));
    scores.put("held-out", score("heldout.json"));
    return scores;
  }
}
