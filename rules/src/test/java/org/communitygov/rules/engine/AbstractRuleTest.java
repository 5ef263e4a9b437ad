package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link AbstractRule}, and a step's result decided by its own comparison. */
class AbstractRuleTest {
  record Age(Optional<Integer> years) {}

  static final class AgeBuilder {
    Integer years;

    Age build() {
      return new Age(Optional.ofNullable(years));
    }
  }

  /** The result first, so that its value is the template's first (index 0). */
  static final StepTemplate OLD =
      StepTemplate.builder("test.old")
          .result("group")
          .comparison(StepSlot.fact("age"), Operator.GE, StepSlot.parameter().named("elderlyAge"))
          .build();

  static final class Elderly extends AbstractRule<Age, ValueEqualityTest.Code> {
    Elderly() {
      super(
          "test.elderly",
          "2",
          FactMapping.builder(Age.class, AgeBuilder::new, AgeBuilder::build)
              .required("age", FactType.integer(), Age::years, (b, v) -> b.years = v)
              .build());
    }

    @Override
    protected Decision<ValueEqualityTest.Code> decide(Age input, RuleContext context) {
      Step old =
          OLD.with("age", input.years().orElseThrow())
              .with("elderlyAge", ValueEqualityTest.ELDERLY)
              .withOutcome("group", "ELDERLY", "NONE")
              .step();
      return decided(
          old.holds() ? ValueEqualityTest.Code.YES : ValueEqualityTest.Code.NO, List.of(old), old);
    }
  }

  static final RuleContext CONTEXT =
      RuleContext.of(ParameterSet.defaults(), Jurisdiction.national(), LocalDate.of(2024, 1, 1));

  @Test
  void namesTheMissingRequiredFactsInsteadOfDeciding() {
    Decision<ValueEqualityTest.Code> d = new Elderly().evaluate(new Age(Optional.empty()), CONTEXT);

    assertThat(d.status()).isEqualTo(DecisionStatus.UNDETERMINED);
    assertThat(d.missingFacts()).containsExactly("age");
    assertThat(d.explanation().steps()).isEmpty();
  }

  @Test
  void decidesFromTheStepItShowsWhoseResultTheComparisonDecided() {
    Decision<ValueEqualityTest.Code> old =
        new Elderly().evaluate(new Age(Optional.of(60)), CONTEXT);
    Decision<ValueEqualityTest.Code> young =
        new Elderly().evaluate(new Age(Optional.of(59)), CONTEXT);

    assertThat(old.outcomeOrThrow()).isEqualTo(ValueEqualityTest.Code.YES);
    assertThat(old.explanation().decisiveStep().orElseThrow().result())
        .contains(Fact.of("group", "ELDERLY"));
    assertThat(young.outcomeOrThrow()).isEqualTo(ValueEqualityTest.Code.NO);
    assertThat(young.explanation().steps().get(0).result()).contains(Fact.of("group", "NONE"));
  }

  @Test
  void hasItsIdVersionAndFacts() {
    Elderly rule = new Elderly();

    assertThat(rule.id()).isEqualTo("test.elderly");
    assertThat(rule.version()).isEqualTo("2");
    assertThat(rule).hasToString("test.elderly");
    assertThat(rule.facts(new Age(Optional.of(70))).all()).containsExactly(Fact.of("age", 70));
    assertThat(rule.input(Facts.of(List.of(Fact.of("age", "70")))))
        .isEqualTo(new Age(Optional.of(70)));
  }

  @Test
  void aResultDecidedByAComparisonNeedsATemplateThatHasOne() {
    StepTemplate none = StepTemplate.builder("t").fact("a").result("r").build();

    assertThatThrownBy(() -> none.with("a", 1).withOutcome("r", 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step t has no comparison");
    assertThat(none).hasToString("StepTemplate[t, 2 values]");
  }
}
