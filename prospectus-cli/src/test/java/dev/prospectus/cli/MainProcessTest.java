package dev.prospectus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a separate process, as a shell runs it: what reaches the real standard
 * output and error, and the exit status, when standard output is a pipe its reader closes or a
 * full device.
 * <p>
 * The process runs {@link Main} on this test's class path, so it needs no packaged jar.
 */
class MainProcessTest {

  private static final Path DEV_FULL = Path.of("/dev/full");

  private static ProcessBuilder prospectus(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static int finish(Process p) throws InterruptedException {
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the process finished").isTrue();
    return p.exitValue();
  }

  @Test
  void test_pipe_documentOnStandardOutputMessagesOnStandardError(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    Process p = prospectus("verify", "--dataset", "zhipu", "--format", "json").redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertThat(finish(p)).isEqualTo(Main.OK);
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("[ {\n  \"id\" : \"gross-margin-fy2022\"")
        .endsWith("} ]\n");
    assertThat(Files.readString(err)).isEmpty();
  }

  @Test
  void test_pipe_chineseTextIsUtf8WhateverTheLocale(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    ProcessBuilder builder = prospectus("verify", "--dataset", "minimax", "--format", "json")
        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
    // A shell whose locale says nothing of UTF-8: the JVM's default charset is then ASCII.
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("LANG", "C");
    assertThat(finish(builder.start())).isEqualTo(Main.OK);
    // The seed article's quote, as data/minimax/claims.json holds it.
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("同比暴漲了782.2%");
  }

  @Test
  void test_closedPipe_failsWithMessage(@TempDir Path dir) throws Exception {
    Path err = dir.resolve("err");
    Process p = prospectus("report", "--format", "json").redirectError(err.toFile()).start();
    // The reader goes away before reading anything. The report is larger than a pipe's buffer,
    // so the process cannot finish its writes before it finds the pipe closed.
    p.getInputStream().close();
    assertThat(finish(p)).isEqualTo(Main.FAILED);
    assertThat(Files.readString(err)).isEqualTo("prospectus: cannot write to standard output: it was closed "
        + "(a pipe whose reader stopped) or is full\n");
  }

  @Test
  void test_fullDevice_failsWithMessage(@TempDir Path dir) throws Exception {
    assumeThat(DEV_FULL).as("a Linux /dev/full").exists();
    Path err = dir.resolve("err");
    Process p = prospectus("verify", "--dataset", "zhipu").redirectOutput(DEV_FULL.toFile())
        .redirectError(err.toFile()).start();
    assertThat(finish(p)).isEqualTo(Main.FAILED);
    assertThat(Files.readString(err)).isEqualTo("prospectus: cannot write to standard output: it was closed "
        + "(a pipe whose reader stopped) or is full\n");
  }

  @Test
  void test_fullDevice_outFileFailsWithMessage(@TempDir Path dir) throws Exception {
    assumeThat(DEV_FULL).as("a Linux /dev/full").exists();
    Path err = dir.resolve("err");
    Process p = prospectus("verify", "--dataset", "zhipu", "--out", DEV_FULL.toString())
        .redirectOutput(new File(dir.resolve("out").toString())).redirectError(err.toFile()).start();
    assertThat(finish(p)).isEqualTo(Main.FAILED);
    assertThat(Files.readString(dir.resolve("out"))).isEmpty();
    assertThat(Files.readString(err)).isEqualTo("prospectus: cannot write '/dev/full': no space left on device\n");
  }
}
