package org.communitygov.model.common;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the constant of an enum that a code names, as Jackson reads it: by the constant's name or
 * by a former spelling listed in its {@link JsonAlias} (ADR 0105). For codes parsed by hand (facts,
 * catalogue parameters, HSDS options), so that text written before a rename is still read there
 * too.
 *
 * @since 0.1.0
 */
public final class EnumCodes {
  private EnumCodes() {}

  /**
   * Returns the constant named by a code: its name, or else a former name in its {@link JsonAlias}.
   *
   * @param <E> the enum type
   * @param type the enum, not null
   * @param code the code, not null
   * @return the constant, or empty if the code names none
   */
  public static <E extends Enum<E>> Optional<E> find(Class<E> type, String code) {
    Objects.requireNonNull(code, "code");
    try {
      // The usual case first, through the enum's own map of names.
      return Optional.of(Enum.valueOf(type, code));
    } catch (IllegalArgumentException notAName) {
      // a former name, or nothing
    }
    for (E constant : type.getEnumConstants()) {
      if (aliases(type, constant).contains(code)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  private static List<String> aliases(Class<?> type, Enum<?> constant) {
    try {
      JsonAlias alias = type.getField(constant.name()).getAnnotation(JsonAlias.class);
      return alias == null ? List.of() : List.of(alias.value());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("an enum constant is a public field", e);
    }
  }
}
