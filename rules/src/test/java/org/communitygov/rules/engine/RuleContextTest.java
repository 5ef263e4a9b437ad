package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleContextTest {
  static final ParameterKey<BigDecimal> URBAN = ParameterKey.decimal("mlg.standard.urban");

  @Test
  void resolvesAParameterOnceAndAnswersFromThenOn() {
    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));

    ResolvedParameter<BigDecimal> first = context.resolve(URBAN);

    assertThat(first.value()).isEqualByComparingTo("735.00");
    assertThat(context.resolve(URBAN)).isSameAs(first);
  }

  @Test
  void givesWhatTheParameterSetGives() {
    LocalDate date = LocalDate.of(2023, 8, 31);
    RuleContext context =
        RuleContext.of(ParameterSet.defaults(), Jurisdiction.parse("500103"), date);

    assertThat(context.resolve(URBAN))
        .isEqualTo(ParameterSet.defaults().resolve(URBAN, Jurisdiction.parse("500103"), date));
  }

  @Test
  void throwsForAMissingValueEveryTime() {
    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(), Jurisdiction.parse("310101"), LocalDate.of(2024, 1, 1));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> context.resolve(URBAN))
          .isInstanceOf(MissingParameterException.class)
          .hasMessageContaining("310101");
    }
  }

  @Test
  void isEqualForTheSameParametersPlaceAndDate() {
    ParameterSet p = ParameterSet.defaults();
    RuleContext a = RuleContext.of(p, Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));
    RuleContext b = RuleContext.of(p, Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));
    a.resolve(URBAN);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a)
        .isNotEqualTo(RuleContext.of(p, Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 2)));
    assertThat(a.toString()).isEqualTo("RuleContext[500103, 2024-01-01]");
  }

  /** A value derived from a context, as a rule keeps its resolved parameters. */
  record Standard(ResolvedParameter<BigDecimal> urban) {
    Standard(RuleContext context) {
      this(context.resolve(URBAN));
    }
  }

  @Test
  void makesASharedValueOnceAndGivesTheSameAfterwards() {
    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));
    int[] made = new int[1];

    Standard first =
        context.shared(
            Standard.class,
            c -> {
              made[0]++;
              return new Standard(c);
            });

    assertThat(context.shared(Standard.class, Standard::new)).isSameAs(first);
    assertThat(made[0]).isEqualTo(1);
    assertThat(first.urban()).isSameAs(context.resolve(URBAN));
  }

  @Test
  void doesNotRememberASharedValueThatCouldNotBeMade() {
    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(), Jurisdiction.parse("310101"), LocalDate.of(2024, 1, 1));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> context.shared(Standard.class, Standard::new))
          .isInstanceOf(MissingParameterException.class);
    }
  }

  /** Another shared value, to see that each type keeps its own. */
  record Rural(String text) {}

  @Test
  void keepsOneSharedValuePerTypeAndRejectsANullType() {
    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));

    Standard standard = context.shared(Standard.class, Standard::new);
    Rural rural = context.shared(Rural.class, c -> new Rural("r"));

    assertThat(context.shared(Standard.class, c -> fail())).isSameAs(standard);
    assertThat(context.shared(Rural.class, c -> fail())).isSameAs(rural);
    assertThatThrownBy(() -> context.shared(null, c -> "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type");
  }

  private static <T> T fail() {
    throw new AssertionError("made again");
  }

  @Test
  void givesThreadsThatAskAtOnceTheSameValue() throws Exception {
    for (int round = 0; round < 50; round++) {
      RuleContext context =
          RuleContext.of(
              ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        java.util.List<java.util.concurrent.Future<Standard>> asked = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
          asked.add(
              pool.submit(
                  () -> {
                    start.await();
                    return context.shared(Standard.class, Standard::new);
                  }));
        }
        start.countDown();
        Standard first = asked.get(0).get();
        for (java.util.concurrent.Future<Standard> f : asked) {
          assertThat(f.get()).as("round %d", round).isSameAs(first);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
