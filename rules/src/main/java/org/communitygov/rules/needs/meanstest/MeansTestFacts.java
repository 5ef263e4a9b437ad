package org.communitygov.rules.needs.meanstest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.needs.shared.FactReader;
import org.communitygov.rules.needs.shared.HouseholdFacts;
import org.communitygov.rules.needs.shared.HouseholdJson;

/** The facts of the means tests and back (see {@link MeansTestInput}). */
final class MeansTestFacts {
  private static final Set<String> KNOWN =
      Set.of("household", "area", "exclusions", "dependentAdultChildren", "livingApart");

  private MeansTestFacts() {}

  static Facts facts(MeansTestInput input) {
    List<Fact> facts = new ArrayList<>();
    input.household().ifPresent(h -> facts.add(HouseholdFacts.fact(h)));
    input.area().ifPresent(a -> facts.add(Fact.of("area", a)));
    if (!input.exclusions().isEmpty()) {
      Map<String, String> byId = new TreeMap<>();
      input.exclusions().forEach((p, e) -> byId.put(p.toString(), e.name()));
      facts.add(
          Fact.sensitive("exclusions", HouseholdJson.write(byId), SensitiveCategory.LOCATION));
    }
    ids(input.dependentAdultChildren())
        .ifPresent(t -> facts.add(Fact.of("dependentAdultChildren", t)));
    ids(input.livingApart())
        .ifPresent(t -> facts.add(Fact.sensitive("livingApart", t, SensitiveCategory.LOCATION)));
    return Facts.of(facts);
  }

  static MeansTestInput input(Facts facts) {
    FactReader.onlyKnown(facts, KNOWN);
    ImmutableMeansTestInput.Builder b = MeansTestInput.builder();
    facts
        .text("household")
        .map(t -> HouseholdJson.household("household", t))
        .ifPresent(b::household);
    FactReader.code(facts, "area", Area.class).ifPresent(b::area);
    facts
        .text("exclusions")
        .ifPresent(
            t -> {
              Map<PersonId, MlgExclusion> map = new LinkedHashMap<>();
              HouseholdJson.textMap("exclusions", t)
                  .forEach((p, e) -> map.put(PersonId.of(p), exclusion(e)));
              b.exclusions(map);
            });
    facts
        .text("dependentAdultChildren")
        .ifPresent(t -> b.dependentAdultChildren(personIds("dependentAdultChildren", t)));
    facts.text("livingApart").ifPresent(t -> b.livingApart(personIds("livingApart", t)));
    return b.build();
  }

  private static java.util.Optional<String> ids(Set<PersonId> ids) {
    if (ids.isEmpty()) {
      return java.util.Optional.empty();
    }
    Set<String> sorted = new TreeSet<>();
    ids.forEach(p -> sorted.add(p.toString()));
    return java.util.Optional.of(HouseholdJson.write(sorted));
  }

  private static List<PersonId> personIds(String name, String json) {
    return HouseholdJson.textList(name, json).stream().map(PersonId::of).toList();
  }

  private static MlgExclusion exclusion(String code) {
    try {
      return MlgExclusion.valueOf(code);
    } catch (IllegalArgumentException e) {
      throw org.communitygov.model.common.InvalidValueException.of(
          "exclusions", "code", "an exclusion is one of " + List.of(MlgExclusion.values()));
    }
  }
}
