package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepsTest {
  static final Step A = ExplanationTest.A;
  static final Step B = ExplanationTest.B;
  static final Step C = Step.builder("c").fact(Fact.of("x", 3)).build();

  @Test
  void makesTheSameExplanationAsAListOfTheSameSteps() {
    Steps steps = Steps.withCapacity(2).add(A).addAll(List.of(B, C));
    assertThat(steps.size()).isEqualTo(3);

    Explanation e = Explanation.of(steps, B);

    assertThat(e).isEqualTo(Explanation.of(List.of(A, B, C), B));
    assertThat(e).hasSameHashCodeAs(Explanation.of(List.of(A, B, C), B));
    assertThat(e.steps()).containsExactly(A, B, C).hasSize(3);
    assertThat(e.decisiveStep()).containsSame(B);
    assertThat(e.toString()).isEqualTo(List.of(A, B, C).toString());
  }

  @Test
  void keepsOnlyThePlacesUsedWhenTheCapacityIsLarger() {
    Explanation e = Explanation.of(Steps.withCapacity(10).add(A).add(B), A);

    assertThat(e.steps()).containsExactly(A, B);
    assertThat(e).isEqualTo(Explanation.of(List.of(A, B), A));
    assertThat(e.then(C).steps()).containsExactly(A, B, C);
    assertThat(e.thenDecisive(C).decisiveStep()).containsSame(C);
    assertThatThrownBy(() -> e.steps().get(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void takeNoMoreOnceGivenToAnExplanation() {
    Steps steps = Steps.withCapacity(4).add(A);
    Explanation e = Explanation.of(steps, A);

    assertThatThrownBy(() -> steps.add(B)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> steps.addAll(List.of(B))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Explanation.of(steps, A)).isInstanceOf(IllegalStateException.class);
    assertThat(e.steps()).containsExactly(A);
  }

  @Test
  void refuseANullStepADecisiveStepNotAmongThemAndANegativeCapacity() {
    assertThatThrownBy(() -> Steps.withCapacity(1).add(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Steps.withCapacity(1).addAll(java.util.Arrays.asList(A, null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Explanation.of(Steps.withCapacity(1).add(A), B))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Steps.withCapacity(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
