package org.communitygov.rules.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/** Reads the members of a JSON object strictly: known names only, the types expected. */
final class JsonFields {
  static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private final JsonNode node;
  private final String what;

  private JsonFields(JsonNode node, String what) {
    this.node = node;
    this.what = what;
  }

  static JsonFields parse(byte[] bytes, String what) {
    try {
      return of(JSON.readTree(bytes), what);
    } catch (IOException e) {
      throw new LedgerFormatException(what + " is not JSON");
    }
  }

  static JsonFields of(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      throw new LedgerFormatException(what + " is not a JSON object");
    }
    return new JsonFields(node, what);
  }

  JsonFields allow(Set<String> names) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        throw new LedgerFormatException(what + " has an unknown member " + name);
      }
    }
    return this;
  }

  JsonNode node() {
    return node;
  }

  String text(String name) {
    return optionalText(name)
        .orElseThrow(() -> new LedgerFormatException(what + " has no member " + name));
  }

  Optional<String> optionalText(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new LedgerFormatException(what + "." + name + " is not a string");
    }
    return Optional.of(value.textValue());
  }

  long number(String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new LedgerFormatException(what + "." + name + " is not a whole number");
    }
    return value.longValue();
  }

  LocalDate date(String name) {
    return parseDate(name, text(name));
  }

  Optional<LocalDate> optionalDate(String name) {
    return optionalText(name).map(t -> parseDate(name, t));
  }

  private LocalDate parseDate(String name, String text) {
    try {
      LocalDate date = LocalDate.parse(text);
      if (!date.toString().equals(text)) {
        throw new LedgerFormatException(what + "." + name + " is not a date yyyy-mm-dd");
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new LedgerFormatException(what + "." + name + " is not a date yyyy-mm-dd");
    }
  }

  JsonFields object(String name) {
    return of(node.get(name), what + "." + name);
  }

  JsonNode array(String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isArray()) {
      throw new LedgerFormatException(what + "." + name + " is not an array");
    }
    return value;
  }
}
