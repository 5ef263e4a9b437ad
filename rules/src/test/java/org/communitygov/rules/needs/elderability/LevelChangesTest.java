package org.communitygov.rules.needs.elderability;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.junit.jupiter.api.Test;

class LevelChangesTest {
  @Test
  void inputsShowNoHealthDataInToString() {
    var context = ElderAbilityAssessmentTest.CONTEXT;
    var inputs =
        new LevelChanges.Inputs(
            MentalDiagnosis.DEMENTIA,
            7,
            context.resolve(ElderAbilityParameters.GBT_CARE_RISK_EVENT_THRESHOLD),
            context.resolve(ElderAbilityParameters.GBT_STACKING),
            true,
            null,
            3,
            4,
            false,
            new Citation(
                LegalReference.of(LocalizedText.of("规范", "standard")), Confidence.CONFIRMED));

    assertThat(inputs.toString())
        .doesNotContain("DEMENTIA")
        .doesNotContain("7")
        .doesNotContain("true")
        .isEqualTo("LevelChanges.Inputs{***}");
  }
}
