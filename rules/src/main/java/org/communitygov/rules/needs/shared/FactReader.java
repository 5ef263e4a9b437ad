package org.communitygov.rules.needs.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.EnumCodes;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.rules.engine.Facts;

/**
 * Reads typed values from named facts, naming the fact when a value is malformed. A fact's name can
 * hold a person's identifier ({@code P0001.age}); in an exception it is shown {@linkplain
 * Identifier#mask(String) masked}, as everywhere else.
 *
 * @since 0.1.0
 */
public final class FactReader {
  private FactReader() {}

  /**
   * Returns the fact as a whole number, if present.
   *
   * @param facts the facts, not null
   * @param name the fact's name, not null
   * @return the number, not null
   * @throws InvalidValueException if the fact is not a whole number ({@code integer})
   */
  public static Optional<Integer> integer(Facts facts, String name) {
    return facts
        .text(name)
        .map(
            text -> {
              try {
                return Integer.valueOf(text.trim());
              } catch (NumberFormatException e) {
                throw invalid(name, "integer", "%s must be a whole number");
              }
            });
  }

  /**
   * Returns the fact as {@code true} or {@code false}, if present.
   *
   * @param facts the facts, not null
   * @param name the fact's name, not null
   * @return the value, not null
   * @throws InvalidValueException if the fact is neither ({@code boolean})
   */
  public static Optional<Boolean> bool(Facts facts, String name) {
    return facts
        .text(name)
        .map(
            text -> {
              if (!text.equals("true") && !text.equals("false")) {
                throw invalid(name, "boolean", "%s must be true or false");
              }
              return Boolean.valueOf(text);
            });
  }

  /**
   * Returns the fact as a constant of an enum, by its exact name, if present.
   *
   * @param facts the facts, not null
   * @param name the fact's name, not null
   * @param type the enum, not null
   * @param <E> the enum type
   * @return the constant, not null
   * @throws InvalidValueException if the fact names no constant ({@code code})
   */
  public static <E extends Enum<E>> Optional<E> code(Facts facts, String name, Class<E> type) {
    return facts
        .text(name)
        .map(
            text ->
                EnumCodes.find(type, text)
                    .orElseThrow(
                        () ->
                            invalid(
                                name,
                                "code",
                                "%s must be one of " + Arrays.toString(type.getEnumConstants()))));
  }

  /**
   * Checks that every fact is one the rule knows.
   *
   * @param facts the facts, not null
   * @param known the names the rule reads, not null
   * @throws InvalidValueException for the first fact of another name ({@code unknown})
   */
  public static void onlyKnown(Facts facts, Set<String> known) {
    facts.all().stream()
        .filter(f -> !known.contains(f.name()))
        .findFirst()
        .ifPresent(
            f -> {
              throw invalid(f.name(), "unknown", "not a fact of this rule");
            });
  }

  /** The exception for a fact; {@code %s} in the message stands for its masked name. */
  private static InvalidValueException invalid(String name, String rule, String message) {
    String shown = Identifier.mask(name);
    return InvalidValueException.of(shown, rule, message.replace("%s", shown));
  }
}
