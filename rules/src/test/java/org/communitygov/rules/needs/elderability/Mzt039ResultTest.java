package org.communitygov.rules.needs.elderability;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitygov.model.common.SensitiveCategory;
import org.junit.jupiter.api.Test;

class Mzt039ResultTest {
  @Test
  void printsNoScoreGradeOrLevelInToString() {
    Mzt039Result r =
        Mzt039Result.builder()
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
    // The type's own name holds the standard's number: every other digit would be a score.
    assertThat(r.toString()).startsWith("Mzt039Result");
    assertThat(r.toString().replace("Mzt039Result", ""))
        .doesNotContainPattern("\\d")
        .doesNotContain("LEVEL");
    assertThat(r.details().keySet())
        .isNotEmpty()
        .allSatisfy(
            name -> assertThat(r.detailSensitivity(name)).contains(SensitiveCategory.HEALTH));
  }

  @Test
  void namesItsItemsByTheirInputCodesWithTheirHighestScores() {
    assertThat(Mzt039Item.COGNITION.code()).isEqualTo("cognition");
    assertThat(Mzt039Item.LIVING_ABILITY.code()).isEqualTo("livingAbility");
    assertThat(Mzt039Item.COGNITION.max()).isEqualTo(2);
    assertThat(Mzt039Item.VISION.max()).isEqualTo(4);
    assertThat(Mzt039Item.CONSCIOUSNESS.max()).isEqualTo(3);
  }
}
