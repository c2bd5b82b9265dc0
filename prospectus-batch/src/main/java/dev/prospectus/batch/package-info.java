/**
 * The batch over many filings: a folder (or a list) of datasets and their claims files in, one row
 * per verdict and per standard measure out, as JSON Lines or as the report's CSV
 * ({@link dev.prospectus.batch.Batch}); the outcome of one dataset, which the Spark module calls as
 * it is ({@link dev.prospectus.batch.DatasetOutcome}); and a seeded generator of synthetic datasets
 * and claims for tests and benchmarks ({@link dev.prospectus.batch.Generator}). docs/batch.md
 * describes the rows.
 * <p>
 * Null policy: no method accepts or returns null.
 */
package dev.prospectus.batch;
