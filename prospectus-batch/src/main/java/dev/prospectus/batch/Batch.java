package dev.prospectus.batch;

import dev.prospectus.internal.Args;
import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.report.CsvReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The batch over many filings: dataset folders in, one row per verdict and per standard measure out,
 * as JSON Lines or as the report's CSV (docs/batch.md).
 * <p>
 * It streams: each dataset is read, analysed, written and dropped, and at most a few datasets per
 * thread are in memory at a time, so memory stays flat whatever the number of datasets. Datasets
 * are analysed in parallel, and their rows are written in the order of the folders given (a folder
 * of datasets is taken in the order of its sub-folders' names), so a batch's output is the same
 * byte for byte whatever the number of threads. A dataset that cannot be read or analysed gives one
 * error row, and the batch goes on.
 * <p>
 * For example {@code Batch.run(Batch.folders(Path.of("filings")), Batch.Format.JSONL,
 * CsvReport.Section.VERDICTS, 4, writer)}.
 */
public final class Batch {

  /** How rows are written. */
  public enum Format {
    /** One JSON object per line, verdicts and measures (and errors) together. */
    JSONL,
    /** The report's CSV (docs/report-csv.md): one header line, then one section's rows. */
    CSV;

    /**
     * Finds a format by its name on the command line.
     *
     * @param code  {@code jsonl} or {@code csv}
     * @return the format, empty for another name
     */
    public static Optional<Format> of(String code) {
      return Stream.of(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(code)).findFirst();
    }
  }

  /**
   * What a batch did.
   *
   * @param datasets  the datasets given
   * @param failed  those that could not be read (their dataset or claims file)
   * @param errors  the error rows: unreadable files, measures that could not be computed, claims
   *     that could not be checked
   * @param rows  the rows written, header excluded
   */
  public record Summary(long datasets, long failed, long errors, long rows) {
  }

  /** Datasets in flight per thread: enough to keep every thread busy while the writer waits on one. */
  private static final int WINDOW_PER_THREAD = 4;

  private Batch() {
  }

  /**
   * The dataset folders under a path: the path itself when it holds a {@code dataset.json},
   * otherwise its sub-folders that hold one, in the order of their names.
   *
   * @param root  a dataset folder, or a folder of dataset folders
   * @return the folders, in order
   * @throws IllegalArgumentException if the path holds no dataset, naming it
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public static List<Path> folders(Path root) {
    Args.notNull(root, "root");
    if (Files.isRegularFile(root.resolve(DatasetReader.DATASET_FILE))) {
      return List.of(root);
    }
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("'" + root + "' is not a folder: expected a dataset folder or a folder of "
          + "dataset folders");
    }
    List<Path> folders;
    try (Stream<Path> children = Files.list(root)) {
      folders = children.filter(p -> Files.isRegularFile(p.resolve(DatasetReader.DATASET_FILE))).sorted().toList();
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot list '" + root + "': " + ex.getMessage(), ex);
    }
    if (folders.isEmpty()) {
      throw new IllegalArgumentException("'" + root + "' holds no dataset: neither a " + DatasetReader.DATASET_FILE
          + " nor a sub-folder with one");
    }
    return folders;
  }

  /**
   * Reads, analyses and writes every dataset, in the order given.
   *
   * @param folders  the dataset folders, each with a {@code dataset.json} and, if it has claims, a
   *     {@code claims.json}
   * @param format  how to write rows
   * @param section  with CSV, which rows: {@link CsvReport.Section#VERDICTS} or
   *     {@link CsvReport.Section#CALCULATIONS}; ignored for JSON Lines, which holds both
   * @param threads  how many datasets to analyse at once, at least 1
   * @param out  where the rows go; flushed, not closed
   * @return what was done
   * @throws UncheckedIOException if the rows cannot be written
   */
  public static Summary run(List<Path> folders, Format format, CsvReport.Section section, int threads, Writer out) {
    Args.notNull(out, "out");
    return run(folders, format, section, threads, false, new Sink() {
      @Override
      public void header(String text) throws IOException {
        out.write(text);
      }

      @Override
      public void write(Rendered r) throws IOException {
        if (r.text() != null) {
          out.write(r.text());
        } else {
          out.write(r.chars(), 0, r.length());
        }
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }
    });
  }

  /**
   * Reads, analyses and writes every dataset, in the order given, as UTF-8 bytes: the same rows as
   * {@link #run(List, Format, CsvReport.Section, int, Writer)} through a UTF-8 writer, but each
   * dataset's rows are encoded by the thread that analyses it, so the one thread that writes has
   * nothing left to encode (the way the command line writes a file).
   *
   * @param folders  the dataset folders, each with a {@code dataset.json} and, if it has claims, a
   *     {@code claims.json}
   * @param format  how to write rows
   * @param section  with CSV, which rows (see the other {@code run})
   * @param threads  how many datasets to analyse at once, at least 1
   * @param out  where the rows go; flushed, not closed
   * @return what was done
   * @throws UncheckedIOException if the rows cannot be written, or a text holds a lone surrogate,
   *     which UTF-8 cannot encode
   */
  public static Summary run(List<Path> folders, Format format, CsvReport.Section section, int threads,
      OutputStream out) {
    Args.notNull(out, "out");
    return run(folders, format, section, threads, true, new Sink() {
      @Override
      public void header(String text) throws IOException {
        out.write(utf8(text, "the CSV header"));
      }

      @Override
      public void write(Rendered r) throws IOException {
        out.write(r.bytes().bytes, 0, r.length());
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }
    });
  }

  /** Where rendered rows go: characters or bytes. */
  private interface Sink {
    void header(String text) throws IOException;

    void write(Rendered r) throws IOException;

    void flush() throws IOException;
  }

  private static Summary run(List<Path> folders, Format format, CsvReport.Section section, int threads,
      boolean bytes, Sink out) {
    Args.noNulls(folders, "folders");
    Args.notNull(format, "format");
    Args.notNull(section, "section");
    Args.positive(threads, "threads");
    Args.isTrue(section != CsvReport.Section.FIGURES, "a batch writes verdicts or calculations, not figures");
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "prospectus-batch");
      t.setDaemon(true);
      return t;
    });
    long failed = 0;
    long errors = 0;
    long rows = 0;
    // Byte buffers the writer has emptied, for the workers to fill again: a dataset's rows take about
    // 100 KB, a tenth of all a batch allocated, and the collector's work grows with what is allocated.
    Queue<Bytes> spare = new ConcurrentLinkedQueue<>();
    try {
      if (format == Format.CSV) {
        out.header(DatasetOutcome.csvHeader(section));
      }
      // Futures in the folders' order: the writer takes the oldest, so output order is input order,
      // and the window bounds how many outcomes wait in memory.
      Deque<Future<Rendered>> window = new ArrayDeque<>();
      int limit = threads * WINDOW_PER_THREAD;
      for (Path folder : folders) {
        if (window.size() >= limit) {
          Rendered r = take(window);
          out.write(r);
          recycle(r, format, spare);
          failed += r.failed() ? 1 : 0;
          errors += r.problems();
          rows += r.rows();
        }
        window.add(pool.submit(() -> render(outcome(folder), format, section, bytes ? spare : null)));
      }
      while (!window.isEmpty()) {
        Rendered r = take(window);
        out.write(r);
        recycle(r, format, spare);
        failed += r.failed() ? 1 : 0;
        errors += r.problems();
        rows += r.rows();
      }
      out.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the batch's rows: " + ex.getMessage(), ex);
    } finally {
      pool.shutdownNow();
    }
    return new Summary(folders.size(), failed, errors, rows);
  }

  /**
   * Reads one dataset folder and analyses it: the local batch's way in to
   * {@link DatasetOutcome#analyse}. File names in messages are the folder's name and the file's.
   *
   * @param folder  the dataset folder
   * @return the outcome; a file that cannot be read is an error outcome
   */
  public static DatasetOutcome outcome(Path folder) {
    Args.notNull(folder, "folder");
    Path name = folder.getFileName();
    String source = name == null ? folder.toString() : name.toString();
    String datasetFile = source + "/" + DatasetReader.DATASET_FILE;
    String claimsFile = source + "/" + ClaimsReader.CLAIMS_FILE;
    byte[] dataset;
    Optional<byte[]> claims;
    try {
      dataset = Files.readAllBytes(folder.resolve(DatasetReader.DATASET_FILE));
    } catch (IOException ex) {
      return DatasetOutcome.failed(source, "dataset", "cannot read " + datasetFile + ": " + problem(ex));
    }
    try {
      Path claimsPath = folder.resolve(ClaimsReader.CLAIMS_FILE);
      claims = Files.exists(claimsPath) ? Optional.of(Files.readAllBytes(claimsPath)) : Optional.empty();
    } catch (IOException ex) {
      return DatasetOutcome.failed(source, "claims", "cannot read " + claimsFile + ": " + problem(ex));
    }
    return DatasetOutcome.analyse(source, datasetFile, dataset, claimsFile, claims);
  }

  private static String problem(IOException ex) {
    return ex instanceof NoSuchFileException ? "no such file" : String.valueOf(ex.getMessage());
  }

  /**
   * One dataset's rows: as text (the CSV's string, or the JSON Lines' first length characters of
   * chars) or as UTF-8 (the first length bytes of bytes); and how many.
   */
  private record Rendered(String text, char[] chars, Bytes bytes, int length, long rows, boolean failed,
      int problems) {
  }

  /**
   * Hands a written dataset's byte buffer back for another dataset's rows: JSON Lines only, whose
   * workers take buffers from spare (a CSV dataset's bytes are encoded whole, to their own size).
   */
  private static void recycle(Rendered r, Format format, Queue<Bytes> spare) {
    if (format == Format.JSONL && r.bytes() != null) {
      r.bytes().length = 0;
      spare.offer(r.bytes());
    }
  }

  /** One dataset's rows; as UTF-8 when spare is given (the buffers to fill), else as characters. */
  private static Rendered render(DatasetOutcome outcome, Format format, CsvReport.Section section,
      Queue<Bytes> spare) {
    boolean bytes = spare != null;
    boolean failed = outcome.failed();
    int problems = outcome.problems().size();
    if (format == Format.CSV) {
      String csv = outcome.csv(section);
      long rows = outcome.csvRows(section);
      if (bytes) {
        Bytes encoded = new Bytes(utf8(csv, "the rows of " + outcome.source()));
        return new Rendered(null, null, encoded, encoded.length, rows, failed, problems);
      }
      return new Rendered(csv, null, null, 0, rows, failed, problems);
    }
    // The worker's own buffer, handed to the writer as it is: no string and no copy in between.
    try {
      if (bytes) {
        Bytes out = spare.poll();
        if (out == null) {
          out = new Bytes();
        }
        long rows = outcome.writeJsonl(out);
        return new Rendered(null, null, out, out.length, rows, failed, problems);
      }
      Chars text = new Chars();
      long rows = outcome.writeJsonl(text);
      return new Rendered(null, text.chars, null, text.length, rows, failed, problems);
    } catch (IOException ex) {
      throw new UncheckedIOException("Unable to write a JSON row of " + outcome.source() + ": " + ex.getMessage(), ex);
    }
  }

  /** Text as UTF-8, refusing what UTF-8 cannot encode (a lone surrogate) rather than writing '?' for it. */
  private static byte[] utf8(String text, String what) throws UncheckedIOException {
    try {
      ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
      return Arrays.copyOf(encoded.array(), encoded.limit());
    } catch (CharacterCodingException ex) {
      throw new UncheckedIOException("Unable to write " + what + " as UTF-8: " + ex, ex);
    }
  }

  /** Bytes in memory, unsynchronised: one dataset's rows, written by the one thread that renders it. */
  private static final class Bytes extends OutputStream {

    // About a generated company's rows in UTF-8 (20 claims, 20 figures): most datasets never grow it.
    private static final int INITIAL = 1 << 17;

    private byte[] bytes;
    private int length;

    Bytes() {
      bytes = new byte[INITIAL];
    }

    /** Bytes made elsewhere, held as they are. */
    Bytes(byte[] made) {
      bytes = made;
      length = made.length;
    }

    @Override
    public void write(int b) {
      if (length == bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      bytes[length++] = (byte) b;
    }

    @Override
    public void write(byte[] from, int offset, int count) {
      if (length + count > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
      }
      System.arraycopy(from, offset, bytes, length, count);
      length += count;
    }
  }

  /** Characters in memory, unsynchronised: one dataset's rows, written by the one thread that renders it. */
  private static final class Chars extends Writer {

    // About a generated company's rows (20 claims, 20 figures): most datasets never grow it.
    private static final int INITIAL = 1 << 16;

    private char[] chars = new char[INITIAL];
    private int length;

    @Override
    public void write(char[] from, int offset, int count) {
      if (length + count > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
      }
      System.arraycopy(from, offset, chars, length, count);
      length += count;
    }

    @Override
    public void flush() {
      // Nothing to flush: the characters stay in memory.
    }

    @Override
    public void close() {
      // Nothing to release.
    }
  }

  private static Rendered take(Deque<Future<Rendered>> window) {
    Future<Rendered> next = window.removeFirst();
    try {
      return next.get();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the batch was interrupted", ex);
    } catch (ExecutionException ex) {
      // render catches what a dataset can throw; anything else is a bug, kept with its cause.
      throw new IllegalStateException("a dataset's rows could not be made: " + ex.getCause(), ex.getCause());
    }
  }

  /**
   * All the rows of the given folders, in order, in memory: for tests and small batches.
   *
   * @param folders  the dataset folders
   * @return the rows
   */
  public static List<BatchRow> rows(List<Path> folders) {
    Args.noNulls(folders, "folders");
    List<BatchRow> rows = new ArrayList<>();
    folders.forEach(f -> rows.addAll(outcome(f).rows()));
    return rows;
  }
}
