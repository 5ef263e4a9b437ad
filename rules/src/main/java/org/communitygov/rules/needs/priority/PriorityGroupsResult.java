package org.communitygov.rules.needs.priority;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.engine.Outcome;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The priority groups of a household on a date: code {@code PRIORITY} when any applies, else {@code
 * NOT_PRIORITY}. Details: {@code groups} (every group found, comma-separated, in {@link
 * PriorityGroup} order) and {@code person.<id>} for each member in a group. Group membership is
 * sensitive (age, disability, assistance): {@code toString()} shows only the code. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PriorityGroupsResult implements Outcome {
  PriorityGroupsResult() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutablePriorityGroupsResult.Builder builder() {
    return ImmutablePriorityGroupsResult.builder();
  }

  private static final PriorityGroup[] GROUPS = PriorityGroup.values();

  /** Every set of groups, unmodifiable, by its bits ({@link #bit}): shared by all results. */
  private static final Set<PriorityGroup>[] SETS = sets();

  /**
   * The result as the rule makes it: the sets and the map taken over as they are, with no builder
   * and no copy. It equals a built result with the same groups.
   *
   * @param householdGroups the groups of the household, unmodifiable
   * @param personGroups the groups of each member in one, in membership order, unmodifiable
   */
  static PriorityGroupsResult of(
      Set<PriorityGroup> householdGroups, Map<PersonId, Set<PriorityGroup>> personGroups) {
    return new Found(householdGroups, personGroups);
  }

  /** The bit of a group in a set's bits: {@code 1 << ordinal}. */
  static int bit(PriorityGroup group) {
    return 1 << group.ordinal();
  }

  /** The unmodifiable set of the groups whose bits are set, shared. */
  static Set<PriorityGroup> set(int bits) {
    return SETS[bits];
  }

  @SuppressWarnings("unchecked") // an array of sets, indexed by bits
  private static Set<PriorityGroup>[] sets() {
    Set<PriorityGroup>[] sets = (Set<PriorityGroup>[]) new Set<?>[1 << GROUPS.length];
    for (int bits = 0; bits < sets.length; bits++) {
      Set<PriorityGroup> set = EnumSet.noneOf(PriorityGroup.class);
      for (PriorityGroup g : GROUPS) {
        if ((bits & bit(g)) != 0) {
          set.add(g);
        }
      }
      sets[bits] = Collections.unmodifiableSet(set);
    }
    return sets;
  }

  /**
   * Returns the groups of the household as a whole (低保, 低保边缘, 特困).
   *
   * @return the groups, not null
   */
  @Value.Redacted
  public abstract Set<PriorityGroup> householdGroups();

  /**
   * Returns the groups of each member who is in one, in membership order.
   *
   * @return the groups by person, not null
   */
  @Value.Redacted
  public abstract Map<PersonId, Set<PriorityGroup>> personGroups();

  /**
   * Returns every group found, of the household and of its members.
   *
   * @return the groups, not null
   */
  public Set<PriorityGroup> groups() {
    Set<PriorityGroup> all = EnumSet.noneOf(PriorityGroup.class);
    all.addAll(householdGroups());
    personGroups().values().forEach(all::addAll);
    return all;
  }

  @Override
  public String code() {
    return householdGroups().isEmpty() && personGroups().isEmpty() ? "NOT_PRIORITY" : "PRIORITY";
  }

  @Override
  public Map<String, String> details() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("groups", join(groups()));
    personGroups().forEach((p, g) -> details.put("person." + p.value(), join(g)));
    return details;
  }

  private static String join(Set<PriorityGroup> groups) {
    return groups.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public String toString() {
    return "PriorityGroupsResult{" + code() + "}";
  }

  /** Tells whether another object is a result with the same groups, however it was made. */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof PriorityGroupsResult o
            && o.householdGroups().equals(householdGroups())
            && o.personGroups().equals(personGroups()));
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + householdGroups().hashCode();
    h += (h << 5) + personGroups().hashCode();
    return h;
  }

  /**
   * The groups tell disabilities and assistance: each detail is masked under the strictest category
   * of its groups ({@link PriorityGroup#strictest}), as the {@code groups} fact of the explanation.
   */
  @Override
  public Optional<SensitiveCategory> detailSensitivity(String name) {
    if (name.startsWith("person.")) {
      for (Map.Entry<PersonId, Set<PriorityGroup>> e : personGroups().entrySet()) {
        if (name.equals("person." + e.getKey())) {
          return Optional.of(PriorityGroup.strictest(e.getValue()));
        }
      }
    }
    return Optional.of(PriorityGroup.strictest(groups()));
  }

  /** A result made by the rule itself ({@link #of}). */
  private static final class Found extends PriorityGroupsResult {
    private final Set<PriorityGroup> householdGroups;
    private final Map<PersonId, Set<PriorityGroup>> personGroups;

    Found(Set<PriorityGroup> householdGroups, Map<PersonId, Set<PriorityGroup>> personGroups) {
      this.householdGroups = householdGroups;
      this.personGroups = personGroups;
    }

    @Override
    public Set<PriorityGroup> householdGroups() {
      return householdGroups;
    }

    @Override
    public Map<PersonId, Set<PriorityGroup>> personGroups() {
      return personGroups;
    }
  }
}
