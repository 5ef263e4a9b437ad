package org.communitygov.api.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads one JSON value from a parser into a tree, within a length limit, reporting duplicate keys
 * (the first value is kept) with their pointer. Past the limit it stops building and skips to the
 * value's end, so memory stays bounded by the limit; {@link #read} then returns null. So it does
 * after a number whose exponent is beyond {@link NumberRange} ({@code json.limit.exponent}).
 *
 * <p>Not thread-safe; one per validation.
 */
final class TreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final IssueSink sink;
  private final long maxLength;
  private long start;
  private boolean tooLong;
  private String base;
  private boolean numberBeyond;

  TreeReader(IssueSink sink, long maxLength) {
    this.sink = sink;
    this.maxLength = maxLength;
  }

  /**
   * Reads the value whose first token is the parser's current token; leaves the parser on its last
   * token.
   *
   * @return the tree, or null if the value is longer than the limit or holds a number beyond the
   *     exponent bound (an issue is reported)
   */
  JsonNode read(JsonParser p, Where where) throws IOException {
    start = offset(p);
    tooLong = false;
    base = NumberRange.base(p);
    numberBeyond = false;
    JsonNode node = value(p, where, "");
    if (tooLong) {
      sink.add(Severity.ERROR, "record.limit.length", where, "", Args.of("limit", maxLength));
      return null;
    }
    return numberBeyond ? null : node;
  }

  private JsonToken next(JsonParser p) throws IOException {
    JsonToken token = p.nextToken();
    if (!tooLong && offset(p) - start > maxLength) {
      tooLong = true;
    }
    return token;
  }

  /** The character offset of the current token, without allocating a location where possible. */
  private static long offset(JsonParser p) {
    return p instanceof ParserBase base
        ? base.getTokenCharacterOffset()
        : p.currentTokenLocation().getCharOffset();
  }

  private JsonNode value(JsonParser p, Where where, String pointer) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT:
        return object(p, where, pointer);
      case START_ARRAY:
        return array(p, where, pointer);
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        if (NumberRange.beyond(p)) {
          numberBeyond = true;
          sink.add(
              Severity.ERROR,
              "json.limit.exponent",
              where,
              NumberRange.pointer(p, base),
              Args.of("limit", NumberRange.MAX_EXPONENT));
          return NODES.nullNode();
        }
        // Exact: 1.10 stays 1.10, as the record's binding reads it.
        return DecimalNode.valueOf(p.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected token " + p.currentToken());
    }
  }

  private ObjectNode object(JsonParser p, Where where, String pointer) throws IOException {
    ObjectNode object = NODES.objectNode();
    while (next(p) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      next(p);
      if (tooLong) {
        p.skipChildren();
      } else if (object.has(name)) {
        sink.add(
            Severity.ERROR, "json.key.duplicate", where, pointer + Pointers.token(name), Args.of());
        p.skipChildren();
      } else {
        JsonToken token = p.currentToken();
        boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        object.set(name, value(p, where, container ? pointer + Pointers.token(name) : pointer));
      }
    }
    return object;
  }

  private ArrayNode array(JsonParser p, Where where, String pointer) throws IOException {
    ArrayNode array = NODES.arrayNode();
    while (next(p) != JsonToken.END_ARRAY) {
      if (tooLong) {
        p.skipChildren();
      } else {
        JsonToken token = p.currentToken();
        boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        array.add(value(p, where, container ? pointer + Pointers.index(array.size()) : pointer));
      }
    }
    return array;
  }
}
