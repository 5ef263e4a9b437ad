package org.communitygov.rules.needs.priority;

import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;
import org.communitygov.rules.engine.StepTemplateBuilder;

/** The step of each group a member can be in: values {@code person} and the group's own. */
enum MemberSteps {
  ELDERLY_LIVING_ALONE(
      ages("priority.elderlyLivingAlone", Operator.GE)
          .fact(Fact.of("householdSize", 1))
          .result(groupFact(PriorityGroup.ELDERLY_LIVING_ALONE))),
  EMPTY_NEST(
      ages("priority.emptyNest", Operator.GE)
          .fact(Fact.of("membersUnderElderlyAge", 0))
          .result(groupFact(PriorityGroup.EMPTY_NEST_ELDERLY))),
  VERY_ELDERLY(
      ages("priority.veryElderly", Operator.GE).result(groupFact(PriorityGroup.VERY_ELDERLY))),
  DISABLED(
      StepTemplate.builder("priority.disabled")
          .sensitive(SensitiveCategory.DISABILITY)
          .fact("person")
          .fact("disability", SensitiveCategory.DISABILITY)
          .fact("grade", SensitiveCategory.DISABILITY)
          .result(groupFact(PriorityGroup.DISABLED))),
  SEVERELY_DISABLED(
      StepTemplate.builder("priority.severelyDisabled")
          .sensitive(SensitiveCategory.DISABILITY)
          .fact("person")
          .comparison(
              StepSlot.fact("grade", SensitiveCategory.DISABILITY),
              Operator.LE,
              StepSlot.parameter().named("limit"))
          .result(groupFact(PriorityGroup.SEVERELY_DISABLED))),
  CHILD(
      ages("priority.childInAssistedHousehold", Operator.LT)
          .sensitive(SensitiveCategory.ASSISTANCE_STATUS)
          .result(groupFact(PriorityGroup.CHILD_IN_ASSISTED_HOUSEHOLD)));

  final StepTemplate template;

  MemberSteps(StepTemplateBuilder template) {
    this.template = template.build();
  }

  /**
   * The result of a group's step: sensitive for the groups that tell a disability or assistance
   * ({@link PriorityGroup#sensitivity()}).
   */
  static Fact groupFact(PriorityGroup g) {
    return g.sensitivity()
        .map(c -> Fact.sensitive("group", g, c))
        .orElseGet(() -> Fact.of("group", g));
  }

  /** A step of a member's age against an age limit: values person, age, limit. */
  private static StepTemplateBuilder ages(String id, Operator operator) {
    return StepTemplate.builder(id)
        .fact("person")
        .comparison(StepSlot.fact("age"), operator, StepSlot.parameter().named("limit"));
  }
}
