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
          .parameter("veryElderlyAge")
          .result("group")
          .citation(CITATION)
          .build();

  static Step age(Object person, Object age, Object elderly, Object veryElderly, Object group) {
    return AGE.with("person", person)
        .with("age", age)
        .with("elderlyAge", elderly)
        .with("veryElderlyAge", veryElderly)
        .with("group", group)
        .step();
  }

  static ResolvedParameter<Integer> resolve(String id) {
    return ParameterSet.defaults().resolve(ParameterKey.integer(id), Jurisdiction.national(), DATE);
  }

  @Test
  void makesTheSameStepAsTheBuilder() {
    Step fromTemplate = age("p1", 72, ELDERLY, VERY_ELDERLY, "ELDERLY");
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
    Comparison c = age("p1", 59, ELDERLY, VERY_ELDERLY, "NONE").comparison().orElseThrow();

    assertThat(c.operator()).isEqualTo(Operator.LT);
    assertThat(c.result()).isTrue();
  }

  @Test
  void keepsAFixedOperatorAndTellsWhetherItHeld() {
    StepTemplate fixed =
        StepTemplate.builder("t")
            .comparison(StepSlot.fact("age"), Operator.GE, StepSlot.parameter().named("limit"))
            .build();

    Comparison c = fixed.with("age", 59).with("limit", ELDERLY).step().comparison().orElseThrow();

    assertThat(c.operator()).isEqualTo(Operator.GE);
    assertThat(c.result()).isFalse();
    assertThat(c.right().label()).isEqualTo("priority.elderlyAge");
  }

  @Test
  void listsEachParameterOnceInTheOrderDeclared() {
    StepTemplate twice =
        StepTemplate.builder("t")
            .parameter("first")
            .comparison(StepSlot.fact("age"), Operator.GE, StepSlot.parameter().named("limit"))
            .parameter("again")
            .build();

    Step step =
        twice
            .with("first", VERY_ELDERLY)
            .with("age", 80)
            .with("limit", ELDERLY)
            .with("again", VERY_ELDERLY)
            .step();

    assertThat(step.parameters()).containsExactly(VERY_ELDERLY, ELDERLY);
  }

  @Test
  void masksSensitiveValuesInItsText() {
    StepTemplate income =
        StepTemplate.builder("mlg.income")
            .fact("perCapitaIncome", SensitiveCategory.FINANCIAL)
            .result("monthlyBenefit", SensitiveCategory.FINANCIAL)
            .sensitive(SensitiveCategory.ASSISTANCE_STATUS)
            .build();

    Step step =
        income
            .with("perCapitaIncome", new BigDecimal("812.00"))
            .with("monthlyBenefit", new BigDecimal("100.00"))
            .step();

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
  void rejectsAStepWithoutItsValuesNamingTheStep() {
    assertThatThrownBy(AGE::step)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step priority.elderly takes 5 values, not 0");
  }

  @Test
  void rejectsANullValueAndANonParameterInAParameterSlotNamingThem() {
    assertThatThrownBy(() -> age("p1", 72, ELDERLY, VERY_ELDERLY, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> age("p1", 72, 60, VERY_ELDERLY, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step priority.elderly: elderlyAge must be a ResolvedParameter");
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

    assertThatThrownBy(() -> text.with("a", "abc").with("b", "def").step())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step t: LT needs numbers (values a, b)");
    assertThat(
            text.with("a", 3)
                .with("b", new BigDecimal("3.50"))
                .step()
                .comparison()
                .orElseThrow()
                .result())
        .isTrue();
  }

  @Test
  void fixesWhetherTheComparisonHeldWhenTheStepIsMade() {
    StepTemplate equal =
        StepTemplate.builder("t")
            .comparison(StepSlot.fact("a"), Operator.EQ, StepSlot.fact("b"))
            .build();

    assertThat(equal.with("a", "x").with("b", "x").step().holds()).isTrue();
    assertThat(equal.with("a", "x").with("b", "y").step().holds()).isFalse();
    assertThat(equal.with("a", "x").with("b", "y").step().comparison().orElseThrow().result())
        .isFalse();
  }

  @Test
  void rejectsAParameterInAFactSlot() {
    assertThatThrownBy(() -> age(ELDERLY, 72, ELDERLY, VERY_ELDERLY, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step priority.elderly: person is a fact and must not be a ResolvedParameter");
  }

  @Test
  void keepsTheLabelOfALabelledFact() {
    LocalizedText label = LocalizedText.of("日常生活活动", "daily living");
    StepTemplate labelled =
        StepTemplate.builder("t").fact("B.1", SensitiveCategory.HEALTH, label).build();

    Fact fact = labelled.with("B.1", 12).step().facts().get(0);

    assertThat(fact.label()).contains(label);
    assertThat(fact).isEqualTo(Fact.sensitive("B.1", 12, SensitiveCategory.HEALTH, label));
  }
}
