package org.communitygov.rules.needs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElderAbilityResultTest {
  private static ElderAbilityResult built() {
    return ElderAbilityResult.builder()
        .putSubtotal(ElderAbilityDimension.SELF_CARE, 20)
        .putSubtotal(ElderAbilityDimension.BASIC_MOBILITY, 10)
        .putSubtotal(ElderAbilityDimension.MENTAL_STATE, 25)
        .putSubtotal(ElderAbilityDimension.PERCEPTION_AND_SOCIAL, 12)
        .total(67)
        .initialLevel(ElderAbilityLevel.MILD)
        .level(ElderAbilityLevel.MODERATE)
        .build();
  }

  private static ElderAbilityResult made(int mentalState) {
    return ElderAbilityResult.of(
        new Integer[] {20, 10, mentalState, 12},
        67,
        ElderAbilityLevel.MILD,
        ElderAbilityLevel.MODERATE);
  }

  @Test
  void madeByTheAssessmentEqualsTheBuiltOne() {
    assertThat(made(25)).isEqualTo(built()).hasSameHashCodeAs(built());
    assertThat(built()).isEqualTo(made(25));
    assertThat(made(25).subtotals()).isEqualTo(built().subtotals());
    assertThat(made(25).details()).isEqualTo(built().details());
    assertThat(made(24)).isNotEqualTo(built());
  }

  @Test
  void printsNoneOfItsHealthData() {
    assertThat(made(25)).hasToString(built().toString()).hasToString("ElderAbilityResult{}");
  }

  @Test
  void keepsTheSubtotalsInDimensionOrder() {
    assertThat(made(25).subtotals().keySet()).containsExactly(ElderAbilityDimension.values());
  }
}
