package org.communitygov.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Mutates exchange documents as JSON trees, with a seeded {@link Random}: removes a member, adds an
 * unknown one, gives a value another JSON kind, rewrites a string (a date-time for a date, another
 * enum constant, a changed digit, nothing), repeats or drops an array element, writes {@code null}.
 * Each mutation keeps the text JSON, so the schemas and the validator see the same document.
 */
final class MutatedDocuments {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final String[] STRINGS = {
    "",
    " ",
    "x",
    "1941-03-15",
    "1941-03-15T00:00:00",
    "2026-11-20T09:30:00+08:00",
    "1941-02-30",
    "+10000-01-01",
    "HEAD",
    "FEMALE",
    "LOCAL",
    "REGISTERED",
    "CNY",
    "cny",
    "12.5",
    "1e3",
    "500103194103150222",
    "50010319410315022x",
    "500103",
    "13812345678",
    "P1",
    "-",
    "王"
  };

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private MutatedDocuments() {}

  /** A copy of the document with one or two mutations. */
  static JsonNode mutate(JsonNode document, Random random) {
    JsonNode copy = document.deepCopy();
    // Mostly one mutation: a document broken twice is rejected by both for the first break.
    int mutations = random.nextInt(4) == 0 ? 2 : 1;
    for (int i = 0; i < mutations; i++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(copy, containers);
      mutateOne(containers.get(random.nextInt(containers.size())), random);
    }
    return copy;
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.forEach(child -> collect(child, containers));
    }
  }

  private static void mutateOne(JsonNode container, Random random) {
    if (container instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      int choice = random.nextInt(4);
      if (names.isEmpty() || choice == 0) {
        object.set(random.nextBoolean() ? "note" : "x-unknown", anyValue(random));
      } else if (choice == 1) {
        object.remove(names.get(random.nextInt(names.size())));
      } else {
        String name = names.get(random.nextInt(names.size()));
        object.set(name, change(object.get(name), random));
      }
    } else if (container instanceof ArrayNode array) {
      int choice = random.nextInt(3);
      if (array.isEmpty() || choice == 0) {
        array.add(array.isEmpty() ? anyValue(random) : array.get(0).deepCopy());
      } else if (choice == 1) {
        array.remove(random.nextInt(array.size()));
      } else {
        int at = random.nextInt(array.size());
        array.set(at, change(array.get(at), random));
      }
    }
  }

  /** Another value in place of {@code value}: mostly of the same kind, sometimes of another. */
  private static JsonNode change(JsonNode value, Random random) {
    if (value.isTextual() && DATE.matcher(value.textValue()).matches() && random.nextBoolean()) {
      return date(value.textValue(), random);
    }
    if (value.isTextual() && random.nextInt(3) > 0) {
      String text = value.textValue();
      return switch (random.nextInt(5)) {
        case 0 -> NODES.textNode(STRINGS[random.nextInt(STRINGS.length)]);
        case 1 -> NODES.textNode(text.isEmpty() ? "a" : text.substring(1));
        case 2 -> NODES.textNode(text + (char) ('0' + random.nextInt(10)));
        case 3 -> NODES.textNode(text.toLowerCase(java.util.Locale.ROOT));
        default -> NODES.textNode(changeOneCharacter(text, random));
      };
    }
    if (value.isIntegralNumber() && random.nextBoolean()) {
      return NODES.numberNode(value.asLong() + random.nextInt(11) - 5);
    }
    return anyValue(random);
  }

  /** The date written another way: a date-time, an instant, an array, a number, a wide year. */
  private static JsonNode date(String date, Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> NODES.textNode(date + "T00:00:00");
      case 1 -> NODES.textNode(date + "T00:00:00Z");
      case 2 -> NODES.textNode("+" + date);
      case 3 -> NODES.numberNode(Long.parseLong(date.replace("-", "")));
      case 4 -> NODES.textNode(date.substring(0, 8) + "31");
      default -> {
        ArrayNode parts = NODES.arrayNode();
        for (String part : date.split("-")) {
          parts.add(Integer.parseInt(part));
        }
        yield parts;
      }
    };
  }

  private static String changeOneCharacter(String text, Random random) {
    if (text.isEmpty()) {
      return "0";
    }
    char[] chars = text.toCharArray();
    int at = random.nextInt(chars.length);
    chars[at] = Character.isDigit(chars[at]) ? (char) ('0' + random.nextInt(10)) : 'Z';
    return new String(chars);
  }

  private static JsonNode anyValue(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextInt(2000) - 1000);
      case 3 -> NODES.numberNode(new BigDecimal("1.50"));
      case 4 -> NODES.numberNode(new BigDecimal("3.0"));
      case 5 -> NODES.arrayNode().add(STRINGS[random.nextInt(STRINGS.length)]);
      case 6 -> NODES.objectNode();
      case 7 -> NODES.objectNode().put("start", "2020-01-01");
      case 8 -> NODES.arrayNode();
      default -> NODES.textNode(STRINGS[random.nextInt(STRINGS.length)]);
    };
  }
}
