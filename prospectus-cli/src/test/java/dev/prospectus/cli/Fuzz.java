package dev.prospectus.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prospectus.analysis.AnalysisSettings;
import dev.prospectus.format.Printable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * The fuzzer of {@link FuzzTest}: mutations of a data file, and the judgement of what the command
 * line makes of a dataset folder.
 * <p>
 * A mutation makes one or two changes to the JSON tree (a value replaced by a hostile string, by
 * what the same field holds elsewhere, by a number a source could print or one it could not, by
 * another JSON type or another value of the file; a field or element removed, repeated or added),
 * mostly where the format is strictest (values, scales, units, periods, keys, calculations), or,
 * one time in ten, to the bytes of the file (a byte inserted, removed or flipped, the file cut
 * short).
 */
final class Fuzz {

  /** JSON as the library writes it is read back by Jackson with its default limits. */
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The mutator writes what it likes, such as arrays nested deeper than a reader takes. */
  private static final ObjectMapper MUTATOR = JsonMapper.builder(JsonFactory.builder()
      .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build()).build())
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The fields most mutations go to: where the format says most. */
  private static final List<String> TARGETS = List.of("value", "valueTo", "scale", "unit", "period", "metric",
      "segment", "qualifier", "currency", "fiscalYearEnd", "document", "id", "calc", "current", "prior", "reported",
      "relation", "multiplyBy", "divideBy", "years", "terms", "figure", "sourceAgreement", "wholeCount", "against",
      "amount", "revenue", "cash", "burn", "from", "date", "url", "language", "dimension", "to", "rate");

  private static final String MILLION_DIGITS = "9".repeat(1_000_000);

  /** Strings that have broken, or could break, a reader of figures, keys, periods and text. */
  private static final List<String> HOSTILE = List.of(
      "", " ", "0", "-0", "0.0", "00", "+5", "1.", ".5", "-1", "1e3", "1E+999999999", "1e-999999999", "NaN",
      "Infinity", "1,000", "３４６", "١٢٣", "0.000000000000000000000000000000000000000000001",
      "12345678901234567890123456789012345678901234567890", "99999999999999999999999999999999999999",
      "0.0000000000000000000000000000000000000001", "-99999999999999999999999999999999999999",
      "\u001b[2J\u001b[31mred", "\u0007", "x\u202ey", "\r", "\u0000", "\u009b31m", "\uD800", "☃", "\uD835\uDFD9",
      "FY0", "FY99999", "FY2147483648", "9M2025", "13M2025", "0M2025", "H1 2025", "H3 2025", "Q4 2025",
      "2025-02-30", "2025-01-01..2024-01-01", "0001-01-01..9999-12-31", "9999-12-31", "+999999999-12-31",
      "萬", "萬億", "千萬", "million", "one", "USD", "CNY", "XXX", "usd", "%", "x", "months", "people", "count",
      "about", "over", "under", "nearly", "at_least", "exact", "=", "<", ">=", "about",
      "revenue/total/FY2024", "revenue/total/FY1900", "cash_reserves/total/2025-09-30", "revenue//FY2024",
      "revenue/total", "growth", "ratio", "convert", "currency", "runway", "monthly-burn", "sum", "all",
      "782.2%", "超過1365%", "約5億美元", "400至550億美元", "-2.09億", "(0.4%)", "1" + "0".repeat(45) + "%",
      "1e309", "1e-309", "0.0%", "0%", "-100%", "99999999999999999999萬億美元", "x".repeat(100_000),
      MILLION_DIGITS);

  private Fuzz() {
  }

  //-------------------------------------------------------------------------
  /**
   * Mutates a data file: one to three changes to its JSON tree, or, one time in ten, to its bytes.
   *
   * @param original  the file's bytes, UTF-8 JSON
   * @param random  the source of every choice
   * @return the mutated bytes
   */
  static byte[] mutate(byte[] original, Random random) throws IOException {
    if (random.nextInt(10) == 0) {
      return mutateBytes(original, random);
    }
    JsonNode root = JSON.readTree(original);
    List<Place> places = new ArrayList<>();
    collect(root, null, null, -1, places);
    int changes = 1 + random.nextInt(2);
    for (int i = 0; i < changes; i++) {
      List<Place> targeted = places.stream().filter(p -> p.name() != null && TARGETS.contains(p.name())).toList();
      Place place = !targeted.isEmpty() && random.nextInt(10) < 7
          ? targeted.get(random.nextInt(targeted.size())) : places.get(random.nextInt(places.size()));
      change(place, places, random);
    }
    return MUTATOR.writeValueAsBytes(root);
  }

  /** A node and where it sits: a field of an object, an element of an array, or the root. */
  private record Place(JsonNode node, JsonNode parent, String name, int index) {
  }

  private static void collect(JsonNode node, JsonNode parent, String name, int index, List<Place> places) {
    places.add(new Place(node, parent, name, index));
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), node, e.getKey(), -1, places);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), node, null, i, places);
      }
    }
  }

  private static void change(Place place, List<Place> places, Random random) {
    if (place.parent() == null) {
      return;
    }
    JsonNode replacement;
    switch (random.nextInt(15)) {
      case 0:
      case 1:
      case 2:
        replacement = NODES.textNode(HOSTILE.get(random.nextInt(HOSTILE.size())));
        break;
      case 3:
      case 4:
      case 5:
      case 14: {
        // Plausible: what the same field holds elsewhere in the file, so most of these are taken
        // and the reports get values they were not written for.
        List<Place> same = place.name() == null ? List.of()
            : places.stream().filter(p -> place.name().equals(p.name())).toList();
        replacement = same.isEmpty() ? NODES.textNode(smallNumber(random))
            : same.get(random.nextInt(same.size())).node().deepCopy();
        break;
      }
      case 6:
      case 7:
        replacement = NODES.textNode(smallNumber(random));
        break;
      case 8:
        replacement = NODES.textNode(number(random));
        break;
      case 9:
        // Another value of the same file: a period where a unit is due, a key where a value is.
        replacement = places.get(random.nextInt(places.size())).node().deepCopy();
        break;
      case 10:
        replacement = random.nextBoolean() ? otherType(random) : NODES.textNode(edit(place.node().asText(), random));
        break;
      case 11:
        remove(place);
        return;
      case 12:
        if (place.parent() instanceof ArrayNode array && place.index() >= 0 && place.index() < array.size()) {
          array.insert(place.index(), place.node().deepCopy());
          return;
        }
        replacement = NODES.textNode(number(random));
        break;
      default:
        if (place.node() instanceof ObjectNode object) {
          object.put(random.nextBoolean() ? "note\u0007" : "unknown", "x");
          return;
        }
        replacement = NODES.textNode(HOSTILE.get(random.nextInt(HOSTILE.size())));
        break;
    }
    set(place, replacement);
  }

  /** A decimal a source could print: up to 12 digits, up to 4 after the point, zero or negative now and then. */
  private static String smallNumber(Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return "0";
      case 1:
        return "0.00";
      default: {
        String digits = Long.toString(1 + (long) (random.nextDouble() * Math.pow(10, 1 + random.nextInt(12))));
        int decimals = Math.min(digits.length() - 1, random.nextInt(5));
        String number = decimals == 0 ? digits
            : digits.substring(0, digits.length() - decimals) + "." + digits.substring(digits.length() - decimals);
        return random.nextInt(5) == 0 ? "-" + number : number;
      }
    }
  }

  /** A decimal of 1 to 60 digits, with 0 to 60 after the point, perhaps negative. */
  private static String number(Random random) {
    StringBuilder sb = new StringBuilder(random.nextBoolean() ? "" : "-");
    int digits = 1 + random.nextInt(random.nextBoolean() ? 8 : 60);
    for (int i = 0; i < digits; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    int decimals = random.nextInt(4) == 0 ? random.nextInt(61) : 0;
    if (decimals > 0) {
      sb.append('.');
      for (int i = 0; i < decimals; i++) {
        sb.append((char) ('0' + random.nextInt(10)));
      }
    }
    return sb.toString();
  }

  /** A string changed a little: a character inserted, removed or repeated, or digits appended. */
  private static String edit(String text, Random random) {
    if (text.isEmpty()) {
      return "0";
    }
    int at = random.nextInt(text.length());
    switch (random.nextInt(4)) {
      case 0:
        return text.substring(0, at) + text.substring(at + 1);
      case 1:
        String inserts = "0123456789.-萬%/ ";
        return text.substring(0, at) + inserts.charAt(random.nextInt(inserts.length())) + text.substring(at);
      case 2:
        return text + "0".repeat(1 + random.nextInt(50));
      default:
        return text.substring(0, at) + text.substring(at).repeat(2);
    }
  }

  private static JsonNode otherType(Random random) {
    switch (random.nextInt(8)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(true);
      case 2:
        return NODES.numberNode(new BigDecimal("1E+308"));
      case 3:
        return NODES.numberNode(random.nextInt());
      case 4:
        return NODES.objectNode();
      case 5:
        return NODES.arrayNode();
      case 6: {
        // Nested deeper than a reader should follow
        JsonNode deep = NODES.arrayNode();
        for (int i = 0; i < 2000; i++) {
          deep = NODES.arrayNode().add(deep);
        }
        return deep;
      }
      default:
        return NODES.numberNode(new BigDecimal("12.50"));
    }
  }

  private static void set(Place place, JsonNode value) {
    if (place.parent() instanceof ObjectNode object) {
      object.set(place.name(), value);
    } else if (place.parent() instanceof ArrayNode array && place.index() < array.size()) {
      array.set(place.index(), value);
    }
  }

  private static void remove(Place place) {
    if (place.parent() instanceof ObjectNode object) {
      object.remove(place.name());
    } else if (place.parent() instanceof ArrayNode array && place.index() < array.size()) {
      array.remove(place.index());
    }
  }

  private static byte[] mutateBytes(byte[] original, Random random) {
    int at = random.nextInt(original.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 4);
    switch (random.nextInt(4)) {
      case 0:
        // Cut short
        out.write(original, 0, at);
        break;
      case 1:
        out.write(original, 0, at);
        out.write(original, at + 1, original.length - at - 1);
        break;
      case 2: {
        byte[] copy = original.clone();
        copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
        out.write(copy, 0, copy.length);
        break;
      }
      default: {
        // A byte that may start no UTF-8 character, or a JSON control
        byte[] inserts = {(byte) 0xFF, (byte) 0xC3, 0x1B, 0x00, '"', '{', ']', ',', '\\'};
        out.write(original, 0, at);
        out.write(inserts[random.nextInt(inserts.length)]);
        out.write(original, at, original.length - at);
        break;
      }
    }
    return out.toByteArray();
  }

  //-------------------------------------------------------------------------
  /** What the command line made of a folder: a clean rejection, a complete report, or a failure. */
  enum Kind {
    /** One line on standard error naming a file of the folder and a pointer; exit status 1. */
    REJECTED,
    /** The verdicts, and the reports in every format, complete. */
    REPORTED,
    /** Anything else: the problem says what. */
    FAILED
  }

  /**
   * An outcome.
   *
   * @param kind  which outcome
   * @param detail  the rejection's line, or what went wrong
   */
  record Outcome(Kind kind, String detail) {
  }

  // A pointer may hold ": " itself, where a key does.
  private static final Pattern REJECTION = Pattern.compile("prospectus: (\\S+) at (|/.*?): '.*\n", Pattern.DOTALL);

  /** The command line's settings with 200 Monte Carlo runs rather than 10,000: the same paths, faster. */
  private static final AnalysisSettings SETTINGS = AnalysisSettings.DEFAULT.withMonteCarloRuns(200);

  /**
   * Runs the command line's {@code report} on a folder, in a given format.
   *
   * @param folder  the folder with {@code dataset.json} and {@code claims.json}
   * @param format  the format and its options, such as {@code ["--format", "csv", "--section", "verdicts"]}
   * @return the outcome
   */
  static Outcome judge(Path folder, List<String> format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("report", "--dataset", folder.toString()));
    args.addAll(format);
    int status;
    try {
      status = Main.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), SETTINGS);
    } catch (RuntimeException | StackOverflowError ex) {
      return new Outcome(Kind.FAILED, "report threw " + trace(ex));
    }
    String message = err.toString(StandardCharsets.UTF_8);
    if (status == Main.FAILED) {
      Matcher m = REJECTION.matcher(message);
      if (!m.matches() || message.indexOf('\n') != message.length() - 1) {
        return new Outcome(Kind.FAILED, "a rejection that names no file and pointer: " + message);
      }
      Path file = Path.of(m.group(1));
      if (!folder.equals(file.getParent()) || !List.of("dataset.json", "claims.json")
          .contains(file.getFileName().toString())) {
        return new Outcome(Kind.FAILED, "a rejection naming another file: " + message);
      }
      if (Printable.firstUnsafe(message) >= 0) {
        return new Outcome(Kind.FAILED, "a rejection with a raw control character: " + Printable.escape(message));
      }
      return new Outcome(Kind.REJECTED, message.substring(0, message.length() - 1));
    }
    if (status != Main.OK || !message.isEmpty()) {
      return new Outcome(Kind.FAILED, "report exited " + status + ": " + message);
    }
    String document = out.toString(StandardCharsets.UTF_8);
    try {
      complete(document, format.get(1));
    } catch (Exception | AssertionError ex) {
      return new Outcome(Kind.FAILED, "an incomplete " + format.get(1) + " report: " + trace(ex));
    }
    return new Outcome(Kind.REPORTED, "");
  }

  /** Checks that a document is whole: JSON and HTML parse, text and CSV end their last line. */
  private static void complete(String document, String format) throws Exception {
    switch (format) {
      case "json":
        JSON.readTree(document);
        break;
      case "html": {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        break;
      }
      default:
        if (document.isEmpty() || !document.endsWith("\n")) {
          throw new AssertionError("the document does not end its last line");
        }
    }
  }

  private static String trace(Throwable ex) {
    StringBuilder sb = new StringBuilder(ex.toString().length() > 300 ? ex.toString().substring(0, 300)
        : ex.toString());
    StackTraceElement[] frames = ex.getStackTrace();
    for (int i = 0; i < Math.min(8, frames.length); i++) {
      sb.append("\n    at ").append(frames[i]);
    }
    return sb.toString();
  }

  /**
   * Writes a folder: the bundled files of a dataset with one of them replaced.
   *
   * @param folder  the folder, created if need be
   * @param dataset  the dataset's {@code dataset.json}
   * @param claims  its {@code claims.json}
   */
  static void write(Path folder, byte[] dataset, byte[] claims) throws IOException {
    Files.createDirectories(folder);
    Files.write(folder.resolve("dataset.json"), dataset);
    Files.write(folder.resolve("claims.json"), claims);
  }
}
