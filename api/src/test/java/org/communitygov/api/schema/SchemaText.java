package org.communitygov.api.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a schema as stable text: the members of {@code properties} and {@code $defs} sorted by
 * name, {@code required} sorted, two-space indentation, {@code "name": value}, a final newline.
 */
final class SchemaText {
  private static final Set<String> SORTED_MAPS = Set.of("properties", "$defs");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SchemaText() {}

  static String write(ObjectNode schema) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    try {
      return MAPPER.writer(printer).writeValueAsString(canonical(schema)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode canonical(JsonNode node) {
    if (node instanceof ArrayNode array) {
      ArrayNode out = MAPPER.createArrayNode();
      array.forEach(element -> out.add(canonical(element)));
      return out;
    }
    if (!(node instanceof ObjectNode object)) {
      return node;
    }
    ObjectNode out = MAPPER.createObjectNode();
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      String name = member.getKey();
      JsonNode value = member.getValue();
      if (SORTED_MAPS.contains(name) && value instanceof ObjectNode map) {
        ObjectNode sorted = out.putObject(name);
        new TreeMap<String, JsonNode>(toMap(map)).forEach((k, v) -> sorted.set(k, canonical(v)));
      } else if ("required".equals(name) && value instanceof ArrayNode names) {
        List<String> list = new ArrayList<>();
        names.forEach(n -> list.add(n.asText()));
        list.sort(null);
        ArrayNode sorted = out.putArray(name);
        list.forEach(sorted::add);
      } else {
        out.set(name, canonical(value));
      }
    }
    return out;
  }

  private static Map<String, JsonNode> toMap(ObjectNode object) {
    Map<String, JsonNode> map = new TreeMap<>();
    object.properties().forEach(e -> map.put(e.getKey(), e.getValue()));
    return map;
  }
}
