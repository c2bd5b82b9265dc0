package dev.prospectus.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs the code of a Markdown page in one JShell session and checks what the page says it gives,
 * and that everything a reader sees prints readably.
 */
final class DocCheck {

  /** A record's default form, {@code Name[field=...}, or an object's identity, {@code Type@1b6d3586}. */
  static final Pattern UNREADABLE = Pattern.compile("\\b[A-Z]\\w*\\[[a-z]\\w*=|\\b[\\w.$]+@[0-9a-f]{5,}\\b");
  /** A decimal with more digits than any person reads. */
  static final Pattern LONG_DECIMAL = Pattern.compile("\\d+\\.\\d{12,}");

  private DocCheck() {
  }

  /**
   * Runs every block in order, checking each expected value and each expected output.
   *
   * @param page  the page's name, for messages
   * @param session  the session
   * @param blocks  the page's code blocks
   */
  static void run(String page, JShellSession session, List<MarkdownCode.Block> blocks) {
    for (MarkdownCode.Block block : blocks) {
      StringBuilder printed = new StringBuilder();
      for (MarkdownCode.Step step : block.steps()) {
        List<JShellSession.Result> results;
        try {
          results = session.run(step.source());
        } catch (AssertionError e) {
          throw new AssertionError(page + ", code block at line " + block.line() + ": " + e.getMessage(), e);
        }
        results.forEach(r -> printed.append(r.printed()));
        for (JShellSession.Result r : results) {
          assertReadable(page, block.line(), r.value());
          assertReadable(page, block.line(), r.printed());
        }
        if (step.expectedValue().isPresent()) {
          assertThat(results).as("%s, block at line %d: a snippet before '// ==> %s'", page, block.line(),
              step.expectedValue().get()).isNotEmpty();
          JShellSession.Result last = results.get(results.size() - 1);
          assertThat(last.value()).as("%s, block at line %d, value of:%n%s", page, block.line(), last.source())
              .isEqualTo(step.expectedValue().get());
        }
      }
      if (block.expectedOutput().isPresent()) {
        assertThat(printed.toString()).as("%s, output of the block at line %d", page, block.line())
            .isEqualTo(block.expectedOutput().get());
      }
    }
  }

  /**
   * Fails if a value or output shows a record's default form, an object's identity or a decimal
   * with a dozen or more digits after the point.
   *
   * @param page  the page, for the message
   * @param line  the block's line, for the message
   * @param text  what JShell showed
   */
  static void assertReadable(String page, int line, String text) {
    assertThat(UNREADABLE.matcher(text).find()).as("%s, block at line %d shows an unreadable value: %s", page, line,
        text).isFalse();
    assertThat(LONG_DECIMAL.matcher(text).find()).as("%s, block at line %d shows a long decimal: %s", page, line,
        text).isFalse();
  }
}
