package dev.prospectus.docs;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * A JShell session set up as {@code ./jshell.sh} sets it up: the test class path (the library and
 * its dependencies), JShell's {@code DEFAULT} imports, then the snippets of
 * {@code jshell/prospectus.jsh}.
 * <p>
 * Snippets run in this JVM ({@code executionEngine("local")}), so what they print to
 * {@code System.out} is captured here, in order, snippet by snippet. A snippet that does not
 * compile or throws fails the test with JShell's diagnostics: a failing snippet never passes
 * silently, as it would in a {@code jshell} batch run.
 */
final class JShellSession implements AutoCloseable {

  /** The imports of JShell's {@code DEFAULT} startup. */
  static final List<String> DEFAULT_IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*", "java.nio.file.*",
      "java.util.*", "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*", "java.util.regex.*",
      "java.util.stream.*");

  /** The startup file that {@code ./jshell.sh} gives JShell. */
  static final Path STARTUP = Path.of("jshell", "prospectus.jsh");

  /**
   * One evaluated snippet.
   *
   * @param source  the snippet's source
   * @param value  what JShell shows after {@code ==>}, empty if the snippet has no value
   * @param printed  what the snippet printed to standard output
   */
  record Result(String source, String value, String printed) {
  }

  private final JShell shell;
  private final List<Result> startup;

  JShellSession() throws IOException {
    shell = JShell.builder().executionEngine("local").build();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      shell.addToClasspath(entry);
    }
    for (String pkg : DEFAULT_IMPORTS) {
      eval("import " + pkg + ";");
    }
    startup = run(Files.readString(STARTUP, StandardCharsets.UTF_8));
  }

  /**
   * What the startup file's snippets gave.
   *
   * @return one result per snippet
   */
  List<Result> startup() {
    return startup;
  }

  /**
   * Reads code line by line as the {@code jshell} tool reads typed or piped input, and evaluates
   * each snippet as soon as it is complete: a line that completes a statement ends it, even without
   * a semicolon, so a method chain continued on a line starting with {@code .} breaks here as it
   * would in the tool.
   *
   * @param code  one or more snippets
   * @return one result per snippet, in order
   */
  List<Result> run(String code) {
    List<Result> results = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    StringBuilder pending = new StringBuilder();
    for (String line : code.lines().toList()) {
      pending.append(line).append('\n');
      String remaining = pending.toString();
      while (true) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
          remaining = "";
          break;
        }
        if (!info.completeness().isComplete()) {
          break;
        }
        results.add(eval(info.source()));
        remaining = info.remaining();
      }
      pending.setLength(0);
      pending.append(remaining);
    }
    if (!pending.toString().isBlank()) {
      throw new AssertionError("Incomplete snippet at the end:\n" + pending);
    }
    return results;
  }

  /**
   * Evaluates one snippet, failing on a compile error or an exception.
   *
   * @param snippet  the snippet
   * @return its value and output
   */
  Result eval(String snippet) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    List<SnippetEvent> events;
    synchronized (JShellSession.class) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      try {
        events = shell.eval(snippet);
      } finally {
        System.out.flush();
        System.setOut(original);
      }
    }
    String value = "";
    for (SnippetEvent e : events) {
      if (e.causeSnippet() != null) {
        continue;
      }
      if (e.status() == Snippet.Status.REJECTED) {
        String diagnostics = shell.diagnostics(e.snippet()).map(JShellSession::describe)
            .collect(Collectors.joining("\n"));
        throw new AssertionError("Snippet rejected:\n" + snippet + "\n" + diagnostics);
      }
      if (e.exception() != null) {
        Throwable ex = e.exception();
        String name = ex instanceof EvalException ee ? ee.getExceptionClassName() : ex.getClass().getName();
        throw new AssertionError("Snippet threw " + name + ": " + ex.getMessage() + "\n" + snippet, ex);
      }
      if (e.value() != null) {
        value = e.value();
      }
    }
    return new Result(snippet, value, printed.toString(StandardCharsets.UTF_8));
  }

  private static String describe(Diag d) {
    return (d.isError() ? "error: " : "warning: ") + d.getMessage(null);
  }

  @Override
  public void close() {
    shell.close();
  }
}
