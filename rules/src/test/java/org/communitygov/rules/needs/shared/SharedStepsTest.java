package org.communitygov.rules.needs.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Step;
import org.junit.jupiter.api.Test;

class SharedStepsTest {
  private static Step step(int n) {
    return Step.builder("level").result(Fact.of("level", n)).build();
  }

  @Test
  void keepsAStepAtEveryNumberOfTheTable() {
    Step[] table = new Step[3];
    for (int n = 0; n < 3; n++) {
      Step step = step(n);
      assertThat(SharedSteps.get(table, n)).isNull();
      assertThat(SharedSteps.put(table, n, step)).isSameAs(step);
      assertThat(SharedSteps.get(table, n)).isSameAs(step);
    }
  }

  @Test
  void returnsButDoesNotKeepAStepPastEitherEndOfTheTable() {
    Step[] table = new Step[3];
    Step below = step(-1);
    Step past = step(3);

    assertThat(SharedSteps.put(table, -1, below)).isSameAs(below);
    assertThat(SharedSteps.put(table, 3, past)).isSameAs(past);
    assertThat(table).containsOnlyNulls();
    assertThat(SharedSteps.get(table, -1)).isNull();
    assertThat(SharedSteps.get(table, 3)).isNull();
  }
}
