/**
 * Reports on a dataset: the {@link dev.prospectus.report.Analysis} that applies every calculator
 * where its inputs exist, rendered as text for the terminal ({@link dev.prospectus.report.TextReport})
 * and JSON for programs ({@link dev.prospectus.report.JsonReport}).
 * <p>
 * Null policy: no method accepts or returns null.
 */
package dev.prospectus.report;
