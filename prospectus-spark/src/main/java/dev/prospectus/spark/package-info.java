/**
 * The batch on Apache Spark: dataset folders in, the batch's rows out as a Spark
 * {@code Dataset<Row>}, made in {@code mapPartitions} by the very function the local batch calls
 * ({@link dev.prospectus.batch.DatasetOutcome#analyse}), so the rows are the same
 * ({@link dev.prospectus.spark.SparkBatch}). docs/batch.md says how to run it.
 * <p>
 * Null policy: no method accepts or returns null; a missing claims file is a null column value in
 * Spark's rows, as Spark has it.
 */
package dev.prospectus.spark;
