package org.communitygov.rules.needs.meanstest;

import java.math.BigDecimal;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.AbstractRule;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepTemplate;
import org.communitygov.rules.needs.shared.CodeParameters;

/**
 * The 低保 (minimum living guarantee) means test of 《社会救助暂行办法》第九条: a household is eligible when the
 * per-capita monthly income of its counted members is below the local standard (urban or rural;
 * {@code <} is strict) and the property conditions are met. The monthly benefit is {@code (standard
 * − per-capita income) × counted members}, rounded by {@code mlg.benefit.rounding}, never more than
 * the full standard for each counted member.
 *
 * <p>Counted members: {@link MemberCategory}; income: members on the date and the household, over
 * {@code mlg.income.lookbackMonths}, excluded types per jurisdiction; property: three conditions,
 * all unconfirmed nationally. Facts: see {@link MeansTestInput}. A place without a standard throws
 * {@code parameter.missing}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MlgEligibility extends AbstractRule<MeansTestInput, MeansTestResult> {
  /** The rule's id. */
  public static final String ID = "needs.mlg.eligibility";

  private static final MlgEligibility INSTANCE = new MlgEligibility();

  private static final Citation BENEFIT =
      new Citation(
          LegalReference.of(LocalizedText.of("社会救助暂行办法", "Interim Measures on Social Assistance")),
          Confidence.PARTLY_CONFIRMED);

  private static final StepTemplate BENEFIT_STEP =
      StepTemplate.builder("mlg.benefit")
          .parameter("standard")
          .fact("perCapitaIncome", SensitiveCategory.FINANCIAL)
          .fact("countedMembers")
          .parameter("rounding")
          .result("monthlyBenefit", SensitiveCategory.FINANCIAL)
          .citation(BENEFIT)
          .build();

  /** How the benefit is rounded (only eligible households need it). */
  static final class Rounding {
    final ResolvedParameter<String> parameter;
    final BenefitRounding rounding;

    Rounding(@ParameterId("mlg.benefit.rounding") ResolvedParameter<String> parameter) {
      this.parameter = parameter;
      this.rounding = CodeParameters.read(parameter, BenefitRounding.class);
    }
  }

  private MlgEligibility() {
    super(ID, "1", MeansTestInput.FACTS);
  }

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static MlgEligibility rule() {
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
    if (!standard.holds() || !property.passed()) {
      Step decisive = standard.holds() ? property.failed : standard;
      return decided(
          a.result(MeansTestResult.NOT_ELIGIBLE),
          a.steps(4)
              .add(standard)
              .add(property.financial)
              .add(property.vehicle)
              .add(property.dwellings),
          java.util.Objects.requireNonNull(decisive));
    }
    Rounding r = context.parameters(Rounding.class);
    int counted = a.members.size();
    BigDecimal members = BigDecimal.valueOf(counted);
    Money perMember = a.standard.value();
    BigDecimal full = perMember.multipliedBy(counted).amount();
    // Never more than the full standard for each counted member, whatever the rounding.
    BigDecimal benefit =
        r.rounding.round(perMember.minus(a.income.perCapita).amount().multiply(members)).min(full);
    Money monthlyBenefit = MlgParameters.money(benefit);
    Step benefitStep =
        BENEFIT_STEP
            .with("standard", a.standard)
            .with("perCapitaIncome", a.income.perCapita)
            .with("countedMembers", counted)
            .with("rounding", r.parameter)
            .with("monthlyBenefit", monthlyBenefit)
            .step();
    return decided(
        a.result(MeansTestResult.ELIGIBLE, monthlyBenefit),
        a.steps(5)
            .add(standard)
            .add(property.financial)
            .add(property.vehicle)
            .add(property.dwellings)
            .add(benefitStep),
        standard);
  }
}
