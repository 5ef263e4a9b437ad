package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A built step keeps each parameter once, in order of first use, as a set would: for random runs of
 * parameters equal but not the same, alike in their id and date but unequal, or of other ids and
 * dates, with or without room made beforehand.
 */
class StepBuilderTest {
  private static final List<ResolvedParameter<?>> POOL = pool();

  @TestFactory
  Stream<DynamicTest> aStepKeepsTheParametersASetKeeps() {
    long base = new Random().nextLong();
    return LongStream.range(0, 200)
        .mapToObj(i -> DynamicTest.dynamicTest("seed " + (base + i), () -> sameAsASet(base + i)));
  }

  @Test
  void roomForParametersIsNeverNegative() {
    assertThatThrownBy(() -> Step.builder("a", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Step.builder("a", 0).build()).isEqualTo(Step.builder("a").build());
  }

  private static void sameAsASet(long seed) {
    Random random = new Random(seed);
    int count = random.nextInt(60);
    Set<ResolvedParameter<?>> expected = new LinkedHashSet<>();
    Step.Builder builder =
        random.nextBoolean() ? Step.builder("a") : Step.builder("a", random.nextInt(40));
    for (int i = 0; i < count; i++) {
      ResolvedParameter<?> p = POOL.get(random.nextInt(POOL.size()));
      expected.add(p);
      builder.parameter(p);
    }
    Step step = builder.build();
    assertThat(step.parameters()).as("seed %d", seed).containsExactlyElementsOf(expected);
    Step.Builder plain = Step.builder("a");
    expected.forEach(plain::parameter);
    assertThat(step).isEqualTo(plain.build());
  }

  /**
   * Each parameter twice (two resolutions, equal), on 12 dates, of two values of one parameter (the
   * same id and date: unequal) and of another parameter.
   */
  private static List<ResolvedParameter<?>> pool() {
    String file = ResolvedParameterTest.FILE;
    String otherValue = file.replace("\"value\": 16", "\"value\": 17");
    List<ResolvedParameter<?>> pool = new ArrayList<>();
    for (int d = 0; d < 12; d++) {
      for (int copy = 0; copy < 2; copy++) {
        pool.add(
            ResolvedParameterTest.resolve(file, "national", ResolvedParameterTest.ON.plusDays(d)));
        pool.add(
            ResolvedParameterTest.resolve(
                otherValue, "national", ResolvedParameterTest.ON.plusDays(d)));
        pool.add(
            ParameterSetTest.load(file.replace("\"a.b\"", "\"a.c\""))
                .resolve(
                    ParameterKey.integer("a.c"),
                    Jurisdiction.national(),
                    ResolvedParameterTest.ON.plusDays(d)));
      }
    }
    return pool;
  }
}
