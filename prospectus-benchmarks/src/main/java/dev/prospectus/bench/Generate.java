package dev.prospectus.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic companies for the side-by-side batch: each a folder with a {@code dataset.json}
 * of 20 figures (revenue over three years and two interims, compute, losses, cash, margins, R&amp;D,
 * headcount, operating cash flow) and a {@code claims.json} of 20 claims (growth, ratios, runway,
 * figures), printed at 3 to 5 significant digits in 萬 or million, seeded so that a run repeats.
 * <p>
 * A simple generator: every figure has one report and every claim is computed from the figures it
 * names, then printed at one decimal, so roughly half the claims are consistent.
 * <p>
 * {@code java -cp benchmarks.jar dev.prospectus.bench.Generate OUT_FOLDER COMPANIES SEED}
 */
public final class Generate {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Generate() {
  }

  /**
   * Writes the companies.
   *
   * @param args  the folder, the number of companies and the seed
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int companies = Integer.parseInt(args[1]);
    Random random = new Random(Long.parseLong(args[2]));
    for (int i = 0; i < companies; i++) {
      Path folder = Files.createDirectories(out.resolve(String.format(Locale.ROOT, "c%06d", i)));
      company(i, random, folder);
    }
  }

  private static void company(int index, Random random, Path folder) throws IOException {
    ObjectNode ds = JSON.createObjectNode();
    ds.put("company", "Synthetic Company " + index + " Ltd.");
    ds.put("name", "Synthetic " + index);
    ds.put("currency", "USD");
    ArrayNode docs = ds.putArray("documents");
    docs.addObject().put("id", "prospectus").put("title", "Prospectus of Synthetic " + index).put("language", "en");
    ArrayNode figures = ds.putArray("figures");
    double revenue22 = 1e6 * (1 + random.nextInt(200));
    double revenue23 = revenue22 * (1.2 + 3 * random.nextDouble());
    double revenue24 = revenue23 * (1.2 + 3 * random.nextDouble());
    double revenue9m24 = revenue24 * (0.55 + 0.2 * random.nextDouble());
    double revenue9m25 = revenue9m24 * (1.2 + 2 * random.nextDouble());
    figure(figures, random, "revenue/total/FY2022", revenue22);
    figure(figures, random, "revenue/total/FY2023", revenue23);
    figure(figures, random, "revenue/total/FY2024", revenue24);
    figure(figures, random, "revenue/total/9M2024", revenue9m24);
    figure(figures, random, "revenue/total/9M2025", revenue9m25);
    figure(figures, random, "training_compute_spend/total/FY2022", revenue22 * (2 + 10 * random.nextDouble()));
    figure(figures, random, "training_compute_spend/total/FY2023", revenue23 * (1 + 5 * random.nextDouble()));
    figure(figures, random, "training_compute_spend/total/FY2024", revenue24 * (0.5 + 3 * random.nextDouble()));
    figure(figures, random, "adjusted_net_loss/total/FY2023", revenue23 * (1 + 4 * random.nextDouble()));
    figure(figures, random, "adjusted_net_loss/total/FY2024", revenue24 * (0.5 + 3 * random.nextDouble()));
    double loss9m25 = revenue9m25 * (0.5 + 2 * random.nextDouble());
    figure(figures, random, "adjusted_net_loss/total/9M2025", loss9m25);
    figure(figures, random, "cash_reserves/total/2025-09-30", loss9m25 * (1 + 10 * random.nextDouble()));
    percent(figures, random, "gross_margin/total/FY2023", -30 + 60 * random.nextDouble());
    percent(figures, random, "gross_margin/total/FY2024", -10 + 60 * random.nextDouble());
    percent(figures, random, "gross_margin/total/9M2025", 0 + 60 * random.nextDouble());
    figure(figures, random, "rnd_expense/total/FY2023", revenue23 * (1 + 3 * random.nextDouble()));
    figure(figures, random, "rnd_expense/total/FY2024", revenue24 * (0.5 + 2 * random.nextDouble()));
    ObjectNode headcount = figures.addObject();
    headcount.put("metric", "headcount").put("period", "2025-09-30")
        .put("value", Integer.toString(50 + random.nextInt(2000))).put("unit", "people");
    source(headcount);
    figure(figures, random, "operating_cash_flow/total/9M2025", -loss9m25 * (0.7 + 0.5 * random.nextDouble()));
    figure(figures, random, "net_loss/total/FY2024", revenue24 * (1 + 4 * random.nextDouble()));
    JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("dataset.json").toFile(), ds);

    ObjectNode claimsFile = JSON.createObjectNode();
    ArrayNode claims = claimsFile.putArray("claims");
    growth(claims, "growth-fy2024", "revenue/total/FY2024", "revenue/total/FY2023", revenue24 / revenue23, random);
    growth(claims, "growth-fy2023", "revenue/total/FY2023", "revenue/total/FY2022", revenue23 / revenue22, random);
    growth(claims, "growth-9m2025", "revenue/total/9M2025", "revenue/total/9M2024", revenue9m25 / revenue9m24,
        random);
    for (String year : new String[] {"FY2022", "FY2023", "FY2024"}) {
      ratio(claims, "compute-to-revenue-" + year.toLowerCase(Locale.ROOT), "training_compute_spend/total/" + year,
          "revenue/total/" + year, 100 + 500 * random.nextDouble());
    }
    for (String period : new String[] {"FY2023", "FY2024", "9M2025"}) {
      ratio(claims, "loss-to-revenue-" + period.toLowerCase(Locale.ROOT), "adjusted_net_loss/total/" + period,
          "revenue/total/" + period, 50 + 300 * random.nextDouble());
    }
    for (String year : new String[] {"FY2023", "FY2024"}) {
      ratio(claims, "rnd-to-revenue-" + year.toLowerCase(Locale.ROOT), "rnd_expense/total/" + year,
          "revenue/total/" + year, 50 + 300 * random.nextDouble());
    }
    ObjectNode runway = claims.addObject();
    runway.put("id", "runway-9m2025");
    ObjectNode compute = runway.putObject("compute");
    compute.put("calc", "runway").put("cash", "cash_reserves/total/2025-09-30");
    compute.putObject("burn").put("calc", "monthly-burn").put("from", "adjusted_net_loss/total/9M2025");
    runway.put("reported", String.format(Locale.ROOT, "%.0f months", 5 + 50 * random.nextDouble()));
    for (String key : new String[] {"revenue/total/FY2024", "revenue/total/9M2025", "cash_reserves/total/2025-09-30",
        "adjusted_net_loss/total/FY2024", "training_compute_spend/total/FY2024", "rnd_expense/total/FY2024",
        "net_loss/total/FY2024", "revenue/total/FY2023", "adjusted_net_loss/total/9M2025"}) {
      ObjectNode c = claims.addObject();
      c.put("id", "figure-" + key.replace('/', '-').toLowerCase(Locale.ROOT));
      c.put("compute", key);
      c.put("reported", String.format(Locale.ROOT, "US$%.1f million", (1 + 100 * random.nextDouble())));
    }
    for (var c : claims) {
      ((ObjectNode) c).putObject("source").put("document", "prospectus").put("locator", "summary")
          .put("quote", "as printed: " + c.get("reported").asText());
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("claims.json").toFile(), claimsFile);
  }

  private static void figure(ArrayNode figures, Random random, String key, double value) {
    String[] parts = key.split("/");
    boolean wan = random.nextBoolean();
    double scaled = value / (wan ? 1e4 : 1e6);
    int digits = 3 + random.nextInt(3);
    BigDecimal printed = new BigDecimal(scaled).round(new java.math.MathContext(digits, RoundingMode.HALF_EVEN));
    if (printed.scale() < 0) {
      printed = printed.setScale(0, RoundingMode.UNNECESSARY);
    }
    ObjectNode f = figures.addObject();
    f.put("metric", parts[0]).put("period", parts[2]).put("value", printed.toPlainString())
        .put("scale", wan ? "萬" : "million").put("unit", "USD");
    source(f);
  }

  private static void percent(ArrayNode figures, Random random, String key, double value) {
    String[] parts = key.split("/");
    ObjectNode f = figures.addObject();
    f.put("metric", parts[0]).put("period", parts[2])
        .put("value", BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString()).put("unit", "%");
    source(f);
  }

  private static void source(ObjectNode figure) {
    figure.putObject("source").put("document", "prospectus").put("locator", "financial summary")
        .put("quote", figure.get("metric").asText() + " " + figure.get("period").asText());
  }

  private static void growth(ArrayNode claims, String id, String current, String prior, double ratio, Random random) {
    ObjectNode c = claims.addObject();
    c.put("id", id);
    c.putObject("compute").put("calc", "growth").put("current", current).put("prior", prior);
    // the true growth, printed at one decimal, half the time nudged off it
    double percent = (ratio - 1) * 100 * (random.nextBoolean() ? 1 : 1.01);
    c.put("reported", String.format(Locale.ROOT, "%.1f%%", percent));
  }

  private static void ratio(ArrayNode claims, String id, String amount, String revenue, double percent) {
    ObjectNode c = claims.addObject();
    c.put("id", id);
    c.putObject("compute").put("calc", "ratio-to-revenue").put("amount", amount).put("revenue", revenue);
    c.put("reported", String.format(Locale.ROOT, "%.1f%%", percent));
  }
}
