package org.communitygov.rules.needs.elderability;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitygov.rules.engine.Step;
import org.junit.jupiter.api.Test;

class LevelChangesTest {
  @Test
  void raisesTheLevelForEventsExactlyWhenTheirStepHolds() {
    var context = ElderAbilityAssessmentTest.CONTEXT;
    LevelChanges changes = context.parameters(Gbt42195Parameters.class).changes(false, context);
    for (int events = 0; events < 5; events++) {
      LevelChanges.Applied applied = changes.apply(1, MentalDiagnosis.NONE, events, false);
      Step step = applied.steps().get(1);

      assertThat(step.id()).isEqualTo("elderAbility.careRiskEvents");
      assertThat(step.result().orElseThrow().value()).isEqualTo(step.holds() ? "1" : "0");
      assertThat(applied.level()).as("%d events", events).isEqualTo(step.holds() ? 2 : 1);
      assertThat(applied.decisive()).isEqualTo(step.holds() ? applied.steps().get(2) : null);
    }
  }
}
