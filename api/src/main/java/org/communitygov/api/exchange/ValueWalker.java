package org.communitygov.api.exchange;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The slow path of {@link RecordCheck}: walks a JSON tree guided by the model type's {@link
 * WireShape}s and reports each independent problem.
 *
 * <ul>
 *   <li>A model object: each unknown property, each missing required property (or required property
 *       written as {@code null}), each optional property written as {@code null}; then each
 *       property value is walked; a property whose value bound is checked against that property's
 *       Bean Validation constraints; if every property bound, the object itself is bound, which
 *       runs its invariants ({@code @Value.Check}).
 *   <li>A value object of the model ({@code Money}, {@code DateRange}): its members like an
 *       object's (unknown, missing, {@code null}, each member's value), then the whole value, whose
 *       format rules give {@code value.*} codes.
 *   <li>{@code Optional<T>}: the value as a {@code T}; a {@code List} or {@code Set}: each element.
 *   <li>Any other type is a leaf: the node alone is bound to it, and a failure is one issue.
 * </ul>
 *
 * <p>So a household with two bad citizen IDs and a bad date gives three issues, and each member's
 * invariants are checked even when a sibling is broken. Not thread-safe; one per slow path.
 */
final class ValueWalker {
  /** The result of a value that did not bind. */
  static final Object FAILED = new Object();

  private final Bindings bindings;
  private final IssueSink sink;
  private final Constraints constraints;
  private final Where where;
  private final Severity nullValue;
  private final Set<String> oversized;

  /**
   * A walker that treats the collections at {@code oversized} (pointers relative to the walked
   * value, already reported by {@link SizeCheck}) as failed without walking or validating them.
   */
  ValueWalker(
      Bindings bindings,
      IssueSink sink,
      Constraints constraints,
      Where where,
      Severity nullValue,
      Set<String> oversized) {
    this.bindings = bindings;
    this.sink = sink;
    this.constraints = constraints;
    this.where = where;
    this.nullValue = nullValue;
    this.oversized = oversized;
  }

  Object walk(JsonNode node, JavaType type, String pointer) {
    Class<?> raw = type.getRawClass();
    if (raw == Optional.class) {
      Object inner = walk(node, type.containedTypeOrUnknown(0), pointer);
      return inner == FAILED ? FAILED : Optional.of(inner);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return collection(node, type, pointer);
    }
    if (Map.class.isAssignableFrom(raw) && type.getKeyType().getRawClass().isEnum()) {
      return enumMap(node, type, pointer);
    }
    Optional<WireShape> shape = bindings.shape(raw);
    if (shape.isPresent()) {
      return object(node, type, shape.get(), pointer);
    }
    return leaf(node, type, pointer);
  }

  private Object collection(JsonNode node, JavaType type, String pointer) {
    if (!node.isArray()) {
      Failures.wrongType(sink, where, pointer, "array");
      return FAILED;
    }
    List<Object> elements = new ArrayList<>(node.size());
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      String at = pointer + Pointers.index(i);
      if (element.isNull()) {
        sink.add(Severity.ERROR, where.code("value.null"), where, at, Args.of());
        ok = false;
        continue;
      }
      Object value = walk(element, type.getContentType(), at);
      ok &= value != FAILED;
      elements.add(value);
    }
    if (!ok) {
      return FAILED;
    }
    return Set.class.isAssignableFrom(type.getRawClass())
        ? new LinkedHashSet<>(elements)
        : elements;
  }

  /**
   * A map keyed by an enum, such as feedback's ratings: each name that is not a constant ({@code
   * value.enum}) and each value, at the member; then the whole map.
   */
  private Object enumMap(JsonNode node, JavaType type, String pointer) {
    if (!node.isObject()) {
      Failures.wrongType(sink, where, pointer, "object");
      return FAILED;
    }
    Class<?> keys = type.getKeyType().getRawClass();
    Set<String> constants = new HashSet<>();
    for (Object constant : keys.getEnumConstants()) {
      constants.add(((Enum<?>) constant).name());
    }
    boolean ok = true;
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String at = pointer + Pointers.token(member.getKey());
      if (!constants.contains(member.getKey())) {
        sink.add(
            Severity.ERROR,
            where.code("value.enum"),
            where,
            at,
            Args.of("allowed", Failures.allowed(keys)));
        ok = false;
      }
      if (member.getValue().isNull()) {
        sink.add(Severity.ERROR, where.code("value.null"), where, at, Args.of());
        ok = false;
      } else {
        ok &= walk(member.getValue(), type.getContentType(), at) != FAILED;
      }
    }
    return ok ? leaf(node, type, pointer) : FAILED;
  }

  private Object object(JsonNode node, JavaType type, WireShape shape, String pointer) {
    if (!node.isObject()) {
      Failures.wrongType(sink, where, pointer, "object");
      return FAILED;
    }
    Map<String, WireShape.Property> properties = shape.properties();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!properties.containsKey(name)) {
        sink.add(
            where.unknownProperty(),
            where.code("property.unknown"),
            where,
            pointer + Pointers.token(name),
            Args.of());
      }
    }
    boolean ok = true;
    Map<WireShape.Property, Object> values = new LinkedHashMap<>();
    for (WireShape.Property property : properties.values()) {
      JsonNode child = node.get(property.json());
      if (child == null || child.isNull()) {
        if (property.required()) {
          sink.add(
              Severity.ERROR,
              where.code("property.required"),
              where,
              pointer + Pointers.token(property.json()),
              Args.of("property", property.json()));
          ok = false;
        } else if (child != null) {
          sink.add(
              nullValue,
              where.code("value.null"),
              where,
              pointer + Pointers.token(property.json()),
              Args.of());
        }
        continue;
      }
      String at = pointer + Pointers.token(property.json());
      Object value = oversized.contains(at) ? FAILED : walk(child, property.type(), at);
      if (value == FAILED) {
        ok = false;
      } else {
        values.put(property, value);
      }
    }
    if (shape.valueObject()) {
      return ok ? bind(node, bindings.tolerantReader(type), type, pointer) : FAILED;
    }
    Set<String> violated = new HashSet<>();
    for (Map.Entry<WireShape.Property, Object> value : values.entrySet()) {
      violated.addAll(
          constraints.validateProperty(
              shape.modelType(), value.getKey().java(), value.getValue(), where, pointer));
    }
    return ok ? bindObject(node, type, shape, pointer, violated) : FAILED;
  }

  /**
   * Binds the object itself, running its invariants. An invariant that restates a constraint
   * already reported at the same pointer (a grade out of range is both {@code @Max} and a check) is
   * not reported twice.
   */
  private Object bindObject(
      JsonNode node, JavaType type, WireShape shape, String pointer, Set<String> violated) {
    try {
      return bindings.tolerantReader(type).readValue(node);
    } catch (Exception e) {
      Failures.invariant(sink, where, pointer, shape, e, violated);
      return FAILED;
    }
  }

  private Object leaf(JsonNode node, JavaType type, String pointer) {
    return bind(node, bindings.strictReader(type), type, pointer);
  }

  /** Binds a leaf or a value object whose members bound; a failure is one issue at the value. */
  private Object bind(JsonNode node, ObjectReader reader, JavaType type, String pointer) {
    try {
      return reader.readValue(node);
    } catch (Exception e) {
      Failures.leaf(sink, where, pointer, node, type, e);
      return FAILED;
    }
  }
}
