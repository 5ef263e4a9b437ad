package org.communitygov.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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

  static final int THREADS = 4;
  static final int ROUNDS = 100;

  /**
   * Runs {@code ask} on {@value #THREADS} threads at once, after each thread has started making its
   * value: {@code make} waits at a barrier until every thread is inside it, so every thread has
   * made its own value before any of them shares one. Only the shared method's own locking can then
   * make them agree: the interleaving is forced, not left to timing.
   */
  static <T> List<T> askAtOnce(Function<Function<RuleContext, T>, T> ask) throws Exception {
    CyclicBarrier allMaking = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<T>> asked = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        asked.add(
            pool.submit(
                () ->
                    ask.apply(
                        c -> {
                          try {
                            allMaking.await(10, TimeUnit.SECONDS);
                          } catch (Exception e) {
                            throw new IllegalStateException("the threads did not meet", e);
                          }
                          return null;
                        })));
      }
      List<T> values = new ArrayList<>();
      for (Future<T> f : asked) {
        values.add(f.get(30, TimeUnit.SECONDS));
      }
      return values;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void givesThreadsThatMakeAValueAtOnceTheSameValue() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      RuleContext context =
          RuleContext.of(
              ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));
      AtomicInteger made = new AtomicInteger();
      List<Standard> values =
          askAtOnce(
              meet ->
                  context.shared(
                      Standard.class,
                      c -> {
                        meet.apply(c);
                        made.incrementAndGet();
                        return new Standard(c);
                      }));
      assertThat(made).as("round %d: each thread made one", round).hasValue(THREADS);
      assertThat(values)
          .as("round %d", round)
          .allSatisfy(v -> assertThat(v).isSameAs(values.get(0)));
      assertThat(context.shared(Standard.class, c -> fail()))
          .as("round %d: kept", round)
          .isSameAs(values.get(0));
    }
  }

  /** One type per thread, to see that no thread's value is lost when all share at once. */
  record Numbered(int thread) {}

  @Test
  void keepsEveryTypeThatThreadsShareAtOnce() throws Exception {
    List<Class<?>> types = List.of(Standard.class, Rural.class, Numbered.class, String.class);
    for (int round = 0; round < ROUNDS; round++) {
      RuleContext context =
          RuleContext.of(
              ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));
      AtomicInteger next = new AtomicInteger();
      List<Object> values =
          askAtOnce(
              meet -> {
                int t = next.getAndIncrement();
                return shareAs(
                    context,
                    types.get(t),
                    c -> {
                      meet.apply(c);
                      return value(types.get(t), c, t);
                    });
              });
      for (Class<?> type : types) {
        Object kept = shareAs(context, type, c -> fail());
        assertThat(values).as("round %d: %s kept", round, type.getSimpleName()).contains(kept);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Object shareAs(
      RuleContext context, Class<?> type, Function<RuleContext, Object> make) {
    return context.shared((Class<Object>) type, make);
  }

  private static Object value(Class<?> type, RuleContext context, int thread) {
    if (type == Standard.class) {
      return new Standard(context);
    } else if (type == Rural.class) {
      return new Rural("r" + thread);
    } else if (type == Numbered.class) {
      return new Numbered(thread);
    }
    return "s" + thread;
  }
}
