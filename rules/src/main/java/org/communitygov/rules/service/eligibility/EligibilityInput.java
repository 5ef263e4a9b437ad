package org.communitygov.rules.service.eligibility;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.needs.elderability.ElderAbilityLevel;

/**
 * The input of {@link ServiceEligibility}: a service's terms, the household (absent: undetermined),
 * the member the service would be for (absent: any member) and the elder ability levels known.
 *
 * @param terms the service's terms, not null
 * @param household the household, if given
 * @param person the member the service is for, if one
 * @param abilityLevels the elder ability levels known, by member, not null
 * @since 0.1.0
 */
public record EligibilityInput(
    ServiceTerms terms,
    Optional<Household> household,
    Optional<PersonId> person,
    Map<PersonId, ElderAbilityLevel> abilityLevels) {
  /** Checks and copies. */
  public EligibilityInput {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(person, "person");
    abilityLevels = Map.copyOf(abilityLevels);
  }

  /**
   * Obtains the input for a household and any of its members, with no ability levels known.
   *
   * @param terms the service's terms, not null
   * @param household the household, not null
   * @return the input, not null
   */
  public static EligibilityInput of(ServiceTerms terms, Household household) {
    return new EligibilityInput(terms, Optional.of(household), Optional.empty(), Map.of());
  }

  @Override
  public String toString() {
    return "EligibilityInput{" + terms.service() + "}";
  }
}
