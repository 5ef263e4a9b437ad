package org.communitygov.rules.needs.elderability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.rules.needs.barthel.BarthelItem;
import org.junit.jupiter.api.Test;

/** The inputs of both assessments check every score and the event count when they are built. */
class InputChecksTest {
  private static String code(Runnable build) {
    try {
      build.run();
    } catch (InvalidValueException e) {
      return ((CommunityGovException) e).code();
    }
    throw new AssertionError("no InvalidValueException");
  }

  @Test
  void anAnnexBScoreAboveItsMaximumIsRefusedByItsCode() {
    assertThat(
            code(
                () -> ElderAbilityInput.builder().putItemScore(ElderAbilityItem.EATING, 5).build()))
        .isEqualTo("B.1.1.allowedScores");
  }

  @Test
  void anMzt039ItemOrBarthelScoreNotAllowedIsRefusedByItsCode() {
    assertThat(code(() -> Mzt039Input.builder().putItemScore(Mzt039Item.COGNITION, 3).build()))
        .isEqualTo("cognition.allowedScores");
    assertThat(code(() -> Mzt039Input.builder().putAdlScore(BarthelItem.FEEDING, 7).build()))
        .isEqualTo("feeding.allowedScores");
  }

  @Test
  void aNegativeEventCountIsRefusedAndNoEventsAccepted() {
    assertThat(code(() -> ElderAbilityInput.builder().careRiskEventsIn30Days(-1).build()))
        .isEqualTo("careRiskEventsIn30Days.notNegative");
    assertThat(code(() -> Mzt039Input.builder().careRiskEventsIn30Days(-1).build()))
        .isEqualTo("careRiskEventsIn30Days.notNegative");
    assertThat(
            ElderAbilityInput.builder().careRiskEventsIn30Days(0).build().careRiskEventsIn30Days())
        .contains(0);
    assertThat(Mzt039Input.builder().careRiskEventsIn30Days(0).build().careRiskEventsIn30Days())
        .contains(0);
  }

  @Test
  void theHighestAllowedScoresAreAccepted() {
    assertThat(
            Mzt039Input.builder()
                .putItemScore(Mzt039Item.COGNITION, 2)
                .putAdlScore(BarthelItem.FEEDING, 10)
                .build()
                .itemScores())
        .containsEntry(Mzt039Item.COGNITION, 2);
    assertThatThrownBy(() -> Mzt039Input.builder().putItemScore(Mzt039Item.VISION, -1).build())
        .isInstanceOf(InvalidValueException.class);
  }
}
