package org.communitygov.rules.needs;

import static org.communitygov.rules.needs.PriorityParameters.CHILD_AGE_LIMIT;
import static org.communitygov.rules.needs.PriorityParameters.ELDERLY_AGE;
import static org.communitygov.rules.needs.PriorityParameters.SEVERE_DISABILITY_GRADE;
import static org.communitygov.rules.needs.PriorityParameters.VERY_ELDERLY_AGE;

import java.util.EnumSet;
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
import org.jspecify.annotations.Nullable;

/** The priority groups of one household member, each with its step (see {@link PriorityGroups}). */
final class PriorityMemberSteps {
  /** The parameters of the groups, resolved once per context ({@link RuleContext#shared}). */
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

  /**
   * The result of each group's step, by ordinal: the same for every household, sensitive for the
   * groups that tell a disability or assistance ({@link PriorityGroup#sensitivity()}).
   */
  static final Fact[] GROUP = new Fact[PriorityGroup.values().length];

  static {
    for (PriorityGroup g : PriorityGroup.values()) {
      GROUP[g.ordinal()] =
          g.sensitivity()
              .map(c -> Fact.sensitive("group", g, c))
              .orElseGet(() -> Fact.of("group", g));
    }
  }

  private PriorityMemberSteps() {}

  /**
   * Returns the groups of one member, or null if none (never an empty set), and adds one step for
   * each (nothing is made for a member in no group).
   */
  static @Nullable Set<PriorityGroup> of(
      Person p,
      int age,
      int householdSize,
      int underElderlyAge,
      boolean assisted,
      Thresholds t,
      List<Step> steps) {
    boolean elderly = age >= t.elderly.value();
    boolean veryElderly = age >= t.veryElderly.value();
    boolean child = assisted && age < t.child.value();
    if (!elderly && !veryElderly && !child && p.disability().isEmpty()) {
      return null;
    }
    Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
    Fact person = Fact.of("person", p.id());
    Operand ageOperand = Operand.of(Fact.of("age", age));
    if (elderly) {
      Comparison elderlyAge = Comparison.of(ageOperand, Operator.GE, Operand.of(t.elderly));
      if (householdSize == 1) {
        groups.add(PriorityGroup.ELDERLY_LIVING_ALONE);
        steps.add(
            group("priority.elderlyLivingAlone", person, elderlyAge)
                .fact(SharedFacts.of(SharedFacts.HOUSEHOLD_SIZE, householdSize))
                .result(GROUP[PriorityGroup.ELDERLY_LIVING_ALONE.ordinal()])
                .build());
      }
      if (underElderlyAge == 0) {
        groups.add(PriorityGroup.EMPTY_NEST_ELDERLY);
        steps.add(
            group("priority.emptyNest", person, elderlyAge)
                .fact(SharedFacts.of(SharedFacts.MEMBERS_UNDER_ELDERLY_AGE, underElderlyAge))
                .result(GROUP[PriorityGroup.EMPTY_NEST_ELDERLY.ordinal()])
                .build());
      }
    }
    if (veryElderly) {
      groups.add(PriorityGroup.VERY_ELDERLY);
      steps.add(
          group(
                  "priority.veryElderly",
                  person,
                  Comparison.of(ageOperand, Operator.GE, Operand.of(t.veryElderly)))
              .result(GROUP[PriorityGroup.VERY_ELDERLY.ordinal()])
              .build());
    }
    if (p.disability().isPresent()) {
      var d = p.disability().get();
      groups.add(PriorityGroup.DISABLED);
      Fact grade = Fact.sensitive("grade", d.grade(), SensitiveCategory.DISABILITY);
      steps.add(
          Step.builder("priority.disabled")
              .sensitive(SensitiveCategory.DISABILITY)
              .fact(person)
              .fact(Fact.sensitive("disability", d.category(), SensitiveCategory.DISABILITY))
              .fact(grade)
              .result(GROUP[PriorityGroup.DISABLED.ordinal()])
              .build());
      if (d.grade() <= t.severeGrade.value()) {
        groups.add(PriorityGroup.SEVERELY_DISABLED);
        steps.add(
            group(
                    "priority.severelyDisabled",
                    person,
                    Comparison.of(Operand.of(grade), Operator.LE, Operand.of(t.severeGrade)))
                .sensitive(SensitiveCategory.DISABILITY)
                .result(GROUP[PriorityGroup.SEVERELY_DISABLED.ordinal()])
                .build());
      }
    }
    if (child) {
      groups.add(PriorityGroup.CHILD_IN_ASSISTED_HOUSEHOLD);
      steps.add(
          group(
                  "priority.childInAssistedHousehold",
                  person,
                  Comparison.of(ageOperand, Operator.LT, Operand.of(t.child)))
              .sensitive(SensitiveCategory.ASSISTANCE_STATUS)
              .result(GROUP[PriorityGroup.CHILD_IN_ASSISTED_HOUSEHOLD.ordinal()])
              .build());
    }
    return groups.isEmpty() ? null : groups;
  }

  private static Step.Builder group(String id, Fact person, Comparison comparison) {
    return Step.builder(id).fact(person).comparison(comparison);
  }
}
