package org.communitygov.api.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.needs.NeedsProfile;

/**
 * Where the needs of {@code gap --needs} belong: the community of a profile's household, or of the
 * household the profile's person is a member of on the profile's date, from the households given.
 * Kept only when needs are given.
 */
final class NeedPlaces {
  private final Map<HouseholdId, CommunityId> households = new HashMap<>();
  private final Map<PersonId, List<Household>> persons = new HashMap<>();

  /** Adds a household and its members. */
  void add(Household household) {
    households.put(household.id(), household.community());
    for (Membership m : household.memberships()) {
      List<Household> of = persons.computeIfAbsent(m.person(), p -> new ArrayList<>(1));
      if (!of.contains(household)) {
        of.add(household);
      }
    }
  }

  /** The community of a profile, if its household (or its person's on its date) is known. */
  Optional<CommunityId> of(NeedsProfile profile) {
    if (profile.household().isPresent()) {
      return Optional.ofNullable(households.get(profile.household().get()));
    }
    PersonId person = profile.person().orElseThrow();
    for (Household h : persons.getOrDefault(person, List.of())) {
      for (Membership m : h.memberships()) {
        if (m.person().equals(person) && m.isActiveOn(profile.asOf())) {
          return Optional.of(h.community());
        }
      }
    }
    return Optional.empty();
  }
}
