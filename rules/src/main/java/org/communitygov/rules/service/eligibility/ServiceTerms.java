package org.communitygov.rules.service.eligibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.EnumCodes;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.EligibilityReference;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceId;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.rules.needs.elderability.ElderAbilityLevel;

/**
 * What a service asks of a household, read once from the service (ADR 0067): that it is active,
 * that the household lives in a community it serves, the assistance status the household must have
 * (any of), and what one member must meet — an age band, a target population group (any of), an
 * elder ability level at least some level.
 *
 * <p>The catalogue's {@link EligibilityReference} names the condition by rule id: {@code
 * service.open} (none), {@code service.ageAtLeast} ({@code age}), {@code service.ageBelow} or
 * {@code service.childUnder3} ({@code age}, 3 by default), {@code service.assistance} ({@code
 * statuses}, comma-separated {@link AssistanceStatus} names) and {@code service.elderAbility}
 * ({@code minimumLevel}, 0 to 4); its {@code minimumAge} and {@code maximumAge} (whole years,
 * inclusive) apply as well, and where two bounds meet the stricter holds. Immutable and
 * thread-safe.
 *
 * @param service the service's id, not null
 * @param status its status, not null
 * @param communities the communities it serves; empty for anyone, wherever they live
 * @param targetGroups the groups one member must be in (any of); empty for anyone
 * @param minimumAge the youngest age admitted, if any
 * @param maximumAge the oldest age admitted, if any
 * @param assistance the assistance statuses the household must have (any of); empty for none
 * @param minimumAbilityLevel the lowest elder ability level admitted (a higher level is a greater
 *     loss of ability), if any
 * @since 0.1.0
 */
public record ServiceTerms(
    ServiceId service,
    ServiceStatus status,
    Set<CommunityId> communities,
    Set<PopulationGroup> targetGroups,
    Optional<Integer> minimumAge,
    Optional<Integer> maximumAge,
    Set<AssistanceStatus> assistance,
    Optional<ElderAbilityLevel> minimumAbilityLevel) {
  /** The rule ids a catalogue's eligibility reference may name. */
  public static final Set<String> RULES =
      Set.of(
          "service.open",
          "service.ageAtLeast",
          "service.ageBelow",
          "service.childUnder3",
          "service.assistance",
          "service.elderAbility");

  /** Copies the sets. */
  public ServiceTerms {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(status, "status");
    // Ordered copies: explanations list them, and must list them the same way every time.
    communities = Collections.unmodifiableSet(new LinkedHashSet<>(communities));
    targetGroups = ordered(targetGroups, PopulationGroup.class);
    assistance = ordered(assistance, AssistanceStatus.class);
    Objects.requireNonNull(minimumAge, "minimumAge");
    Objects.requireNonNull(maximumAge, "maximumAge");
    Objects.requireNonNull(minimumAbilityLevel, "minimumAbilityLevel");
  }

  private static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
    Set<E> copy = EnumSet.noneOf(type);
    copy.addAll(values);
    return Collections.unmodifiableSet(copy);
  }

  /**
   * Reads the terms of a service.
   *
   * @param service the service, not null
   * @return the terms, not null
   * @throws InvalidValueException if its eligibility names a rule not in {@link #RULES} ({@code
   *     eligibility.unknownRule}) or gives a parameter that rule cannot read ({@code
   *     eligibility.parameter})
   */
  public static ServiceTerms of(Service service) {
    Optional<Integer> min = Optional.empty();
    Optional<Integer> max = Optional.empty();
    Set<AssistanceStatus> assistance = Set.of();
    Optional<ElderAbilityLevel> level = Optional.empty();
    Optional<EligibilityReference> reference = service.eligibility();
    if (reference.isPresent()) {
      EligibilityReference r = reference.get();
      min = r.minimumAge();
      max = r.maximumAge();
      Map<String, String> p = r.parameters();
      switch (r.rule()) {
        case "service.open" -> {}
        case "service.ageAtLeast" -> min = stricter(min, number(p, "age", null), true);
        case "service.ageBelow", "service.childUnder3" ->
            max = stricter(max, Optional.of(number(p, "age", 3).orElseThrow() - 1), false);
        case "service.assistance" -> assistance = statuses(p);
        case "service.elderAbility" -> level = Optional.of(ElderAbilityLevel.ofNumber(level(p)));
        default ->
            throw InvalidValueException.of(
                "eligibility",
                "unknownRule",
                "service " + service.id() + " names an eligibility rule the library does not know");
      }
    }
    return new ServiceTerms(
        service.id(),
        service.status(),
        new LinkedHashSet<>(service.communities()),
        service.targetGroups(),
        min,
        max,
        assistance,
        level);
  }

  private static Optional<Integer> stricter(
      Optional<Integer> bound, Optional<Integer> other, boolean lower) {
    if (bound.isEmpty() || other.isEmpty()) {
      return bound.or(() -> other);
    }
    return Optional.of(
        lower ? Math.max(bound.get(), other.get()) : Math.min(bound.get(), other.get()));
  }

  private static Optional<Integer> number(Map<String, String> p, String name, Integer fallback) {
    String text = p.get(name);
    if (text == null) {
      if (fallback == null) {
        throw parameter(name);
      }
      return Optional.of(fallback);
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value < 0 || value > 150) {
        throw parameter(name);
      }
      return Optional.of(value);
    } catch (NumberFormatException e) {
      throw parameter(name);
    }
  }

  private static int level(Map<String, String> p) {
    int level = number(p, "minimumLevel", null).orElseThrow();
    if (level > 4) {
      throw parameter("minimumLevel");
    }
    return level;
  }

  private static Set<AssistanceStatus> statuses(Map<String, String> p) {
    String text = p.get("statuses");
    if (text == null || text.isBlank()) {
      throw parameter("statuses");
    }
    List<AssistanceStatus> statuses = new ArrayList<>();
    for (String name : text.split(",")) {
      statuses.add(
          EnumCodes.find(AssistanceStatus.class, name.trim())
              .orElseThrow(() -> parameter("statuses")));
    }
    return EnumSet.copyOf(statuses);
  }

  private static InvalidValueException parameter(String name) {
    return InvalidValueException.of(
        "eligibility", "parameter", "the eligibility parameter " + name + " is missing or invalid");
  }

  /**
   * Tells whether one member must meet something: an age band, a group or an ability level.
   *
   * @return true if a member condition applies
   */
  public boolean asksOfAMember() {
    return minimumAge.isPresent()
        || maximumAge.isPresent()
        || !targetGroups.isEmpty()
        || minimumAbilityLevel.isPresent();
  }
}
