package org.communitygov.rules.needs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Household;
import org.communitygov.rules.common.Comparison;
import org.communitygov.rules.common.Decision;
import org.communitygov.rules.common.Explanation;
import org.communitygov.rules.common.Fact;
import org.communitygov.rules.common.Operand;
import org.communitygov.rules.common.Operator;
import org.communitygov.rules.common.ResolvedParameter;
import org.communitygov.rules.common.RuleContext;
import org.communitygov.rules.common.Step;

/**
 * What the 低保 and 低保边缘 tests share: the counted members, the per-capita income, the standard and
 * the property conditions, with their steps; or the decision when there is nothing to test.
 */
final class MeansAssessment {
  // The area fact of every standard step, by ordinal: made once.
  private static final Fact[] AREA =
      Arrays.stream(Area.values()).map(a -> Fact.of("area", a)).toArray(Fact[]::new);

  final CountedMembers members;
  final HouseholdIncome income;
  final ResolvedParameter<BigDecimal> standard;
  final PropertyTest property;

  private MeansAssessment(
      CountedMembers members,
      HouseholdIncome income,
      ResolvedParameter<BigDecimal> standard,
      PropertyTest property) {
    this.members = members;
    this.income = income;
    this.standard = standard;
    this.property = property;
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
  static MeansAssessment of(MeansTestInput input, RuleContext context) {
    Household household = input.household().orElseThrow();
    ResolvedParameter<BigDecimal> standard =
        context.resolve(MlgParameters.standard(input.area().orElseThrow()));
    CountedMembers members = CountedMembers.of(input, household, context.date());
    HouseholdIncome income = HouseholdIncome.of(household, members, context);
    PropertyTest property = PropertyTest.of(household, members, standard, context);
    return new MeansAssessment(members, income, standard, property);
  }

  /** The steps so far, in a list to add to: members, excluded income, income. */
  List<Step> steps() {
    List<Step> steps = new ArrayList<>(members.steps.size() + income.steps.size() + 6);
    steps.addAll(members.steps);
    steps.addAll(income.steps);
    return steps;
  }

  /** The decision when no member is counted: nothing to test. */
  Decision<MeansTestResult> noMembers(String ruleId) {
    Step step =
        Step.builder("mlg.noMembers")
            .comparison(
                Comparison.of(
                    Operand.of(Fact.of("countedMembers", 0)),
                    Operator.LT,
                    Operand.of(Fact.of("minimumMembers", 1))))
            .citation(CountedMembers.RULE_2021)
            .build();
    return Decision.of(
        ruleId,
        result(MeansTestResult.NOT_ELIGIBLE).build(),
        Explanation.of(withLast(steps(), step), step));
  }

  private static List<Step> withLast(List<Step> steps, Step step) {
    steps.add(step);
    return steps;
  }

  ImmutableMeansTestResult.Builder result(String code) {
    return MeansTestResult.builder()
        .code(code)
        .countedMembers(members.size())
        .perCapitaIncome(income.perCapita)
        .standard(standard.value())
        .propertyTestPassed(property.passed());
  }

  /**
   * The step comparing the per-capita income with the standard (the relation that holds shown),
   * citing 《社会救助暂行办法》第九条.
   */
  Step standardStep(Area area) {
    return Step.builder("mlg.standard")
        .fact(AREA[area.ordinal()])
        .comparison(
            Holding.compare(
                Operand.of(
                    Fact.sensitive(
                        "perCapitaIncome", income.perCapita, SensitiveCategory.FINANCIAL)),
                Operator.LT,
                Operand.of("localMlgStandard", standard)))
        .citation(PropertyTest.ARTICLE_9)
        .build();
  }

  /** Whether the per-capita income is below the standard. */
  boolean belowStandard() {
    return income.perCapita.compareTo(standard.value()) < 0;
  }
}
