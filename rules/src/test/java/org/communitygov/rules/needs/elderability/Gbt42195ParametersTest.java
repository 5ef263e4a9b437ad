package org.communitygov.rules.needs.elderability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.DatedValue;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.junit.jupiter.api.Test;

class Gbt42195ParametersTest {
  private static final ElderAbilityAssessment RULE = ElderAbilityAssessment.rule();
  private static final LocalDate DATE = LocalDate.of(2024, 6, 1);

  private static RuleContext context() {
    return RuleContext.of(ParameterSet.defaults(), Jurisdiction.national(), DATE);
  }

  @Test
  void sharesTheStepsOfOneContextAndMakesEqualOnesInAnother() {
    ElderAbilityInput input =
        ElderAbilityAssessmentTest.withTotal(70)
            .mentalDiagnosis(MentalDiagnosis.DEMENTIA)
            .careRiskEventsIn30Days(3)
            .build();
    RuleContext context = context();
    Decision<ElderAbilityResult> first = RULE.evaluate(input, context);
    Decision<ElderAbilityResult> again = RULE.evaluate(input, context);
    Decision<ElderAbilityResult> elsewhere = RULE.evaluate(input, context());

    for (int i = 1; i < first.explanation().steps().size(); i++) {
      Step step = first.explanation().steps().get(i);
      assertThat(again.explanation().steps().get(i)).as(step.id()).isSameAs(step);
      assertThat(elsewhere.explanation().steps().get(i)).as(step.id()).isEqualTo(step);
    }
    assertThat(again).isEqualTo(first).isEqualTo(elsewhere);
  }

  @Test
  void needsAValidComaTargetOnlyForAPersonInAComa() {
    ParameterSet bad =
        ParameterSet.defaults()
            .withValue(
                ElderAbilityParameters.GBT_COMA_TARGET,
                Jurisdiction.national(),
                DatedValue.of(
                    "ASLEEP",
                    LocalDate.of(2023, 1, 1),
                    ParameterSet.defaults()
                        .resolve(
                            ElderAbilityParameters.GBT_COMA_TARGET, Jurisdiction.national(), DATE)
                        .reference(),
                    Confidence.UNCONFIRMED));
    RuleContext context = RuleContext.of(bad, Jurisdiction.national(), DATE);

    assertThat(RULE.evaluate(ElderAbilityAssessmentTest.withTotal(50).build(), context).outcome())
        .isPresent();
    for (int times = 0; times < 2; times++) {
      assertThatThrownBy(
              () ->
                  RULE.evaluate(
                      ElderAbilityAssessmentTest.withTotal(50).coma(true).build(), context))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("elderAbility.gbt42195.comaTarget")
          .hasMessageContaining("ComaTarget");
    }
  }

  @Test
  void givesEveryTotalTheLevelOfItsBand() {
    Gbt42195Parameters p = new Gbt42195Parameters(context());

    assertThat(Gbt42195Parameters.MAX_TOTAL).isEqualTo(90);
    assertThat(p.initialLevel(90)).isZero();
    assertThat(p.initialLevel(89)).isEqualTo(1);
    assertThat(p.initialLevel(66)).isEqualTo(1);
    assertThat(p.initialLevel(65)).isEqualTo(2);
    assertThat(p.initialLevel(30)).isEqualTo(3);
    assertThat(p.initialLevel(29)).isEqualTo(4);
    assertThat(p.initialLevel(0)).isEqualTo(4);
  }
}
