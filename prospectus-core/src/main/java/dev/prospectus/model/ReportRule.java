package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one rule that picks a report when a figure has several: the reports, the claims and the API
 * all use it.
 * <p>
 * In this order:
 * <ol>
 * <li><b>reported actuals first</b>: guidance or a forecast of the figure ({@link Figure#basis()})
 *     is used only when the figure has no reported report, since guidance is not a result; a
 *     calculation on it then says so in its notes;
 * <li><b>undoubted first</b>: a report the dataset doubts ({@link Figure#doubt()}) is used only
 *     when no other report is usable, and then the doubt travels with it (in a calculation's notes
 *     and a verdict's reason);
 * <li><b>the document's class</b>: the company's own filing, then a compilation of the filing, then
 *     the press ({@link DocumentClass});
 * <li><b>an original in the dataset's currency</b> before a report converted from another currency
 *     (a report in another currency takes part only through a sourced exchange rate, and its range
 *     then includes the rate's: {@link Dataset#choose});
 * <li><b>the narrowest range</b> ({@link DecimalRange#compareWidth}): a one-sided report ("over
 *     1,200") comes after any two-sided one;
 * <li><b>the order listed</b> in the dataset.
 * </ol>
 * For example MiniMax's FY2024 revenue has eleven reports; the rule takes DatumIntell's table
 * (a compilation of the filing, 30,523 thousand, exact to the thousand) over the seed article's
 * 3052萬 and the company-independent press.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class ReportRule {

  /**
   * Orders reports of one figure by the rule, a report in the dataset's currency being one without
   * a currency note ({@link Figure#currencyNote()}). Equal reports keep their order in a stable sort,
   * which is the order listed.
   */
  public static final Comparator<Figure> ORDER = Comparator.comparing((Figure f) -> !f.isReported())
      .thenComparing(Figure::isDoubted)
      .thenComparing(f -> f.source().document().documentClass())
      .thenComparing(f -> f.currencyNote().isPresent())
      .thenComparing(Figure::range, DecimalRange::compareWidth);

  private ReportRule() {
  }

  /**
   * The report the rule picks from a list, the first listed on a tie.
   *
   * @param reports  the reports, in the order listed
   * @return the report, empty if there is none
   */
  public static Optional<Figure> best(List<Figure> reports) {
    Args.noNulls(reports, "reports");
    Figure best = null;
    for (Figure f : reports) {
      if (best == null || ORDER.compare(f, best) < 0) {
        best = f;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Says which step of the rule picked a report over the others: {@code "the only report"},
   * {@code "a reported actual, before guidance"},
   * {@code "the only undoubted report"}, {@code "a compilation of the filing, before the press"},
   * {@code "in the dataset's currency"}, {@code "the narrowest range"} or
   * {@code "the first listed of equals"}.
   *
   * @param chosen  the report picked
   * @param reports  all the reports it was picked from
   * @return the reason, in words
   */
  public static String why(Figure chosen, List<Figure> reports) {
    Args.notNull(chosen, "chosen");
    Args.noNulls(reports, "reports");
    List<Figure> others = reports.stream().filter(f -> f != chosen).toList();
    if (others.isEmpty()) {
      return "the only report";
    }
    if (chosen.isReported() && others.stream().noneMatch(Figure::isReported)) {
      return "a reported actual, before " + others.get(0).basis().word();
    }
    // Guidance takes part only among guidance: the steps below compare reports of one basis.
    others = others.stream().filter(f -> f.basis() == chosen.basis()).toList();
    if (others.isEmpty()) {
      return "the only " + chosen.basis().word() + " report";
    }
    if (!chosen.isDoubted() && others.stream().allMatch(Figure::isDoubted)) {
      return "the only undoubted report";
    }
    if (chosen.isDoubted()) {
      return "doubted, but no other report is usable";
    }
    List<Figure> rivals = others.stream().filter(f -> !f.isDoubted()).toList();
    DocumentClass own = chosen.source().document().documentClass();
    if (rivals.stream().allMatch(f -> f.source().document().documentClass().compareTo(own) > 0)) {
      return classWords(own) + ", before " + classWords(rivals.stream()
          .map(f -> f.source().document().documentClass()).min(Comparator.naturalOrder()).orElseThrow());
    }
    rivals = rivals.stream().filter(f -> f.source().document().documentClass() == own).toList();
    if (chosen.currencyNote().isEmpty() && rivals.stream().allMatch(f -> f.currencyNote().isPresent())) {
      return "in the dataset's currency";
    }
    rivals = rivals.stream().filter(f -> f.currencyNote().isPresent() == chosen.currencyNote().isPresent()).toList();
    if (rivals.stream().allMatch(f -> chosen.range().isNarrowerThan(f.range()))) {
      return "the narrowest range";
    }
    return "the first listed of equals";
  }

  private static String classWords(DocumentClass c) {
    switch (c) {
      case FILING:
        return "the company's filing";
      case COMPILATION:
        return "a compilation of the filing";
      default:
        return "the press";
    }
  }
}
