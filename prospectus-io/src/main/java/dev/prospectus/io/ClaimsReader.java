package dev.prospectus.io;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Dataset;
import dev.prospectus.verify.Claim;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads claims files ({@code claims.json}, format in {@code docs/claims.md}) into
 * {@link Claim}s for the {@link dev.prospectus.verify.Verifier}.
 * <p>
 * Reading is strict: unknown fields, duplicate keys or ids, wrong JSON types, unknown calculations
 * or relations, malformed figure keys and unparseable printed figures are errors. Each is a
 * {@link DataFormatException} whose message names the file, the JSON pointer and the value, such
 * as {@code data/acme/claims.json at /claims/3/compute/calc: 'grwoth' is not a calculation: ...}.
 * Given the dataset the claims are for, the reader also checks that every document a claim cites
 * is declared in it.
 * <p>
 * For example:
 * <pre>
 *   Dataset acme = DatasetReader.bundled("acme");
 *   List&lt;Claim&gt; claims = ClaimsReader.bundled("acme", acme);
 *   List&lt;Verdict&gt; verdicts = Verifier.verify(acme, claims);
 * </pre>
 * This class is stateless and thread-safe.
 */
public final class ClaimsReader {

  /** The file name of a dataset's claims, beside its {@code dataset.json}. */
  public static final String CLAIMS_FILE = "claims.json";
  private static final String BUNDLE_FOLDER = "/datasets";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private ClaimsReader() {
  }

  /**
   * Reads a claims file, or the {@code claims.json} in a folder.
   *
   * @param fileOrFolder  the claims file, or the dataset folder that holds {@code claims.json}
   * @return the claims, in file order
   * @throws DataFormatException if the file breaks the format
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the path is null
   */
  public static List<Claim> read(Path fileOrFolder) {
    return read(fileOrFolder, Optional.empty());
  }

  /**
   * Reads a claims file, or the {@code claims.json} in a folder, and checks it against the dataset
   * it is for: every document cited must be declared, every period must resolve.
   *
   * @param fileOrFolder  the claims file, or the dataset folder that holds {@code claims.json}
   * @param dataset  the dataset the claims are for
   * @return the claims, in file order
   * @throws DataFormatException if the file breaks the format or cites an undeclared document
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if an argument is null
   */
  public static List<Claim> read(Path fileOrFolder, Dataset dataset) {
    return read(fileOrFolder, Optional.of(Args.notNull(dataset, "dataset")));
  }

  private static List<Claim> read(Path fileOrFolder, Optional<Dataset> dataset) {
    Args.notNull(fileOrFolder, "fileOrFolder");
    Path file = Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve(CLAIMS_FILE) : fileOrFolder;
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to read claims file '" + file + "': " + ex, ex);
    }
    return ClaimsParser.parse(JsonText.parse(content, file.toString()), file.toString(), dataset);
  }

  /**
   * Reads claims from a stream of UTF-8 JSON, to its end. The stream is not closed.
   *
   * @param in  the stream
   * @param fileName  the name messages give the source, such as {@code "upload/claims.json"}
   * @return the claims, in order
   * @throws DataFormatException if the content breaks the format
   * @throws UncheckedIOException if the stream cannot be read
   * @throws IllegalArgumentException if an argument is null
   */
  public static List<Claim> read(InputStream in, String fileName) {
    Args.notNull(in, "in");
    Args.notNull(fileName, "fileName");
    try {
      return ClaimsParser.parse(JsonText.parse(in.readAllBytes(), fileName), fileName, Optional.empty());
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to read claims '" + fileName + "': " + ex, ex);
    }
  }

  /**
   * Reads claims from the bytes of a UTF-8 JSON file already in memory, as {@link #read(InputStream,
   * String)} reads a stream's: for callers that hold the file's content, such as a batch, with no copy.
   * The bytes are not changed.
   *
   * @param content  the file's content
   * @param fileName  the name messages give the source, such as {@code "c0000042/claims.json"}
   * @return the claims, in order
   * @throws DataFormatException if the content breaks the format
   * @throws IllegalArgumentException if an argument is null
   */
  public static List<Claim> read(byte[] content, String fileName) {
    Args.notNull(content, "content");
    Args.notNull(fileName, "fileName");
    return ClaimsParser.parse(JsonText.parse(content, fileName), fileName, Optional.empty());
  }

  /**
   * Reads the claims bundled with a dataset: {@code bundled("acme")} reads the resource
   * {@code /datasets/acme/claims.json}, which the build copies from {@code data/acme/}.
   *
   * @param datasetName  the dataset's folder name
   * @return the claims, in file order
   * @throws DataFormatException if the bundled file breaks the format
   * @throws IllegalArgumentException if the name is malformed or the dataset bundles no claims
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static List<Claim> bundled(String datasetName) {
    return bundled(datasetName, Optional.empty());
  }

  /**
   * Reads the claims bundled with a dataset and checks them against the dataset, as
   * {@link #read(Path, Dataset)} does.
   *
   * @param datasetName  the dataset's folder name
   * @param dataset  the dataset the claims are for
   * @return the claims, in file order
   * @throws DataFormatException if the bundled file breaks the format or cites an undeclared document
   * @throws IllegalArgumentException if an argument is null, the name is malformed or the dataset
   *     bundles no claims
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static List<Claim> bundled(String datasetName, Dataset dataset) {
    return bundled(datasetName, Optional.of(Args.notNull(dataset, "dataset")));
  }

  private static List<Claim> bundled(String datasetName, Optional<Dataset> dataset) {
    Args.notNull(datasetName, "datasetName");
    Args.isTrue(NAME.matcher(datasetName).matches(),
        "Invalid dataset name '" + datasetName + "': expected lower-case letters, digits, '_' and '-'");
    String path = BUNDLE_FOLDER + "/" + datasetName + "/" + CLAIMS_FILE;
    try (InputStream in = ClaimsReader.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No bundled claims for dataset '" + datasetName + "': resource '" + path
            + "' is not on the classpath");
      }
      String file = "classpath:" + path;
      return ClaimsParser.parse(JsonText.parse(in.readAllBytes(), file), file, dataset);
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to read resource '" + path + "': " + ex, ex);
    }
  }
}
