/**
 * Reports on a dataset: the {@link dev.prospectus.report.Analysis} that applies every calculator
 * where its inputs exist, and the {@link dev.prospectus.report.Projections} that look forward under
 * stated assumptions, rendered as text for the terminal ({@link dev.prospectus.report.TextReport}),
 * JSON for programs ({@link dev.prospectus.report.JsonReport}) and one self-contained HTML page with
 * charts for people ({@link dev.prospectus.report.HtmlReport}).
 * <p>
 * Null policy: no method accepts or returns null.
 */
package dev.prospectus.report;
