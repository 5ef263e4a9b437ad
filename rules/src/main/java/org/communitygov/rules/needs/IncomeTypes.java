package org.communitygov.rules.needs;

import java.util.EnumSet;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.household.IncomeType;
import org.communitygov.rules.common.ResolvedParameter;

/** Parses the code list of {@code mlg.income.excludedTypes}; remembers the last list parsed. */
final class IncomeTypes {
  private static volatile Parsed last = new Parsed("", EnumSet.noneOf(IncomeType.class));

  private record Parsed(String text, Set<IncomeType> types) {}

  private IncomeTypes() {}

  static Set<IncomeType> excluded(ResolvedParameter<String> parameter) {
    Parsed cached = last;
    if (cached.text.equals(parameter.value())) {
      return cached.types;
    }
    Set<IncomeType> types = EnumSet.noneOf(IncomeType.class);
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
    Set<IncomeType> frozen = Set.copyOf(types);
    last = new Parsed(parameter.value(), frozen);
    return frozen;
  }
}
