package dev.prospectus.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * What went wrong with a file, in the words of a person at a terminal: "no such file or folder",
 * "permission denied", "is a directory", rather than the name of a Java exception class.
 * <p>
 * This class is stateless and thread-safe.
 */
final class FileProblems {

  private FileProblems() {
  }

  /**
   * Says what an I/O failure means for the file it names.
   *
   * @param ex  the failure
   * @return the problem in words, such as {@code "no such file or folder"}
   */
  static String describe(IOException ex) {
    if (ex instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (ex instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (ex instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (ex instanceof FileAlreadyExistsException exists) {
      // What creating a folder says when a file has the folder's name.
      return "'" + exists.getFile() + "' is a file, not a folder";
    }
    if (ex instanceof FileSystemException fs && fs.getReason() != null) {
      // The operating system's own words, such as "Is a directory" or "No space left on device".
      return lowerFirst(fs.getReason());
    }
    return ex.getMessage() == null ? "input or output failed" : lowerFirst(ex.getMessage());
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
