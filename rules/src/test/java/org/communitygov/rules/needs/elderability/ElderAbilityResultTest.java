package org.communitygov.rules.needs.elderability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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
    java.util.Map<ElderAbilityDimension, Integer> subtotals =
        new java.util.EnumMap<>(ElderAbilityDimension.class);
    subtotals.put(ElderAbilityDimension.SELF_CARE, 20);
    subtotals.put(ElderAbilityDimension.BASIC_MOBILITY, 10);
    subtotals.put(ElderAbilityDimension.MENTAL_STATE, mentalState);
    subtotals.put(ElderAbilityDimension.PERCEPTION_AND_SOCIAL, 12);
    return ElderAbilityResult.builder()
        .subtotals(subtotals)
        .total(67)
        .initialLevel(ElderAbilityLevel.MILD)
        .level(ElderAbilityLevel.MODERATE)
        .build();
  }

  @Test
  void equalsAResultOfTheSameValues() {
    assertThat(made(25)).isEqualTo(built()).hasSameHashCodeAs(built());
    assertThat(built()).isEqualTo(made(25));
    assertThat(made(25).subtotals()).isEqualTo(built().subtotals());
    assertThat(made(25).details()).isEqualTo(built().details());
    assertThat(made(24)).isNotEqualTo(built());
  }

  @Test
  void marksEveryDetailAsHealthData() {
    assertThat(built().details())
        .containsEntry("total", "67")
        .containsEntry("level", "2")
        .containsKey(ElderAbilityDimension.SELF_CARE.code());
    assertThat(built().details().keySet())
        .allSatisfy(
            name ->
                assertThat(built().detailSensitivity(name))
                    .contains(org.communitygov.model.common.SensitiveCategory.HEALTH));
    assertThat(ElderAbilityItem.EATING.code()).isEqualTo("B.1.1");
  }

  @Test
  void numbersItsLevelsFromZeroCappedAtFourAndRefusesANegativeNumber() {
    assertThat(ElderAbilityLevel.ofNumber(0)).isEqualTo(ElderAbilityLevel.INTACT);
    assertThat(ElderAbilityLevel.ofNumber(7)).isEqualTo(ElderAbilityLevel.COMPLETE_LOSS);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ElderAbilityLevel.ofNumber(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level must be 0 or more: -1");
  }

  @Test
  void printsNoneOfItsHealthData() {
    assertThat(made(25)).hasToString(built().toString()).hasToString("ElderAbilityResult{}");
  }

  @Test
  void keepsTheSubtotalsInDimensionOrder() {
    assertThat(made(25).subtotals().keySet()).containsExactly(ElderAbilityDimension.values());
  }

  /** Randomized: each assessment's result equals, and hashes as, its copy made by the builder. */
  @TestFactory
  Stream<DynamicTest> equalsItsBuiltCopy() {
    long seed = ElderAbilityAssessmentTest.SEED;
    Random random = new Random(seed);
    return IntStream.range(0, 20)
        .mapToObj(
            n -> {
              var input = ElderAbilityInput.builder();
              for (ElderAbilityItem item : ElderAbilityItem.values()) {
                input.putItemScore(item, random.nextInt(item.max() + 1));
              }
              input
                  .mentalDiagnosis(MentalDiagnosis.values()[random.nextInt(3)])
                  .careRiskEventsIn30Days(random.nextInt(4))
                  .coma(random.nextInt(5) == 0);
              return DynamicTest.dynamicTest(
                  "seed " + seed + ": assessment " + n,
                  () -> {
                    ElderAbilityResult r =
                        ElderAbilityAssessment.rule()
                            .evaluate(input.build(), ElderAbilityAssessmentTest.CONTEXT)
                            .outcomeOrThrow();
                    ElderAbilityResult copy = ElderAbilityResult.builder().from(r).build();

                    assertThat(copy).isNotSameAs(r).isEqualTo(r).hasSameHashCodeAs(r);
                    assertThat(r).isEqualTo(copy);
                    assertThat(r.details()).isEqualTo(copy.details());
                  });
            });
  }
}
