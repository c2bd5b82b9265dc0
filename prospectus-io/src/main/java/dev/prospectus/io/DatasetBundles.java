package dev.prospectus.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Lists the datasets packaged next to a class: in its class folder (a development build's
 * {@code target/classes}) or in its jar.
 * <p>
 * A class loader cannot list a folder, so this looks at the class's code source directly, which
 * also keeps datasets of other jars on the classpath out of the list.
 * <p>
 * This class is stateless and thread-safe.
 */
final class DatasetBundles {

  private DatasetBundles() {
  }

  /**
   * The sub-folders of a folder next to a class that hold a given file.
   *
   * @param anchor  the class whose class folder or jar is searched
   * @param folder  the folder, relative to the class folder or jar root, such as {@code "datasets"}
   * @param file  the file a sub-folder must hold, such as {@code "dataset.json"}
   * @return the sub-folder names, sorted; empty if the location is neither a folder nor a jar
   * @throws UncheckedIOException if the folder or jar cannot be read
   */
  static List<String> names(Class<?> anchor, String folder, String file) {
    return location(anchor).map(location -> names(location, folder, file)).orElse(List.of());
  }

  /**
   * The sub-folders of a folder in a class folder or jar that hold a given file.
   *
   * @param location  the class folder or jar file
   * @param folder  the folder, relative to the class folder or jar root
   * @param file  the file a sub-folder must hold
   * @return the sub-folder names, sorted; empty if the location is neither a folder nor a file
   * @throws UncheckedIOException if the folder or jar cannot be read
   */
  static List<String> names(Path location, String folder, String file) {
    if (Files.isDirectory(location)) {
      return inFolder(location.resolve(folder), file);
    }
    if (Files.isRegularFile(location)) {
      return inJar(location, folder, file);
    }
    return List.of();
  }

  private static Optional<Path> location(Class<?> anchor) {
    CodeSource source = anchor.getProtectionDomain().getCodeSource();
    URL url = source == null ? null : source.getLocation();
    if (url == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(url.toURI()));
    } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException ex) {
      // Not a file on the default file system, such as a jar nested in another jar.
      return Optional.empty();
    }
  }

  private static List<String> inFolder(Path root, String file) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(root)) {
      return children.filter(child -> Files.isRegularFile(child.resolve(file)))
          .map(child -> child.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to list '" + root + "': " + ex, ex);
    }
  }

  private static List<String> inJar(Path jar, String folder, String file) {
    Pattern entry = Pattern.compile(Pattern.quote(folder + "/") + "([^/]+)" + Pattern.quote("/" + file));
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream()
          .map(e -> entry.matcher(e.getName()))
          .filter(Matcher::matches)
          .map(m -> m.group(1))
          .distinct()
          .sorted()
          .toList();
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to list '" + jar + "': " + ex, ex);
    }
  }
}
