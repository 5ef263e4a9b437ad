package org.communitygov.model.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.InvalidValueException;

/**
 * The invariants of a {@link Household}, checked when it is built. Messages name the rule, the
 * dates and person identifiers, never personal data.
 */
final class HouseholdInvariants {
  private HouseholdInvariants() {}

  static Map<PersonId, Person> index(List<Person> members) {
    Map<PersonId, Person> byId = new LinkedHashMap<>();
    for (Person person : members) {
      if (byId.putIfAbsent(person.id(), person) != null) {
        throw InvalidValueException.of(
            "members", "duplicateId", "person " + person.id() + " is listed twice");
      }
    }
    return byId;
  }

  static void check(Household household) {
    if (household.members().isEmpty()) {
      throw InvalidValueException.of("members", "empty", "a household has at least one member");
    }
    Map<PersonId, Person> byId = index(household.members());
    Map<PersonId, List<Membership>> byPerson = new HashMap<>();
    List<Membership> heads = new ArrayList<>();
    for (Membership membership : household.memberships()) {
      Person person = byId.get(membership.person());
      if (person == null) {
        throw InvalidValueException.of(
            "memberships",
            "unknownPerson",
            "a membership names person " + membership.person() + ", who is not a listed member");
      }
      if (membership.period().start().isBefore(person.birthDate())) {
        throw InvalidValueException.of(
            "memberships",
            "beforeBirth",
            "person "
                + person.id()
                + "'s membership starts on "
                + membership.period().start()
                + ", before the person's birth");
      }
      for (Membership earlier : byPerson.computeIfAbsent(person.id(), id -> new ArrayList<>())) {
        overlap(earlier.period(), membership.period())
            .ifPresent(
                shared -> {
                  throw InvalidValueException.of(
                      "memberships",
                      "overlap",
                      "person " + person.id() + " has two memberships over " + shared);
                });
      }
      byPerson.get(person.id()).add(membership);
      if (membership.role() == MemberRole.HEAD) {
        for (Membership head : heads) {
          overlap(head.period(), membership.period())
              .ifPresent(
                  shared -> {
                    throw InvalidValueException.of(
                        "memberships",
                        "twoHeads",
                        "persons "
                            + head.person()
                            + " and "
                            + membership.person()
                            + " are both head over "
                            + shared);
                  });
        }
        heads.add(membership);
      }
    }
    for (Person person : household.members()) {
      if (!byPerson.containsKey(person.id())) {
        throw InvalidValueException.of(
            "members", "noMembership", "person " + person.id() + " has no membership");
      }
    }
    for (IncomeItem item : household.income()) {
      item.person()
          .filter(id -> !byId.containsKey(id))
          .ifPresent(
              id -> {
                throw InvalidValueException.of(
                    "income",
                    "unknownPerson",
                    "an income item names person " + id + ", not a member");
              });
    }
    for (Asset asset : household.assets()) {
      asset
          .owner()
          .filter(id -> !byId.containsKey(id))
          .ifPresent(
              id -> {
                throw InvalidValueException.of(
                    "assets", "unknownOwner", "an asset names owner " + id + ", not a member");
              });
    }
  }

  private static Optional<DateRange> overlap(DateRange a, DateRange b) {
    return a.intersection(b);
  }
}
