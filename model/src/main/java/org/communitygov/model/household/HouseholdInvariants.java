package org.communitygov.model.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.InvalidValueException;
import org.jspecify.annotations.Nullable;

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
    List<Membership> memberships = household.memberships();
    for (int i = 0; i < memberships.size(); i++) {
      Membership membership = memberships.get(i);
      String at = "/memberships/" + i;
      Person person = byId.get(membership.person());
      if (person == null) {
        throw InvalidValueException.of(
            "memberships",
            "unknownPerson",
            "a membership names person " + membership.person() + ", who is not a listed member",
            at,
            Map.of("person", membership.person().toString()));
      }
      if (membership.period().start().isBefore(person.birthDate())) {
        throw InvalidValueException.of(
            "memberships",
            "beforeBirth",
            "person "
                + person.id()
                + "'s membership starts on "
                + membership.period().start()
                + ", before the person's birth",
            at,
            arguments(person.id(), null, membership.period()));
      }
      for (Membership earlier : byPerson.computeIfAbsent(person.id(), id -> new ArrayList<>())) {
        Optional<DateRange> shared = overlap(earlier.period(), membership.period());
        if (shared.isPresent()) {
          throw InvalidValueException.of(
              "memberships",
              "overlap",
              "person " + person.id() + " has two memberships over " + shared.get(),
              at,
              arguments(person.id(), null, shared.get()));
        }
      }
      byPerson.get(person.id()).add(membership);
      if (membership.role() == MemberRole.HEAD) {
        for (Membership head : heads) {
          Optional<DateRange> shared = overlap(head.period(), membership.period());
          if (shared.isPresent()) {
            throw InvalidValueException.of(
                "memberships",
                "twoHeads",
                "persons "
                    + head.person()
                    + " and "
                    + membership.person()
                    + " are both head over "
                    + shared.get(),
                at,
                arguments(membership.person(), head.person(), shared.get()));
          }
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

  /**
   * The arguments of a membership rule: the person, the other person (if any), and the days as an
   * ISO 8601 interval with an exclusive end ({@code 2026-03-01/..} when open-ended).
   */
  private static Map<String, String> arguments(
      PersonId person, @Nullable PersonId other, DateRange days) {
    Map<String, String> arguments = new LinkedHashMap<>();
    arguments.put("person", person.toString());
    if (other != null) {
      arguments.put("otherPerson", other.toString());
    }
    arguments.put("days", days.toString());
    return arguments;
  }

  private static Optional<DateRange> overlap(DateRange a, DateRange b) {
    return a.intersection(b);
  }
}
