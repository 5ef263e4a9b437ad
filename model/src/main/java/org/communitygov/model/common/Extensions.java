package org.communitygov.model.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code extensions} object of a record: local additions, each under a namespace, that the
 * library carries through a read–write round trip without interpreting them.
 *
 * <p>A namespace is a lower-case reverse domain name with at least one dot, such as {@code
 * cn.gov.bj.chaoyang} or {@code org.example} (pattern {@value #NAMESPACE_PATTERN}). A value is
 * JSON-like: a {@link String}, {@link Boolean}, {@link Integer}, {@link Long}, {@link BigInteger},
 * {@link BigDecimal}, or a {@link List} or {@link Map} with {@code String} keys of such values,
 * nested at most {@value #MAX_DEPTH} levels deep (the namespace's value is level 1). Values are
 * copied deeply into unmodifiable collections. {@code null}, {@code Double} and {@code Float} are
 * rejected: JSON {@code null} carries nothing, and binary floating point does not round-trip
 * decimals exactly (read JSON with {@code USE_BIG_DECIMAL_FOR_FLOATS}).
 *
 * <p>Extensions may hold personal data, so {@link #toString()} shows only the namespaces.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Extensions {
  /** The regular expression every namespace matches. */
  public static final String NAMESPACE_PATTERN = "^[a-z0-9-]+(\\.[a-z0-9-]+)+$";

  /** The greatest nesting depth of a value; the namespace's value is level 1. */
  public static final int MAX_DEPTH = 32;

  private static final String ATTRIBUTE = "extensions";
  private static final Pattern NAMESPACE = Pattern.compile(NAMESPACE_PATTERN);
  private static final Extensions EMPTY = new Extensions(Map.of());

  private final Map<String, Object> members;

  private Extensions(Map<String, Object> members) {
    this.members = members;
  }

  /**
   * Returns the extensions with no member.
   *
   * @return the empty extensions, not null
   */
  public static Extensions empty() {
    return EMPTY;
  }

  /**
   * Obtains extensions holding a deep, unmodifiable copy of the given members, in their iteration
   * order.
   *
   * @param members the values by namespace, not null
   * @return the extensions, not null
   * @throws NullPointerException if {@code members} is null
   * @throws InvalidValueException if a key is not a namespace ({@code extensions.namespace}), a
   *     value is null or not JSON-like ({@code extensions.value}) or nested too deep ({@code
   *     extensions.depth})
   */
  @JsonCreator
  public static Extensions of(Map<String, ?> members) {
    Objects.requireNonNull(members, "members");
    if (members.isEmpty()) {
      return EMPTY;
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> member : members.entrySet()) {
      copy.put(checkNamespace(member.getKey()), copyValue(member.getValue(), 1));
    }
    return new Extensions(Collections.unmodifiableMap(copy));
  }

  private static String checkNamespace(Object namespace) {
    if (!(namespace instanceof String s) || !NAMESPACE.matcher(s).matches()) {
      throw InvalidValueException.of(
          ATTRIBUTE,
          "namespace",
          "a key must be a lower-case reverse domain name with at least one dot, such as"
              + " cn.gov.bj.chaoyang");
    }
    return s;
  }

  private static Object copyValue(Object value, int depth) {
    if (depth > MAX_DEPTH) {
      throw InvalidValueException.of(
          ATTRIBUTE, "depth", "a value may be nested at most " + MAX_DEPTH + " levels deep");
    }
    if (value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        copy.add(copyValue(element, depth + 1));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw InvalidValueException.of(
              ATTRIBUTE, "value", "an object inside a value must have String keys");
        }
        copy.put(key, copyValue(entry.getValue(), depth + 1));
      }
      return Collections.unmodifiableMap(copy);
    }
    throw InvalidValueException.of(
        ATTRIBUTE,
        "value",
        (value == null ? "null" : "a " + value.getClass().getSimpleName())
            + " is not allowed; a value is a String, Boolean, Integer, Long, BigInteger,"
            + " BigDecimal, or a List or Map<String, ...> of these");
  }

  /**
   * Returns the value under a namespace, if any.
   *
   * @param namespace the namespace, not null
   * @return the value, or empty if there is none, not null
   * @throws NullPointerException if {@code namespace} is null
   * @throws InvalidValueException if {@code namespace} is not a namespace ({@code
   *     extensions.namespace})
   */
  public Optional<Object> get(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    return Optional.ofNullable(members.get(checkNamespace(namespace)));
  }

  /**
   * Returns a copy with the value under a namespace set, replacing any value there; or this if the
   * namespace already holds an equal value.
   *
   * @param namespace the namespace, not null
   * @param value the JSON-like value, not null
   * @return the extensions, not null
   * @throws NullPointerException if {@code namespace} is null
   * @throws InvalidValueException if {@code namespace} is not a namespace ({@code
   *     extensions.namespace}), or the value is null or not JSON-like ({@code extensions.value}) or
   *     nested too deep ({@code extensions.depth})
   */
  public Extensions with(String namespace, Object value) {
    Objects.requireNonNull(namespace, "namespace");
    checkNamespace(namespace);
    Object copy = copyValue(value, 1);
    if (copy.equals(members.get(namespace))) {
      return this;
    }
    Map<String, Object> updated = new LinkedHashMap<>(members);
    updated.put(namespace, copy);
    return new Extensions(Collections.unmodifiableMap(updated));
  }

  /**
   * Tells whether there is no member.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return members.isEmpty();
  }

  /**
   * Returns the members: values by namespace, unmodifiable, in insertion order, as written in JSON.
   *
   * @return the members, not null
   */
  @JsonValue
  public Map<String, Object> asMap() {
    return members;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof Extensions other && other.members.equals(members));
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  /**
   * Returns the namespaces present, never the values, which may hold personal data: {@code
   * Extensions[cn.gov.bj.chaoyang, org.example]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Extensions" + members.keySet();
  }
}
