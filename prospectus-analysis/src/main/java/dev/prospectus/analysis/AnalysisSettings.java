package dev.prospectus.analysis;

import dev.prospectus.internal.Args;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an {@link Analysis} computes beyond the calculations, and how: which projections, the Monte
 * Carlo runs and seed, and the horizon. The analysis computes only what is asked for, so a caller
 * that wants the calculations and verdicts does not pay for 10,000 simulated paths.
 * <p>
 * For example {@code AnalysisSettings.DEFAULT} makes every projection with 10,000 Monte Carlo runs
 * from seed 20251221 over 120 months, as the report does;
 * {@code AnalysisSettings.CALCULATIONS_ONLY} makes none.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param projections  the projections to make
 * @param monteCarloRuns  the Monte Carlo runs, positive
 * @param seed  the Monte Carlo seed, fixed so that an analysis reproduces
 * @param horizonMonths  how far ahead the projections look, in months, positive
 */
public record AnalysisSettings(Set<Projection> projections, int monteCarloRuns, long seed, int horizonMonths) {

  /** The report's settings: every projection, 10,000 runs, seed 20251221, 120 months. */
  public static final AnalysisSettings DEFAULT =
      new AnalysisSettings(EnumSet.allOf(Projection.class), 10_000, 20_251_221L, 120);
  /** No projections: the calculations and the verdicts only. */
  public static final AnalysisSettings CALCULATIONS_ONLY = DEFAULT.withProjections(Set.of());

  /** A forward-looking projection an analysis can make, each under assumptions it states. */
  public enum Projection {
    /** Runway scenarios: constant burn on each definition, shrinking and growing burn, with IPO proceeds. */
    RUNWAY_SCENARIOS,
    /** The Monte Carlo runway: a distribution of runways over random burn paths. */
    MONTE_CARLO,
    /** The sensitivity of the runway to each input (a tornado). */
    SENSITIVITY,
    /** The log-linear revenue trend. */
    REVENUE_TREND,
    /** The break-even the trends of revenue, margin and loss imply. */
    BREAK_EVEN
  }

  /**
   * Creates the settings.
   *
   * @param projections  the projections, not null
   * @param monteCarloRuns  the runs, positive
   * @param seed  the seed
   * @param horizonMonths  the horizon, positive
   * @throws IllegalArgumentException if the projections are null or a count is not positive
   */
  public AnalysisSettings {
    projections = Set.copyOf(Args.noNulls(projections, "projections"));
    Args.positive(monteCarloRuns, "monteCarloRuns");
    Args.positive(horizonMonths, "horizonMonths");
  }

  /**
   * Returns a copy that makes the given projections.
   *
   * @param newProjections  the projections, not null
   * @return the new settings
   */
  public AnalysisSettings withProjections(Set<Projection> newProjections) {
    return new AnalysisSettings(newProjections, monteCarloRuns, seed, horizonMonths);
  }

  /**
   * Returns a copy with another number of Monte Carlo runs.
   *
   * @param runs  the runs, positive
   * @return the new settings
   */
  public AnalysisSettings withMonteCarloRuns(int runs) {
    return new AnalysisSettings(projections, runs, seed, horizonMonths);
  }

  /**
   * Returns a copy with another Monte Carlo seed.
   *
   * @param newSeed  the seed
   * @return the new settings
   */
  public AnalysisSettings withSeed(long newSeed) {
    return new AnalysisSettings(projections, monteCarloRuns, newSeed, horizonMonths);
  }

  /**
   * Returns a copy with another horizon.
   *
   * @param months  the horizon in months, positive
   * @return the new settings
   */
  public AnalysisSettings withHorizonMonths(int months) {
    return new AnalysisSettings(projections, monteCarloRuns, seed, months);
  }

  /**
   * Checks whether a projection is asked for.
   *
   * @param projection  the projection
   * @return true if the analysis makes it
   */
  public boolean makes(Projection projection) {
    return projections.contains(Args.notNull(projection, "projection"));
  }

  /**
   * Returns the settings in words, such as
   * {@code projections [RUNWAY_SCENARIOS, MONTE_CARLO], 10000 runs, seed 20251221, 120 months}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    String made = projections.isEmpty() ? "no projections" : "projections " + EnumSet.copyOf(projections).stream()
        .map(Enum::name).collect(Collectors.joining(", ", "[", "]"));
    return made + ", " + monteCarloRuns + " runs, seed " + seed + ", " + horizonMonths + " months";
  }
}
