package org.communitygov.rules.needs.meanstest;

import java.util.Optional;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Household;
import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;
import org.communitygov.rules.engine.Steps;
import org.jspecify.annotations.Nullable;

/**
 * What the 低保 and 低保边缘 tests share: the counted members, the per-capita income, the standard and
 * the property conditions, each with its steps.
 */
final class MeansAssessment {
  private static final StepTemplate STANDARD =
      StepTemplate.builder("mlg.standard")
          .fact("area")
          .holding(
              StepSlot.fact("perCapitaIncome", SensitiveCategory.FINANCIAL),
              Operator.LT,
              StepSlot.parameter("localMlgStandard"))
          .citation(PropertyTest.ARTICLE_9)
          .build();

  /** No member counted: nothing to test, the same step for every such household. */
  static final Step NO_MEMBERS =
      Step.builder("mlg.noMembers")
          .comparison(
              Comparison.of(
                  Operand.of(Fact.of("countedMembers", 0)),
                  Operator.LT,
                  Operand.of(Fact.of("minimumMembers", 1))))
          .citation(CountedMembers.RULE_2021)
          .build();

  final ResolvedParameter<Money> standard;
  final CountedMembers members;
  final HouseholdIncome income;
  final PropertyTest property;

  /** The step comparing the per-capita income with the standard: it holds when below. */
  final Step standardStep;

  private MeansAssessment(
      ResolvedParameter<Money> standard,
      CountedMembers members,
      HouseholdIncome income,
      PropertyTest property,
      Step standardStep) {
    this.standard = standard;
    this.members = members;
    this.income = income;
    this.property = property;
    this.standardStep = standardStep;
  }

  /** Assesses an input that has every required fact. */
  static MeansAssessment of(MeansTestInput input, RuleContext context) {
    Household household = input.household().orElseThrow();
    Area area = input.area().orElseThrow();
    ResolvedParameter<Money> standard = context.resolve(MlgParameters.standard(area));
    MlgParameters.requireCurrency(standard.value());
    CountedMembers members = CountedMembers.of(input, household, context);
    HouseholdIncome income = HouseholdIncome.of(household, members, context);
    PropertyTest property = PropertyTest.of(household, members, standard, context);
    Step standardStep =
        STANDARD
            .with("area", area)
            .with("perCapitaIncome", income.perCapita)
            .with("localMlgStandard", standard)
            .step();
    return new MeansAssessment(standard, members, income, property, standardStep);
  }

  /** The steps: members, members not counted, excluded income, income, then the given ones. */
  Steps steps(Step... then) {
    Steps steps = steps(then.length);
    for (Step step : then) {
      steps.add(step);
    }
    return steps;
  }

  /**
   * The steps: members, members not counted, excluded income, income, with room for {@code more}
   * that the caller adds (no array of them made per household).
   */
  Steps steps(int more) {
    return Steps.withCapacity(members.notCounted.size() + income.excluded.size() + 2 + more)
        .add(members.step)
        .addAll(members.notCounted)
        .addAll(income.excluded)
        .add(income.step);
  }

  /** The outcome of a code, with the figures that decided. */
  MeansTestResult result(String code) {
    return result(code, null);
  }

  /** The outcome of a code, with the figures that decided and the benefit. */
  MeansTestResult result(String code, @Nullable Money benefit) {
    return ImmutableMeansTestResult.of(
        code,
        members.size(),
        income.perCapita,
        standard.value(),
        property.passed(),
        Optional.ofNullable(benefit));
  }
}
