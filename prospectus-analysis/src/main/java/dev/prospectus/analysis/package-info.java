/**
 * The analysis of a dataset, computed once: the calculations wherever the dataset has their
 * inputs, the verdicts on its claims, and the forward-looking projections, under explicit
 * {@link dev.prospectus.analysis.AnalysisSettings}.
 * <p>
 * {@link dev.prospectus.analysis.Analysis} sits between the calculators
 * ({@code dev.prospectus.calc}), the verifier ({@code dev.prospectus.verify}) and the projections
 * ({@code dev.prospectus.scenario}) below it and the renderers ({@code dev.prospectus.report}) above
 * it: the renderers only render what it holds. It finds its results by what they measure
 * ({@link dev.prospectus.calc.Measure}) and the figures they read, never by their labels, and
 * computes only what its settings ask for: a caller that wants the calculations and verdicts does
 * not pay for a Monte Carlo.
 * <p>
 * Null policy: no method accepts or returns null. All types are immutable and thread-safe.
 */
package dev.prospectus.analysis;
