/**
 * Forward-looking analytics: runway projections, Monte Carlo runway, revenue trends, break-even and
 * sensitivity, built on Apache Commons Math. Every result is a projection and carries its assumptions.
 * <p>
 * A {@link dev.prospectus.scenario.Scenario} is cash on a date, a
 * {@link dev.prospectus.scenario.BurnModel} (constant, geometric or revenue-driven burn), optional
 * {@link dev.prospectus.scenario.CashInjection}s (such as offering proceeds) and a horizon.
 * {@link dev.prospectus.scenario.RunwayProjection} turns it into a
 * {@link dev.prospectus.scenario.RunwayResult}: the {@link dev.prospectus.scenario.Runway} (months, or
 * beyond the horizon), its range across the inputs' rounding, and the cash path.
 * {@link dev.prospectus.scenario.Sensitivity} moves each input in turn into a
 * {@link dev.prospectus.scenario.Tornado}. {@link dev.prospectus.scenario.MonteCarloRunway} draws the
 * burn and its growth from {@link dev.prospectus.scenario.Distribution}s with a seeded generator into a
 * {@link dev.prospectus.scenario.MonteCarloResult} with percentiles and a fan chart of
 * {@link dev.prospectus.scenario.FanPoint}s. {@link dev.prospectus.scenario.TrendFit} fits
 * {@link dev.prospectus.scenario.TrendPoint}s log-linearly, and
 * {@link dev.prospectus.scenario.BreakEven} combines revenue, margin and loss trends from
 * {@link dev.prospectus.scenario.BreakEvenPoint}s.
 * <p>
 * Inputs are {@link dev.prospectus.model.Quantity} values, reported figures or calculations, so a
 * report can feed calculator outputs in. Commons Math works in double: inputs are converted from
 * BigDecimal at this package's boundary, months, rates and probabilities come back as double, and
 * money comes back as BigDecimal in whole currency units. No NaN or infinity is returned: inputs that
 * would produce one are rejected with an {@code IllegalArgumentException} naming the argument and the
 * value. The formulas, assumptions and limits are in {@code docs/scenarios.md}.
 * <p>
 * Null policy: no method accepts or returns null. All public types are immutable and thread-safe; the
 * mutable Commons Math objects (solvers, distributions, generators, regressions) are
 * created inside each call and never shared.
 */
package dev.prospectus.scenario;
