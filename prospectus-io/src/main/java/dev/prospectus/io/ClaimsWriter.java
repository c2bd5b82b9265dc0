package dev.prospectus.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prospectus.internal.Args;
import dev.prospectus.verify.Check;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Comparison;
import dev.prospectus.verify.Expression;
import dev.prospectus.verify.FigureRef;
import dev.prospectus.verify.Operation;
import dev.prospectus.verify.Printed;
import dev.prospectus.verify.Relation;
import dev.prospectus.verify.SourceAgreement;
import dev.prospectus.verify.WholeCount;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes claims in the claims file format ({@code docs/claims.md}) that {@link ClaimsReader}
 * reads: {@code write(ClaimsReader.read(file))} says what the file says.
 * <p>
 * For example the claims an article check judged ({@code ArticleCheck.claims(document)}) become a
 * file a person can review and keep beside a dataset, to be judged again by {@code verify}.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class ClaimsWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ClaimsWriter() {
  }

  /**
   * Writes claims as the text of a claims file.
   *
   * @param claims  the claims, ids unique
   * @return the JSON text, ending in a line break
   * @throws IllegalArgumentException if the list or a claim is null
   */
  public static String write(List<Claim> claims) {
    try {
      return MAPPER.writeValueAsString(toJson(claims)) + "\n";
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException("Unable to write claims", ex);
    }
  }

  /**
   * Converts claims to the JSON tree of a claims file.
   *
   * @param claims  the claims
   * @return the tree: one object with the field {@code claims}
   * @throws IllegalArgumentException if the list or a claim is null
   */
  public static ObjectNode toJson(List<Claim> claims) {
    Args.noNulls(claims, "claims");
    ObjectNode root = NODES.objectNode();
    ArrayNode array = root.putArray("claims");
    for (Claim c : claims) {
      ObjectNode o = array.addObject();
      o.put("id", c.id());
      c.source().ifPresent(s -> {
        ObjectNode source = o.putObject("source");
        source.put("document", s.document());
        s.locator().ifPresent(l -> source.put("locator", l));
        source.put("quote", s.quote());
      });
      check(o, c.check());
      c.note().ifPresent(n -> o.put("note", n));
      c.reading().ifPresent(r -> {
        o.put("readingOf", r.of());
        o.put("reading", r.reading());
      });
    }
    return root;
  }

  private static void check(ObjectNode o, Check check) {
    if (check instanceof Comparison c) {
      o.set("compute", expression(c.computed()));
      boolean stated = c.reported() instanceof Printed p && Relation.of(p.figure().qualifier()) == c.relation();
      if (!stated) {
        o.put("relation", c.relation().symbol());
      }
      if (c.reported() instanceof Printed p) {
        o.put("reported", p.text());
      } else {
        o.set("against", expression(c.reported()));
      }
    } else if (check instanceof WholeCount w) {
      ObjectNode whole = o.putObject("wholeCount");
      whole.set("count", expression(w.count()));
      whole.set("share", expression(w.share()));
    } else {
      SourceAgreement a = (SourceAgreement) check;
      o.put("sourceAgreement", a.key().orElse("all"));
    }
  }

  private static JsonNode expression(Expression e) {
    if (e instanceof FigureRef f) {
      if (!f.isNamed()) {
        return NODES.textNode(f.key());
      }
      ObjectNode o = NODES.objectNode();
      o.put("figure", f.key());
      f.document().ifPresent(d -> o.put("source", d));
      f.quoted().ifPresent(q -> o.put("quoted", q));
      return o;
    }
    if (e instanceof Printed p) {
      return NODES.objectNode().put("printed", p.text());
    }
    Operation op = (Operation) e;
    ObjectNode o = NODES.objectNode();
    o.put("calc", op.operator().code());
    for (Map.Entry<String, Expression> in : op.inputs().entrySet()) {
      o.set(in.getKey(), expression(in.getValue()));
    }
    if (!op.terms().isEmpty()) {
      ArrayNode terms = o.putArray("terms");
      op.terms().forEach(t -> terms.add(expression(t)));
    }
    op.options().forEach(o::put);
    return o;
  }
}
