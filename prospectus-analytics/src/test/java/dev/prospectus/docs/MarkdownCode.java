package dev.prospectus.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The runnable code of a Markdown page, by the convention that {@code docs/tutorial.md} states at
 * its top:
 * <ul>
 * <li>every {@code ```java} block runs in JShell, in page order, in one session;
 * <li>a line {@code // ==> X} shows what JShell answers to the snippet just above it: the part after
 *     {@code ==>}, exactly;
 * <li>a {@code ```text} block right after a {@code ```java} block (only blank lines between) is what
 *     that block prints, exactly.
 * </ul>
 */
final class MarkdownCode {

  /** The prefix of an expected-value line. */
  static final String VALUE_PREFIX = "// ==> ";

  /**
   * A piece of a code block: source up to an expected value, and that value if any.
   *
   * @param source  the code
   * @param expectedValue  what its last snippet's value must be, if the page says
   */
  record Step(String source, Optional<String> expectedValue) {
  }

  /**
   * A {@code ```java} block.
   *
   * @param line  its first line in the page, counted from 1
   * @param code  the code, expected-value lines included
   * @param steps  the code cut at each expected value
   * @param expectedOutput  what the block prints, if a {@code ```text} block follows it
   */
  record Block(int line, String code, List<Step> steps, Optional<String> expectedOutput) {
  }

  private MarkdownCode() {
  }

  /**
   * Finds the {@code ```java} blocks of a page.
   *
   * @param markdown  the page
   * @return the blocks, in page order
   */
  static List<Block> blocks(String markdown) {
    List<String> lines = markdown.lines().toList();
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (!line.startsWith("```") || line.length() == 3) {
        i++;
        continue;
      }
      String info = line.substring(3).strip();
      int end = closing(lines, i);
      if (info.equals("java")) {
        String code = String.join("\n", lines.subList(i + 1, end)) + "\n";
        int next = end + 1;
        while (next < lines.size() && lines.get(next).isBlank()) {
          next++;
        }
        Optional<String> output = Optional.empty();
        if (next < lines.size() && lines.get(next).strip().equals("```text")) {
          int outputEnd = closing(lines, next);
          output = Optional.of(String.join("\n", lines.subList(next + 1, outputEnd)) + "\n");
        }
        blocks.add(new Block(i + 1, code, steps(code), output));
      }
      i = end + 1;
    }
    return blocks;
  }

  private static int closing(List<String> lines, int open) {
    for (int j = open + 1; j < lines.size(); j++) {
      if (lines.get(j).strip().equals("```")) {
        return j;
      }
    }
    throw new IllegalArgumentException("Code block at line " + (open + 1) + " is not closed");
  }

  private static List<Step> steps(String code) {
    List<Step> steps = new ArrayList<>();
    StringBuilder source = new StringBuilder();
    for (String line : code.lines().toList()) {
      if (line.strip().startsWith(VALUE_PREFIX)) {
        steps.add(new Step(source.toString(), Optional.of(line.strip().substring(VALUE_PREFIX.length()))));
        source.setLength(0);
      } else {
        source.append(line).append('\n');
      }
    }
    if (!source.toString().isBlank()) {
      steps.add(new Step(source.toString(), Optional.empty()));
    }
    return steps;
  }
}
