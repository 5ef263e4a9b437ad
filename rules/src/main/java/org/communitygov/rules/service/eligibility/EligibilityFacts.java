package org.communitygov.rules.service.eligibility;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.communitygov.model.common.EnumCodes;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.ServiceId;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.rules.engine.FactMapping;
import org.communitygov.rules.engine.FactType;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.needs.elderability.ElderAbilityLevel;
import org.communitygov.rules.needs.shared.HouseholdFacts;
import org.communitygov.rules.needs.shared.HouseholdJson;
import org.communitygov.rules.needs.shared.Joined;
import org.jspecify.annotations.Nullable;

/**
 * The facts of {@link ServiceEligibility}, declared once as a {@link FactMapping}: the service's
 * terms — {@code service}, {@code status} (ACTIVE by default), {@code communities}, {@code
 * targetGroups}, {@code assistance} (lists separated by commas), {@code minimumAge}, {@code
 * maximumAge}, {@code minimumAbilityLevel} (0 to 4) — and the household ({@code household}, its
 * wire-format JSON; required), {@code person} (the member the service is for) and {@code
 * abilityLevels} (a JSON object of person id to level 0 to 4).
 *
 * @since 0.1.0
 */
public final class EligibilityFacts {
  static final FactMapping<EligibilityInput> MAPPING =
      FactMapping.builder(EligibilityInput.class, Builder::new, Builder::build)
          .required(
              "service",
              FactType.of(v -> v, (n, t) -> ServiceId.of(t)),
              in -> Optional.of(in.terms().service()),
              (b, v) -> b.service = v)
          .optional(
              "status",
              FactType.code(ServiceStatus.class),
              in -> Optional.of(in.terms().status()),
              (b, v) -> b.status = v)
          .optional(
              "communities",
              list(CommunityId::of),
              in -> nonEmpty(in.terms().communities()),
              (b, v) -> b.communities = v)
          .optional(
              "targetGroups",
              codes(PopulationGroup.class),
              in -> nonEmpty(in.terms().targetGroups()),
              (b, v) -> b.targetGroups = v)
          .optional(
              "assistance",
              codes(AssistanceStatus.class),
              in -> nonEmpty(in.terms().assistance()),
              (b, v) -> b.assistance = v)
          .optional(
              "minimumAge",
              FactType.integer(),
              in -> in.terms().minimumAge(),
              (b, v) -> b.minimumAge = Optional.of(v))
          .optional(
              "maximumAge",
              FactType.integer(),
              in -> in.terms().maximumAge(),
              (b, v) -> b.maximumAge = Optional.of(v))
          .optional(
              "minimumAbilityLevel",
              FactType.of(ElderAbilityLevel::number, (n, t) -> level(integer(n, t))),
              in -> in.terms().minimumAbilityLevel(),
              (b, v) -> b.minimumAbilityLevel = Optional.of(v))
          .required(
              "household",
              HouseholdFacts.TYPE,
              EligibilityInput::household,
              (b, v) -> b.household = Optional.of(v))
          .optional(
              "person",
              FactType.of(v -> v, (n, t) -> PersonId.of(t)),
              EligibilityInput::person,
              (b, v) -> b.person = Optional.of(v))
          .optional(
              "abilityLevels",
              FactType.<Map<PersonId, ElderAbilityLevel>>of(
                      EligibilityFacts::writeLevels, EligibilityFacts::readLevels)
                  .sensitive(SensitiveCategory.HEALTH),
              in ->
                  in.abilityLevels().isEmpty() ? Optional.empty() : Optional.of(in.abilityLevels()),
              (b, v) -> b.abilityLevels = v)
          .build();

  private EligibilityFacts() {}

  /**
   * Returns the input as facts.
   *
   * @param input the input, not null
   * @return the facts, not null
   */
  public static Facts of(EligibilityInput input) {
    return MAPPING.facts(input);
  }

  /**
   * Reads the input from facts.
   *
   * @param facts the facts, not null
   * @return the input, not null
   * @throws InvalidValueException for an unknown fact or a value that cannot be read
   */
  public static EligibilityInput input(Facts facts) {
    return MAPPING.input(facts);
  }

  /** The input as the mapping reads it, fact by fact. */
  private static final class Builder {
    @Nullable ServiceId service;
    ServiceStatus status = ServiceStatus.ACTIVE;
    Set<CommunityId> communities = Set.of();
    Set<PopulationGroup> targetGroups = Set.of();
    Set<AssistanceStatus> assistance = Set.of();
    Optional<Integer> minimumAge = Optional.empty();
    Optional<Integer> maximumAge = Optional.empty();
    Optional<ElderAbilityLevel> minimumAbilityLevel = Optional.empty();
    Optional<Household> household = Optional.empty();
    Optional<PersonId> person = Optional.empty();
    Map<PersonId, ElderAbilityLevel> abilityLevels = Map.of();

    EligibilityInput build() {
      if (service == null) {
        throw InvalidValueException.of("service", "missing", "service is required");
      }
      ServiceTerms terms =
          new ServiceTerms(
              service,
              status,
              communities,
              targetGroups,
              minimumAge,
              maximumAge,
              assistance,
              minimumAbilityLevel);
      return new EligibilityInput(terms, household, person, abilityLevels);
    }
  }

  private static <T> Optional<Set<T>> nonEmpty(Set<T> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values);
  }

  /** A list separated by commas, blanks left out. */
  private static <T> FactType<Set<T>> list(Function<String, T> read) {
    return FactType.of(
        values -> new Joined(values, ","),
        (name, text) -> {
          Set<T> values = new LinkedHashSet<>();
          for (String part : text.split(",")) {
            if (!part.isBlank()) {
              values.add(read.apply(part.trim()));
            }
          }
          return values;
        });
  }

  /** A list of codes of an enum; an unknown code is {@code <name>.code}. */
  private static <E extends Enum<E>> FactType<Set<E>> codes(Class<E> type) {
    return FactType.of(
        values -> new Joined(values, ","),
        (name, text) -> {
          Set<E> values = EnumSet.noneOf(type);
          for (String part : text.split(",")) {
            if (!part.isBlank()) {
              values.add(
                  EnumCodes.find(type, part.trim())
                      .orElseThrow(
                          () -> FactType.invalid(name, "code", name + " names an unknown code")));
            }
          }
          return values;
        });
  }

  private static String writeLevels(Map<PersonId, ElderAbilityLevel> levels) {
    Map<String, Integer> numbers = new TreeMap<>();
    levels.forEach((p, l) -> numbers.put(p.value(), l.number()));
    return HouseholdJson.write(numbers);
  }

  private static Map<PersonId, ElderAbilityLevel> readLevels(String name, String json) {
    Map<PersonId, ElderAbilityLevel> levels = new HashMap<>();
    HouseholdJson.textMap(name, json)
        .forEach((p, l) -> levels.put(PersonId.of(p), level(integer(name, l))));
    return levels;
  }

  private static int integer(String name, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw FactType.invalid(name, "integer", "a level is 0 to 4");
    }
  }

  private static ElderAbilityLevel level(int number) {
    if (number < 0 || number > 4) {
      throw InvalidValueException.of("abilityLevel", "range", "a level is 0 to 4");
    }
    return ElderAbilityLevel.ofNumber(number);
  }
}
