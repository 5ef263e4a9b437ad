package org.communitygov.rules.needs.priority;

import static org.communitygov.rules.needs.priority.PriorityParameters.CHILD_AGE_LIMIT;
import static org.communitygov.rules.needs.priority.PriorityParameters.ELDERLY_AGE;
import static org.communitygov.rules.needs.priority.PriorityParameters.SEVERE_DISABILITY_GRADE;
import static org.communitygov.rules.needs.priority.PriorityParameters.VERY_ELDERLY_AGE;

import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;
import org.communitygov.rules.engine.StepTemplateBuilder;
import org.communitygov.rules.needs.shared.SharedFacts;
import org.jspecify.annotations.Nullable;

/** The priority groups of one household member, each with its step (see {@link PriorityGroups}). */
final class PriorityMemberSteps {
  /** The parameters of the groups, resolved once per context ({@link RuleContext#shared}). */
  static final class Thresholds {
    final ResolvedParameter<Integer> elderly;
    final ResolvedParameter<Integer> veryElderly;
    final ResolvedParameter<Integer> severeGrade;
    final ResolvedParameter<Integer> child;
    final int elderlyAge;
    final int veryElderlyAge;
    final int severe;
    final int childAge;

    Thresholds(RuleContext context) {
      elderly = context.resolve(ELDERLY_AGE);
      veryElderly = context.resolve(VERY_ELDERLY_AGE);
      severeGrade = context.resolve(SEVERE_DISABILITY_GRADE);
      child = context.resolve(CHILD_AGE_LIMIT);
      elderlyAge = elderly.value();
      veryElderlyAge = veryElderly.value();
      severe = severeGrade.value();
      childAge = child.value();
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

  private static final int ELDERLY_LIVING_ALONE =
      PriorityGroupsResult.bit(PriorityGroup.ELDERLY_LIVING_ALONE);
  private static final int EMPTY_NEST = PriorityGroupsResult.bit(PriorityGroup.EMPTY_NEST_ELDERLY);
  private static final int VERY_ELDERLY = PriorityGroupsResult.bit(PriorityGroup.VERY_ELDERLY);
  private static final int DISABLED = PriorityGroupsResult.bit(PriorityGroup.DISABLED);
  private static final int SEVERELY_DISABLED =
      PriorityGroupsResult.bit(PriorityGroup.SEVERELY_DISABLED);
  private static final int CHILD =
      PriorityGroupsResult.bit(PriorityGroup.CHILD_IN_ASSISTED_HOUSEHOLD);

  private PriorityMemberSteps() {}

  /**
   * Returns the groups of one member as bits ({@link PriorityGroupsResult#bit}), 0 if none.
   *
   * @param disability the member's disability, or null
   */
  static int groups(
      int age,
      @Nullable Disability disability,
      int householdSize,
      int underElderlyAge,
      boolean assisted,
      Thresholds t) {
    int groups = 0;
    if (age >= t.elderlyAge) {
      groups |= householdSize == 1 ? ELDERLY_LIVING_ALONE : 0;
      groups |= underElderlyAge == 0 ? EMPTY_NEST : 0;
    }
    groups |= age >= t.veryElderlyAge ? VERY_ELDERLY : 0;
    if (disability != null) {
      groups |= DISABLED;
      groups |= disability.grade() <= t.severe ? SEVERELY_DISABLED : 0;
    }
    groups |= assisted && age < t.childAge ? CHILD : 0;
    return groups;
  }

  private static final StepTemplate ELDERLY_LIVING_ALONE_STEP =
      ages("priority.elderlyLivingAlone", Operator.GE)
          .fact(SharedFacts.of(SharedFacts.HOUSEHOLD_SIZE, 1))
          .result(GROUP[PriorityGroup.ELDERLY_LIVING_ALONE.ordinal()])
          .build();

  private static final StepTemplate EMPTY_NEST_STEP =
      ages("priority.emptyNest", Operator.GE)
          .fact(SharedFacts.of(SharedFacts.MEMBERS_UNDER_ELDERLY_AGE, 0))
          .result(GROUP[PriorityGroup.EMPTY_NEST_ELDERLY.ordinal()])
          .build();

  private static final StepTemplate VERY_ELDERLY_STEP =
      ages("priority.veryElderly", Operator.GE)
          .result(GROUP[PriorityGroup.VERY_ELDERLY.ordinal()])
          .build();

  private static final StepTemplate DISABLED_STEP =
      StepTemplate.builder("priority.disabled")
          .sensitive(SensitiveCategory.DISABILITY)
          .fact("person")
          .fact("disability", SensitiveCategory.DISABILITY)
          .fact("grade", SensitiveCategory.DISABILITY)
          .result(GROUP[PriorityGroup.DISABLED.ordinal()])
          .build();

  private static final StepTemplate SEVERELY_DISABLED_STEP =
      StepTemplate.builder("priority.severelyDisabled")
          .sensitive(SensitiveCategory.DISABILITY)
          .fact("person")
          .comparison(
              StepSlot.fact("grade", SensitiveCategory.DISABILITY),
              Operator.LE,
              StepSlot.parameter())
          .result(GROUP[PriorityGroup.SEVERELY_DISABLED.ordinal()])
          .build();

  private static final StepTemplate CHILD_STEP =
      ages("priority.childInAssistedHousehold", Operator.LT)
          .sensitive(SensitiveCategory.ASSISTANCE_STATUS)
          .result(GROUP[PriorityGroup.CHILD_IN_ASSISTED_HOUSEHOLD.ordinal()])
          .build();

  /** A step of a member's age against an age parameter: values person, age, parameter. */
  private static StepTemplateBuilder ages(String id, Operator operator) {
    return StepTemplate.builder(id)
        .fact("person")
        .comparison(StepSlot.fact("age"), operator, StepSlot.parameter());
  }

  /**
   * Puts one step for each of a member's groups into {@code steps} from {@code at}, in group order;
   * returns the index after the last.
   *
   * @param disability the member's disability, or null
   */
  static int steps(
      PersonId person,
      int age,
      @Nullable Disability disability,
      int groups,
      Thresholds t,
      Step[] steps,
      int at) {
    int next = at;
    if ((groups & ELDERLY_LIVING_ALONE) != 0) {
      steps[next++] = ELDERLY_LIVING_ALONE_STEP.step(person, age, t.elderly);
    }
    if ((groups & EMPTY_NEST) != 0) {
      steps[next++] = EMPTY_NEST_STEP.step(person, age, t.elderly);
    }
    if ((groups & VERY_ELDERLY) != 0) {
      steps[next++] = VERY_ELDERLY_STEP.step(person, age, t.veryElderly);
    }
    if (disability != null) {
      steps[next++] = DISABLED_STEP.step(person, disability.category(), disability.grade());
      if ((groups & SEVERELY_DISABLED) != 0) {
        steps[next++] = SEVERELY_DISABLED_STEP.step(person, disability.grade(), t.severeGrade);
      }
    }
    if ((groups & CHILD) != 0) {
      steps[next++] = CHILD_STEP.step(person, age, t.child);
    }
    return next;
  }
}
