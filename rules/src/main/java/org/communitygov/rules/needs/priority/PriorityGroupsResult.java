package org.communitygov.rules.needs.priority;

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

  @Value.Redacted
  @Value.Parameter
  public abstract Set<PriorityGroup> householdGroups();

  /**
   * Returns the groups of each member who is in one, in membership order.
   *
   * @return the groups by person, not null
   */
  @Value.Redacted
  @Value.Parameter
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
}
