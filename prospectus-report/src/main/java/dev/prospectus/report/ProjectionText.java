package dev.prospectus.report;

import dev.prospectus.scenario.BreakEven;
import dev.prospectus.scenario.TrendFit;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * The words a report gives a fitted trend and a break-even estimate, the same in text and HTML.
 * <p>
 * A projection an analyst would not defend is not shown as a result: a trend whose confidence
 * interval spans from decline to hundreds-fold growth ({@link TrendFit#isMeaningful()}) shows its
 * interval and says it is not meaningful; a break-even month is shown with its range across the
 * trends' intervals, or not at all ({@link BreakEven#isMeaningful()}).
 * <p>
 * This class is stateless and thread-safe.
 */
final class ProjectionText {

  private ProjectionText() {
  }

  /**
   * The revenue trend, such as {@code Revenue trend: +105.8% a year [42.7%, 196.8%] at 95% confidence,
   * R² 0.973 over 4 periods}, or, when not meaningful, its interval with the reason.
   *
   * @param t  the trend
   * @return one sentence, without a final full stop
   */
  static String trend(TrendFit t) {
    String interval = String.format(Locale.ROOT, "[%.1f%%, %.1f%%] at %.0f%% confidence, R\u00b2 %.3f over %d periods",
        100 * t.growthLow(), 100 * t.growthHigh(), 100 * t.confidenceLevel(), t.rSquared(), t.points().size());
    if (!t.isMeaningful()) {
      return "Revenue trend: not meaningful: growth a year anywhere in " + interval
          + "; the periods do not determine a growth rate";
    }
    return String.format(Locale.ROOT, "Revenue trend: %+.1f%% a year ", 100 * t.growthPerYear()) + interval;
  }

  /**
   * The break-even estimate, such as {@code Break-even: fitted loss reaches zero in 2027-08 [2027-02,
   * 2028-05] across the trends' 95% intervals}, or why no month is shown.
   *
   * @param b  the estimate
   * @return one sentence, without a final full stop
   */
  static String breakEven(BreakEven b) {
    String level = String.format(Locale.ROOT, "%.0f%%", 100 * b.revenueTrend().confidenceLevel());
    if (b.date().isEmpty()) {
      return "Break-even: none within " + b.horizonMonths() + " months of the fitted trends";
    }
    if (b.isMeaningful()) {
      return "Break-even: fitted loss reaches zero in " + YearMonth.from(b.date().get()) + " ["
          + YearMonth.from(b.earliestDate().orElseThrow()) + ", " + YearMonth.from(b.latestDate().orElseThrow())
          + "] across the trends' " + level + " intervals";
    }
    String why = !b.revenueTrend().isMeaningful() ? "the revenue trend is not meaningful"
        : "across the trends' " + level + " intervals it falls anywhere from " + month(b.earliestDate(), b)
        + " to " + month(b.latestDate(), b);
    return "Break-even: no month shown: " + why;
  }

  private static String month(Optional<LocalDate> date, BreakEven b) {
    return date.map(d -> YearMonth.from(d).toString()).orElse("beyond " + b.horizonMonths() + " months");
  }
}
