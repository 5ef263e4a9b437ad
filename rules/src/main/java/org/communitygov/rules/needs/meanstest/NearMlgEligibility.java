package org.communitygov.rules.needs.meanstest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.AbstractRule;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;

/**
 * The 低保边缘 (near-MLG household) test: the per-capita income is at or above the 低保 standard (else
 * {@code ELIGIBLE_FOR_MLG}) but below {@code mlg.nearMlg.incomeMultiple} (1.5, partly confirmed)
 * times it, and the property conditions of 低保 are met. Members, income and property as {@link
 * MlgEligibility}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NearMlgEligibility extends AbstractRule<MeansTestInput, MeansTestResult> {
  /** The rule's id. */
  public static final String ID = "needs.mlg.nearMlg";

  private static final NearMlgEligibility INSTANCE = new NearMlgEligibility();

  private static final Citation NEAR_MLG =
      new Citation(
          LegalReference.of(
              LocalizedText.of("低保边缘家庭认定（地方政府问答）", "Near-MLG household definition (local Q&A)")),
          Confidence.PARTLY_CONFIRMED);

  private static final StepTemplate NEAR_MLG_STEP =
      StepTemplate.builder("mlg.nearMlg")
          .parameter("standard")
          .parameter("multiple")
          .holding(
              StepSlot.fact("perCapitaIncome", SensitiveCategory.FINANCIAL),
              Operator.LT,
              StepSlot.fact("nearMlgThreshold"))
          .citation(NEAR_MLG)
          .build();

  /** The multiple of the standard (only households at or above the standard need it). */
  record Parameters(
      @ParameterId("mlg.nearMlg.incomeMultiple") ResolvedParameter<BigDecimal> multiple) {}

  private NearMlgEligibility() {
    super(ID, "1", MeansTestInput.FACTS);
  }

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static NearMlgEligibility rule() {
    return INSTANCE;
  }

  @Override
  protected Decision<MeansTestResult> decide(MeansTestInput input, RuleContext context) {
    MeansAssessment a = MeansAssessment.of(input, context);
    if (a.members.size() == 0) {
      Step none = MeansAssessment.NO_MEMBERS;
      return decided(a.result(MeansTestResult.NOT_ELIGIBLE), a.steps(none), none);
    }
    Step standard = a.standardStep;
    PropertyTest property = a.property;
    if (standard.holds()) {
      return decided(
          a.result(MeansTestResult.ELIGIBLE_FOR_MLG),
          a.steps(standard, property.financial, property.vehicle, property.dwellings),
          standard);
    }
    ResolvedParameter<BigDecimal> multiple = context.parameters(Parameters.class).multiple();
    Money threshold = a.standard.value().multipliedBy(multiple.value(), RoundingMode.HALF_UP);
    Step near =
        NEAR_MLG_STEP
            .with("standard", a.standard)
            .with("multiple", multiple)
            .with("perCapitaIncome", a.income.perCapita)
            .with("nearMlgThreshold", threshold)
            .step();
    boolean eligible = near.holds() && property.passed();
    Step decisive = !near.holds() || property.passed() ? near : property.failed;
    return decided(
        a.result(eligible ? MeansTestResult.ELIGIBLE : MeansTestResult.NOT_ELIGIBLE),
        a.steps(standard, near, property.financial, property.vehicle, property.dwellings),
        java.util.Objects.requireNonNull(decisive));
  }
}
