package org.communitygov.model.household;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

  /**
   * Checks the invariants and returns the number of period comparisons made, for tests: O(n log n)
   * in the number of memberships, as each membership is compared only with its neighbours among the
   * earlier ones of the same person (and among the earlier heads), found in a sorted map. The first
   * broken rule in list order is reported, as a loop over all earlier memberships would.
   */
  static long check(Household household) {
    if (household.members().isEmpty()) {
      throw InvalidValueException.of("members", "empty", "a household has at least one member");
    }
    Map<PersonId, Person> byId = index(household.members());
    Map<PersonId, Periods> byPerson = new HashMap<>();
    Periods heads = new Periods();
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
      Periods own = byPerson.computeIfAbsent(person.id(), id -> new Periods());
      Optional<Membership> earlier = own.firstOverlapping(membership);
      if (earlier.isPresent()) {
        DateRange shared = overlap(earlier.get().period(), membership.period()).orElseThrow();
        throw InvalidValueException.of(
            "memberships",
            "overlap",
            "person " + person.id() + " has two memberships over " + shared,
            at,
            arguments(person.id(), null, shared));
      }
      own.add(i, membership);
      if (membership.role() == MemberRole.HEAD) {
        Optional<Membership> head = heads.firstOverlapping(membership);
        if (head.isPresent()) {
          DateRange shared = overlap(head.get().period(), membership.period()).orElseThrow();
          throw InvalidValueException.of(
              "memberships",
              "twoHeads",
              "persons "
                  + head.get().person()
                  + " and "
                  + membership.person()
                  + " are both head over "
                  + shared,
              at,
              arguments(membership.person(), head.get().person(), shared));
        }
        heads.add(i, membership);
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
    long comparisons = heads.comparisons;
    for (Periods periods : byPerson.values()) {
      comparisons += periods.comparisons;
    }
    return comparisons;
  }

  /**
   * Pairwise disjoint periods of earlier memberships, by start date, with their list indexes. As
   * they are disjoint, the ones a new period overlaps are next to each other in start order: the
   * last that starts on or before its start, and those that start before its end.
   */
  private static final class Periods {
    private final TreeMap<LocalDate, Listed> byStart = new TreeMap<>();
    long comparisons;

    private record Listed(int index, Membership membership) {}

    void add(int index, Membership membership) {
      byStart.put(membership.period().start(), new Listed(index, membership));
    }

    /** The earliest-listed earlier membership whose period overlaps this one's, if any. */
    Optional<Membership> firstOverlapping(Membership membership) {
      DateRange period = membership.period();
      Map.Entry<LocalDate, Listed> floor = byStart.floorEntry(period.start());
      LocalDate from = floor != null ? floor.getKey() : period.start();
      Listed first = null;
      for (Listed listed : byStart.tailMap(from, true).values()) {
        comparisons++;
        LocalDate start = listed.membership().period().start();
        if (period.endExclusive().filter(end -> !start.isBefore(end)).isPresent()) {
          break; // starts at or after the end: so do all later ones
        }
        if (listed.membership().period().overlaps(period)
            && (first == null || listed.index() < first.index())) {
          first = listed;
        }
      }
      return Optional.ofNullable(first).map(Listed::membership);
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
