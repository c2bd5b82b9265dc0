package dev.prospectus.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prospectus.internal.Args;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Writes synthetic companies, seeded, as dataset folders in the real format ({@code dataset.json}
 * and {@code claims.json}, which {@code DatasetReader} and {@code ClaimsReader} validate): data that
 * is not easy.
 * <p>
 * Each company has 20 figures (revenue over three fiscal years and two nine-month interims, two
 * business segments with their revenue, gross profit and margins, cost of revenue, compute spend,
 * losses, cash and headcount at an instant) with one to eleven reports each, from a filing, a
 * compilation and ten press pages in Chinese or English: printed in 萬, 億, thousand, million or
 * billion, at two to five significant digits; some conflicting (off by 5% to 30%), some doubted,
 * some one-sided ("超過" / "over"), some approximate ("約" / "about"), some in the other currency
 * (renminbi for a US-dollar company and the reverse) with a note, converted through an exchange rate
 * that a press page's original and translation of the net loss imply. Some companies close their
 * fiscal year on 31 March. Each company has 20 claims whose kinds follow the proportions of the
 * bundled claims files (growth and ratios most, then sums, conversions, runway, margins, multiples,
 * whole counts and source agreement), reported at the true value, nudged off it, one-sided or
 * approximate, so that every verdict occurs.
 * <p>
 * Company {@code i} depends only on the seed and {@code i}: the first thousand companies of a
 * 10,000-company run are the 1,000-company run.
 * <p>
 * {@code java -cp prospectus.jar dev.prospectus.batch.Generator OUT_FOLDER COMPANIES [SEED]}
 */
public final class Generator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Documents per company: a filing, a compilation and ten press pages, so a figure can have 11 reports. */
  private static final int PRESS_PAGES = 10;
  /** Renminbi per US dollar around which the synthetic translations are made. */
  private static final double CNY_PER_USD = 7.1;

  /**
   * Claim kinds and their weights: the counts of each kind in the bundled claims files (MiniMax and
   * Zhipu together, 188 claims).
   */
  private static final Map<String, Integer> KINDS = kinds();

  private final Random random;
  private final int index;
  private final boolean usd;
  private final String other;
  private final List<Doc> docs = new ArrayList<>();
  private final Map<String, Double> truth = new LinkedHashMap<>();
  private final Map<String, List<String>> reportedBy = new LinkedHashMap<>();

  private record Doc(String id, boolean chinese, String docClass) {
  }

  private Generator(long seed, int index) {
    // One stream per company, from the seed and the index alone.
    this.random = new Random(seed * 1_000_003L + index);
    this.index = index;
    this.usd = random.nextDouble() < 0.7;
    this.other = usd ? "CNY" : "USD";
  }

  private static Map<String, Integer> kinds() {
    Map<String, Integer> k = new LinkedHashMap<>();
    k.put("growth", 29);
    k.put("growth-against", 11);
    k.put("ratio", 18);
    k.put("ratio-against", 25);
    k.put("ratio-to-revenue", 18);
    k.put("sum", 22);
    k.put("runway", 8);
    k.put("currency", 6);
    k.put("convert", 9);
    k.put("figure-against", 4);
    k.put("margin-excluding", 3);
    k.put("gross-margin-from-cost", 3);
    k.put("gross-margin", 4);
    k.put("blended-margin", 5);
    k.put("per-unit", 4);
    k.put("multiple", 7);
    k.put("monthly-burn", 3);
    k.put("cagr", 3);
    k.put("whole-count", 3);
    k.put("source-agreement", 2);
    return Collections.unmodifiableMap(k);
  }

  /**
   * Writes companies {@code 0} to {@code companies - 1} under a folder, each in a sub-folder
   * {@code c0000042}.
   *
   * @param args  the folder, the number of companies and the seed (default 42)
   */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("Usage: Generator OUT_FOLDER COMPANIES [SEED]");
      System.exit(2);
    }
    write(Path.of(args[0]), Integer.parseInt(args[1]), args.length == 3 ? Long.parseLong(args[2]) : 42L);
  }

  /**
   * Writes companies {@code 0} to {@code companies - 1} under a folder.
   *
   * @param folder  the folder, created if needed
   * @param companies  how many, at least 1
   * @param seed  the seed
   * @return the company folders, in order
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> write(Path folder, int companies, long seed) {
    Args.notNull(folder, "folder");
    Args.positive(companies, "companies");
    List<Path> written = new ArrayList<>(companies);
    // Companies are independent: write them on every core, each from its own seeded stream.
    IntStream.range(0, companies).parallel().forEach(i -> company(folder, i, seed));
    for (int i = 0; i < companies; i++) {
      written.add(folder.resolve(name(i)));
    }
    return written;
  }

  /**
   * The folder name of company {@code i}.
   *
   * @param i  the index
   * @return the name, such as {@code c0000042}
   */
  public static String name(int i) {
    return String.format(Locale.ROOT, "c%07d", i);
  }

  /**
   * Writes one company.
   *
   * @param folder  the folder of companies
   * @param i  the company's index
   * @param seed  the seed
   * @return the company's folder
   */
  public static Path company(Path folder, int i, long seed) {
    Generator g = new Generator(seed, i);
    ObjectNode dataset = g.dataset();
    ObjectNode claims = g.claims();
    Path dir = folder.resolve(name(i));
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve("dataset.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(dataset));
      Files.write(dir.resolve("claims.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(claims));
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write company " + i + " in '" + dir + "': " + ex.getMessage(), ex);
    }
    return dir;
  }

  //-------------------------------------------------------------------------
  private ObjectNode dataset() {
    ObjectNode ds = NODES.objectNode();
    ds.put("company", "Synthetic Company " + index + " Ltd.");
    ds.put("name", "Synthetic " + index);
    ds.put("currency", usd ? "USD" : "CNY");
    boolean march = random.nextDouble() < 0.15;
    if (march) {
      ds.put("fiscalYearEnd", "03-31");
    }
    ArrayNode documents = ds.putArray("documents");
    docs.add(new Doc("filing", random.nextBoolean(), "filing"));
    docs.add(new Doc("compilation", random.nextBoolean(), "compilation"));
    for (int p = 1; p <= PRESS_PAGES; p++) {
      docs.add(new Doc(String.format(Locale.ROOT, "press-%02d", p), random.nextDouble() < 0.6, "press"));
    }
    for (Doc d : docs) {
      ObjectNode o = documents.addObject();
      o.put("id", d.id());
      o.put("title", (d.chinese() ? "合成公司" + index + "招股書報道 " : "Synthetic " + index + " coverage ") + d.id());
      o.put("language", d.chinese() ? "zh-Hant" : "en");
      o.put("class", d.docClass());
    }
    ArrayNode segments = ds.putArray("segments");
    segments.addObject().put("id", "consumer").put("dimension", "business").put("label", "Consumer products");
    segments.addObject().put("id", "enterprise").put("dimension", "business").put("label", "Enterprise services");

    double scale = (usd ? 1 : CNY_PER_USD) * 1e6 * (1 + random.nextInt(300));
    double rev22 = scale;
    double rev23 = rev22 * (1.1 + 3 * random.nextDouble());
    double rev24 = rev23 * (1.1 + 3 * random.nextDouble());
    double rev9m24 = rev24 * (0.55 + 0.2 * random.nextDouble());
    double rev9m25 = rev9m24 * (0.9 + 2 * random.nextDouble());
    double share = 0.2 + 0.6 * random.nextDouble();
    double revC = rev24 * share;
    double revE = rev24 - revC;
    double gmC = -40 + 90 * random.nextDouble();
    double gmE = 20 + 60 * random.nextDouble();
    double gpC = revC * gmC / 100;
    double gp = gpC + revE * gmE / 100;
    double loss24 = rev24 * (0.5 + 3 * random.nextDouble());
    double loss9m25 = rev9m25 * (0.5 + 2 * random.nextDouble());
    truth.put("revenue/total/FY2022", rev22);
    truth.put("revenue/total/FY2023", rev23);
    truth.put("revenue/total/FY2024", rev24);
    truth.put("revenue/total/9M2024", rev9m24);
    truth.put("revenue/total/9M2025", rev9m25);
    truth.put("revenue/consumer/FY2024", revC);
    truth.put("revenue/enterprise/FY2024", revE);
    truth.put("gross_profit/total/FY2024", gp);
    truth.put("gross_profit/consumer/FY2024", gpC);
    truth.put("cost_of_revenue/total/FY2024", rev24 - gp);
    truth.put("gross_margin/total/FY2024", gp / rev24 * 100);
    truth.put("gross_margin/consumer/FY2024", gmC);
    truth.put("gross_margin/enterprise/FY2024", gmE);
    truth.put("training_compute_spend/total/FY2024", rev24 * (0.5 + 4 * random.nextDouble()));
    truth.put("adjusted_net_loss/total/FY2024", loss24);
    truth.put("adjusted_net_loss/total/9M2025", loss9m25);
    truth.put("net_loss/total/FY2024", loss24 * (1 + 0.5 * random.nextDouble()));
    truth.put("cash_reserves/total/2025-09-30", loss9m25 * (1 + 10 * random.nextDouble()));
    truth.put("headcount/total/2025-09-30", (double) (50 + random.nextInt(3000)));
    truth.put("rnd_headcount_share/total/2025-09-30", 40 + 50 * random.nextDouble());

    ArrayNode figures = ds.putArray("figures");
    // The exchange rate: one press page prints the FY2024 net loss and its translation.
    Doc rateDoc = docs.get(2 + random.nextInt(PRESS_PAGES));
    for (Map.Entry<String, Double> e : truth.entrySet()) {
      String key = e.getKey();
      boolean rateFigure = key.equals("net_loss/total/FY2024");
      List<Doc> order = new ArrayList<>(docs);
      Collections.shuffle(order, random);
      if (rateFigure) {
        order.remove(rateDoc);
      }
      int reports = reports();
      List<String> by = new ArrayList<>();
      for (int r = 0; r < reports - (rateFigure ? 1 : 0); r++) {
        Doc d = order.get(r);
        figures.add(report(key, e.getValue(), d, true));
        by.add(d.id());
      }
      if (rateFigure) {
        figures.add(plainReport(key, e.getValue(), rateDoc, false));
        figures.add(plainReport(key, e.getValue(), rateDoc, true));
        by.add(rateDoc.id());
      }
      reportedBy.put(key, by);
    }
    ArrayNode rates = ds.putArray("exchangeRates");
    ObjectNode rate = rates.addObject();
    rate.put("id", (usd ? "usd-cny-" : "cny-usd-") + rateDoc.id() + "-net-loss-fy2024");
    rate.put("from", usd ? "USD" : "CNY");
    rate.put("to", other);
    rate.put("appliesTo", march ? "2021-04-01..2025-12-31" : "2022-01-01..2025-12-31");
    rate.putObject("implied").put("figure", "net_loss/total/FY2024").put("source", rateDoc.id());
    rate.put("note", "the page's own translation of the FY2024 net loss; taken to hold over the periods reported");
    return ds;
  }

  /** One to eleven reports: most figures have one or two, a few have many. */
  private int reports() {
    double u = random.nextDouble();
    if (u < 0.40) {
      return 1;
    }
    if (u < 0.62) {
      return 2;
    }
    if (u < 0.76) {
      return 3;
    }
    return 4 + random.nextInt(8);
  }

  /** A report with the quirks the press has: conflicting, doubted, one-sided, approximate, translated. */
  private ObjectNode report(String key, double value, Doc d, boolean quirks) {
    boolean filing = d.docClass().equals("filing");
    String unit = unitOf(key);
    boolean money = unit.equals("money");
    double u = quirks && !filing ? random.nextDouble() : 1;
    double v = value;
    String qualifier = "exact";
    String doubt = null;
    boolean translated = false;
    if (u < 0.08) {
      // a conflicting report: 5% to 30% off, either way
      v = value * (1 + (random.nextBoolean() ? 1 : -1) * (0.05 + 0.25 * random.nextDouble()));
    } else if (u < 0.14) {
      v = value * (1 + 0.1 * random.nextDouble());
      doubt = d.chinese() ? "年份疑似錯置:其他報道皆不同" : "the year looks shifted: the other reports disagree";
    } else if (u < 0.22) {
      qualifier = "over";
    } else if (u < 0.30) {
      qualifier = "about";
    } else if (u < 0.40 && money) {
      translated = true;
    }
    if (translated) {
      double rate = (usd ? CNY_PER_USD : 1 / CNY_PER_USD) * (1 + 0.01 * (random.nextDouble() - 0.5));
      return moneyReport(key, v * rate, d, other, qualifier, doubt, filing);
    }
    if (money) {
      return moneyReport(key, v, d, usd ? "USD" : "CNY", qualifier, doubt, filing);
    }
    return unitReport(key, v, d, unit, qualifier, doubt);
  }

  /** The rate's pair: an exact original, or its approximate translation. */
  private ObjectNode plainReport(String key, double value, Doc d, boolean translation) {
    if (!translation) {
      return moneyReport(key, value, d, usd ? "USD" : "CNY", "exact", null, false);
    }
    return moneyReport(key, value * (usd ? CNY_PER_USD : 1 / CNY_PER_USD), d, other, "about", null, false);
  }

  private ObjectNode moneyReport(String key, double value, Doc d, String currency, String qualifier, String doubt,
      boolean filing) {
    String scale;
    BigDecimal printed;
    String roundedTo = null;
    if (filing) {
      scale = "thousand";
      printed = BigDecimal.valueOf(Math.round(value / 1e3));
      roundedTo = "1";
    } else {
      boolean big = Math.abs(value) >= 1e8;
      scale = d.chinese() ? (big ? "億" : "萬") : (Math.abs(value) >= 1e9 ? "billion" : "million");
      double unitSize = scale.equals("億") ? 1e8 : scale.equals("萬") ? 1e4 : scale.equals("billion") ? 1e9 : 1e6;
      printed = significant(value / unitSize, 2 + random.nextInt(4), qualifier.equals("over"));
    }
    ObjectNode f = head(key);
    f.put("value", printed.toPlainString());
    f.put("scale", scale);
    f.put("unit", currency);
    if (!qualifier.equals("exact")) {
      f.put("qualifier", qualifier);
    }
    if (roundedTo != null) {
      f.put("roundedTo", roundedTo);
    }
    boolean foreign = !currency.equals(usd ? "USD" : "CNY");
    if (foreign) {
      f.put("currencyNote", d.chinese() ? "報道以" + (currency.equals("CNY") ? "人民幣" : "美元") + "折算"
          : "the page translates the figure into " + currency);
    }
    source(f, d, key, quoteAmount(printed, scale, currency, qualifier, d.chinese()));
    if (doubt != null) {
      f.put("doubt", doubt);
    }
    return f;
  }

  private ObjectNode unitReport(String key, double value, Doc d, String unit, String qualifier, String doubt) {
    BigDecimal printed = unit.equals("people") ? BigDecimal.valueOf(Math.round(value))
        : BigDecimal.valueOf(value).setScale(1 + random.nextInt(2), qualifier.equals("over") ? RoundingMode.FLOOR
            : RoundingMode.HALF_EVEN);
    ObjectNode f = head(key);
    f.put("value", printed.toPlainString());
    f.put("unit", unit);
    if (!qualifier.equals("exact")) {
      f.put("qualifier", qualifier);
    }
    String words = (d.chinese() ? (qualifier.equals("over") ? "超過" : qualifier.equals("about") ? "約" : "")
        : (qualifier.equals("over") ? "over " : qualifier.equals("about") ? "about " : ""))
        + printed.toPlainString() + (unit.equals("%") ? "%" : d.chinese() ? "名" : " employees");
    source(f, d, key, words);
    if (doubt != null) {
      f.put("doubt", doubt);
    }
    return f;
  }

  private static ObjectNode head(String key) {
    String[] parts = key.split("/");
    ObjectNode f = NODES.objectNode();
    f.put("metric", parts[0]);
    if (!parts[1].equals("total")) {
      f.put("segment", parts[1]);
    }
    f.put("period", parts[2]);
    return f;
  }

  private static void source(ObjectNode f, Doc d, String key, String amount) {
    String[] parts = key.split("/");
    String quote = d.chinese() ? periodZh(parts[2]) + label(parts[0], true) + "為" + amount
        : label(parts[0], false) + " for " + parts[2] + " was " + amount;
    f.putObject("source").put("document", d.id()).put("locator", d.chinese() ? "第" + (1 + key.length() % 9) + "段"
        : "para. " + (1 + key.length() % 9)).put("quote", quote);
  }

  private static String periodZh(String period) {
    if (period.startsWith("FY")) {
      return period.substring(2) + "年";
    }
    if (period.startsWith("9M")) {
      return period.substring(2) + "年前九個月";
    }
    return "截至" + period + ",";
  }

  private static String label(String metric, boolean chinese) {
    switch (metric) {
      case "revenue":
        return chinese ? "收入" : "revenue";
      case "gross_profit":
        return chinese ? "毛利" : "gross profit";
      case "cost_of_revenue":
        return chinese ? "銷售成本" : "cost of revenue";
      case "gross_margin":
        return chinese ? "毛利率" : "gross margin";
      case "training_compute_spend":
        return chinese ? "訓練算力開支" : "training compute spend";
      case "adjusted_net_loss":
        return chinese ? "經調整淨虧損" : "adjusted net loss";
      case "net_loss":
        return chinese ? "淨虧損" : "net loss";
      case "cash_reserves":
        return chinese ? "現金儲備" : "cash reserves";
      case "headcount":
        return chinese ? "員工人數" : "headcount";
      default:
        return chinese ? "研發人員佔比" : "R&D share of staff";
    }
  }

  private static String unitOf(String key) {
    String metric = key.substring(0, key.indexOf('/'));
    if (metric.equals("headcount")) {
      return "people";
    }
    return metric.equals("gross_margin") || metric.equals("rnd_headcount_share") ? "%" : "money";
  }

  /** A number rounded to some significant digits; down for a one-sided "over", so that it stays true. */
  private static BigDecimal significant(double value, int digits, boolean floor) {
    BigDecimal b = new BigDecimal(value).round(new MathContext(digits, floor
        ? (value >= 0 ? RoundingMode.FLOOR : RoundingMode.CEILING) : RoundingMode.HALF_EVEN));
    return b.scale() < 0 ? b.setScale(0, RoundingMode.UNNECESSARY) : b.stripTrailingZeros().scale() < 0
        ? b.setScale(0, RoundingMode.UNNECESSARY) : b;
  }

  /** An amount as a claim or a quote prints it: 3.05億美元, 人民幣3.05億元, US$305 million, RMB305 million. */
  private static String quoteAmount(BigDecimal n, String scale, String currency, String qualifier, boolean chinese) {
    String number = n.toPlainString();
    if (chinese) {
      String q = qualifier.equals("over") ? "超過" : qualifier.equals("about") ? "約" : "";
      String s = scale.equals("thousand") ? "千" : scale;
      return currency.equals("USD") ? q + number + s + "美元" : q + "人民幣" + number + s + "元";
    }
    String q = qualifier.equals("over") ? "over " : qualifier.equals("about") ? "about " : "";
    return q + (currency.equals("USD") ? "US$" : "RMB") + number + " " + scale;
  }

  //-------------------------------------------------------------------------
  private ObjectNode claims() {
    ObjectNode file = NODES.objectNode();
    ArrayNode claims = file.putArray("claims");
    int total = KINDS.values().stream().mapToInt(Integer::intValue).sum();
    boolean agreement = false;
    for (int c = 0; c < 20; c++) {
      int pick = random.nextInt(total);
      String kind = null;
      for (Map.Entry<String, Integer> e : KINDS.entrySet()) {
        pick -= e.getValue();
        if (pick < 0) {
          kind = e.getKey();
          break;
        }
      }
      if (kind.equals("source-agreement")) {
        if (agreement) {
          kind = "growth";
        } else {
          agreement = true;
          claims.addObject().put("id", "conflict").put("sourceAgreement", "all");
          continue;
        }
      }
      ObjectNode claim = claim(kind);
      claim.put("id", String.format(Locale.ROOT, "%s-%02d", kind, c));
      // id first, as a person writes it
      ObjectNode ordered = NODES.objectNode();
      ordered.set("id", claim.get("id"));
      claim.remove("id");
      ordered.setAll(claim);
      claims.add(ordered);
    }
    return file;
  }

  private ObjectNode claim(String kind) {
    Doc d = docs.get(2 + random.nextInt(PRESS_PAGES));
    ObjectNode c = NODES.objectNode();
    String money = usd ? "USD" : "CNY";
    switch (kind) {
      case "growth": {
        String[][] pairs = {{"FY2024", "FY2023"}, {"FY2023", "FY2022"}, {"9M2025", "9M2024"}};
        String[] p = pairs[random.nextInt(pairs.length)];
        ObjectNode e = calc(c, "growth");
        e.put("current", "revenue/total/" + p[0]).put("prior", "revenue/total/" + p[1]);
        return reported(c, d, (t("revenue/total/" + p[0]) / t("revenue/total/" + p[1]) - 1) * 100, "%");
      }
      case "growth-against": {
        ObjectNode e = calc(c, "growth");
        e.put("current", "revenue/total/9M2025").put("prior", "revenue/total/9M2024");
        double g1 = t("revenue/total/9M2025") / t("revenue/total/9M2024");
        double g2 = t("revenue/total/FY2024") / t("revenue/total/FY2023");
        c.put("relation", (g1 > g2) == (random.nextDouble() < 0.85) ? ">" : "<");
        c.putObject("against").put("calc", "growth").put("current", "revenue/total/FY2024")
            .put("prior", "revenue/total/FY2023");
        return sourced(c, d, d.chinese() ? "今年前九個月增速快於去年" : "growth this year outpaced last year's");
      }
      case "ratio": {
        String num = random.nextBoolean() ? "training_compute_spend/total/FY2024" : "adjusted_net_loss/total/FY2024";
        calc(c, "ratio").put("numerator", num).put("denominator", "revenue/total/FY2024");
        return reported(c, d, t(num) / t("revenue/total/FY2024") * 100, "%");
      }
      case "ratio-against": {
        String seg = random.nextBoolean() ? "total" : "consumer";
        calc(c, "ratio").put("numerator", "gross_profit/" + seg + "/FY2024")
            .put("denominator", "revenue/" + seg + "/FY2024");
        c.put("against", "gross_margin/" + seg + "/FY2024");
        return sourced(c, d, d.chinese() ? "毛利率與毛利及收入相符" : "the margin follows from profit and revenue");
      }
      case "ratio-to-revenue": {
        String amount = random.nextBoolean() ? "adjusted_net_loss/total/9M2025" : "training_compute_spend/total/FY2024";
        String rev = amount.endsWith("9M2025") ? "revenue/total/9M2025" : "revenue/total/FY2024";
        calc(c, "ratio-to-revenue").put("amount", amount).put("revenue", rev);
        return reported(c, d, t(amount) / t(rev) * 100, "%");
      }
      case "sum": {
        ObjectNode e = calc(c, "sum");
        ArrayNode terms = e.putArray("terms");
        if (random.nextBoolean()) {
          terms.add("revenue/consumer/FY2024").add("revenue/enterprise/FY2024");
          c.put("against", "revenue/total/FY2024");
          return sourced(c, d, d.chinese() ? "兩項業務收入合計為總收入" : "the two businesses add up to revenue");
        }
        terms.add("gross_profit/total/FY2024").add("cost_of_revenue/total/FY2024");
        return reported(c, d, t("revenue/total/FY2024"), money);
      }
      case "runway": {
        ObjectNode e = calc(c, "runway");
        e.put("cash", "cash_reserves/total/2025-09-30");
        e.putObject("burn").put("calc", "monthly-burn").put("from", "adjusted_net_loss/total/9M2025");
        return reported(c, d, t("cash_reserves/total/2025-09-30") / (t("adjusted_net_loss/total/9M2025") / 9),
            "months");
      }
      case "currency": {
        calc(c, "currency").put("value", "revenue/total/FY2024").put("to", other);
        return reported(c, d, t("revenue/total/FY2024") * (usd ? CNY_PER_USD : 1 / CNY_PER_USD), other);
      }
      case "convert": {
        calc(c, "convert").put("value", "revenue/total/FY2024").put("divideBy", "12").put("unit", money)
            .put("basis", "12 months a year");
        return reported(c, d, t("revenue/total/FY2024") / 12, money);
      }
      case "figure-against": {
        c.put("compute", "revenue/total/9M2025");
        c.put("relation", (t("revenue/total/9M2025") > t("revenue/total/FY2024")) == (random.nextDouble() < 0.85)
            ? ">" : "<");
        c.put("against", "revenue/total/FY2024");
        return sourced(c, d, d.chinese() ? "前九個月收入已超越去年全年" : "nine months' revenue beat last year's");
      }
      case "margin-excluding": {
        calc(c, "margin-excluding").put("revenue", "revenue/total/FY2024")
            .put("grossProfit", "gross_profit/total/FY2024").put("segmentRevenue", "revenue/consumer/FY2024")
            .put("segmentGrossProfit", "gross_profit/consumer/FY2024");
        return reported(c, d, (t("gross_profit/total/FY2024") - t("gross_profit/consumer/FY2024"))
            / (t("revenue/total/FY2024") - t("revenue/consumer/FY2024")) * 100, "%");
      }
      case "gross-margin-from-cost": {
        calc(c, "gross-margin-from-cost").put("revenue", "revenue/total/FY2024")
            .put("costOfRevenue", "cost_of_revenue/total/FY2024");
        c.put("against", "gross_margin/total/FY2024");
        return sourced(c, d, d.chinese() ? "毛利率由銷售成本得出" : "the margin follows from the cost of revenue");
      }
      case "gross-margin": {
        calc(c, "gross-margin").put("revenue", "revenue/consumer/FY2024")
            .put("grossProfit", "gross_profit/consumer/FY2024");
        c.put("against", "gross_margin/consumer/FY2024");
        return sourced(c, d, d.chinese() ? "消費業務毛利率" : "the consumer business's gross margin");
      }
      case "blended-margin": {
        calc(c, "blended-margin").put("marginA", "gross_margin/consumer/FY2024")
            .put("revenueA", "revenue/consumer/FY2024").put("marginB", "gross_margin/enterprise/FY2024")
            .put("revenueB", "revenue/enterprise/FY2024");
        c.put("against", "gross_margin/total/FY2024");
        return sourced(c, d, d.chinese() ? "整體毛利率為兩項業務加權" : "the overall margin blends the two businesses");
      }
      case "per-unit": {
        calc(c, "per-unit").put("amount", "revenue/total/FY2024").put("count", "headcount/total/2025-09-30");
        return reported(c, d, t("revenue/total/FY2024") / t("headcount/total/2025-09-30"), money);
      }
      case "multiple": {
        calc(c, "multiple").put("current", "training_compute_spend/total/FY2024").put("prior", "revenue/total/FY2024");
        return reported(c, d, t("training_compute_spend/total/FY2024") / t("revenue/total/FY2024"), "x");
      }
      case "monthly-burn": {
        calc(c, "monthly-burn").put("from", "adjusted_net_loss/total/9M2025");
        return reported(c, d, t("adjusted_net_loss/total/9M2025") / 9, money);
      }
      case "cagr": {
        calc(c, "cagr").put("end", "revenue/total/FY2024").put("start", "revenue/total/FY2022");
        return reported(c, d, (Math.sqrt(t("revenue/total/FY2024") / t("revenue/total/FY2022")) - 1) * 100, "%");
      }
      default: {
        c.putObject("wholeCount").put("count", "headcount/total/2025-09-30")
            .put("share", "rnd_headcount_share/total/2025-09-30");
        return sourced(c, d, d.chinese() ? "研發人員佔員工總數的比例" : "R&D staff as a share of headcount");
      }
    }
  }

  private double t(String key) {
    return truth.get(key);
  }

  private static ObjectNode calc(ObjectNode claim, String calc) {
    ObjectNode e = claim.putObject("compute");
    e.put("calc", calc);
    return e;
  }

  private static ObjectNode sourced(ObjectNode claim, Doc d, String quote) {
    if (claim.has("against") && !claim.has("relation")) {
      claim.put("relation", "=");
    }
    ObjectNode s = NODES.objectNode();
    s.put("document", d.id()).put("quote", quote);
    // source before compute, as the bundled files have it
    ObjectNode ordered = NODES.objectNode();
    ordered.set("source", s);
    ordered.setAll(claim);
    claim.removeAll();
    claim.setAll(ordered);
    return claim;
  }

  /**
   * The reported number of a claim: the truth printed as the press prints it, two times in three;
   * else nudged 2% to 10% off, one-sided ("超過" / "over", rounded down) or approximate.
   */
  private ObjectNode reported(ObjectNode claim, Doc d, double truthValue, String unit) {
    double u = random.nextDouble();
    double v = u < 0.66 ? truthValue : u < 0.80 ? truthValue * (1 + (random.nextBoolean() ? 1 : -1)
        * (0.02 + 0.08 * random.nextDouble())) : truthValue;
    String qualifier = u >= 0.80 && u < 0.90 ? "over" : u >= 0.90 ? "about" : "exact";
    String printed;
    boolean zh = d.chinese();
    if (unit.equals("USD") || unit.equals("CNY")) {
      String scale = zh ? (Math.abs(v) >= 1e8 ? "億" : "萬") : (Math.abs(v) >= 1e9 ? "billion" : "million");
      double size = scale.equals("億") ? 1e8 : scale.equals("萬") ? 1e4 : scale.equals("billion") ? 1e9 : 1e6;
      printed = quoteAmount(significant(v / size, 2 + random.nextInt(3), qualifier.equals("over")), scale, unit,
          qualifier, zh);
    } else {
      BigDecimal n = significant(v, 2 + random.nextInt(3), qualifier.equals("over"));
      String q = zh ? (qualifier.equals("over") ? "超過" : qualifier.equals("about") ? "約" : "")
          : (qualifier.equals("over") ? "over " : qualifier.equals("about") ? "about " : "");
      String suffix = unit.equals("%") ? "%" : unit.equals("x") ? (zh ? "倍" : "x") : zh ? "個月" : " months";
      printed = q + n.toPlainString() + suffix;
    }
    claim.put("reported", printed);
    return sourced(claim, d, (zh ? "報道稱" : "the page says ") + printed);
  }
}
