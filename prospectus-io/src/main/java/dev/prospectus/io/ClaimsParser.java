package dev.prospectus.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Unit;
import dev.prospectus.verify.Check;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.ClaimReading;
import dev.prospectus.verify.ClaimSource;
import dev.prospectus.verify.Comparison;
import dev.prospectus.verify.Expression;
import dev.prospectus.verify.FigureRef;
import dev.prospectus.verify.Operation;
import dev.prospectus.verify.Operator;
import dev.prospectus.verify.Printed;
import dev.prospectus.verify.Relation;
import dev.prospectus.verify.SourceAgreement;
import dev.prospectus.verify.WholeCount;
import dev.prospectus.verify.WholeMean;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the JSON tree of a claims file into claims, checking every field; see {@code docs/claims.md}.
 * With a dataset, also checks that every document a claim cites is declared and every figure key's
 * period resolves. Every failure is a {@link DataFormatException} naming the file, the pointer and
 * the value.
 */
final class ClaimsParser {

  private static final List<String> CLAIM_FIELDS = List.of("id", "source", "compute", "relation", "reported",
      "against", "wholeCount", "wholeMean", "sourceAgreement", "note", "readingOf", "reading");
  private static final List<String> CHECKS = List.of("compute", "wholeCount", "wholeMean", "sourceAgreement");
  private static final List<String> SOURCE_FIELDS = List.of("document", "locator", "quote");
  private static final List<String> FIGURE_FIELDS = List.of("figure", "source", "quoted", "currency");
  private static final List<String> WHOLE_COUNT_FIELDS = List.of("count", "share");
  private static final List<String> WHOLE_MEAN_FIELDS = List.of("mean", "count", "items");
  private static final List<String> PRINTED_FIELDS = List.of("printed");
  private static final List<String> CLAIMS_FILE_FIELDS = List.of("claims");
  private static final String ALL = "all";
  /** Each calculation's fields, {@code calc} and its parameters: the same for every claim that uses it. */
  private static final Map<Operator, List<String>> CALCULATION_FIELDS = new EnumMap<>(Operator.class);
  /** Each calculation's kind as messages name it. */
  private static final Map<Operator, String> CALCULATION_KINDS = new EnumMap<>(Operator.class);

  static {
    for (Operator operator : Operator.values()) {
      List<String> allowed = new ArrayList<>(List.of("calc"));
      operator.parameters().forEach(p -> allowed.add(p.name()));
      CALCULATION_FIELDS.put(operator, List.copyOf(allowed));
      CALCULATION_KINDS.put(operator, "a '" + operator + "' calculation");
    }
  }

  private final String file;
  private final Optional<Dataset> dataset;
  /** The year end figure keys resolve against: the dataset's, else the calendar's. */
  private final MonthDay yearEnd;

  private ClaimsParser(String file, Optional<Dataset> dataset) {
    this.file = file;
    this.dataset = dataset;
    this.yearEnd = dataset.map(Dataset::fiscalYearEnd).orElse(MonthDay.of(12, 31));
  }

  static List<Claim> parse(JsonNode root, String file, Optional<Dataset> dataset) {
    return new ClaimsParser(file, dataset).claims(root);
  }

  //-------------------------------------------------------------------------
  private List<Claim> claims(JsonNode root) {
    JsonFields top = JsonFields.open(root, file, Pointer.ROOT, "a claims file", CLAIMS_FILE_FIELDS);
    List<JsonFields> entries = top.objects("claims", "a claim", CLAIM_FIELDS);
    JsonNode array = root.get("claims");
    Set<String> ids = new HashSet<>();
    List<Claim> result = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Claim claim = claim(entries.get(i), array.get(i));
      if (!ids.add(claim.id())) {
        throw entries.get(i).error("id", claim.id(), "repeats the id of an earlier claim: ids must be unique");
      }
      result.add(claim);
    }
    return List.copyOf(result);
  }

  private Claim claim(JsonFields c, JsonNode node) {
    String id = c.string("id");
    if (!DatasetParser.isId(id)) {
      throw c.error("id", id, "is not a claim id: expected lower-case letters, digits, '.', '_' and '-', such as"
          + " 'revenue-growth-fy2024'");
    }
    String checkName = null;
    int checks = 0;
    for (int i = 0; i < CHECKS.size(); i++) {
      if (node.has(CHECKS.get(i))) {
        checkName = checkName == null ? CHECKS.get(i) : checkName;
        checks++;
      }
    }
    if (checks != 1) {
      throw new DataFormatException(file, c.pointer(), JsonFields.text(node), (checks == 0 ? "has none"
          : "has more than one") + " of " + CHECKS + ": a claim makes exactly one check");
    }
    Optional<ClaimSource> source = node.has("source") ? Optional.of(source(c)) : Optional.empty();
    Check check;
    switch (checkName) {
      case "compute":
        check = comparison(c, node);
        break;
      case "wholeCount":
        check = wholeCount(c, node);
        break;
      case "wholeMean":
        check = wholeMean(c, node);
        break;
      default:
        check = agreement(c, node);
        break;
    }
    if (source.isEmpty() && !(check instanceof SourceAgreement)) {
      throw c.error("source", "", "is missing: a claim that computes something quotes its source");
    }
    Claim claim = new Claim(id, source, check, c.optionalString("note"));
    Optional<String> readingOf = c.optionalString("readingOf");
    Optional<String> reading = c.optionalString("reading");
    if (readingOf.isPresent() != reading.isPresent()) {
      String has = readingOf.isPresent() ? "readingOf" : "reading";
      throw c.error(has, readingOf.or(() -> reading).orElseThrow(), "comes without '"
          + (readingOf.isPresent() ? "reading" : "readingOf") + "': a reading names the printed claim it reads"
          + " and how it reads it");
    }
    if (reading.isPresent() && reading.get().isBlank()) {
      throw c.error("reading", reading.get(), "is blank: a reading says how it reads the printed claim");
    }
    if (readingOf.isPresent()) {
      try {
        claim = claim.withReading(ClaimReading.of(readingOf.get(), reading.get()));
      } catch (IllegalArgumentException e) {
        // The reading is not blank (above), so the printed claim's id is what ClaimReading refused.
        throw c.error("readingOf", readingOf.get(), "is not a claim id: expected lower-case letters, digits, '.', '_'"
            + " and '-', such as 'cornerstone-share-56-5'");
      }
    }
    return claim;
  }

  private ClaimSource source(JsonFields c) {
    JsonFields s = c.object("source", "a claim source", SOURCE_FIELDS);
    String document = s.string("document");
    requireDocument(s, "document", document);
    return new ClaimSource(document, s.optionalString("locator"), s.string("quote"));
  }

  private void requireDocument(JsonFields where, String field, String document) {
    if (dataset.isPresent() && dataset.get().document(document).isEmpty()) {
      throw where.error(field, document, "is not a document of dataset '" + dataset.get().name()
          + "': expected one of its document ids");
    }
  }

  private Comparison comparison(JsonFields c, JsonNode node) {
    Expression computed = expression(node.get("compute"), c.at("compute"));
    boolean printed = node.has("reported");
    if (printed == node.has("against")) {
      throw new DataFormatException(file, c.pointer(), JsonFields.text(node), (printed ? "has both" : "has neither")
          + " of 'reported' and 'against': a comparison needs exactly one");
    }
    Optional<Relation> relation = c.optionalString("relation").map(r -> relation(c, r));
    if (printed) {
      String text = c.string("reported");
      Printed p;
      try {
        p = Printed.of(text);
      } catch (IllegalArgumentException ex) {
        throw c.error("reported", text, "is not a printed figure: " + ex.getMessage(), ex);
      }
      Relation stated = Relation.of(p.figure().qualifier());
      if (relation.isPresent() && p.figure().qualifier() != Qualifier.EXACT && relation.get() != stated) {
        throw c.error("relation", relation.get().symbol(), "contradicts the words of '" + text + "', which state '"
            + stated + "'");
      }
      return Comparison.of(computed, relation.orElse(stated), p);
    }
    Expression against = expression(node.get("against"), c.at("against"));
    if (relation.isEmpty()) {
      throw c.error("relation", "", "is missing: a comparison with 'against' states its relation");
    }
    try {
      return Comparison.of(computed, relation.get(), against);
    } catch (IllegalArgumentException ex) {
      throw new DataFormatException(file, c.pointer(), JsonFields.text(node), ex.getMessage(), ex);
    }
  }

  private static Relation relation(JsonFields c, String text) {
    try {
      return Relation.parse(text);
    } catch (IllegalArgumentException ex) {
      throw c.error("relation", text, "is not a relation: expected one of "
          + Stream.of(Relation.values()).map(Relation::symbol).toList(), ex);
    }
  }

  private WholeCount wholeCount(JsonFields c, JsonNode node) {
    JsonFields w = c.object("wholeCount", "a whole-count check", WHOLE_COUNT_FIELDS);
    JsonNode raw = node.get("wholeCount");
    return WholeCount.of(expression(raw.get("count"), w.at("count")),
        expression(raw.get("share"), w.at("share")));
  }

  private WholeMean wholeMean(JsonFields c, JsonNode node) {
    JsonFields w = c.object("wholeMean", "a whole-mean check", WHOLE_MEAN_FIELDS);
    JsonNode raw = node.get("wholeMean");
    int items = 1;
    JsonNode itemsNode = raw.get("items");
    if (itemsNode != null) {
      String text = itemsNode.isIntegralNumber() ? itemsNode.asText() : itemsNode.isTextual() ? itemsNode.textValue()
          : null;
      boolean positive = text != null && text.matches("[1-9][0-9]{0,5}");
      if (!positive) {
        throw w.error("items", JsonFields.text(itemsNode), "is not a positive whole number: the whole-number items"
            + " each value sums, such as 1 for one question");
      }
      items = Integer.parseInt(text);
    }
    return WholeMean.of(expression(raw.get("mean"), w.at("mean")), expression(raw.get("count"),
        w.at("count")), items);
  }

  private SourceAgreement agreement(JsonFields c, JsonNode node) {
    JsonNode value = node.get("sourceAgreement");
    if (!value.isTextual()) {
      throw c.error("sourceAgreement", JsonFields.text(value), "is not a string: expected 'all' or a figure key");
    }
    String text = value.textValue();
    if (ALL.equals(text)) {
      return SourceAgreement.all();
    }
    figureKey(text, c.at("sourceAgreement"));
    return SourceAgreement.of(text);
  }

  //-------------------------------------------------------------------------
  private Expression expression(JsonNode node, Pointer pointer) {
    if (node == null || node.isNull()) {
      throw new DataFormatException(file, pointer.toString(), node == null ? "" : "null",
          node == null ? "is missing: an expression is required" : "is null where an expression is required");
    }
    if (node.isTextual()) {
      return figureRef(node.textValue(), Optional.empty(), Optional.empty(), Optional.empty(), pointer);
    }
    if (!node.isObject()) {
      throw new DataFormatException(file, pointer.toString(), JsonFields.text(node), "is a JSON "
          + node.getNodeType().name().toLowerCase(Locale.ROOT)
          + " where a figure key or an expression object ({\"figure\"}, {\"printed\"}, {\"calc\"}) is required");
    }
    if (node.has("figure")) {
      JsonFields f = JsonFields.open(node, file, pointer, "a figure", FIGURE_FIELDS);
      Optional<String> document = f.optionalString("source");
      document.ifPresent(d -> requireDocument(f, "source", d));
      Optional<Unit> currency = f.optionalString("currency").map(text -> currency(f, text));
      return figureRef(f.string("figure"), document, f.optionalString("quoted"), currency, f.at("figure"));
    }
    if (node.has("printed")) {
      JsonFields f = JsonFields.open(node, file, pointer, "a printed number", PRINTED_FIELDS);
      String text = f.string("printed");
      try {
        return Printed.of(text);
      } catch (IllegalArgumentException ex) {
        throw f.error("printed", text, "is not a printed figure: " + ex.getMessage(), ex);
      }
    }
    if (node.has("calc")) {
      return operation(node, pointer);
    }
    throw new DataFormatException(file, pointer.toString(), JsonFields.text(node),
        "is an object without 'figure', 'printed' or 'calc': not an expression");
  }

  private static Unit currency(JsonFields f, String text) {
    try {
      Unit unit = Unit.parse(text);
      if (unit.isCurrency()) {
        return unit;
      }
    } catch (IllegalArgumentException ex) {
      throw f.error("currency", text, "is not a currency: expected an ISO 4217 code, such as \"CNY\"", ex);
    }
    throw f.error("currency", text, "is not a currency: expected an ISO 4217 code, such as \"CNY\"");
  }

  private FigureRef figureRef(String key, Optional<String> document, Optional<String> quoted, Optional<Unit> currency,
      Pointer pointer) {
    figureKey(key, pointer);
    try {
      return new FigureRef(key, document, quoted, currency);
    } catch (IllegalArgumentException ex) {
      throw new DataFormatException(file, pointer.toString(), key, ex.getMessage(), ex);
    }
  }

  private void figureKey(String key, Pointer pointer) {
    try {
      FigureKey.parse(key, yearEnd);
    } catch (IllegalArgumentException | DateTimeException ex) {
      throw new DataFormatException(file, pointer.toString(), key, "is not a figure key metric/segment/period, such as"
          + " 'revenue/total/FY2024': " + ex.getMessage(), ex);
    }
  }

  private Operation operation(JsonNode node, Pointer pointer) {
    JsonNode calc = node.get("calc");
    if (!calc.isTextual()) {
      throw new DataFormatException(file, pointer + "/calc", JsonFields.text(calc), "is not a calculation name");
    }
    Operator operator;
    try {
      operator = Operator.parse(calc.textValue());
    } catch (IllegalArgumentException ex) {
      throw new DataFormatException(file, pointer + "/calc", calc.textValue(), "is not a calculation: "
          + ex.getMessage(), ex);
    }
    JsonFields f = JsonFields.open(node, file, pointer, CALCULATION_KINDS.get(operator),
        CALCULATION_FIELDS.get(operator));
    Operation op = Operation.of(operator);
    for (Operator.Parameter p : operator.parameters()) {
      JsonNode value = node.get(p.name());
      if (value == null) {
        continue;
      }
      op = parameter(f, op, p, value);
    }
    List<String> missingAnywhere = op.missingParameters();
    if (!missingAnywhere.isEmpty()) {
      String own = "'" + operator + "'";
      List<String> missing = missingAnywhere.stream().filter(m -> m.startsWith(own)).toList();
      if (!missing.isEmpty()) {
        throw new DataFormatException(file, pointer.toString(), JsonFields.text(node), "is an incomplete calculation: "
            + String.join("; ", missing));
      }
    }
    return op;
  }

  private Operation parameter(JsonFields f, Operation op, Operator.Parameter p, JsonNode value) {
    Pointer pointer = f.at(p.name());
    switch (p.kind()) {
      case EXPRESSION:
        return op.with(p.name(), expression(value, pointer));
      case FIGURE: {
        Expression e = expression(value, pointer);
        if (!(e instanceof FigureRef)) {
          throw new DataFormatException(file, pointer.toString(), JsonFields.text(value),
              "is not a figure of the dataset: '" + p.name() + "' takes a figure key");
        }
        return op.with(p.name(), e);
      }
      case TERMS: {
        if (!value.isArray()) {
          throw new DataFormatException(file, pointer.toString(), JsonFields.text(value),
              "is not an array of expressions");
        }
        List<Expression> terms = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
          terms.add(expression(value.get(i), pointer.element(i)));
        }
        return op.withTerms(terms);
      }
      default: {
        boolean integer = p.kind() == Operator.ParameterKind.INTEGER && value.isIntegralNumber();
        if (!value.isTextual() && !integer) {
          throw new DataFormatException(file, pointer.toString(), JsonFields.text(value), "is not a string"
              + (p.kind() == Operator.ParameterKind.INTEGER ? " or a whole number" : ""));
        }
        String text = integer ? value.asText() : value.textValue();
        try {
          return op.withOption(p.name(), text);
        } catch (IllegalArgumentException ex) {
          throw new DataFormatException(file, pointer.toString(), text, "is not valid here: " + ex.getMessage(), ex);
        }
      }
    }
  }
}
