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
  private final Pointer pointer;
  private final String what;

  private JsonFields(JsonNode node, String file, Pointer pointer, String what) {
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
    return open(node, file, Pointer.of(pointer), what, allowed);
  }

  /**
   * Opens a node that must be a JSON object with no fields beyond the allowed ones, as
   * {@link #open(JsonNode, String, String, String, List)} does, at a pointer built only should a
   * message need it.
   *
   * @param node  the node
   * @param file  the file, for messages
   * @param pointer  the node's pointer
   * @param what  the object's kind with its article, such as {@code "a figure"}
   * @param allowed  the allowed field names, in the order the format lists them
   * @return the object
   * @throws DataFormatException if the node is not an object or has an unknown field
   */
  static JsonFields open(JsonNode node, String file, Pointer pointer, String what, List<String> allowed) {
    if (!node.isObject()) {
      throw new DataFormatException(file, pointer.toString(), text(node), wrongType(node, "an object"));
    }
    JsonFields fields = new JsonFields(node, file, pointer, what);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!isAllowed(name, allowed)) {
        throw fields.error(name, name, "is not a field of " + what + ": expected one of " + String.join(", ", allowed));
      }
    }
    return fields;
  }

  private static boolean isAllowed(String name, List<String> allowed) {
    // The parser interns field names, as the compiler does the literals of the lists: a name is
    // almost always the very string it matches, and only a name not found so is compared by text.
    for (int i = 0; i < allowed.size(); i++) {
      if (allowed.get(i) == name) {
        return true;
      }
    }
    return allowed.contains(name);
  }

  /**
   * The pointer of this object.
   *
   * @return the pointer, empty for the document root
   */
  String pointer() {
    return pointer.toString();
  }

  /**
   * The pointer of this object, its text not yet built.
   *
   * @return the pointer
   */
  Pointer at() {
    return pointer;
  }

  /**
   * The pointer of a field of this object, its text not yet built.
   *
   * @param name  the field name
   * @return the pointer
   */
  Pointer at(String name) {
    return pointer.field(name);
  }

  /**
   * The pointer of a field of this object.
   *
   * @param name  the field name
   * @return the pointer, with {@code ~} and {@code /} escaped as RFC 6901 requires
   */
  String pointer(String name) {
    return pointer + "/" + Pointer.escape(name);
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
    return new DataFormatException(file, pointer.toString(), text(node), problem, cause);
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
    return stringOrNull(name, true);
  }

  /**
   * An optional string field: absent is allowed, null and blank are not.
   *
   * @param name  the field
   * @return the text, empty if the field is absent
   * @throws DataFormatException if the field is null, not a string or blank
   */
  Optional<String> optionalString(String name) {
    return Optional.ofNullable(stringOrNull(name, false));
  }

  /**
   * An optional string field, as {@link #optionalString} reads it, for a caller that tests it
   * rather than maps it.
   *
   * @param name  the field
   * @return the text, null if the field is absent
   * @throws DataFormatException if the field is null, not a string or blank
   */
  String stringOrNull(String name) {
    return stringOrNull(name, false);
  }

  private String stringOrNull(String name, boolean required) {
    JsonNode value = field(name, "a string", required);
    if (value == null) {
      return null;
    }
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
    return value.textValue();
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
    JsonNode array = field(name, "an array", false);
    if (array == null) {
      return List.of();
    }
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
    return open(field(name, "an object", true), file, at(name), kind, allowed);
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
    JsonNode value = field(name, "an object", false);
    return value == null ? Optional.empty() : Optional.of(open(value, file, at(name), kind, allowed));
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
    JsonNode array = field(name, "an array", required);
    if (array == null) {
      return List.of();
    }
    if (!array.isArray()) {
      throw error(name, text(array), wrongType(array, "an array"));
    }
    Pointer arrayPointer = at(name);
    List<JsonFields> result = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      result.add(open(array.get(i), file, arrayPointer.element(i), kind, allowed));
    }
    return result;
  }

  /** A field's value: null if absent and not required, never a JSON null. */
  private JsonNode field(String name, String expected, boolean required) {
    JsonNode value = node.get(name);
    if (value == null) {
      if (required) {
        throw error(name, "", "is missing: " + what + " requires this field");
      }
      return null;
    }
    if (value.isNull()) {
      throw error(name, "null", required
          ? "is null where " + expected + " is required"
          : "is null: omit an optional field rather than write null");
    }
    return value;
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
