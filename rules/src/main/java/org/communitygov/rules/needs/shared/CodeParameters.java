package org.communitygov.rules.needs.shared;

import org.communitygov.model.common.InvalidValueException;
import org.communitygov.rules.engine.ResolvedParameter;

/**
 * Reads a {@code CODE} parameter as a constant of an enum: the choices the law leaves open
 * (stacking, coma target, benefit rounding).
 *
 * @since 0.1.0
 */
public final class CodeParameters {
  private CodeParameters() {}

  /**
   * Returns the constant a code parameter names.
   *
   * @param p the resolved parameter
   * @param type the enum
   * @param <E> the enum
   * @return the constant
   * @throws InvalidValueException with code {@code <parameter>.code} if the value names none
   */
  public static <E extends Enum<E>> E read(ResolvedParameter<String> p, Class<E> type) {
    try {
      return Enum.valueOf(type, p.value());
    } catch (IllegalArgumentException e) {
      throw InvalidValueException.of(
          p.id(), "code", "parameter value " + p.value() + " is not a " + type.getSimpleName());
    }
  }
}
