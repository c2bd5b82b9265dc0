package dev.prospectus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileProblemsTest {

  static Stream<Arguments> data_describe() {
    return Stream.of(
        Arguments.of(new NoSuchFileException("data/acme/dataset.json"), "no such file or folder"),
        Arguments.of(new AccessDeniedException("data/acme/dataset.json"), "permission denied"),
        Arguments.of(new NotDirectoryException("data/acme"), "not a folder"),
        Arguments.of(new FileAlreadyExistsException("target/site"), "'target/site' is a file, not a folder"),
        // The operating system's reason, as the JDK passes it on
        Arguments.of(new FileSystemException("/dev/full", null, "No space left on device"),
            "no space left on device"),
        Arguments.of(new FileSystemException("target", null, "Is a directory"), "is a directory"),
        Arguments.of(new FileSystemException("target"), "target"),
        Arguments.of(new IOException("Stream closed"), "stream closed"),
        Arguments.of(new IOException(), "input or output failed"));
  }

  @ParameterizedTest
  @MethodSource("data_describe")
  void test_describe(IOException ex, String expected) {
    assertThat(FileProblems.describe(ex)).isEqualTo(expected);
  }
}
