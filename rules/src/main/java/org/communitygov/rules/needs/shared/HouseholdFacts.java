package org.communitygov.rules.needs.shared;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.Person;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.FactType;
import org.communitygov.rules.engine.Facts;

/**
 * The household as a fact (its wire-format JSON, financial data) and back, and the person of a
 * membership: what the rules about a household share.
 *
 * @since 0.1.0
 */
public final class HouseholdFacts {
  private static final Set<String> HOUSEHOLD_ONLY = Set.of("household");

  /**
   * The household as a fact: its wire-format JSON, financial data; read strictly back (code {@code
   * household.json} and its kin, see {@link HouseholdJson}).
   *
   * @since 0.1.0
   */
  public static final FactType<Household> TYPE =
      FactType.<Household>of(HouseholdJson::write, HouseholdJson::household)
          .sensitive(SensitiveCategory.FINANCIAL);

  private HouseholdFacts() {}

  /**
   * Returns the facts of a rule whose only fact is the household.
   *
   * @param household the household, or empty
   * @return the facts: {@code household}, or none
   */
  public static Facts of(Optional<Household> household) {
    return household.map(h -> Facts.of(List.of(fact(h)))).orElse(Facts.empty());
  }

  /**
   * Reads the input of a rule whose only fact is the household.
   *
   * @param facts the facts
   * @return the input, with no household when the fact is absent
   * @throws org.communitygov.model.common.CommunityGovException on an unknown fact or a bad
   *     household
   */
  public static HouseholdInput input(Facts facts) {
    FactReader.onlyKnown(facts, HOUSEHOLD_ONLY);
    return facts
        .text("household")
        .map(t -> HouseholdInput.of(HouseholdJson.household("household", t)))
        .orElse(HouseholdInput.empty());
  }

  /**
   * Returns the household as the fact {@code household}: its wire-format JSON, financial data.
   *
   * @param household the household
   * @return the fact
   */
  public static Fact fact(Household household) {
    return Fact.sensitive("household", HouseholdJson.write(household), SensitiveCategory.FINANCIAL);
  }

  /**
   * Returns the person of the membership at a position: the member at the same position when the
   * lists are in the same order (as they usually are), else looked up by id.
   *
   * @param household the household
   * @param membership one of its memberships
   * @param position the membership's position in the household's list
   * @return the person
   */
  public static Person person(Household household, Membership membership, int position) {
    List<Person> members = household.members();
    if (position < members.size()) {
      Person same = members.get(position);
      if (same.id().equals(membership.person())) {
        return same;
      }
    }
    return household.member(membership.person()).orElseThrow();
  }
}
