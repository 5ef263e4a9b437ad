package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.communitygov.model.common.SensitiveCategory;
import org.junit.jupiter.api.Test;

class StepTemplateTest {
  static final LocalDate DATE = LocalDate.of(2024, 1, 1);
  static final ResolvedParameter<Integer> ELDERLY = resolve("priority.elderlyAge");
  static final ResolvedParameter<Integer> VERY_ELDERLY = resolve("priority.veryElderlyAge");
  static final Citation CITATION =
      new Citation(LegalReference.of(LocalizedText.of("办法", "Measures")), Confidence.CONFIRMED);

  static final StepTemplate AGE =
      StepTemplate.builder("priority.elderly")
          .fact("person")
          .fact(Fact.of("householdSize", 1))
          .holding(StepSlot.fact("age"), Operator.GE, StepSlot.parameter("elderlyAge"))
          .parameter()
          .result("group")
          .citation(CITATION)
          .build();

  static ResolvedParameter<Integer> resolve(String id) {
    return ParameterSet.defaults().resolve(ParameterKey.integer(id), Jurisdiction.national(), DATE);
  }

  @Test
  void makesTheSameStepAsTheBuilder() {
    Step fromTemplate = AGE.step("p1", 72, ELDERLY, VERY_ELDERLY, "ELDERLY");
    Step built =
        Step.builder("priority.elderly")
            .fact(Fact.of("person", "p1"))
            .fact(Fact.of("householdSize", 1))
            .comparison(
                Comparison.of(
                    Operand.of(Fact.of("age", 72)), Operator.GE, Operand.of("elderlyAge", ELDERLY)))
            .parameter(VERY_ELDERLY)
            .result(Fact.of("group", "ELDERLY"))
            .citation(CITATION)
            .build();

    assertThat(fromTemplate).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(fromTemplate.facts())
        .extracting(Fact::name)
        .containsExactly("person", "householdSize");
    assertThat(fromTemplate.parameters()).containsExactly(ELDERLY, VERY_ELDERLY);
    assertThat(fromTemplate.comparison().orElseThrow().right().label()).isEqualTo("elderlyAge");
    assertThat(fromTemplate.citation()).contains(CITATION);
  }

  @Test
  void showsTheNegatedOperatorWhenTheComparisonDoesNotHold() {
    Comparison c = AGE.step("p1", 59, ELDERLY, VERY_ELDERLY, "NONE").comparison().orElseThrow();

    assertThat(c.operator()).isEqualTo(Operator.LT);
    assertThat(c.result()).isTrue();
  }

  @Test
  void keepsAFixedOperatorAndTellsWhetherItHeld() {
    StepTemplate fixed =
        StepTemplate.builder("t")
            .comparison(StepSlot.fact("age"), Operator.GE, StepSlot.parameter())
            .build();

    Comparison c = fixed.step(59, ELDERLY).comparison().orElseThrow();

    assertThat(c.operator()).isEqualTo(Operator.GE);
    assertThat(c.result()).isFalse();
    assertThat(c.right().label()).isEqualTo("priority.elderlyAge");
  }

  @Test
  void listsEachParameterOnceInTheOrderDeclared() {
    StepTemplate twice =
        StepTemplate.builder("t")
            .parameter()
            .comparison(StepSlot.fact("age"), Operator.GE, StepSlot.parameter())
            .parameter()
            .build();

    assertThat(twice.step(VERY_ELDERLY, 80, ELDERLY, VERY_ELDERLY).parameters())
        .containsExactly(VERY_ELDERLY, ELDERLY);
  }

  @Test
  void masksSensitiveValuesInItsText() {
    StepTemplate income =
        StepTemplate.builder("mlg.income")
            .fact("perCapitaIncome", SensitiveCategory.FINANCIAL)
            .result("monthlyBenefit", SensitiveCategory.FINANCIAL)
            .sensitive(SensitiveCategory.ASSISTANCE_STATUS)
            .build();

    Step step = income.step(new BigDecimal("812.00"), new BigDecimal("100.00"));

    assertThat(step.toString()).doesNotContain("812").contains("***");
    assertThat(step.facts().get(0).value()).isEqualTo("812.00");
    assertThat(step.facts().get(0).sensitivity()).contains(SensitiveCategory.FINANCIAL);
    assertThat(step.result().orElseThrow().sensitivity()).contains(SensitiveCategory.FINANCIAL);
    assertThat(step.sensitivity()).contains(SensitiveCategory.ASSISTANCE_STATUS);
  }

  @Test
  void takesNoValueForConstants() {
    StepTemplate constant =
        StepTemplate.builder("t")
            .fact(Fact.of("a", 1))
            .comparison(
                StepSlot.constant(Fact.of("b", 0)), Operator.LT, StepSlot.constant(Fact.of("c", 1)))
            .result(Fact.of("r", "x"))
            .build();

    assertThat(constant.arity()).isZero();
    Step step = constant.step();
    assertThat(step.facts()).containsExactly(Fact.of("a", 1));
    assertThat(step.comparison().orElseThrow().result()).isTrue();
    assertThat(step.result()).contains(Fact.of("r", "x"));
  }

  @Test
  void rejectsTheWrongNumberOfValuesNamingTheStep() {
    assertThatThrownBy(() -> AGE.step("p1", 72))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step priority.elderly takes 5 values, not 2");
    assertThatThrownBy(() -> AGE.stepOf("p1", 72, ELDERLY, VERY_ELDERLY, "x", "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 6");
  }

  @Test
  void rejectsANullValueAndANonParameterInAParameterSlot() {
    assertThatThrownBy(() -> AGE.step("p1", 72, ELDERLY, VERY_ELDERLY, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("step priority.elderly: value 4 is null");
    assertThatThrownBy(() -> AGE.step("p1", 72, 60, VERY_ELDERLY, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step priority.elderly: value 2 must be a ResolvedParameter");
  }

  @Test
  void copiesTheArrayGivenToStepOf() {
    Object[] values = {"p1", 72, ELDERLY, VERY_ELDERLY, "ELDERLY"};
    Step step = AGE.stepOf(values);

    values[1] = 10;

    assertThat(step.comparison().orElseThrow().left().value()).isEqualTo("72");
  }

  @Test
  void rejectsASecondComparisonOrResultAndABlankName() {
    StepTemplateBuilder b =
        StepTemplate.builder("t").comparison(StepSlot.fact("a"), Operator.EQ, StepSlot.fact("b"));
    assertThatThrownBy(() -> b.holding(StepSlot.fact("a"), Operator.EQ, StepSlot.fact("b")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("step t already has a comparison");
    b.result("r");
    assertThatThrownBy(() -> b.result("s")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StepSlot.fact(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsAnOrderingComparisonOfValuesThatAreNotNumbersWhenTheStepIsMade() {
    StepTemplate text =
        StepTemplate.builder("t")
            .comparison(StepSlot.fact("a"), Operator.LT, StepSlot.fact("b"))
            .build();

    assertThatThrownBy(() -> text.step("abc", "def"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step t: LT needs numbers (values a, b)");
    assertThat(text.step(3, new BigDecimal("3.50")).comparison().orElseThrow().result()).isTrue();
  }

  @Test
  void fixesWhetherTheComparisonHeldWhenTheStepIsMade() {
    StepTemplate equal =
        StepTemplate.builder("t")
            .comparison(StepSlot.fact("a"), Operator.EQ, StepSlot.fact("b"))
            .build();

    assertThat(equal.step("x", "x").comparison().orElseThrow().result()).isTrue();
    assertThat(equal.step("x", "y").comparison().orElseThrow().result()).isFalse();
  }

  @Test
  void rejectsAParameterInAFactSlot() {
    assertThatThrownBy(() -> AGE.step(ELDERLY, 72, ELDERLY, VERY_ELDERLY, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step priority.elderly: value 0 is a fact and must not be a ResolvedParameter");
  }

  @Test
  void keepsTheLabelOfALabelledFact() {
    LocalizedText label = LocalizedText.of("日常生活活动", "daily living");
    StepTemplate labelled =
        StepTemplate.builder("t").fact("B.1", SensitiveCategory.HEALTH, label).build();

    Fact fact = labelled.step(12).facts().get(0);

    assertThat(fact.label()).contains(label);
    assertThat(fact).isEqualTo(Fact.sensitive("B.1", 12, SensitiveCategory.HEALTH, label));
  }

  @Test
  void rejectsANullArrayInStepOf() {
    assertThatThrownBy(() -> AGE.stepOf((Object[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("values");
  }
}
