package org.communitygov.model.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class NeedTest {
  @Test
  void hidesItsCategoryAndEvidenceInToString() {
    Need need =
        Need.builder()
            .category(NeedCategory.MEDICAL)
            .priority(NeedPriority.URGENT)
            .evidence("家访 2024-03-02：糖尿病足")
            .build();

    assertThat(need.toString())
        .doesNotContain("MEDICAL")
        .doesNotContain("糖尿病")
        .doesNotContain("家访")
        .contains("URGENT");
    assertThat(need.category()).isEqualTo(NeedCategory.MEDICAL);
    assertThat(need.evidence()).contains("家访 2024-03-02：糖尿病足");
  }

  @Test
  void needsAnAssessmentOrEvidence() {
    assertThatThrownBy(
            () -> Need.builder().category(NeedCategory.MEDICAL).priority(NeedPriority.HIGH).build())
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "need.source");
  }
}
