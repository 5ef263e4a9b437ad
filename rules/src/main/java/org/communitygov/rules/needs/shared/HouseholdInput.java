package org.communitygov.rules.needs.shared;

import java.util.Optional;
import org.communitygov.model.household.Household;
import org.communitygov.rules.needs.priority.PriorityGroups;
import org.immutables.value.Value;

/**
 * The input of a rule about a whole household, such as {@link PriorityGroups}: the household, with
 * its members, memberships and assistance.
 *
 * <p>Fact: {@code household} (wire-format JSON). A missing household makes the decision
 * undetermined. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class HouseholdInput {
  HouseholdInput() {}

  /**
   * Obtains the input of a household.
   *
   * @param household the household, not null
   * @return the input, not null
   */
  public static HouseholdInput of(Household household) {
    return ImmutableHouseholdInput.builder().household(household).build();
  }

  /**
   * Obtains an input without a household, which rules answer as undetermined.
   *
   * @return the input, not null
   */
  public static HouseholdInput empty() {
    return ImmutableHouseholdInput.builder().build();
  }

  /**
   * Returns the household, if given.
   *
   * @return the household, not null
   */
  @Value.Redacted
  public abstract Optional<Household> household();
}
