package dev.prospectus.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetBundlesTest {

  @Test
  void test_names_classFolder() {
    // the test classes folder holds fixtures/acme/dataset.json and fixtures/minimal/dataset.json;
    // fixtures/bad holds files but no dataset.json
    assertThat(DatasetBundles.names(DatasetBundlesTest.class, "fixtures", "dataset.json"))
        .containsExactly("acme", "minimal");
  }

  @Test
  void test_names_folderListsOnlySubFoldersWithTheFile(@TempDir Path root) throws IOException {
    write(root.resolve("datasets/beta/dataset.json"));
    write(root.resolve("datasets/alpha/dataset.json"));
    write(root.resolve("datasets/alpha/claims.json"));
    write(root.resolve("datasets/gamma/notes.md"));
    write(root.resolve("datasets/dataset.json"));

    assertThat(DatasetBundles.names(root, "datasets", "dataset.json")).containsExactly("alpha", "beta");
  }

  @Test
  void test_names_folderWithoutTheFolder(@TempDir Path root) {
    assertThat(DatasetBundles.names(root, "datasets", "dataset.json")).isEmpty();
  }

  @Test
  void test_names_jarListsOnlySubFoldersWithTheFile(@TempDir Path root) throws IOException {
    Path jar = root.resolve("library.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      // no directory entries: a jar need not have them
      for (String entry : new String[] {"datasets/beta/dataset.json", "datasets/alpha/dataset.json",
          "datasets/alpha/claims.json", "datasets/gamma/notes.md", "datasets/deep/er/dataset.json",
          "other/delta/dataset.json"}) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("{}".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }

    assertThat(DatasetBundles.names(jar, "datasets", "dataset.json")).containsExactly("alpha", "beta");
  }

  @Test
  void test_names_missingLocation(@TempDir Path root) {
    assertThat(DatasetBundles.names(root.resolve("gone.jar"), "datasets", "dataset.json")).isEmpty();
  }

  @Test
  void test_names_unreadableJar(@TempDir Path root) throws IOException {
    Path jar = root.resolve("broken.jar");
    Files.writeString(jar, "not a zip");

    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> DatasetBundles.names(jar, "datasets", "dataset.json"))
        .withMessageStartingWith("Unable to list '" + jar + "': java.util.zip.ZipException: ");
  }

  private static void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{}".getBytes(StandardCharsets.UTF_8));
    }
  }
}
