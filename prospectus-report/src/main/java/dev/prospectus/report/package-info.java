/**
 * Reports on a dataset: its {@link dev.prospectus.analysis.Analysis} (the calculations, the verdicts
 * and the projections, computed once), rendered and nothing more: as text for the terminal
 * ({@link dev.prospectus.report.TextReport}), JSON for programs
 * ({@link dev.prospectus.report.JsonReport}) and one self-contained HTML page with charts for people
 * ({@link dev.prospectus.report.HtmlReport}); verdicts alone as a table
 * ({@link dev.prospectus.report.VerdictTable}) or JSON ({@link dev.prospectus.report.VerdictJson}).
 * <p>
 * Null policy: no method accepts or returns null.
 */
package dev.prospectus.report;
