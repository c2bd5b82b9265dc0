package dev.prospectus.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Runs the code of a Markdown page in one JShell session and checks what the page says it gives. */
final class DocCheck {

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
}
