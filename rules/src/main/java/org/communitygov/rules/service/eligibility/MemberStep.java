package org.communitygov.rules.service.eligibility;

import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.shared.Joined;

/**
 * The step of one member: the facts the service asks about, the comparison that failed (an age
 * bound, the ability level) and whether the member qualifies. Groups are masked as the priority
 * groups are; an ability level is health data.
 */
final class MemberStep {
  private MemberStep() {}

  static Step of(ServiceTerms terms, HouseholdProfile p, int i, int check) {
    Step.Builder step =
        Step.builder("service.eligibility.member")
            .fact(Fact.of("person", p.member(i)))
            .fact(Fact.of("age", p.age(i)));
    if (!terms.targetGroups().isEmpty()) {
      int groups = p.groups(i);
      step.fact(
          Fact.sensitive(
              "populationGroups",
              new Joined(PopulationGroups.of(groups), ","),
              ServiceEligibility.sensitivity(groups)));
    }
    Fact level =
        Fact.sensitive(
            "abilityLevel",
            p.level(i) < 0 ? "?" : Integer.toString(p.level(i)),
            SensitiveCategory.HEALTH);
    if (terms.minimumAbilityLevel().isPresent()) {
      step.fact(level);
    }
    switch (check) {
      case Conditions.TOO_YOUNG ->
          step.holding(
              Operand.of(Fact.of("age", p.age(i))),
              Operator.GE,
              Operand.of(Fact.of("minimumAge", terms.minimumAge().orElseThrow())));
      case Conditions.TOO_OLD ->
          step.holding(
              Operand.of(Fact.of("age", p.age(i))),
              Operator.LE,
              Operand.of(Fact.of("maximumAge", terms.maximumAge().orElseThrow())));
      case Conditions.LEVEL_TOO_LOW ->
          step.holding(
              Operand.of(level),
              Operator.GE,
              Operand.of(
                  Fact.of(
                      "minimumAbilityLevel", terms.minimumAbilityLevel().orElseThrow().number())));
      default -> {}
    }
    return step.result(Fact.of("memberQualifies", check == Conditions.OK)).build();
  }

  /** The groups of a mask, in their order. */
  static final class PopulationGroups {
    private PopulationGroups() {}

    static java.util.List<PopulationGroup> of(int mask) {
      java.util.List<PopulationGroup> groups = new java.util.ArrayList<>();
      for (PopulationGroup g : PopulationGroup.values()) {
        if ((mask & 1 << g.ordinal()) != 0) {
          groups.add(g);
        }
      }
      return groups;
    }
  }
}
