package org.communitygov.rules.needs;

import static org.communitygov.rules.needs.PriorityParameters.CHILD_AGE_LIMIT;
import static org.communitygov.rules.needs.PriorityParameters.ELDERLY_AGE;
import static org.communitygov.rules.needs.PriorityParameters.SEVERE_DISABILITY_GRADE;
import static org.communitygov.rules.needs.PriorityParameters.VERY_ELDERLY_AGE;

import java.util.List;
import java.util.Set;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Person;
import org.communitygov.rules.common.Comparison;
import org.communitygov.rules.common.Fact;
import org.communitygov.rules.common.Operand;
import org.communitygov.rules.common.Operator;
import org.communitygov.rules.common.ResolvedParameter;
import org.communitygov.rules.common.RuleContext;
import org.communitygov.rules.common.Step;

/** The priority groups of one household member, each with its step (see {@link PriorityGroups}). */
final class PriorityMemberSteps {
  /** The parameters of the groups. */
  static final class Thresholds {
    final ResolvedParameter<Integer> elderly;
    final ResolvedParameter<Integer> veryElderly;
    final ResolvedParameter<Integer> severeGrade;
    final ResolvedParameter<Integer> child;

    Thresholds(RuleContext context) {
      elderly = context.resolve(ELDERLY_AGE);
      veryElderly = context.resolve(VERY_ELDERLY_AGE);
      severeGrade = context.resolve(SEVERE_DISABILITY_GRADE);
      child = context.resolve(CHILD_AGE_LIMIT);
    }
  }

  private PriorityMemberSteps() {}

  /** Adds the groups of one member, and one step for each. */
  static void of(
      Person p,
      int age,
      int householdSize,
      int underElderlyAge,
      boolean assisted,
      Thresholds t,
      Set<PriorityGroup> groups,
      List<Step> steps) {
    Fact person = Fact.of("person", p.id());
    Operand ageOperand = Operand.of(Fact.of("age", age));
    if (age >= t.elderly.value()) {
      Comparison elderly = Comparison.of(ageOperand, Operator.GE, Operand.of(t.elderly));
      if (householdSize == 1) {
        groups.add(PriorityGroup.ELDERLY_LIVING_ALONE);
        steps.add(
            group("priority.elderlyLivingAlone", person, elderly)
                .fact(Fact.of("householdSize", householdSize))
                .result(Fact.of("group", PriorityGroup.ELDERLY_LIVING_ALONE))
                .build());
      }
      if (underElderlyAge == 0) {
        groups.add(PriorityGroup.EMPTY_NEST_ELDERLY);
        steps.add(
            group("priority.emptyNest", person, elderly)
                .fact(Fact.of("membersUnderElderlyAge", underElderlyAge))
                .result(Fact.of("group", PriorityGroup.EMPTY_NEST_ELDERLY))
                .build());
      }
    }
    if (age >= t.veryElderly.value()) {
      groups.add(PriorityGroup.VERY_ELDERLY);
      steps.add(
          group(
                  "priority.veryElderly",
                  person,
                  Comparison.of(ageOperand, Operator.GE, Operand.of(t.veryElderly)))
              .result(Fact.of("group", PriorityGroup.VERY_ELDERLY))
              .build());
    }
    p.disability()
        .ifPresent(
            d -> {
              groups.add(PriorityGroup.DISABLED);
              Fact grade = Fact.sensitive("grade", d.grade(), SensitiveCategory.DISABILITY);
              steps.add(
                  Step.builder("priority.disabled")
                      .fact(person)
                      .fact(
                          Fact.sensitive("disability", d.category(), SensitiveCategory.DISABILITY))
                      .fact(grade)
                      .result(Fact.of("group", PriorityGroup.DISABLED))
                      .build());
              if (d.grade() <= t.severeGrade.value()) {
                groups.add(PriorityGroup.SEVERELY_DISABLED);
                steps.add(
                    group(
                            "priority.severelyDisabled",
                            person,
                            Comparison.of(
                                Operand.of(grade), Operator.LE, Operand.of(t.severeGrade)))
                        .result(Fact.of("group", PriorityGroup.SEVERELY_DISABLED))
                        .build());
              }
            });
    if (assisted && age < t.child.value()) {
      groups.add(PriorityGroup.CHILD_IN_ASSISTED_HOUSEHOLD);
      steps.add(
          group(
                  "priority.childInAssistedHousehold",
                  person,
                  Comparison.of(ageOperand, Operator.LT, Operand.of(t.child)))
              .result(Fact.of("group", PriorityGroup.CHILD_IN_ASSISTED_HOUSEHOLD))
              .build());
    }
  }

  private static Step.Builder group(String id, Fact person, Comparison comparison) {
    return Step.builder(id).fact(person).comparison(comparison);
  }
}
