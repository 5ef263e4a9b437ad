package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import org.communitygov.model.common.LocalizedName;
import org.junit.jupiter.api.Test;

class EligibilityReferenceTest {
  static ImmutableEligibilityReference.Builder elderly() {
    return EligibilityReference.builder()
        .rule("service.ageAtLeast")
        .putParameter("age", "60")
        .description(LocalizedName.of("本社区60周岁以上老人", "Residents aged 60 or more"));
  }

  @Test
  void keepsTheRuleItsParametersAndAges() {
    EligibilityReference ref = elderly().minimumAge(60).build();
    assertThat(ref.rule()).isEqualTo("service.ageAtLeast");
    assertThat(ref.parameters()).containsEntry("age", "60");
    assertThat(ref.minimumAge()).contains(60);
    assertThat(ref.maximumAge()).isEmpty();
  }

  @Test
  void refusesARuleIdOfAnotherForm() {
    assertInvalid("eligibility.rule", () -> elderly().rule("Service Age").build());
    assertInvalid("eligibility.rule", () -> elderly().rule("service.").build());
  }

  @Test
  void refusesAgesOutOfOrderOrRange() {
    assertInvalid("eligibility.ages", () -> elderly().minimumAge(61).maximumAge(60).build());
    assertInvalid("eligibility.ages", () -> elderly().minimumAge(-1).build());
    assertInvalid("eligibility.ages", () -> elderly().maximumAge(151).build());
    assertThat(elderly().minimumAge(60).maximumAge(60).build().maximumAge()).contains(60);
  }
}
