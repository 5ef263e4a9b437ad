package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.communitygov.model.common.SensitiveCategory;
import org.junit.jupiter.api.Test;

/**
 * The value types an explanation and a record compare: equal when every part is equal, and unequal
 * when exactly one part differs (each part is checked), with equal hash codes for equal values.
 */
class ValueEqualityTest {
  static final LocalDate DATE = LocalDate.of(2024, 1, 1);
  static final ResolvedParameter<Integer> ELDERLY = resolve("priority.elderlyAge");
  static final ResolvedParameter<Integer> VERY_ELDERLY = resolve("priority.veryElderlyAge");
  static final Citation CITATION =
      new Citation(LegalReference.of(LocalizedText.of("办法", "Measures")), Confidence.CONFIRMED);

  static ResolvedParameter<Integer> resolve(String id) {
    return ParameterSet.defaults().resolve(ParameterKey.integer(id), Jurisdiction.national(), DATE);
  }

  /** Asserts that two values made alike are equal, and that each variant differs from them. */
  @SafeVarargs
  static <T> void equalOnlyWhenEveryPartIs(Supplier<T> make, T... variants) {
    T a = make.get();
    T b = make.get();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(null).isNotEqualTo("other");
    for (int i = 0; i < variants.length; i++) {
      assertThat(variants[i]).as("variant %d", i).isNotEqualTo(a);
      assertThat(a).as("variant %d", i).isNotEqualTo(variants[i]);
    }
  }

  static Operand age(int years) {
    return Operand.of(Fact.of("age", years));
  }

  @Test
  void anOperandDiffersInItsFactItsParameterOrItsLabel() {
    equalOnlyWhenEveryPartIs(
        () -> Operand.of("elderlyAge", ELDERLY),
        Operand.of("elderlyAge", VERY_ELDERLY),
        Operand.of("limit", ELDERLY),
        Operand.of(ELDERLY),
        age(60));
    equalOnlyWhenEveryPartIs(() -> age(60), age(61), Operand.of(Fact.of("years", 60)));
    assertThat(age(60)).hasToString("age = 60");
    assertThat(Operand.of("elderlyAge", ELDERLY).toString()).isEqualTo("elderlyAge 60");
    assertThat(Operand.of("elderlyAge", ELDERLY).value()).isEqualTo("60");
    assertThat(age(60).value()).isEqualTo("60");
  }

  @Test
  void aComparisonDiffersInEitherSideOrItsOperator() {
    equalOnlyWhenEveryPartIs(
        () -> Comparison.of(age(72), Operator.GE, Operand.of("elderlyAge", ELDERLY)),
        Comparison.of(age(73), Operator.GE, Operand.of("elderlyAge", ELDERLY)),
        Comparison.of(age(72), Operator.GT, Operand.of("elderlyAge", ELDERLY)),
        Comparison.of(age(72), Operator.GE, Operand.of("elderlyAge", VERY_ELDERLY)));
    assertThat(Comparison.of(age(72), Operator.GE, age(60)).toString())
        .isEqualTo("age = 72 ≥ age = 60: true");
  }

  @Test
  void aComparisonOfNumbersWhateverTheirTypeAndOfTextOnlyForEquality() {
    assertThat(Comparison.test(3, Operator.LT, new java.math.BigDecimal("3.5"))).isTrue();
    assertThat(Comparison.test(new java.math.BigDecimal("3.5"), Operator.LT, 3)).isFalse();
    assertThat(Comparison.test(4L, Operator.GT, 3)).isTrue();
    assertThat(Comparison.test("abc", Operator.EQ, "abc")).isTrue();
    assertThat(Comparison.test("abc", Operator.NE, "abd")).isTrue();
    assertThat(Comparison.test("abc", Operator.LT, "abd")).isNull();
    assertThat(Comparison.test("3", Operator.LT, "abd")).isNull();
    assertThat(
            Comparison.test(
                org.communitygov.model.common.Money.parse("1.00 CNY"),
                Operator.LT,
                org.communitygov.model.common.Money.parse("2.00 CNY")))
        .isTrue();
    assertThat(
            Comparison.test(org.communitygov.model.common.Money.parse("1.00 CNY"), Operator.EQ, 1))
        .isNull();
    assertThat(
            Comparison.test(1, Operator.EQ, org.communitygov.model.common.Money.parse("1.00 CNY")))
        .isNull();
  }

  static Step.Builder step() {
    return Step.builder("s")
        .fact(Fact.of("person", "p1"))
        .parameter(ELDERLY)
        .comparison(Comparison.of(age(72), Operator.GE, age(60)))
        .result(Fact.of("group", "ELDERLY"))
        .citation(CITATION);
  }

  @Test
  void aStepDiffersInEachOfItsParts() {
    Citation other = new Citation(CITATION.reference(), Confidence.UNCONFIRMED);
    equalOnlyWhenEveryPartIs(
        () -> step().build(),
        Step.builder("t")
            .fact(Fact.of("person", "p1"))
            .parameter(ELDERLY)
            .comparison(Comparison.of(age(72), Operator.GE, age(60)))
            .result(Fact.of("group", "ELDERLY"))
            .citation(CITATION)
            .build(),
        step().fact(Fact.of("more", 1)).build(),
        step().parameter(VERY_ELDERLY).build(),
        step().comparison(Comparison.of(age(71), Operator.GE, age(60))).build(),
        step().result(Fact.of("group", "NONE")).build(),
        step().citation(other).build(),
        step().sensitive(SensitiveCategory.HEALTH).build());
    assertThat(step().build().toString()).isEqualTo("s[person = p1] age = 72 ≥ age = 60: true");
    assertThat(Step.builder("bare").build().toString()).isEqualTo("bare[]");
  }

  @Test
  void aStepOfManyFactsAndParametersKeepsEachOnceInOrder() {
    Step.Builder b = Step.builder("many");
    for (int i = 0; i < 9; i++) {
      b.fact(Fact.of("f" + i, i));
    }
    ResolvedParameter<Integer> again = resolve("priority.elderlyAge"); // equal, another instance
    b.parameter(ELDERLY).parameter(VERY_ELDERLY).parameter(again);
    List<ResolvedParameter<?>> more =
        List.of(
            resolve("priority.childAgeLimit"),
            resolve("priority.severeDisabilityGrade"),
            resolve("mlg.members.adultAge"));
    more.forEach(b::parameter);
    Step step = b.sensitive(SensitiveCategory.DISABILITY).build();
    b.fact(Fact.of("after", 1)); // the builder goes on; the step keeps what it had

    assertThat(step.facts()).hasSize(9).extracting(Fact::name).startsWith("f0").endsWith("f8");
    assertThat(step.parameters())
        .containsExactly(ELDERLY, VERY_ELDERLY, more.get(0), more.get(1), more.get(2));
    assertThat(step.sensitivity()).contains(SensitiveCategory.DISABILITY);
    assertThat(step.comparison()).isEmpty();
    assertThat(step.result()).isEmpty();
    assertThat(b.build().facts()).hasSize(10);
  }

  @Test
  void aBuiltComparisonAddsItsParametersAndHoldingShowsTheRelationThatHolds() {
    Comparison c =
        Comparison.of(Operand.of("a", ELDERLY), Operator.LT, Operand.of("b", VERY_ELDERLY));
    Step step = Step.builder("c").comparison(c).build();
    Step held =
        Step.builder("h").holding(age(59), Operator.GE, Operand.of("limit", ELDERLY)).build();

    assertThat(step.parameters()).containsExactly(ELDERLY, VERY_ELDERLY);
    assertThat(step.holds()).isTrue();
    assertThat(held.holds()).isFalse();
    assertThat(held.comparison().orElseThrow().operator()).isEqualTo(Operator.LT);
    assertThat(held.comparison().orElseThrow().result()).isTrue();
  }

  @Test
  void anExplanationDiffersInItsStepsOrItsDecisiveStep() {
    Step a = step().build();
    Step b = Step.builder("b").build();
    equalOnlyWhenEveryPartIs(
        () -> Explanation.of(List.of(a, b), a),
        Explanation.of(List.of(a, b), b),
        Explanation.of(List.of(a, b)),
        Explanation.of(List.of(a), a));
    assertThat(Explanation.of(List.of(a, b), a).decisiveStep()).containsSame(a);
    assertThat(Explanation.of(List.of(a, b)).decisiveStep()).isEmpty();
    assertThat(Explanation.of(List.of(b)).toString()).isEqualTo("[b[]]");
    assertThat(Explanation.of(List.of(a, b)).parameters()).containsExactly(ELDERLY);
  }

  enum Code implements Outcome {
    YES,
    NO;

    @Override
    public String code() {
      return name();
    }

    @Override
    public java.util.Map<String, String> details() {
      return java.util.Map.of();
    }
  }

  @Test
  void aDecisionDiffersInItsRuleOutcomeMissingFactsOrExplanation() {
    Explanation e = Explanation.of(List.of(step().build()));
    equalOnlyWhenEveryPartIs(
        () -> Decision.of("r", Code.YES, e),
        Decision.of("q", Code.YES, e),
        Decision.of("r", Code.NO, e),
        Decision.of("r", Code.YES, Explanation.of(List.of())),
        Decision.<Code>undetermined("r", List.of("age"), e));
    equalOnlyWhenEveryPartIs(
        () -> Decision.<Code>undetermined("r", List.of("age"), e),
        Decision.<Code>undetermined("r", List.of("income"), e));
    assertThat(Decision.of("r", Code.YES, e)).hasToString("r: YES");
    assertThat(Decision.<Code>undetermined("r", List.of("age"), e))
        .hasToString("r: UNDETERMINED, missing [age]");
    assertThatThrownBy(() -> Decision.<Code>undetermined("r", List.of("age"), e).outcomeOrThrow())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("undetermined; missing facts: [age]");
    assertThatThrownBy(() -> Decision.<Code>undetermined("r", List.of(), e))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aParameterKeyDiffersInItsIdOrItsType() {
    equalOnlyWhenEveryPartIs(
        () -> ParameterKey.integer("priority.elderlyAge"),
        ParameterKey.integer("priority.veryElderlyAge"),
        ParameterKey.decimal("priority.elderlyAge"));
    assertThat(ParameterKey.integer("priority.elderlyAge"))
        .hasToString("priority.elderlyAge:INTEGER");
    assertThatThrownBy(() -> ParameterKey.integer("Priority age"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aResolvedParameterDiffersInItsIdDatePlaceValueOrReference() {
    ParameterKey<Integer> adult = ParameterKey.integer("mlg.members.adultAge");
    Jurisdiction yuzhong = Jurisdiction.parse("500103");
    LegalReference other = LegalReference.of(LocalizedText.of("另一文件", "another document"));
    ParameterSet moved =
        ParameterSet.defaults()
            .withValue(
                adult,
                Jurisdiction.parse("500000"),
                DatedValue.of(18, LocalDate.of(1987, 1, 1), other, Confidence.CONFIRMED));
    @SuppressWarnings("unchecked") // the national value of an integer parameter
    DatedValue<Integer> national =
        (DatedValue<Integer>)
            ParameterSet.defaults().values(adult.id()).get(Jurisdiction.national()).get(0);
    // The same value found in 重庆 rather than nationally: only the place differs.
    ParameterSet copied =
        ParameterSet.defaults().withValue(adult, Jurisdiction.parse("500000"), national);
    equalOnlyWhenEveryPartIs(
        () -> ParameterSet.defaults().resolve(adult, yuzhong, DATE),
        ParameterSet.defaults().resolve(ParameterKey.integer("priority.elderlyAge"), yuzhong, DATE),
        ParameterSet.defaults().resolve(adult, yuzhong, DATE.plusDays(1)),
        copied.resolve(adult, yuzhong, DATE),
        moved.resolve(adult, yuzhong, DATE));
  }

  @Test
  void aRuleContextDiffersInItsParametersPlaceOrDate() {
    ParameterSet other =
        ParameterSet.defaults()
            .withPlaceName(Jurisdiction.parse("310000"), LocalizedText.of("上海市", "Shanghai"));
    equalOnlyWhenEveryPartIs(
        () -> RuleContext.of(ParameterSet.defaults(), Jurisdiction.national(), DATE),
        RuleContext.of(other, Jurisdiction.national(), DATE),
        RuleContext.of(ParameterSet.defaults(), Jurisdiction.parse("500103"), DATE),
        RuleContext.of(ParameterSet.defaults(), Jurisdiction.national(), DATE.plusDays(1)));
  }
}
