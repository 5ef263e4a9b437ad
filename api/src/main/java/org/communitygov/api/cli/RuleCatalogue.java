package org.communitygov.api.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.needs.barthel.BarthelIndex;
import org.communitygov.rules.needs.elderability.ElderAbilityAssessment;
import org.communitygov.rules.needs.elderability.LegacyElderAbilityAssessment;
import org.communitygov.rules.needs.extremepoverty.ExtremePovertyEligibility;
import org.communitygov.rules.needs.meanstest.MlgEligibility;
import org.communitygov.rules.needs.meanstest.NearPoorEligibility;
import org.communitygov.rules.needs.priority.PriorityGroups;

/** The rules {@code communitygov evaluate} knows, by short name; a rule's id works too. */
final class RuleCatalogue {
  private static final Map<String, Rule<?, ?>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("mlg", MlgEligibility.rule());
    BY_NAME.put("near-mlg", NearPoorEligibility.rule());
    BY_NAME.put("extreme-poverty", ExtremePovertyEligibility.rule());
    BY_NAME.put("priority-groups", PriorityGroups.rule());
    BY_NAME.put("elder-ability", ElderAbilityAssessment.rule());
    BY_NAME.put("elder-ability-mzt039", LegacyElderAbilityAssessment.rule());
    BY_NAME.put("barthel", BarthelIndex.rule());
  }

  private RuleCatalogue() {}

  /**
   * Finds a rule by short name (such as {@code mlg}) or by id (such as {@code
   * needs.mlg.eligibility}).
   */
  static Optional<Rule<?, ?>> find(String name) {
    Rule<?, ?> rule = BY_NAME.get(name);
    if (rule != null) {
      return Optional.of(rule);
    }
    return BY_NAME.values().stream().filter(r -> r.id().equals(name)).findFirst();
  }

  /** The short names, for help and error messages. */
  static String names() {
    return String.join(", ", BY_NAME.keySet());
  }
}
