package dev.prospectus.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownCodeTest {

  @Test
  void test_blocks_javaBlocksWithValuesAndOutput() {
    String page = String.join("\n",
        "# Title",
        "```bash",
        "./jshell.sh",
        "```",
        "Some prose.",
        "```java",
        "var x = 1 + 1;",
        "x * 3",
        "// ==> 6",
        "System.out.println(x);",
        "```",
        "",
        "```text",
        "2",
        "```",
        "```java",
        "int y = 2;",
        "```",
        "prose between",
        "```text",
        "not this block's output",
        "```");
    List<MarkdownCode.Block> blocks = MarkdownCode.blocks(page);
    assertThat(blocks).hasSize(2);
    MarkdownCode.Block first = blocks.get(0);
    assertThat(first.line()).isEqualTo(6);
    assertThat(first.steps()).containsExactly(
        new MarkdownCode.Step("var x = 1 + 1;\nx * 3\n", Optional.of("6")),
        new MarkdownCode.Step("System.out.println(x);\n", Optional.empty()));
    assertThat(first.expectedOutput()).contains("2\n");
    assertThat(blocks.get(1).steps()).containsExactly(new MarkdownCode.Step("int y = 2;\n", Optional.empty()));
    assertThat(blocks.get(1).expectedOutput()).isEmpty();
  }

  @Test
  void test_blocks_unclosedBlock() {
    assertThatIllegalArgumentException().isThrownBy(() -> MarkdownCode.blocks("text\n```java\nint x = 1;\n"))
        .withMessage("Code block at line 2 is not closed");
  }
}
