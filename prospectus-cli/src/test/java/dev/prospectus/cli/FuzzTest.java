package dev.prospectus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the bundled datasets and claims files: every mutation is either rejected
 * cleanly, on one line naming the file and the pointer, or gives a complete report (see
 * {@link Fuzz}). A failing case is kept under {@code target/fuzz-failures} with what went wrong.
 */
class FuzzTest {

  /**
   * Fixed, so that a run can be repeated; {@code -Dfuzz.seed=N} (and {@code -Dfuzz.mutations=N})
   * explores further.
   */
  private static final long SEED = Long.getLong("fuzz.seed", 20251221L);
  private static final int MUTATIONS = Integer.getInteger("fuzz.mutations", 2000);
  private static final List<String> DATASETS = List.of("minimax", "zhipu", "moore-threads");
  /** Each case is reported in one format, in turn; the HTML page, the slowest, once in 25. */
  private static final List<List<String>> FORMATS = formats();
  private static final Path FAILURES = Path.of("prospectus-cli", "target", "fuzz-failures");

  @Test
  void test_mutations_areRejectedCleanlyOrReportedInFull(@TempDir Path dir) throws IOException {
    Random random = new Random(SEED);
    Map<Fuzz.Kind, Integer> counts = new EnumMap<>(Fuzz.Kind.class);
    List<String> failures = new ArrayList<>();
    Map<String, byte[]> bundled = new HashMap<>();
    for (String name : DATASETS) {
      for (String file : List.of("dataset.json", "claims.json")) {
        bundled.put(name + "/" + file, Files.readAllBytes(Path.of("data", name, file)));
      }
    }
    for (int i = 0; i < MUTATIONS; i++) {
      String name = DATASETS.get(i % DATASETS.size());
      byte[] dataset = bundled.get(name + "/dataset.json");
      byte[] claims = bundled.get(name + "/claims.json");
      // One mutation in three goes to the claims file.
      boolean mutateClaims = random.nextInt(3) == 0;
      if (mutateClaims) {
        claims = Fuzz.mutate(claims, random);
      } else {
        dataset = Fuzz.mutate(dataset, random);
      }
      Path folder = dir.resolve("case-" + i);
      Fuzz.write(folder, dataset, claims);
      Fuzz.Outcome outcome = Fuzz.judge(folder, FORMATS.get(i % FORMATS.size()));
      counts.merge(outcome.kind(), 1, Integer::sum);
      if (outcome.kind() == Fuzz.Kind.FAILED) {
        Path kept = FAILURES.resolve("case-" + i);
        Fuzz.write(kept, dataset, claims);
        Files.writeString(kept.resolve("failure.txt"), outcome.detail() + "\n", StandardCharsets.UTF_8);
        if (failures.size() >= 20) {
          break;
        }
        failures.add("case " + i + " (" + name + (mutateClaims ? " claims" : " dataset") + ", kept in " + kept
            + "): " + outcome.detail());
      }
      delete(folder);
    }
    assertThat(failures).as("mutations that neither were rejected cleanly nor gave a complete report").isEmpty();
    // Both outcomes are common (with the default seed, about four rejections to one report), so the
    // fuzzer reaches past the readers into the analysis and the reports.
    assertThat(counts.getOrDefault(Fuzz.Kind.REJECTED, 0)).as("outcomes %s", counts).isGreaterThan(MUTATIONS / 2);
    assertThat(counts.getOrDefault(Fuzz.Kind.REPORTED, 0)).as("outcomes %s", counts).isGreaterThan(MUTATIONS / 8);
  }

  private static List<List<String>> formats() {
    List<List<String>> formats = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      // The summary, and every section with the projections, in turn.
      formats.add(i % 2 == 0 ? List.of("--format", "text") : List.of("--format", "text", "--full"));
      formats.add(List.of("--format", "json"));
      formats.add(List.of("--format", "csv", "--section", List.of("figures", "calculations", "verdicts").get(i % 3)));
      formats.add(List.of("--format", "csv", "--section", "verdicts"));
    }
    formats.add(List.of("--format", "html"));
    return List.copyOf(formats);
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
