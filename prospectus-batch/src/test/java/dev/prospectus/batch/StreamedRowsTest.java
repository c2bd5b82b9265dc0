package dev.prospectus.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prospectus.analysis.Analysis;
import dev.prospectus.calc.Calculation;
import dev.prospectus.model.FigureKey;
import dev.prospectus.report.JsonReport;
import dev.prospectus.report.VerdictJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows are written with one streaming generator per dataset; they were once built as a JSON
 * tree per row (VerdictJson.toJson, JsonReport.calculation) and serialised. The tree way is kept
 * here as the reference: both must give the same text, byte for byte, on generated datasets.
 */
class StreamedRowsTest {

  private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void streamed_rows_are_the_tree_built_rows_byte_for_byte(@TempDir Path root) throws IOException {
    Generator.write(root, 200, 11);
    Path badClaims = Files.createDirectories(root.resolve("c0000007x"));
    Files.copy(root.resolve("c0000007/dataset.json"), badClaims.resolve("dataset.json"));
    Files.writeString(badClaims.resolve("claims.json"), "{\"claims\": [{\"id\": \"x\", \"compute\": \"nope\"}]}",
        StandardCharsets.UTF_8);
    Path broken = Files.createDirectories(root.resolve("c0000008x"));
    Files.writeString(broken.resolve("dataset.json"), "{\"company\": \"Broken \\u2028 \\\"x\\\"\"}",
        StandardCharsets.UTF_8);
    long verdicts = 0;
    long measures = 0;
    for (Path folder : Batch.folders(root)) {
      DatasetOutcome outcome = Batch.outcome(folder);
      List<BatchRow> expected = treeRows(outcome);
      assertThat(outcome.rows()).isEqualTo(expected);
      assertThat(outcome.jsonl()).isEqualTo(expected.stream().map(r -> r.json() + "\n").collect(Collectors.joining()));
      verdicts += expected.stream().filter(r -> r.kind().equals(BatchRow.VERDICT)).count();
      measures += expected.stream().filter(r -> r.kind().equals(BatchRow.MEASURE)).count();
    }
    assertThat(verdicts).isGreaterThan(4000);
    assertThat(measures).isGreaterThan(2000);
  }

  /** The rows as DatasetOutcome built them before it streamed them. */
  private static List<BatchRow> treeRows(DatasetOutcome outcome) {
    String source = outcome.source();
    String name = outcome.analysis().map(a -> a.dataset().name()).orElse(source);
    List<BatchRow> rows = new ArrayList<>();
    outcome.analysis().ifPresent(a -> a.verdicts().forEach(v -> {
      ObjectNode o = head(name, source, BatchRow.VERDICT);
      o.setAll(VerdictJson.toJson(v));
      rows.add(new BatchRow(name, BatchRow.VERDICT, v.id(), line(o)));
    }));
    for (DatasetOutcome.Problem p : outcome.problems()) {
      ObjectNode o = head(name, source, BatchRow.ERROR);
      o.put("id", p.id());
      o.put("error", p.message());
      rows.add(new BatchRow(name, BatchRow.ERROR, p.id(), line(o)));
    }
    if (outcome.analysis().isEmpty()) {
      return rows;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Analysis.Section section : outcome.analysis().get().sections()) {
      for (Calculation c : section.results()) {
        String type = c.measure().name().toLowerCase(Locale.ROOT);
        String id = type + ":" + c.subject().stream().map(FigureKey::toString).collect(Collectors.joining(","));
        int count = seen.merge(id, 1, Integer::sum);
        if (count > 1) {
          id = id + "#" + count;
        }
        ObjectNode o = head(name, source, BatchRow.MEASURE);
        o.put("id", id);
        o.put("section", section.title());
        o.put("type", type);
        ArrayNode subject = o.putArray("subject");
        c.subject().forEach(k -> subject.add(k.toString()));
        ObjectNode calc = JsonReport.calculation(c);
        calc.remove("inputs");
        o.setAll(calc);
        rows.add(new BatchRow(name, BatchRow.MEASURE, id, line(o)));
      }
    }
    return rows;
  }

  private static ObjectNode head(String name, String source, String kind) {
    ObjectNode o = NODES.objectNode();
    o.put("dataset", name);
    o.put("folder", source);
    o.put("kind", kind);
    return o;
  }

  private static String line(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
