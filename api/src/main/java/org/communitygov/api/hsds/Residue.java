package org.communitygov.api.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.Extensions;

/**
 * What an imported HSDS document holds beyond what the model gives back: the difference between the
 * document and the model's own export of it, kept in {@code extensions} under {@value #NAMESPACE}
 * so that the export applies it and gives the document back (ADR 0061).
 *
 * <p>The difference is a list of operations per member: {@code {"set": value}} (a member the model
 * does not hold, or holds differently), {@code {"remove": true}} (a member the model writes that
 * the document did not have), {@code {"merge": {...}}} (into an object) and {@code {"items": {"0":
 * ...}}} (into the elements of an array of the same length). Numbers are compared by value.
 */
final class Residue {
  /** The extensions namespace of the kept HSDS residue. */
  static final String NAMESPACE = "org.openreferral.hsds";

  private static final String SET = "set";
  private static final String REMOVE = "remove";
  private static final String MERGE = "merge";
  private static final String ITEMS = "items";

  private Residue() {}

  /**
   * Adds the residue of {@code original} over {@code derived} to {@code extensions}, and a note for
   * each member kept.
   */
  static Extensions keep(
      Extensions extensions,
      String form,
      JsonNode original,
      ObjectNode derived,
      List<HsdsIssue> notes) {
    Map<String, Object> ops = diffObject(original, derived, "", notes);
    if (ops.isEmpty()) {
      return extensions;
    }
    Map<String, Object> residue = new LinkedHashMap<>();
    residue.put("form", form);
    residue.put("ops", ops);
    return extensions.with(NAMESPACE, residue);
  }

  /** Applies the residue of {@code form} kept in {@code extensions}, if any, to {@code derived}. */
  static ObjectNode apply(Extensions extensions, String form, ObjectNode derived) {
    Optional<Object> kept = extensions.get(NAMESPACE);
    if (kept.isPresent()
        && kept.get() instanceof Map<?, ?> residue
        && form.equals(residue.get("form"))
        && residue.get("ops") instanceof Map<?, ?> ops) {
      applyObject(derived, ops);
    }
    return derived;
  }

  private static Map<String, Object> diffObject(
      JsonNode original, JsonNode derived, String pointer, List<HsdsIssue> notes) {
    Map<String, Object> ops = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> member : original.properties()) {
      String at = pointer + "/" + escape(member.getKey());
      JsonNode mine = derived.get(member.getKey());
      if (mine == null) {
        ops.put(member.getKey(), Map.of(SET, toJava(member.getValue())));
        notes.add(
            HsdsIssue.note(
                "hsds.member.kept", at, "the model has no place for this member: kept as is"));
      } else {
        diffValue(member.getValue(), mine, at, notes).ifPresent(op -> ops.put(member.getKey(), op));
      }
    }
    for (Iterator<String> names = derived.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!original.has(name)) {
        ops.put(name, Map.of(REMOVE, Boolean.TRUE));
      }
    }
    return ops;
  }

  private static Optional<Object> diffValue(
      JsonNode original, JsonNode derived, String pointer, List<HsdsIssue> notes) {
    if (same(original, derived)) {
      return Optional.empty();
    }
    if (original.isObject() && derived.isObject()) {
      return Optional.of(Map.of(MERGE, diffObject(original, derived, pointer, notes)));
    }
    if (original.isArray() && derived.isArray() && original.size() == derived.size()) {
      Map<String, Object> items = new LinkedHashMap<>();
      for (int i = 0; i < original.size(); i++) {
        int index = i;
        diffValue(original.get(i), derived.get(i), pointer + "/" + i, notes)
            .ifPresent(op -> items.put(String.valueOf(index), op));
      }
      return Optional.of(Map.of(ITEMS, items));
    }
    notes.add(
        HsdsIssue.note(
            "hsds.value.kept", pointer, "the model gives this value otherwise: kept as is"));
    return Optional.of(Map.of(SET, toJava(original)));
  }

  private static void applyObject(ObjectNode target, Map<?, ?> ops) {
    for (Map.Entry<?, ?> entry : ops.entrySet()) {
      String name = (String) entry.getKey();
      Map<?, ?> op = (Map<?, ?>) entry.getValue();
      if (op.containsKey(REMOVE)) {
        target.remove(name);
      } else if (op.containsKey(SET)) {
        target.set(name, toJson(op.get(SET)));
      } else {
        applyInto(target.get(name), op);
      }
    }
  }

  private static void applyInto(JsonNode target, Map<?, ?> op) {
    if (op.get(MERGE) instanceof Map<?, ?> merge && target instanceof ObjectNode object) {
      applyObject(object, merge);
    } else if (op.get(ITEMS) instanceof Map<?, ?> items && target instanceof ArrayNode array) {
      for (Map.Entry<?, ?> item : items.entrySet()) {
        int index = Integer.parseInt((String) item.getKey());
        Map<?, ?> itemOp = (Map<?, ?>) item.getValue();
        if (itemOp.containsKey(SET)) {
          array.set(index, toJson(itemOp.get(SET)));
        } else {
          applyInto(array.get(index), itemOp);
        }
      }
    }
  }

  /** JSON equality with numbers compared by value (12 = 12.0). */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> member : a.properties()) {
        JsonNode other = b.get(member.getKey());
        if (other == null || !same(member.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** A JSON value as an extensions value; the caller has rejected nulls. */
  static Object toJava(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.properties().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(element -> list.add(toJava(element)));
      return list;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isInt() || node.isShort()) {
      return node.intValue();
    }
    if (node.isLong()) {
      return node.longValue();
    }
    if (node.isBigInteger()) {
      return node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    throw new IllegalArgumentException(
        "not a JSON value of a valid HSDS document: " + node.getNodeType());
  }

  static JsonNode toJson(Object value) {
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = HsdsWriter.NODES.objectNode();
      map.forEach((k, v) -> object.set((String) k, toJson(v)));
      return object;
    }
    if (value instanceof List<?> list) {
      ArrayNode array = HsdsWriter.NODES.arrayNode();
      list.forEach(v -> array.add(toJson(v)));
      return array;
    }
    if (value instanceof Boolean b) {
      return HsdsWriter.NODES.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return HsdsWriter.NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return HsdsWriter.NODES.numberNode(l);
    }
    if (value instanceof BigInteger b) {
      return HsdsWriter.NODES.numberNode(b);
    }
    if (value instanceof BigDecimal d) {
      return HsdsWriter.NODES.numberNode(d);
    }
    return HsdsWriter.NODES.textNode((String) value);
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
