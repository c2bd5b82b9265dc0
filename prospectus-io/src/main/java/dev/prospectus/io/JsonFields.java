package dev.prospectus.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One JSON object of a data file, read field by field: every accessor checks presence, null and
 * JSON type, and every failure is a {@link DataFormatException} with the file, the RFC 6901
 * pointer and the value.
 * <p>
 * The object's fields are checked against the allowed names when it is opened, so a misspelt
 * field is reported as unknown rather than as a missing one.
 * <p>
 * Instances are not shared: each belongs to the read that opened it, and never changes the tree.
 */
final class JsonFields {

  /** Longest value text quoted in a message before it is shortened. */
  private static final int MAX_VALUE_TEXT = 60;

  private final JsonNode node;
  private final String file;
  private final String pointer;
  private final String what;

  private JsonFields(JsonNode node, String file, String pointer, String what) {
    this.node = node;
    this.file = file;
    this.pointer = pointer;
    this.what = what;
  }

  /**
   * Opens a node that must be a JSON object with no fields beyond the allowed ones.
   *
   * @param node  the node
   * @param file  the file, for messages
   * @param pointer  the node's pointer
   * @param what  the object's kind with its article, such as {@code "a figure"}
   * @param allowed  the allowed field names, in the order the format lists them
   * @return the object
   * @throws DataFormatException if the node is not an object or has an unknown field
   */
  static JsonFields open(JsonNode node, String file, String pointer, String what, List<String> allowed) {
    if (!node.isObject()) {
      throw new DataFormatException(file, pointer, text(node), wrongType(node, "an object"));
    }
    JsonFields fields = new JsonFields(node, file, pointer, what);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw fields.error(name, name, "is not a field of " + what + ": expected one of " + String.join(", ", allowed));
      }
    }
    return fields;
  }

  /**
   * The pointer of this object.
   *
   * @return the pointer, empty for the document root
   */
  String pointer() {
    return pointer;
  }

  /**
   * The pointer of a field of this object.
   *
   * @param name  the field name
   * @return the pointer, with {@code ~} and {@code /} escaped as RFC 6901 requires
   */
  String pointer(String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * An error about a field's value.
   *
   * @param name  the field
   * @param value  the value as text
   * @param problem  what is wrong
   * @return the exception, to throw
   */
  DataFormatException error(String name, String value, String problem) {
    return new DataFormatException(file, pointer(name), value, problem);
  }

  /**
   * An error about one element of an array field.
   *
   * @param name  the array field
   * @param index  the element's index
   * @param value  the value as text
   * @param problem  what is wrong
   * @return the exception, to throw
   */
  DataFormatException elementError(String name, int index, String value, String problem) {
    return new DataFormatException(file, pointer(name) + "/" + index, value, problem);
  }

  /**
   * An error about a field's value that another exception detected.
   *
   * @param name  the field
   * @param value  the value as text
   * @param problem  what is wrong
   * @param cause  the exception that detected it
   * @return the exception, to throw
   */
  DataFormatException error(String name, String value, String problem, Throwable cause) {
    return new DataFormatException(file, pointer(name), value, problem, cause);
  }

  /**
   * An error about this whole object.
   *
   * @param problem  what is wrong
   * @param cause  the exception that detected it
   * @return the exception, to throw
   */
  DataFormatException objectError(String problem, Throwable cause) {
    return new DataFormatException(file, pointer, text(node), problem, cause);
  }

  //-------------------------------------------------------------------------
  /**
   * A required string field, not blank.
   *
   * @param name  the field
   * @return the text
   * @throws DataFormatException if the field is missing, null, not a string or blank
   */
  String string(String name) {
    return optionalString(name, true).orElseThrow();
  }

  /**
   * An optional string field: absent is allowed, null and blank are not.
   *
   * @param name  the field
   * @return the text, empty if the field is absent
   * @throws DataFormatException if the field is null, not a string or blank
   */
  Optional<String> optionalString(String name) {
    return optionalString(name, false);
  }

  private Optional<String> optionalString(String name, boolean required) {
    Optional<JsonNode> field = field(name, "a string", required);
    if (field.isEmpty()) {
      return Optional.empty();
    }
    JsonNode value = field.get();
    if (!value.isTextual()) {
      String problem = value.isNumber()
          ? "is a JSON number where a string is required: write it in quotes as printed, \"" + value
              + "\", so that no digit of its precision is lost"
          : wrongType(value, "a string");
      throw error(name, text(value), problem);
    }
    if (value.textValue().isBlank()) {
      throw error(name, value.textValue(), required
          ? "is blank where text is required"
          : "is blank: omit an optional field rather than leave it blank");
    }
    return Optional.of(value.textValue());
  }

  /**
   * An optional array field whose elements are strings, none blank.
   *
   * @param name  the field
   * @return the strings, in order, empty if the field is absent
   * @throws DataFormatException if the field is null or not an array, or an element is not a
   *     string or is blank
   */
  List<String> optionalStrings(String name) {
    Optional<JsonNode> field = field(name, "an array", false);
    if (field.isEmpty()) {
      return List.of();
    }
    JsonNode array = field.get();
    if (!array.isArray()) {
      throw error(name, text(array), wrongType(array, "an array of strings"));
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode e = array.get(i);
      if (!e.isTextual()) {
        throw elementError(name, i, text(e), wrongType(e, "a string"));
      }
      if (e.textValue().isBlank()) {
        throw elementError(name, i, e.textValue(), "is blank where text is required");
      }
      result.add(e.textValue());
    }
    return result;
  }

  /**
   * A required object field.
   *
   * @param name  the field
   * @param kind  the object's kind with its article, such as {@code "a source"}
   * @param allowed  the object's allowed field names
   * @return the object
   * @throws DataFormatException if the field is missing, null, not an object or has an unknown field
   */
  JsonFields object(String name, String kind, List<String> allowed) {
    return open(field(name, "an object", true).orElseThrow(), file, pointer(name), kind, allowed);
  }

  /**
   * An optional object field.
   *
   * @param name  the field
   * @param kind  the object's kind with its article, such as {@code "a pair"}
   * @param allowed  the object's allowed field names
   * @return the object, empty if the field is absent
   * @throws DataFormatException if the field is null, not an object or has an unknown field
   */
  Optional<JsonFields> optionalObject(String name, String kind, List<String> allowed) {
    return field(name, "an object", false).map(value -> open(value, file, pointer(name), kind, allowed));
  }

  /**
   * A required array field whose elements are objects.
   *
   * @param name  the field
   * @param kind  the elements' kind with its article, such as {@code "a figure"}
   * @param allowed  the elements' allowed field names
   * @return the elements, in order
   * @throws DataFormatException if the field is missing, null or not an array, or an element is
   *     not an object or has an unknown field
   */
  List<JsonFields> objects(String name, String kind, List<String> allowed) {
    return objects(name, kind, allowed, true);
  }

  /**
   * An optional array field whose elements are objects.
   *
   * @param name  the field
   * @param kind  the elements' kind with its article
   * @param allowed  the elements' allowed field names
   * @return the elements, in order, empty if the field is absent
   * @throws DataFormatException if the field is null or not an array, or an element is not an
   *     object or has an unknown field
   */
  List<JsonFields> optionalObjects(String name, String kind, List<String> allowed) {
    return objects(name, kind, allowed, false);
  }

  private List<JsonFields> objects(String name, String kind, List<String> allowed, boolean required) {
    Optional<JsonNode> field = field(name, "an array", required);
    if (field.isEmpty()) {
      return List.of();
    }
    JsonNode array = field.get();
    if (!array.isArray()) {
      throw error(name, text(array), wrongType(array, "an array"));
    }
    List<JsonFields> result = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      result.add(open(array.get(i), file, pointer(name) + "/" + i, kind, allowed));
    }
    return result;
  }

  private Optional<JsonNode> field(String name, String expected, boolean required) {
    JsonNode value = node.get(name);
    if (value == null) {
      if (required) {
        throw error(name, "", "is missing: " + what + " requires this field");
      }
      return Optional.empty();
    }
    if (value.isNull()) {
      throw error(name, "null", required
          ? "is null where " + expected + " is required"
          : "is null: omit an optional field rather than write null");
    }
    return Optional.of(value);
  }

  //-------------------------------------------------------------------------
  /**
   * The text of a node for a message: a string's own text, otherwise its JSON text, shortened to
   * {@value #MAX_VALUE_TEXT} characters.
   *
   * @param node  the node
   * @return the text
   */
  static String text(JsonNode node) {
    return node.isTextual() ? node.textValue() : shorten(node.toString());
  }

  /**
   * Shortens a text for a message.
   *
   * @param text  the text
   * @return the text, or its first characters followed by {@code ...}
   */
  static String shorten(String text) {
    return text.length() <= MAX_VALUE_TEXT ? text : text.substring(0, MAX_VALUE_TEXT - 3) + "...";
  }

  private static String wrongType(JsonNode node, String expected) {
    return "is a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT) + " where " + expected
        + " is required";
  }
}
