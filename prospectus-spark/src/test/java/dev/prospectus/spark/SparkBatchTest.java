package dev.prospectus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.batch.Batch;
import dev.prospectus.batch.BatchRow;
import dev.prospectus.batch.Generator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkBatchTest {

  private static final int COMPANIES = 300;

  @TempDir
  static Path root;
  static SparkSession spark;

  @BeforeAll
  static void start() throws IOException {
    Generator.write(root, COMPANIES, 42);
    // and one dataset that fails to load: an error row on both sides
    Path broken = Files.createDirectories(root.resolve("c9999999"));
    Files.writeString(broken.resolve("dataset.json"), "{\"company\": \"Broken\"}", StandardCharsets.UTF_8);
    spark = SparkSession.builder().master("local[2]").appName("prospectus-spark-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void rows_equal_the_local_batch_rows_sorted_by_dataset_kind_and_id() {
    List<BatchRow> local = Batch.rows(Batch.folders(root)).stream().sorted(BatchRow.ORDER).toList();
    List<BatchRow> onSpark = SparkBatch.rows(SparkBatch.inputs(spark, root.toUri().toString())).collectAsList()
        .stream().map(SparkBatch::toBatchRow).sorted(BatchRow.ORDER).toList();
    assertThat(local).hasSizeGreaterThan(COMPANIES * 30);
    assertThat(local.stream().map(BatchRow::kind).distinct()).containsExactlyInAnyOrder("verdict", "measure", "error");
    assertThat(onSpark).hasSameSizeAs(local);
    assertThat(onSpark).isEqualTo(local);
  }
}
