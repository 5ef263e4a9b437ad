package org.communitygov.rules.service.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.rules.needs.elderability.ElderAbilityLevel;
import org.communitygov.rules.needs.shared.Joined;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a household on a date that every service asks about, found once for the household
 * and shared by the decisions on all services (ADR 0067): its community, its assistance statuses,
 * and for each member on the date the age, the population groups and the elder ability level where
 * one is known. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HouseholdProfile {
  private final Household household;
  private final LocalDate date;
  private final PersonId[] members;
  private final int[] ages;
  private final int[] groups;
  private final int[] levels;
  private final int assistance;
  // The groups of each member as explanations show them: made when first asked for (the fast
  // answer never asks). The race is benign: every thread makes the same.
  private final @Nullable Joined[] groupsShown;

  private HouseholdProfile(
      Household household, LocalDate date, Map<PersonId, ElderAbilityLevel> abilityLevels) {
    this.household = household;
    this.date = date;
    List<Membership> memberships = household.memberships();
    int count = 0;
    for (Membership m : memberships) {
      count += m.isActiveOn(date) ? 1 : 0;
    }
    members = new PersonId[count];
    ages = new int[count];
    groups = new int[count];
    levels = new int[count];
    groupsShown = new Joined[count];
    int i = 0;
    for (Membership m : memberships) {
      if (m.isActiveOn(date)) {
        Person person = household.member(m.person()).orElseThrow();
        members[i] = person.id();
        ages[i] = person.ageOn(date);
        groups[i] = mask(household.populationGroupsOn(person.id(), date));
        ElderAbilityLevel level = abilityLevels.get(person.id());
        levels[i] = level == null ? -1 : level.number();
        i++;
      }
    }
    int statuses = 0;
    for (AssistanceStatus s : household.assistance()) {
      statuses |= 1 << s.ordinal();
    }
    assistance = statuses;
  }

  /**
   * Finds the facts of a household on a date.
   *
   * @param household the household, not null
   * @param date the date, not null
   * @param abilityLevels the elder ability levels known, by member; others are unknown, not null
   * @return the profile, not null
   */
  public static HouseholdProfile of(
      Household household, LocalDate date, Map<PersonId, ElderAbilityLevel> abilityLevels) {
    return new HouseholdProfile(
        Objects.requireNonNull(household, "household"),
        Objects.requireNonNull(date, "date"),
        Map.copyOf(abilityLevels));
  }

  static int mask(Set<PopulationGroup> set) {
    int mask = 0;
    for (PopulationGroup g : set) {
      mask |= 1 << g.ordinal();
    }
    return mask;
  }

  /**
   * Returns the household.
   *
   * @return the household, not null
   */
  public Household household() {
    return household;
  }

  /**
   * Returns the date.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the household's community.
   *
   * @return the community, not null
   */
  public CommunityId community() {
    return household.community();
  }

  /**
   * Returns the number of members on the date.
   *
   * @return the number
   */
  public int size() {
    return members.length;
  }

  /**
   * Returns the position of a member on the date.
   *
   * @param person the person, not null
   * @return the position, empty if not a member that day, not null
   */
  public Optional<Integer> indexOf(PersonId person) {
    for (int i = 0; i < members.length; i++) {
      if (members[i].equals(person)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  PersonId member(int i) {
    return members[i];
  }

  int age(int i) {
    return ages[i];
  }

  int groups(int i) {
    return groups[i];
  }

  /** The groups of member {@code i}, as a step shows them. */
  Joined groupsShown(int i) {
    Joined shown = groupsShown[i];
    if (shown == null) {
      shown = new Joined(MemberSteps.groups(groups[i]), ",");
      groupsShown[i] = shown;
    }
    return shown;
  }

  /** The level number, or -1 if unknown. */
  int level(int i) {
    return levels[i];
  }

  int assistance() {
    return assistance;
  }

  @Override
  public String toString() {
    return "HouseholdProfile{" + household.id() + ", " + date + ", members=" + members.length + "}";
  }
}
