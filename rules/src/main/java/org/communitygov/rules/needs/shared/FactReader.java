package org.communitygov.rules.needs.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.rules.engine.Facts;

/** Reads typed values from named facts, naming the fact when a value is malformed. */
public final class FactReader {
  private FactReader() {}

  public static Optional<Integer> integer(Facts facts, String name) {
    return facts
        .text(name)
        .map(
            text -> {
              try {
                return Integer.valueOf(text.trim());
              } catch (NumberFormatException e) {
                throw InvalidValueException.of(name, "integer", name + " must be a whole number");
              }
            });
  }

  public static Optional<Boolean> bool(Facts facts, String name) {
    return facts
        .text(name)
        .map(
            text -> {
              if (!text.equals("true") && !text.equals("false")) {
                throw InvalidValueException.of(name, "boolean", name + " must be true or false");
              }
              return Boolean.valueOf(text);
            });
  }

  public static <E extends Enum<E>> Optional<E> code(Facts facts, String name, Class<E> type) {
    return facts
        .text(name)
        .map(
            text -> {
              try {
                return Enum.valueOf(type, text);
              } catch (IllegalArgumentException e) {
                throw InvalidValueException.of(
                    name,
                    "code",
                    name + " must be one of " + Arrays.toString(type.getEnumConstants()));
              }
            });
  }

  public static void onlyKnown(Facts facts, Set<String> known) {
    facts.all().stream()
        .filter(f -> !known.contains(f.name()))
        .findFirst()
        .ifPresent(
            f -> {
              throw InvalidValueException.of(f.name(), "unknown", "not a fact of this rule");
            });
  }
}
