package org.communitygov.rules.needs.meanstest;

import java.util.EnumSet;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.household.IncomeType;
import org.communitygov.rules.engine.ResolvedParameter;

/** Parses the code list of {@code mlg.income.excludedTypes} (once per context). */
final class IncomeTypes {
  private IncomeTypes() {}

  /**
   * The income types a parameter lists, in a set of the caller's own.
   *
   * @throws InvalidValueException with code {@code <parameter id>.code} if a code is unknown
   */
  static EnumSet<IncomeType> excluded(ResolvedParameter<String> parameter) {
    EnumSet<IncomeType> types = EnumSet.noneOf(IncomeType.class);
    for (String code : parameter.value().split(",")) {
      if (code.isBlank()) {
        continue;
      }
      try {
        types.add(IncomeType.valueOf(code.trim()));
      } catch (IllegalArgumentException e) {
        throw InvalidValueException.of(
            parameter.id(), "code", "parameter value lists an unknown income type");
      }
    }
    return types;
  }
}
