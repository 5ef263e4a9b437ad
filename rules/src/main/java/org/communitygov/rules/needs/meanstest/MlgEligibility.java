package org.communitygov.rules.needs.meanstest;

import java.math.BigDecimal;
import java.util.List;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Household;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepTemplate;

/**
 * The 低保 (minimum living guarantee) means test of 《社会救助暂行办法》第九条: a household is eligible when the
 * per-capita monthly income of its counted members is below the local standard (urban or rural;
 * {@code <} is strict) and the property conditions are met. The monthly benefit is {@code (standard
 * − per-capita income) × counted members}, rounded by {@code mlg.benefit.rounding}.
 *
 * <p>Counted members: {@link MemberCategory}; income: members on the date and the household, over
 * {@code mlg.income.lookbackMonths}, excluded types per jurisdiction; property: three conditions,
 * all unconfirmed nationally. Facts: see {@link MeansTestInput}. A place without a standard throws
 * {@code parameter.missing}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MlgEligibility implements Rule<MeansTestInput, MeansTestResult> {
  /** The rule's id. */
  public static final String ID = "needs.mlg.eligibility";

  private static final MlgEligibility INSTANCE = new MlgEligibility();

  private static final Citation BENEFIT =
      new Citation(
          LegalReference.of(LocalizedText.of("社会救助暂行办法", "Interim Measures on Social Assistance")),
          Confidence.PARTLY_CONFIRMED);

  // Values: the standard, the per-capita income, the counted members, the rounding, the benefit.
  private static final StepTemplate BENEFIT_STEP =
      StepTemplate.builder("mlg.benefit")
          .parameter()
          .fact("perCapitaIncome", SensitiveCategory.FINANCIAL)
          .fact("countedMembers")
          .parameter()
          .result("monthlyBenefit", SensitiveCategory.FINANCIAL)
          .citation(BENEFIT)
          .build();

  private MlgEligibility() {}

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static MlgEligibility rule() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public Decision<MeansTestResult> evaluate(MeansTestInput input, RuleContext context) {
    Household household = input.household().orElse(null);
    Area area = input.area().orElse(null);
    if (household == null || area == null) {
      return Decision.undetermined(ID, MeansAssessment.missing(input), Explanation.of(List.of()));
    }
    MeansAssessment a = MeansAssessment.of(input, household, area, context);
    if (a.members.size() == 0) {
      return a.noMembers(ID);
    }
    Step standardStep = a.standardStep;
    PropertyTest property = a.property;
    if (!a.belowStandard || !property.passed()) {
      return Decision.of(
          ID,
          a.result(MeansTestResult.NOT_ELIGIBLE).build(),
          Explanation.of(
              a.steps(standardStep, property.financial, property.vehicle, property.dwellings, null),
              a.belowStandard ? property.failed : standardStep));
    }
    MeansTestParameters p = a.parameters;
    BigDecimal members = BigDecimal.valueOf(a.members.size());
    // Never more than the full standard for each counted member, whatever the rounding.
    BigDecimal benefit =
        p.rounding()
            .round(a.standard.value.subtract(a.income.perCapita).multiply(members))
            .min(a.standard.value.multiply(members));
    Step benefitStep =
        BENEFIT_STEP.step(
            a.standard.parameter,
            a.income.perCapita,
            a.members.size(),
            p.roundingParameter(),
            benefit);
    return Decision.of(
        ID,
        a.result(MeansTestResult.ELIGIBLE).monthlyBenefit(benefit).build(),
        Explanation.of(
            a.steps(
                standardStep,
                property.financial,
                property.vehicle,
                property.dwellings,
                benefitStep),
            standardStep));
  }

  @Override
  public Facts facts(MeansTestInput input) {
    return MeansTestFacts.facts(input);
  }

  @Override
  public MeansTestInput input(Facts facts) {
    return MeansTestFacts.input(facts);
  }
}
