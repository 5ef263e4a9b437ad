package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.engine.StepTemplateTest.ELDERLY;
import static org.communitygov.rules.engine.StepTemplateTest.VERY_ELDERLY;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Steps whose values are given by name ({@link StepTemplate#with}). */
class StepValuesTest {
  static final StepTemplate AGE =
      StepTemplate.builder("priority.elderly")
          .fact("person")
          .fact(Fact.of("householdSize", 1))
          .holding(StepSlot.fact("age"), Operator.GE, StepSlot.parameter("elderlyAge"))
          .parameter("veryElderlyAge")
          .result("group")
          .build();

  @Nested
  class ValuesGivenByName {
    @Test
    void makeTheSameStepInAnyOrder() {
      Step named =
          AGE.with("group", "ELDERLY")
              .with("veryElderlyAge", VERY_ELDERLY)
              .with("age", 72)
              .with("elderlyAge", ELDERLY)
              .with("person", "p1")
              .step();

      assertThat(named)
          .isEqualTo(
              AGE.with("person", "p1")
                  .with("age", 72)
                  .with("elderlyAge", ELDERLY)
                  .with("veryElderlyAge", VERY_ELDERLY)
                  .with("group", "ELDERLY")
                  .step());
      assertThat(named.holds()).isTrue();
      assertThat(named.parameters()).containsExactly(ELDERLY, VERY_ELDERLY);
    }

    @Test
    void decideWhetherTheComparisonHeld() {
      Step young =
          AGE.with("person", "p1")
              .with("age", 59)
              .with("elderlyAge", ELDERLY)
              .with("veryElderlyAge", VERY_ELDERLY)
              .with("group", "NONE")
              .step();

      assertThat(young.holds()).isFalse();
      assertThat(young.comparison().orElseThrow().operator()).isEqualTo(Operator.LT);
    }
  }

  @Nested
  class AskedWhetherTheyHoldBeforeTheStepIsMade {
    @Test
    void tellWhatTheStepMadeFromThemWillSay() {
      for (int age : new int[] {59, 60, 72}) {
        StepValues values = AGE.with("age", age).with("elderlyAge", ELDERLY);
        boolean holds = values.holds();

        Step step =
            values
                .with("person", "p1")
                .with("veryElderlyAge", VERY_ELDERLY)
                .with("group", "G")
                .step();
        assertThat(holds).as("age %d", age).isEqualTo(step.holds()).isEqualTo(age >= 60);
        assertThat(step)
            .isEqualTo(
                AGE.with("person", "p1")
                    .with("age", age)
                    .with("elderlyAge", ELDERLY)
                    .with("veryElderlyAge", VERY_ELDERLY)
                    .with("group", "G")
                    .step());
      }
    }

    @Test
    void canBeAskedOfTheTemplateWithTheComparisonsTwoValues() {
      for (int age : new int[] {59, 60, 72}) {
        Step step =
            AGE.with("person", "p1")
                .with("age", age)
                .with("elderlyAge", ELDERLY)
                .with("veryElderlyAge", VERY_ELDERLY)
                .with("group", "G")
                .step();

        assertThat(AGE.holds("age", age, "elderlyAge", ELDERLY))
            .as("age %d", age)
            .isEqualTo(AGE.holds("elderlyAge", ELDERLY, "age", age))
            .isEqualTo(step.holds())
            .isEqualTo(age >= 60);
      }
    }

    @Test
    void askedOfTheTemplateNeedTheComparedValuesOfTheirKind() {
      assertThatThrownBy(() -> AGE.holds("age", 70, "veryElderlyAge", VERY_ELDERLY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("step priority.elderly: age and veryElderlyAge are not the compared values");
      assertThatThrownBy(() -> AGE.holds("age", ELDERLY, "elderlyAge", ELDERLY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("step priority.elderly: age is a fact and must not be a ResolvedParameter");
      assertThatThrownBy(() -> AGE.holds("age", 70, "elderlyAge", 60))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("step priority.elderly: elderlyAge must be a ResolvedParameter");
      StepTemplate plain = StepTemplate.builder("plain").fact("person").fact("age").build();
      assertThatThrownBy(() -> plain.holds("person", "p1", "age", 70))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("step plain has no comparison");
    }

    @Test
    void needTheComparisonsValuesAndAComparison() {
      assertThatThrownBy(() -> AGE.with("age", 70).holds())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("step priority.elderly: no value for elderlyAge");
      assertThatThrownBy(() -> AGE.with("elderlyAge", ELDERLY).holds())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("step priority.elderly: no value for age");
      StepTemplate plain = StepTemplate.builder("plain").fact("person").build();
      assertThatThrownBy(() -> plain.with("person", "p1").holds())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("step plain has no comparison");
    }
  }

  @Nested
  class AMistake {
    @Test
    void aNameTheTemplateLacksIsRefusedNamingTheStep() {
      assertThatThrownBy(() -> AGE.with("income", 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("priority.elderly")
          .hasMessageContaining("income");
    }

    @Test
    void aValueGivenTwiceIsRefused() {
      assertThatThrownBy(() -> AGE.with("age", 1).with("age", 2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("age given twice");
    }

    @Test
    void aValueNotGivenIsNamed() {
      assertThatThrownBy(
              () ->
                  AGE.with("person", "p1")
                      .with("age", 72)
                      .with("veryElderlyAge", VERY_ELDERLY)
                      .with("group", "ELDERLY")
                      .step())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no value for elderlyAge");
    }

    @Test
    void aTemplateWithTwoValuesOfOneNameOrAValueWithoutANameIsNotBuilt() {
      assertThatThrownBy(
              () ->
                  StepTemplate.builder("twice")
                      .fact("age")
                      .comparison(
                          StepSlot.fact("age"), Operator.GE, StepSlot.parameter("elderlyAge"))
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("step twice: two values are named age");
      assertThatThrownBy(
              () ->
                  StepTemplate.builder("unnamed")
                      .comparison(StepSlot.fact("age"), Operator.GE, StepSlot.parameter())
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("step unnamed: parameter has no name; give it one with StepSlot.named");
    }

    @Test
    void aFactInAParameterPlaceIsRefused() {
      assertThatThrownBy(
              () ->
                  AGE.with("person", "p1")
                      .with("age", 72)
                      .with("elderlyAge", 60)
                      .with("veryElderlyAge", VERY_ELDERLY)
                      .with("group", "ELDERLY")
                      .step())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must be a ResolvedParameter");
    }
  }
}
