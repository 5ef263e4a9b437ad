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
  void makesEqualStepsInOneContextAndAnother() {
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
      assertThat(again.explanation().steps().get(i)).as(step.id()).isEqualTo(step);
      assertThat(elsewhere.explanation().steps().get(i)).as(step.id()).isEqualTo(step);
    }
    assertThat(context.parameters(Gbt42195Parameters.class))
        .isSameAs(context.parameters(Gbt42195Parameters.class));
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
  void givesEveryTotalTheLevelOfTheBandWhoseStepHolds() {
    int[][] levels = {
      {90, 0}, {89, 1}, {66, 1}, {65, 2}, {46, 2}, {45, 3}, {30, 3}, {29, 4}, {0, 4}
    };
    for (int[] l : levels) {
      Decision<ElderAbilityResult> d =
          RULE.evaluate(ElderAbilityAssessmentTest.withTotal(l[0]).build(), context());
      Step initial = d.explanation().steps().get(1);

      assertThat(d.outcomeOrThrow().initialLevel().number()).as("total %d", l[0]).isEqualTo(l[1]);
      assertThat(initial.holds()).as("total %d", l[0]).isTrue();
      assertThat(initial.result().orElseThrow().value()).isEqualTo(String.valueOf(l[1]));
      assertThat(initial.comparison().orElseThrow().operator())
          .isEqualTo(
              l[1] == 4
                  ? org.communitygov.rules.engine.Operator.LT
                  : org.communitygov.rules.engine.Operator.GE);
    }
  }
}
