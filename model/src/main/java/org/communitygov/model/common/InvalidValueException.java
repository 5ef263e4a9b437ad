package org.communitygov.model.common;

import java.io.Serial;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value breaks a format or an invariant of the model: a citizen ID whose check
 * character does not match, a household with two heads on one day.
 *
 * <p>It names the attribute (as its JSON name, such as {@code citizenId}) and the rule broken
 * through a stable {@linkplain #code() code} of the form {@code attribute.rule}. The message
 * explains the rule and may quote non-sensitive facts (dates, counts), but never the raw value of a
 * sensitive attribute.
 *
 * <p>An invariant of an object with lists (a household's memberships) may also give a {@linkplain
 * #pointer() relative JSON Pointer} to the element that breaks it and {@linkplain #arguments()
 * arguments} (identifiers, dates), so that a validator can point at the element and a message can
 * name the facts.
 *
 * @since 0.1.0
 */
public final class InvalidValueException extends CommunityGovException {
  @Serial private static final long serialVersionUID = 1L;

  private final String attribute;
  private final @Nullable String pointer;
  private final Map<String, String> arguments;

  private InvalidValueException(
      String attribute,
      String rule,
      String message,
      @Nullable String pointer,
      Map<String, String> arguments) {
    super(attribute + "." + rule, attribute + ": " + message);
    this.attribute = attribute;
    this.pointer = pointer;
    this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /**
   * Creates the exception for an attribute and the rule it broke.
   *
   * @param attribute the attribute's JSON name, such as {@code citizenId}, not null
   * @param rule the rule's short stable name, such as {@code checkCharacter}, not null
   * @param message what is wrong, without the raw value of any sensitive attribute, not null
   * @return the exception, not null
   */
  public static InvalidValueException of(String attribute, String rule, String message) {
    return new InvalidValueException(attribute, rule, message, null, Map.of());
  }

  /**
   * Creates the exception for an element of an object that breaks an invariant, such as the second
   * of two memberships that make two heads on the same days.
   *
   * @param attribute the attribute's JSON name, such as {@code memberships}, not null
   * @param rule the rule's short stable name, such as {@code twoHeads}, not null
   * @param message what is wrong, without the raw value of any sensitive attribute, not null
   * @param pointer the element as an RFC 6901 JSON Pointer relative to the object being built, such
   *     as {@code /memberships/2}, not null
   * @param arguments the facts that break the rule in the order a message names them, such as the
   *     persons and dates; identifiers and dates only, never sensitive values; not null
   * @return the exception, not null
   * @throws IllegalArgumentException if the pointer does not start with {@code /}
   */
  public static InvalidValueException of(
      String attribute,
      String rule,
      String message,
      String pointer,
      Map<String, String> arguments) {
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
    }
    return new InvalidValueException(
        attribute, rule, message, pointer, Objects.requireNonNull(arguments, "arguments"));
  }

  /**
   * Returns the JSON name of the attribute whose value is invalid.
   *
   * @return the attribute, not null
   */
  public String attribute() {
    return attribute;
  }

  /**
   * Returns the element that breaks the invariant, as an RFC 6901 JSON Pointer relative to the
   * object being built, such as {@code /memberships/2}.
   *
   * @return the pointer, or empty when the whole attribute is at fault
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /**
   * Returns the facts that break the rule, such as {@code person}, {@code otherPerson}, {@code
   * from} and {@code until}, in the order a message names them. Never sensitive values.
   *
   * @return the arguments, unmodifiable, possibly empty, not null
   */
  public Map<String, String> arguments() {
    return arguments;
  }
}
