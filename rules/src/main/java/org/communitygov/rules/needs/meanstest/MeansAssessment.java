package org.communitygov.rules.needs.meanstest;

import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Household;
import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;
import org.jspecify.annotations.Nullable;

/**
 * What the 低保 and 低保边缘 tests share: the counted members, the per-capita income, the standard and
 * the property conditions, with their steps; or the decision when there is nothing to test.
 */
final class MeansAssessment {
  // Values: the area, the per-capita income, the standard.
  private static final StepTemplate STANDARD =
      StepTemplate.builder("mlg.standard")
          .fact("area")
          .holding(
              StepSlot.fact("perCapitaIncome", SensitiveCategory.FINANCIAL),
              Operator.LT,
              StepSlot.parameter("localMlgStandard"))
          .citation(PropertyTest.ARTICLE_9)
          .build();

  // No member counted: the same step for every such household.
  private static final Step NO_MEMBERS =
      Step.builder("mlg.noMembers")
          .comparison(
              Comparison.of(
                  Operand.of(Fact.of("countedMembers", 0)),
                  Operator.LT,
                  Operand.of(Fact.of("minimumMembers", 1))))
          .citation(CountedMembers.RULE_2021)
          .build();

  final MeansTestParameters parameters;
  final MeansTestParameters.Standard standard;
  final CountedMembers members;
  final HouseholdIncome income;
  final PropertyTest property;

  /**
   * The step comparing the per-capita income with the standard; it decides {@link #belowStandard}.
   */
  final Step standardStep;

  final boolean belowStandard;

  private MeansAssessment(
      Area area,
      MeansTestParameters parameters,
      MeansTestParameters.Standard standard,
      CountedMembers members,
      HouseholdIncome income,
      PropertyTest property) {
    this.parameters = parameters;
    this.standard = standard;
    this.members = members;
    this.income = income;
    this.property = property;
    this.standardStep = STANDARD.step(area, income.perCapita, standard.parameter);
    this.belowStandard = standardStep.holds();
  }

  /** The missing facts of the input: {@code household}, {@code area}. */
  static List<String> missing(MeansTestInput input) {
    List<String> missing = new ArrayList<>(2);
    if (input.household().isEmpty()) {
      missing.add("household");
    }
    if (input.area().isEmpty()) {
      missing.add("area");
    }
    return missing;
  }

  /** Assesses an input that has no missing facts. */
  static MeansAssessment of(
      MeansTestInput input, Household household, Area area, RuleContext context) {
    MeansTestParameters p = MeansTestParameters.of(context);
    MeansTestParameters.Standard standard = p.standard(area);
    CountedMembers members = CountedMembers.of(input, household, p);
    HouseholdIncome income = HouseholdIncome.of(household, members, p.income());
    PropertyTest property = PropertyTest.of(household, members, standard, p.property(), p.date);
    return new MeansAssessment(area, p, standard, members, income, property);
  }

  /**
   * The steps: members, members not counted, excluded income, income, then the given ones ({@code
   * last} may be null).
   */
  List<Step> steps(Step a, Step b, Step c, Step d, @Nullable Step last) {
    Step[] notCounted = members.notCounted;
    Step[] excluded = income.excluded;
    if (notCounted.length == 0 && excluded.length == 0) {
      // The usual case: a list made of its elements (no array copied).
      return last == null
          ? List.of(members.step, income.step, a, b, c, d)
          : List.of(members.step, income.step, a, b, c, d, last);
    }
    Step[] steps = new Step[notCounted.length + excluded.length + (last == null ? 6 : 7)];
    int i = 0;
    steps[i++] = members.step;
    for (Step s : notCounted) {
      steps[i++] = s;
    }
    for (Step s : excluded) {
      steps[i++] = s;
    }
    steps[i++] = income.step;
    steps[i++] = a;
    steps[i++] = b;
    steps[i++] = c;
    steps[i++] = d;
    if (last != null) {
      steps[i] = last;
    }
    return List.of(steps);
  }

  /** The decision when no member is counted: nothing to test. */
  Decision<MeansTestResult> noMembers(String ruleId) {
    Step[] notCounted = members.notCounted;
    Step[] excluded = income.excluded;
    Step[] steps = new Step[notCounted.length + excluded.length + 3];
    steps[0] = members.step;
    System.arraycopy(notCounted, 0, steps, 1, notCounted.length);
    System.arraycopy(excluded, 0, steps, 1 + notCounted.length, excluded.length);
    steps[steps.length - 2] = income.step;
    steps[steps.length - 1] = NO_MEMBERS;
    return Decision.of(
        ruleId,
        result(MeansTestResult.NOT_ELIGIBLE).build(),
        Explanation.of(List.of(steps), NO_MEMBERS));
  }

  ImmutableMeansTestResult.Builder result(String code) {
    return MeansTestResult.builder()
        .code(code)
        .countedMembers(members.size())
        .perCapitaIncome(income.perCapita)
        .standard(standard.value)
        .propertyTestPassed(property.passed());
  }
}
