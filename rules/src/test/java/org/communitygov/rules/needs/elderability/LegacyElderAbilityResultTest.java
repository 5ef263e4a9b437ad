package org.communitygov.rules.needs.elderability;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitygov.model.common.SensitiveCategory;
import org.junit.jupiter.api.Test;

class LegacyElderAbilityResultTest {
  @Test
  void printsNoScoreGradeOrLevelInToString() {
    LegacyElderAbilityResult r =
        LegacyElderAbilityResult.builder()
            .adlTotal(55)
            .adlGrade(2)
            .mentalGrade(1)
            .sensoryGrade(3)
            .socialGrade(2)
            .initialLevel(2)
            .level(3)
            .build();

    assertThat(r.code()).isEqualTo("MZT039_LEVEL_3");
    assertThat(r.codeSensitivity()).contains(SensitiveCategory.HEALTH);
    assertThat(r.toString()).doesNotContainPattern("\\d").doesNotContain("LEVEL");
  }
}
