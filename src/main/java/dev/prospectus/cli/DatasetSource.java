package dev.prospectus.cli;

import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.text.Lexicon;
import dev.prospectus.verify.Claim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a dataset comes from on the command line: a folder, a {@code dataset.json} file, or the
 * name of a dataset bundled in the jar; and the claims file that goes with it.
 */
final class DatasetSource {

  // As DatasetReader spells a bundled name, so a name it would refuse is reported as a missing path.
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private final Optional<Path> path;
  private final Optional<String> bundledName;
  private final Dataset dataset;

  private DatasetSource(Optional<Path> path, Optional<String> bundledName, Dataset dataset) {
    this.path = path;
    this.bundledName = bundledName;
    this.dataset = dataset;
  }

  /**
   * Resolves the {@code --dataset} option: an existing folder or file, else a bundled name; without
   * the option, the bundled default named by {@code /datasets/index.json}.
   */
  static DatasetSource resolve(String option) {
    if (option == null) {
      String name = DatasetReader.defaultBundledName();
      return new DatasetSource(Optional.empty(), Optional.of(name), DatasetReader.bundled(name));
    }
    Path p = Path.of(option);
    if (Files.exists(p)) {
      return new DatasetSource(Optional.of(p), Optional.empty(), DatasetReader.read(p));
    }
    if (NAME.matcher(option).matches()) {
      return new DatasetSource(Optional.empty(), Optional.of(option), DatasetReader.bundled(option));
    }
    throw new IllegalArgumentException("No dataset at '" + option + "': no such file or folder");
  }

  Dataset dataset() {
    return dataset;
  }

  /** The standard lexicon with the dataset's own ({@code lexicon.txt} beside it, or bundled with it). */
  Lexicon lexicon() {
    return path.map(Lexicon::beside).orElseGet(() -> Lexicon.bundled(bundledName.orElseThrow()));
  }

  /**
   * The claims: from {@code --claims} if given, else the {@code claims.json} beside the dataset,
   * else none.
   */
  List<Claim> claims(String claimsOption) {
    if (claimsOption != null) {
      return ClaimsReader.read(Path.of(claimsOption), dataset);
    }
    if (path.isPresent()) {
      Path folder = Files.isDirectory(path.get()) ? path.get() : path.get().toAbsolutePath().getParent();
      Path file = folder.resolve(ClaimsReader.CLAIMS_FILE);
      return Files.exists(file) ? ClaimsReader.read(file, dataset) : List.of();
    }
    String name = bundledName.orElseThrow();
    return DatasetSource.class.getResource("/datasets/" + name + "/" + ClaimsReader.CLAIMS_FILE) == null
        ? List.of() : ClaimsReader.bundled(name, dataset);
  }
}
