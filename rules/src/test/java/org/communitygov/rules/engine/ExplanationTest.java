package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

  @Test
  void aDeferredExplanationAnswersAsTheOneItMakesWhenFirstRead() {
    AtomicInteger made = new AtomicInteger();
    Explanation eager = Explanation.of(List.of(A, B), B);
    Explanation deferred =
        Explanation.deferred(
            () -> {
              made.incrementAndGet();
              return Explanation.of(List.of(A, B), B);
            });
    assertThat(made).hasValue(0);

    assertThat(deferred.steps()).containsExactly(A, B);
    assertThat(deferred.decisiveStep()).contains(B);
    assertThat(deferred.parameters()).isEqualTo(eager.parameters());
    assertThat(deferred).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
    assertThat(eager).isEqualTo(deferred);
    assertThat(deferred.then(A)).isEqualTo(eager.then(A));
    assertThat(deferred.thenDecisive(A)).isEqualTo(eager.thenDecisive(A));
    assertThat(made).hasValue(1);
  }

  @Test
  void aDeferredExplanationKeepsTheStepsItMadeAndMakesThemAgainOnlyAfterAFailure() {
    AtomicInteger calls = new AtomicInteger();
    Explanation deferred =
        Explanation.deferred(
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("not yet");
              }
              Step fresh = Step.builder("a").fact(Fact.of("x", 1)).build();
              return Explanation.of(List.of(fresh), fresh);
            });

    assertThatThrownBy(deferred::steps).isInstanceOf(IllegalStateException.class);
    Step first = deferred.steps().get(0);
    assertThat(deferred.decisiveStep()).containsSame(first);
    assertThat(deferred.steps().get(0)).isSameAs(first);
    assertThat(calls).hasValue(2);
    assertThatThrownBy(() -> Explanation.deferred(() -> null).steps())
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Explanation.deferred(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aDeferredExplanationReadByManyThreadsIsMadeOnce() throws Exception {
    AtomicInteger made = new AtomicInteger();
    Explanation deferred =
        Explanation.deferred(
            () -> {
              made.incrementAndGet();
              Step fresh = Step.builder("a").fact(Fact.of("x", 1)).build();
              return Explanation.of(List.of(A, fresh), fresh);
            });
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Step>> reads = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        reads.add(pool.submit(() -> deferred.decisiveStep().orElseThrow()));
      }
      Step decisive = reads.get(0).get(10, TimeUnit.SECONDS);
      for (Future<Step> read : reads) {
        assertThat(read.get(10, TimeUnit.SECONDS)).isSameAs(decisive);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(made).hasValue(1);
  }

  @Test
  void aDeferredExplanationMayBeMadeOfAnotherDeferredOne() {
    Explanation inner = Explanation.deferred(() -> Explanation.of(List.of(A, B), A));
    Explanation outer = Explanation.deferred(() -> inner);

    assertThat(outer.steps()).containsExactly(A, B);
    assertThat(outer.decisiveStep()).containsSame(A);
    assertThat(outer).isEqualTo(inner).isEqualTo(Explanation.of(List.of(A, B), A));
  }
}
