package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What kind of statement a figure is: a reported result, or the company's guidance or a forecast.
 * <p>
 * Guidance is not a result: Moore Threads' "2025年营业收入预计121,800-149,800万元" is the company's
 * forecast for FY2025, not FY2025 revenue. The report rule takes a reported actual before guidance
 * of the same figure ({@link ReportRule}), the conflict check never sets the two against each other
 * ({@link Dataset#agreement}), and a calculation or verdict whose inputs mix them says so.
 */
public enum FigureBasis {

  /** A result the company or the press reports as having happened: the default. */
  REPORTED,
  /** The company's own guidance for a period not yet reported. */
  GUIDANCE,
  /** A forecast by someone else (an analyst, the press) for a period not yet reported. */
  FORECAST;

  /**
   * Checks whether this is a reported result.
   *
   * @return true for {@link #REPORTED}
   */
  public boolean isReported() {
    return this == REPORTED;
  }

  /**
   * The word for this basis in a dataset file and in notes: {@code reported}, {@code guidance},
   * {@code forecast}.
   *
   * @return the word, lower case
   */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Obtains the basis a dataset file names.
   *
   * @param word  {@code reported}, {@code guidance} or {@code forecast}, exactly
   * @return the basis
   * @throws IllegalArgumentException if the word is none of them
   */
  public static FigureBasis parse(String word) {
    for (FigureBasis b : values()) {
      if (b.word().equals(word)) {
        return b;
      }
    }
    throw new IllegalArgumentException("Basis '" + word + "' is not one of reported, guidance, forecast");
  }

  /**
   * Says what a calculation or verdict on these figures rests on when any of them is not a reported
   * result: {@code "mixes guidance (revenue_guidance FY2025) with reported actuals (revenue FY2024)"},
   * or {@code "rests on guidance (revenue_guidance FY2025), not on reported actuals"} when none is
   * reported. Each figure is named once, by its label.
   *
   * @param figures  the input figures, not null
   * @return the sentence, empty if every figure is a reported result
   * @throws IllegalArgumentException if the figures are null or hold null
   */
  public static Optional<String> describeMix(Collection<Figure> figures) {
    Args.noNulls(figures, "figures");
    Map<FigureBasis, Set<String>> labels = new LinkedHashMap<>();
    for (FigureBasis b : values()) {
      labels.put(b, new LinkedHashSet<>());
    }
    figures.forEach(f -> labels.get(f.basis()).add(f.label()));
    List<String> notReported = List.of(GUIDANCE, FORECAST).stream().filter(b -> !labels.get(b).isEmpty())
        .map(b -> b.word() + " (" + String.join(", ", labels.get(b)) + ")").toList();
    if (notReported.isEmpty()) {
      return Optional.empty();
    }
    String them = String.join(" and ", notReported);
    Set<String> reported = labels.get(REPORTED);
    return Optional.of(reported.isEmpty() ? "rests on " + them + ", not on reported actuals"
        : "mixes " + them + " with reported actuals (" + String.join(", ", reported) + ")");
  }
}
