package org.communitygov.rules.service.eligibility;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.ServiceId;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.needs.elderability.ElderAbilityLevel;
import org.communitygov.rules.needs.shared.FactReader;
import org.communitygov.rules.needs.shared.HouseholdFacts;
import org.communitygov.rules.needs.shared.HouseholdJson;
import org.communitygov.rules.needs.shared.Joined;

/**
 * The facts of {@link ServiceEligibility}: the service's terms — {@code service}, {@code status}
 * (ACTIVE by default), {@code communities}, {@code targetGroups}, {@code assistance} (lists
 * separated by commas), {@code minimumAge}, {@code maximumAge}, {@code minimumAbilityLevel} (0 to
 * 4) — and the household ({@code household}, its wire-format JSON), {@code person} (the member the
 * service is for) and {@code abilityLevels} (a JSON object of person id to level 0 to 4).
 *
 * @since 0.1.0
 */
public final class EligibilityFacts {
  private static final Set<String> KNOWN =
      Set.of(
          "service",
          "status",
          "communities",
          "targetGroups",
          "assistance",
          "minimumAge",
          "maximumAge",
          "minimumAbilityLevel",
          "household",
          "person",
          "abilityLevels");

  private EligibilityFacts() {}

  /**
   * Returns the input as facts.
   *
   * @param input the input, not null
   * @return the facts, not null
   */
  public static Facts of(EligibilityInput input) {
    ServiceTerms t = input.terms();
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.of("service", t.service()));
    facts.add(Fact.of("status", t.status()));
    list(facts, "communities", t.communities());
    list(facts, "targetGroups", t.targetGroups());
    list(facts, "assistance", t.assistance());
    t.minimumAge().ifPresent(a -> facts.add(Fact.of("minimumAge", a)));
    t.maximumAge().ifPresent(a -> facts.add(Fact.of("maximumAge", a)));
    t.minimumAbilityLevel().ifPresent(l -> facts.add(Fact.of("minimumAbilityLevel", l.number())));
    input.household().ifPresent(h -> facts.add(HouseholdFacts.fact(h)));
    input.person().ifPresent(p -> facts.add(Fact.of("person", p)));
    if (!input.abilityLevels().isEmpty()) {
      Map<String, Integer> levels = new TreeMap<>();
      input.abilityLevels().forEach((p, l) -> levels.put(p.value(), l.number()));
      facts.add(
          Fact.sensitive("abilityLevels", HouseholdJson.write(levels), SensitiveCategory.HEALTH));
    }
    return Facts.of(facts);
  }

  private static void list(List<Fact> facts, String name, Set<?> values) {
    if (!values.isEmpty()) {
      facts.add(Fact.of(name, new Joined(values, ",")));
    }
  }

  /**
   * Reads the input from facts.
   *
   * @param facts the facts, not null
   * @return the input, not null
   * @throws InvalidValueException for an unknown fact or a value that cannot be read
   */
  public static EligibilityInput input(Facts facts) {
    FactReader.onlyKnown(facts, KNOWN);
    ServiceId service =
        ServiceId.of(
            facts
                .text("service")
                .orElseThrow(
                    () -> InvalidValueException.of("service", "missing", "service is required")));
    ServiceTerms terms =
        new ServiceTerms(
            service,
            FactReader.code(facts, "status", ServiceStatus.class).orElse(ServiceStatus.ACTIVE),
            list(facts, "communities", CommunityId::of),
            enums(facts, "targetGroups", PopulationGroup.class),
            FactReader.integer(facts, "minimumAge"),
            FactReader.integer(facts, "maximumAge"),
            enums(facts, "assistance", AssistanceStatus.class),
            FactReader.integer(facts, "minimumAbilityLevel").map(EligibilityFacts::level));
    Map<PersonId, ElderAbilityLevel> levels = new java.util.HashMap<>();
    facts
        .text("abilityLevels")
        .ifPresent(
            json ->
                HouseholdJson.textMap("abilityLevels", json)
                    .forEach((p, l) -> levels.put(PersonId.of(p), level(number(l)))));
    return new EligibilityInput(
        terms,
        HouseholdFacts.input(
                facts.get("household").map(f -> Facts.of(List.of(f))).orElse(Facts.empty()))
            .household(),
        facts.text("person").map(PersonId::of),
        levels);
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw InvalidValueException.of("abilityLevels", "integer", "a level is 0 to 4");
    }
  }

  private static ElderAbilityLevel level(int number) {
    if (number < 0 || number > 4) {
      throw InvalidValueException.of("abilityLevel", "range", "a level is 0 to 4");
    }
    return ElderAbilityLevel.ofNumber(number);
  }

  private static <T> Set<T> list(Facts facts, String name, Function<String, T> read) {
    Set<T> values = new LinkedHashSet<>();
    facts
        .text(name)
        .ifPresent(
            text -> {
              for (String part : text.split(",")) {
                if (!part.isBlank()) {
                  values.add(read.apply(part.trim()));
                }
              }
            });
    return values;
  }

  private static <E extends Enum<E>> Set<E> enums(Facts facts, String name, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    values.addAll(
        list(
            facts,
            name,
            text -> {
              try {
                return Enum.valueOf(type, text);
              } catch (IllegalArgumentException e) {
                throw InvalidValueException.of(name, "code", name + " names an unknown code");
              }
            }));
    return values;
  }
}
