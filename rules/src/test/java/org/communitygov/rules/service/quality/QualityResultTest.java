package org.communitygov.rules.service.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A quality outcome is a value: decisions and records compare it. */
class QualityResultTest {
  static final Map<String, String> DETAILS = Map.of("completionRate", "0.9500");

  @Test
  void equalsAResultOfTheSameCodeAndDetailsAndNoOther() {
    QualityResult scored = new QualityResult(QualityResult.SCORED, DETAILS);
    QualityResult same = new QualityResult(QualityResult.SCORED, new LinkedHashMap<>(DETAILS));

    assertThat(scored).isEqualTo(scored).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(scored)
        .isNotEqualTo(new QualityResult(QualityResult.TOO_FEW_DELIVERIES, DETAILS))
        .isNotEqualTo(new QualityResult(QualityResult.SCORED, Map.of("completionRate", "0.9000")))
        .isNotEqualTo(new QualityResult(QualityResult.SCORED, Map.of()))
        .isNotEqualTo("SCORED");
  }

  @Test
  void printsItsCodeAndDetails() {
    assertThat(new QualityResult(QualityResult.SCORED, DETAILS))
        .hasToString("SCORED{completionRate=0.9500}");
  }
}
