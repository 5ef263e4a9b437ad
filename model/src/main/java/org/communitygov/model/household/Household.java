package org.communitygov.model.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.Sensitive;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.community.BuildingId;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.community.GridId;
import org.immutables.value.Value;

/**
 * A household (户): the people who belong to it over time, in their roles, with the income and
 * assets that means tests read.
 *
 * <p>{@link #members()} lists every person who is or was a member; {@link #memberships()} says who
 * belonged when, in which role. Invariants checked when it is built (see {@link
 * HouseholdInvariants}): at least one member; member identifiers unique; every membership names a
 * listed member and every member has a membership; a person's memberships never overlap; at most
 * one head on any date; no membership before the member's birth; income and assets name members. A
 * broken invariant throws {@link org.communitygov.model.common.InvalidValueException} naming the
 * rule, the dates and the person identifiers, never personal data.
 *
 * <p>Queries take a date: {@link #membersOn}, {@link #headOn}, {@link #sizeOn}, {@link #roleOn},
 * {@link #populationGroupsOn}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHousehold.class)
@JsonDeserialize(as = ImmutableHousehold.class)
public abstract class Household {
  Household() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableHousehold.Builder builder() {
    return ImmutableHousehold.builder();
  }

  /**
   * Returns the household's identifier.
   *
   * @return the identifier, not null
   */
  public abstract HouseholdId id();

  /**
   * Returns the community the household lives in.
   *
   * @return the community's identifier, not null
   */
  public abstract CommunityId community();

  /**
   * Returns the household's address.
   *
   * @return the address, not null
   */
  @NotBlank
  @Size(max = 200)
  public abstract String address();

  /**
   * Returns the building the household lives in, if recorded.
   *
   * @return the building's identifier, not null
   */
  public abstract Optional<BuildingId> building();

  /**
   * Returns the grid the household belongs to, if recorded.
   *
   * @return the grid's identifier, not null
   */
  public abstract Optional<GridId> grid();

  /**
   * Returns whether this is a registered or a resident household.
   *
   * @return the kind, not null
   */
  public abstract HouseholdKind kind();

  /**
   * Returns every person who is or was a member.
   *
   * @return the members, not null
   */
  @Size(min = 1, max = 100)
  public abstract List<@Valid Person> members();

  /**
   * Returns who belonged when, in which role.
   *
   * @return the memberships, not null
   */
  @Size(min = 1, max = 400)
  public abstract List<@Valid Membership> memberships();

  /**
   * Returns the household's current social-assistance statuses.
   *
   * @return the statuses, not null
   */
  @Sensitive(SensitiveCategory.ASSISTANCE_STATUS)
  public abstract Set<AssistanceStatus> assistance();

  /**
   * Returns the income items recorded for means tests.
   *
   * @return the income items, not null
   */
  @Sensitive(SensitiveCategory.FINANCIAL)
  public abstract List<@Valid IncomeItem> income();

  /**
   * Returns the assets recorded for means tests.
   *
   * @return the assets, not null
   */
  @Sensitive(SensitiveCategory.FINANCIAL)
  public abstract List<@Valid Asset> assets();

  /**
   * Returns the local additions of the issuing system, kept on a read–write round trip.
   *
   * @return the extensions, not null
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * The members by identifier, made once. Immutables makes the generated override public, so the
   * map is unmodifiable: a caller must not change a member behind the invariants.
   */
  @Value.Lazy
  Map<PersonId, Person> membersById() {
    return Collections.unmodifiableMap(HouseholdInvariants.index(members()));
  }

  @Value.Check
  void check() {
    HouseholdInvariants.check(this);
  }

  /**
   * Returns the member with the given identifier.
   *
   * @param person the identifier, not null
   * @return the member, or empty if no such person is listed, not null
   */
  public Optional<Person> member(PersonId person) {
    return Optional.ofNullable(membersById().get(Objects.requireNonNull(person, "person")));
  }

  /**
   * Returns the members on a date, in the order of {@link #members()}.
   *
   * @param date the date, not null
   * @return the members on that date, not null
   */
  public List<Person> membersOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return members().stream().filter(p -> roleOn(p.id(), date).isPresent()).toList();
  }

  /**
   * Returns the number of members on a date.
   *
   * @param date the date, not null
   * @return the number of members
   */
  public int sizeOn(LocalDate date) {
    return membersOn(date).size();
  }

  /**
   * Returns the head on a date.
   *
   * @param date the date, not null
   * @return the head, or empty if the household has no head that day, not null
   */
  public Optional<Person> headOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return memberships().stream()
        .filter(m -> m.role() == MemberRole.HEAD && m.isActiveOn(date))
        .findFirst()
        .flatMap(m -> member(m.person()));
  }

  /**
   * Returns a member's role on a date.
   *
   * @param person the member, not null
   * @param date the date, not null
   * @return the role, or empty if the person is not a member that day, not null
   */
  public Optional<MemberRole> roleOn(PersonId person, LocalDate date) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(date, "date");
    return memberships().stream()
        .filter(m -> m.person().equals(person) && m.isActiveOn(date))
        .findFirst()
        .map(Membership::role);
  }

  /**
   * Returns the population groups a member belongs to on a date; empty if the person is not a
   * member that day.
   *
   * @param person the member, not null
   * @param date the date, not null
   * @return the groups, not null
   */
  public Set<PopulationGroup> populationGroupsOn(PersonId person, LocalDate date) {
    Set<PopulationGroup> groups = EnumSet.noneOf(PopulationGroup.class);
    if (roleOn(person, date).isEmpty()) {
      return Set.of();
    }
    Person member = membersById().get(person);
    for (PopulationGroup group : PopulationGroup.values()) {
      if (group.includes(this, member, date)) {
        groups.add(group);
      }
    }
    return Collections.unmodifiableSet(groups);
  }

  @Override
  public String toString() {
    return "Household{id="
        + id()
        + ", community="
        + community()
        + ", members="
        + members().size()
        + "}";
  }
}
