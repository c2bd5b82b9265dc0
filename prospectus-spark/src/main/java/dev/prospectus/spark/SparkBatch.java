package dev.prospectus.spark;

import dev.prospectus.batch.BatchRow;
import dev.prospectus.batch.DatasetOutcome;
import dev.prospectus.internal.Args;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The batch on Spark: dataset folders in, one row per verdict, standard measure or error out, the
 * same rows as the local batch ({@code dev.prospectus.batch.Batch}).
 * <p>
 * The inputs are rows of three strings, {@link #INPUT}: the folder's name and the text of its
 * {@code dataset.json} and {@code claims.json}. Each partition calls
 * {@link DatasetOutcome#analyse} on its rows, as the local batch does, and gives rows of four
 * strings, {@link #ROWS}: dataset, kind, id and the row as one line of JSON. Everything travels as
 * strings: Spark's decimals would turn a printed {@code 3.50} into {@code 3.500000000000000000}.
 * <p>
 * {@code spark-submit --class dev.prospectus.spark.SparkBatch prospectus-spark-job.jar IN OUT}
 * reads the dataset folders under {@code IN} (any file system Spark reads: a local path, HDFS, S3)
 * and writes the rows' JSON to {@code OUT} as text files, one row per line.
 */
public final class SparkBatch {

  /** The inputs: the folder's name, the dataset file's text and the claims file's text (null when none). */
  public static final StructType INPUT = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("dataset", DataTypes.StringType, false)
      .add("claims", DataTypes.StringType, true);

  /** The rows: as {@link BatchRow}, four strings. */
  public static final StructType ROWS = new StructType()
      .add("dataset", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, false)
      .add("json", DataTypes.StringType, false);

  private SparkBatch() {
  }

  /**
   * Reads the dataset folders under a folder: each sub-folder's {@code dataset.json} and, if it has
   * one, its {@code claims.json}, whole, as text.
   *
   * @param spark  the session
   * @param folder  the folder of dataset folders, as Spark names files ({@code /data/filings},
   *     {@code hdfs:///filings})
   * @return one input row per dataset folder
   */
  public static Dataset<Row> inputs(SparkSession spark, String folder) {
    Args.notNull(spark, "spark");
    Args.notBlank(folder, "folder");
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String base = folder.endsWith("/") ? folder : folder + "/";
    JavaPairRDD<String, String> datasets = byFolder(context.wholeTextFiles(base + "*/dataset.json"));
    JavaPairRDD<String, String> claims = byFolder(context.wholeTextFiles(base + "*/claims.json"));
    JavaRDD<Row> rows = datasets.leftOuterJoin(claims)
        .map(p -> RowFactory.create(p._1(), p._2()._1(), p._2()._2().orNull()));
    return spark.createDataFrame(rows, INPUT);
  }

  /** Keys each file by its folder's name: {@code .../c0000042/dataset.json} by {@code c0000042}. */
  private static JavaPairRDD<String, String> byFolder(JavaPairRDD<String, String> files) {
    return files.mapToPair(f -> {
      String path = f._1();
      String folder = path.substring(0, path.lastIndexOf('/'));
      return new Tuple2<>(folder.substring(folder.lastIndexOf('/') + 1), f._2());
    });
  }

  /**
   * The batch's rows of the inputs, made in each partition by the library, as the local batch
   * makes them.
   *
   * @param inputs  rows of {@link #INPUT}
   * @return rows of {@link #ROWS}
   */
  public static Dataset<Row> rows(Dataset<Row> inputs) {
    Args.notNull(inputs, "inputs");
    return inputs.mapPartitions((MapPartitionsFunction<Row, Row>) SparkBatch::partition, Encoders.row(ROWS));
  }

  private static Iterator<Row> partition(Iterator<Row> inputs) {
    List<Row> out = new ArrayList<>();
    while (inputs.hasNext()) {
      Row in = inputs.next();
      String source = in.getString(0);
      String claims = in.isNullAt(2) ? null : in.getString(2);
      // The same names in messages as the local batch gives: the folder's name and the file's.
      DatasetOutcome outcome = DatasetOutcome.analyse(source, source + "/dataset.json",
          in.getString(1).getBytes(StandardCharsets.UTF_8), source + "/claims.json",
          Optional.ofNullable(claims).map(c -> c.getBytes(StandardCharsets.UTF_8)));
      for (BatchRow row : outcome.rows()) {
        out.add(RowFactory.create(row.dataset(), row.kind(), row.id(), row.json()));
      }
    }
    return out.iterator();
  }

  /**
   * Converts rows of {@link #ROWS} back to batch rows, for a driver that collects them.
   *
   * @param row  a row of {@link #ROWS}
   * @return the batch row
   */
  public static BatchRow toBatchRow(Row row) {
    Args.notNull(row, "row");
    return new BatchRow(row.getString(0), row.getString(1), row.getString(2), row.getString(3));
  }

  /**
   * Runs the batch on a cluster: {@code spark-submit --class dev.prospectus.spark.SparkBatch
   * prospectus-spark-job.jar IN OUT}.
   *
   * @param args  the folder of dataset folders and the output folder
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("Usage: spark-submit --class dev.prospectus.spark.SparkBatch prospectus-spark-job.jar IN OUT");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("prospectus-batch").getOrCreate();
    try {
      rows(inputs(spark, args[0])).select("json").write().text(args[1]);
    } finally {
      spark.stop();
    }
  }
}
