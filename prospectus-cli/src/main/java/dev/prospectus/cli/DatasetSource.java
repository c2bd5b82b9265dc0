package dev.prospectus.cli;

import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DataFormatException;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.text.Lexicon;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.ClaimException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
   * <p>
   * What cannot be found or read is said in the user's words: {@code no dataset.json in data/acme},
   * {@code cannot read data/acme/dataset.json: permission denied}.
   *
   * @throws IllegalArgumentException if there is no such dataset, or its file breaks the format
   * @throws UncheckedIOException if its file cannot be read
   */
  static DatasetSource resolve(String option) {
    if (option == null) {
      String name = DatasetReader.defaultBundledName();
      return new DatasetSource(Optional.empty(), Optional.of(name), DatasetReader.bundled(name));
    }
    Path p = path(option, "dataset");
    if (Files.isDirectory(p) && !Files.exists(p.resolve(DatasetReader.DATASET_FILE))) {
      throw new IllegalArgumentException("no " + DatasetReader.DATASET_FILE + " in " + option);
    }
    if (Files.exists(p)) {
      return new DatasetSource(Optional.of(p), Optional.empty(), readable(p, DatasetReader.DATASET_FILE,
          () -> DatasetReader.read(p)));
    }
    if (NAME.matcher(option).matches()) {
      List<String> bundled = DatasetReader.bundledNames();
      // An empty list means the bundle cannot be listed (a custom class loader): let the reader look.
      if (!bundled.isEmpty() && !bundled.contains(option)) {
        throw new IllegalArgumentException("no dataset at '" + option + "': no such file or folder, and no bundled"
            + " dataset of that name (bundled: " + String.join(", ", bundled) + ")");
      }
      return new DatasetSource(Optional.empty(), Optional.of(option), DatasetReader.bundled(option));
    }
    throw new IllegalArgumentException("no dataset at '" + option + "': no such file or folder");
  }

  private static Path path(String option, String what) {
    try {
      return Path.of(option);
    } catch (InvalidPathException ex) {
      throw new IllegalArgumentException("no " + what + " at '" + option + "': not a valid path", ex);
    }
  }

  /** Reads a file that exists, saying in words why it could not be read. */
  private static <T> T readable(Path fileOrFolder, String fileInFolder, Supplier<T> reader) {
    try {
      return reader.get();
    } catch (UncheckedIOException ex) {
      Path file = Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve(fileInFolder) : fileOrFolder;
      throw new UncheckedIOException("cannot read " + file + ": " + FileProblems.describe(ex.getCause()),
          ex.getCause());
    }
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
   *
   * @throws IllegalArgumentException if the claims file named is missing or breaks the format
   * @throws UncheckedIOException if it cannot be read
   */
  List<Claim> claims(String claimsOption) {
    return claimsFile(claimsOption).claims();
  }

  /**
   * The claims, as {@link #claims(String)} finds them, with the file they come from.
   *
   * @throws IllegalArgumentException if the claims file named is missing or breaks the format
   * @throws UncheckedIOException if it cannot be read
   */
  Claims claimsFile(String claimsOption) {
    if (claimsOption != null) {
      Path p = path(claimsOption, "claims file");
      if (Files.isDirectory(p) && !Files.exists(p.resolve(ClaimsReader.CLAIMS_FILE))) {
        throw new IllegalArgumentException("no " + ClaimsReader.CLAIMS_FILE + " in " + claimsOption);
      }
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("no claims file at '" + claimsOption + "': no such file or folder");
      }
      Path file = Files.isDirectory(p) ? p.resolve(ClaimsReader.CLAIMS_FILE) : p;
      return new Claims(file.toString(), readable(p, ClaimsReader.CLAIMS_FILE, () -> ClaimsReader.read(p, dataset)));
    }
    if (path.isPresent()) {
      Path folder = Files.isDirectory(path.get()) ? path.get() : path.get().toAbsolutePath().getParent();
      Path file = folder.resolve(ClaimsReader.CLAIMS_FILE);
      return new Claims(file.toString(), Files.exists(file)
          ? readable(file, ClaimsReader.CLAIMS_FILE, () -> ClaimsReader.read(file, dataset)) : List.of());
    }
    String name = bundledName.orElseThrow();
    String resource = "/datasets/" + name + "/" + ClaimsReader.CLAIMS_FILE;
    return new Claims("classpath:" + resource, DatasetSource.class.getResource(resource) == null
        ? List.of() : ClaimsReader.bundled(name, dataset));
  }

  /**
   * Claims with the file they were read from, named as the reader names it in its messages.
   *
   * @param file  the file, such as {@code data/acme/claims.json} or
   *     {@code classpath:/datasets/acme/claims.json}
   * @param claims  the claims, in file order
   */
  record Claims(String file, List<Claim> claims) {

    /**
     * Runs a check of these claims. A claim the check cannot evaluate (it compares values in units
     * that cannot be compared, say) stops the run, as the verifier has it; it is reported as a
     * problem of the claims file, at the claim's pointer, like every other problem of a data file.
     *
     * @param check  the check, such as the verifier on these claims
     * @return what the check returns
     * @throws DataFormatException if a claim cannot be checked
     */
    <T> T check(Supplier<T> check) {
      try {
        return check.get();
      } catch (ClaimException ex) {
        int index = claims.stream().map(Claim::id).toList().indexOf(ex.claimId());
        String prefix = "Claim '" + ex.claimId() + "': ";
        String problem = ex.getMessage().startsWith(prefix) ? ex.getMessage().substring(prefix.length())
            : ex.getMessage();
        throw new DataFormatException(file, index < 0 ? "" : "/claims/" + index, ex.claimId(),
            "is a claim that cannot be checked: " + problem, ex);
      }
    }
  }
}
