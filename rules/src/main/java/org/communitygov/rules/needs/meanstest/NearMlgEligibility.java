package org.communitygov.rules.needs.meanstest;

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
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;

/**
 * The 低保边缘 (near-MLG household) test: the per-capita income is at or above the 低保 standard (else
 * {@code ELIGIBLE_FOR_MLG}) but below {@code mlg.nearPoor.incomeMultiple} (1.5, partly confirmed)
 * times it, and the property conditions of 低保 are met. Members, income and property as {@link
 * MlgEligibility}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NearMlgEligibility implements Rule<MeansTestInput, MeansTestResult> {
  /** The rule's id. */
  public static final String ID = "needs.mlg.nearPoor";

  private static final NearMlgEligibility INSTANCE = new NearMlgEligibility();

  private static final Citation NEAR_MLG =
      new Citation(
          LegalReference.of(
              LocalizedText.of("低保边缘家庭认定（地方政府问答）", "Near-MLG household definition (local Q&A)")),
          Confidence.PARTLY_CONFIRMED);

  // Values: the standard, the multiple, the per-capita income, the threshold.
  private static final StepTemplate NEAR_MLG_STEP =
      StepTemplate.builder("mlg.nearPoor")
          .parameter()
          .parameter()
          .holding(
              StepSlot.fact("perCapitaIncome", SensitiveCategory.FINANCIAL),
              Operator.LT,
              StepSlot.fact("nearPoorThreshold"))
          .citation(NEAR_MLG)
          .build();

  private NearMlgEligibility() {}

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static NearMlgEligibility rule() {
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
    if (a.belowStandard) {
      return Decision.of(
          ID,
          a.result(MeansTestResult.ELIGIBLE_FOR_MLG).build(),
          Explanation.of(
              a.steps(standardStep, property.financial, property.vehicle, property.dwellings, null),
              standardStep));
    }
    MeansTestParameters.NearMlg near = a.standard.nearMlg(context);
    Step nearStep =
        NEAR_MLG_STEP.step(a.standard.parameter, near.multiple, a.income.perCapita, near.threshold);
    boolean below = nearStep.holds();
    boolean nearDecides = !below || property.passed();
    String code =
        below && property.passed() ? MeansTestResult.ELIGIBLE : MeansTestResult.NOT_ELIGIBLE;
    return Decision.of(
        ID,
        a.result(code).build(),
        Explanation.of(
            a.steps(
                standardStep, nearStep, property.financial, property.vehicle, property.dwellings),
            nearDecides ? nearStep : property.failed));
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
