package dev.prospectus.io;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a dataset from its {@code dataset.json}, strictly, as {@code docs/data-format.md}
 * specifies: from a file or folder, from a stream, from the classpath, or by the name of a dataset
 * bundled with the library.
 * <p>
 * For example {@code DatasetReader.read(Path.of("data/acme"))} reads
 * {@code data/acme/dataset.json}, and {@code DatasetReader.bundled("acme")} reads the copy
 * packaged in the jar at {@code /datasets/acme/dataset.json}.
 * <p>
 * Strict means that nothing is guessed or dropped. An unknown field, a repeated key, a missing
 * required field, {@code null}, a value of the wrong JSON type (a figure's value written as a JSON
 * number loses the precision of its printing, so it must be a string), a value that is not a plain
 * decimal, an unknown unit, scale or qualifier, an id that is not declared or is declared twice, a
 * figure in another currency without a currency note, and a period that does not parse or ends
 * before it starts are all {@link DataFormatException}s naming the file, the JSON pointer and the
 * value. Reading stops at the first problem.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class DatasetReader {

  /** The file a dataset folder holds. */
  public static final String DATASET_FILE = "dataset.json";
  /** The classpath folder that holds the bundled datasets, one sub-folder each. */
  public static final String BUNDLE_FOLDER = "/datasets";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private DatasetReader() {
  }

  /**
   * Reads a dataset file, or the {@code dataset.json} in a folder.
   * <p>
   * Messages name the file as given, so {@code read(Path.of("data/acme"))} reports problems in
   * {@code data/acme/dataset.json}.
   *
   * @param fileOrFolder  the {@code dataset.json} file, or the folder that holds it
   * @return the dataset
   * @throws DataFormatException if the file breaks the format
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the path is null
   */
  public static Dataset read(Path fileOrFolder) {
    Args.notNull(fileOrFolder, "fileOrFolder");
    Path file = Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve(DATASET_FILE) : fileOrFolder;
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to read dataset file '" + file + "': " + ex, ex);
    }
    return parse(content, file.toString());
  }

  /**
   * Reads a dataset from a stream of UTF-8 JSON, to its end. The stream is not closed.
   *
   * @param in  the stream
   * @param fileName  the name messages give the source, such as {@code "upload/dataset.json"}
   * @return the dataset
   * @throws DataFormatException if the content breaks the format
   * @throws UncheckedIOException if the stream cannot be read
   * @throws IllegalArgumentException if an argument is null
   */
  public static Dataset read(InputStream in, String fileName) {
    Args.notNull(in, "in");
    Args.notNull(fileName, "fileName");
    byte[] content;
    try {
      content = in.readAllBytes();
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to read dataset '" + fileName + "': " + ex, ex);
    }
    return parse(content, fileName);
  }

  /**
   * Reads a dataset from the bytes of a UTF-8 JSON file already in memory, as {@link #read(InputStream,
   * String)} reads a stream's: for callers that hold the file's content, such as a batch, with no copy.
   * The bytes are not changed.
   *
   * @param content  the file's content
   * @param fileName  the name messages give the source, such as {@code "c0000042/dataset.json"}
   * @return the dataset
   * @throws DataFormatException if the content breaks the format
   * @throws IllegalArgumentException if an argument is null
   */
  public static Dataset read(byte[] content, String fileName) {
    Args.notNull(content, "content");
    Args.notNull(fileName, "fileName");
    return parse(content, fileName);
  }

  /**
   * Reads a dataset from a classpath resource, such as {@code "/datasets/acme/dataset.json"}.
   * <p>
   * The path is absolute (a missing leading slash is assumed). Messages name the file
   * {@code classpath:} followed by the path, such as {@code classpath:/datasets/acme/dataset.json}.
   *
   * @param resourcePath  the resource's path on the classpath
   * @return the dataset
   * @throws DataFormatException if the resource breaks the format
   * @throws IllegalArgumentException if the path is null or no such resource exists
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Dataset readResource(String resourcePath) {
    Args.notBlank(resourcePath, "resourcePath");
    String path = resourcePath.startsWith("/") ? resourcePath : "/" + resourcePath;
    InputStream in = DatasetReader.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalArgumentException("No dataset resource '" + path + "' on the classpath");
    }
    return readResource(in, path);
  }

  /**
   * Reads a dataset bundled with the library: {@code bundled("acme")} reads the resource
   * {@code /datasets/acme/dataset.json}, which the build copies from {@code data/acme/}.
   *
   * @param name  the dataset's folder name, lower-case letters, digits, {@code _} and {@code -}
   * @return the dataset
   * @throws DataFormatException if the bundled file breaks the format
   * @throws IllegalArgumentException if the name is malformed or no such dataset is bundled; the
   *     message lists the bundled names
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Dataset bundled(String name) {
    Args.notNull(name, "name");
    Args.isTrue(NAME.matcher(name).matches(),
        "Invalid dataset name '" + name + "': expected lower-case letters, digits, '_' and '-'");
    String path = BUNDLE_FOLDER + "/" + name + "/" + DATASET_FILE;
    InputStream in = DatasetReader.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalArgumentException("No bundled dataset '" + name + "': resource '" + path
          + "' is not on the classpath; bundled datasets: " + bundledNames());
    }
    return readResource(in, path);
  }

  /**
   * The names of the datasets bundled with the library, sorted: the sub-folders of
   * {@code /datasets} that hold a {@code dataset.json}, in the class folder or jar that holds this
   * class.
   * <p>
   * Where that location is neither a folder nor a jar file (a custom class loader, a jar nested
   * in another), the list is empty; {@link #bundled} still reads any dataset its class loader can
   * find.
   *
   * @return the names, such as {@code [acme, globex]}
   * @throws UncheckedIOException if the class folder or jar cannot be read
   */
  public static List<String> bundledNames() {
    return DatasetBundles.names(DatasetReader.class, BUNDLE_FOLDER.substring(1), DATASET_FILE).stream()
        .filter(name -> NAME.matcher(name).matches())
        .toList();
  }

  /**
   * The name of the default bundled dataset, which the data names (resource
   * {@code /datasets/index.json}, field {@code default}), not the code.
   *
   * @return the name, such as {@code "acme"}
   * @throws IllegalArgumentException if the index is missing or names no well-formed dataset name
   * @throws UncheckedIOException if the index cannot be read
   */
  public static String defaultBundledName() {
    String index = BUNDLE_FOLDER + "/index.json";
    try (InputStream in = DatasetReader.class.getResourceAsStream(index)) {
      if (in == null) {
        throw new IllegalArgumentException("No bundled datasets: resource '" + index + "' is missing");
      }
      String name = JsonText.parse(in.readAllBytes(), "classpath:" + index).path("default").asText("");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("Resource '" + index + "' at /default: '" + name
            + "' is not a dataset name");
      }
      return name;
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to read resource '" + index + "'", ex);
    }
  }

  //-------------------------------------------------------------------------
  private static Dataset readResource(InputStream resource, String path) {
    try (InputStream in = resource) {
      return read(in, "classpath:" + path);
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to close resource '" + path + "': " + ex, ex);
    }
  }

  private static Dataset parse(byte[] content, String file) {
    return DatasetParser.parse(JsonText.parse(content, file), file);
  }
}
