package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.AnalysisSettings;
import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens the HTML report in a real browser: headless Chromium renders the bundled default dataset's
 * page to a PNG, and the picture must not be blank. Where Chromium is not installed (Debian package
 * {@code chromium}), the test says so and is skipped; {@link HtmlReportTest} still checks the
 * page's structure.
 * <p>
 * System properties: {@code chromium} (default {@code /usr/bin/chromium}), and
 * {@code screenshot.out}, a path to copy the screenshot to, as used for {@code docs/images}.
 */
class HtmlReportBrowserTest {

  static final int WIDTH = 1280;
  static final int HEIGHT = 3200;
  private static final long TIMEOUT_SECONDS = 120;

  @Test
  void test_render_showsInChromium() throws Exception {
    Path chromium = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      String message = "Browser check skipped: Chromium is not installed at " + chromium
          + " (apt-get install chromium); the page's structure is checked by HtmlReportTest";
      System.out.println(message);
      Assumptions.abort(message);
    }
    Path dir = Files.createDirectories(Path.of("target", "browser-check").toAbsolutePath());
    Path page = dir.resolve("report.html");
    Path png = dir.resolve("report.png");
    Files.deleteIfExists(png);
    Dataset ds = DatasetReader.bundled("minimax");
    String html = HtmlReport.render(Analysis.of(ds, ClaimsReader.bundled("minimax", ds), AnalysisSettings.DEFAULT));
    Files.writeString(page, html, StandardCharsets.UTF_8);

    Path profile = Files.createTempDirectory("chromium-profile");
    try {
      Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
          "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png, page.toUri().toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s; see " + dir);
      }
      assertThat(p.exitValue()).as("Chromium's exit status; see %s", dir.resolve("chromium.log")).isZero();
    } finally {
      deleteTree(profile);
    }

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    Set<Integer> colours = new HashSet<>();
    long ink = 0;
    long chart = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        int r = rgb >> 16;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        ink += r + g + b < 600 ? 1 : 0;
        // Strongly coloured pixels: the charts' bars, lines and bands and the verdict badges.
        chart += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 100 ? 1 : 0;
      }
    }
    long pixels = (long) WIDTH * HEIGHT;
    assertThat(colours.size()).as("distinct colours").isGreaterThan(256);
    assertThat(ink).as("pixels with text or drawing").isGreaterThan(pixels / 50);
    assertThat(chart).as("strongly coloured pixels").isGreaterThan(20_000);
    System.out.printf("Browser check: %s rendered %s (%d colours, %.1f%% ink)%n", chromium, png, colours.size(),
        100.0 * ink / pixels);
    String out = System.getProperty("screenshot.out", "");
    if (!out.isBlank()) {
      Files.copy(png, Path.of(out), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
      for (Path path : all) {
        Files.deleteIfExists(path);
      }
    }
  }
}
