package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  static final Step A = Step.builder("a").fact(Fact.of("x", 1)).build();
  static final Step B = Step.builder("b").fact(Fact.of("x", 2)).build();

  @Test
  void marksTheGivenStepDecisive() {
    Explanation e = Explanation.of(List.of(A, B), B);

    assertThat(e.steps()).containsExactly(A, B);
    assertThat(e.decisiveStep()).containsSame(B);
    assertThat(e).isEqualTo(Explanation.of(List.of(A)).thenDecisive(B));
  }

  @Test
  void keepsACopyOfTheStepsThatCannotBeChangedAndEqualsAnyListOfThem() {
    List<Step> given = new java.util.ArrayList<>(List.of(A, B));
    Explanation e = Explanation.of(given, A);
    given.set(0, B);

    assertThat(e.steps()).containsExactly(A, B).isEqualTo(List.of(A, B));
    assertThat(e.steps()).hasSameHashCodeAs(List.of(A, B));
    assertThatThrownBy(() -> e.steps().add(A)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Explanation.of(java.util.Arrays.asList(A, null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void rejectsADecisiveStepThatIsNotAmongTheSteps() {
    assertThatThrownBy(() -> Explanation.of(List.of(A), B))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsEachParameterOfAStepOnce() {
    ResolvedParameter<?> p =
        ParameterSet.defaults()
            .resolve(
                ParameterKey.integer("priority.elderlyAge"),
                Jurisdiction.national(),
                java.time.LocalDate.of(2024, 1, 1));
    Step step = Step.builder("s").parameter(p).parameter(p).build();

    assertThat(step.parameters()).containsExactly(p);
    assertThat(Step.builder("empty").build().facts()).isEmpty();
  }
}
