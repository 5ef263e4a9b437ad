package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.communitygov.model.common.Money;
import org.junit.jupiter.api.Test;

class RuleContextTest {
  static final ParameterKey<Money> URBAN = ParameterKey.money("mlg.standard.urban");

  @Test
  void resolvesAParameterOnceAndAnswersFromThenOn() {
    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));

    ResolvedParameter<Money> first = context.resolve(URBAN);

    assertThat(first.value()).isEqualTo(Money.parse("735.00 CNY"));
    assertThat(context.resolve(URBAN)).isSameAs(first);
  }

  @Test
  void givesTheSameValueForAnEqualKeyMadeAnew() {
    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));

    ResolvedParameter<Money> first = context.resolve(URBAN);
    ResolvedParameter<Money> again = context.resolve(ParameterKey.money("mlg.standard.urban"));

    assertThat(again).isSameAs(first);
    assertThat(context.resolve(ParameterKey.money("mlg.standard.urban"))).isSameAs(first);
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
  record Standard(ResolvedParameter<Money> urban) {
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

  static final int THREADS = 2;

  /** Rounds per race test; the mutation profile runs fewer (each mutant runs the tests again). */
  static final int ROUNDS = Integer.getInteger("communitygov.raceRounds", 400);

  static final int OTHERS = 200;

  /**
   * Runs {@code ask} on {@value #THREADS} threads at once, after each thread has started making its
   * value: {@code make} waits until every thread is inside it, so every thread has made its own
   * value before any of them shares one, and only the shared method's own locking can make them
   * agree. The threads wait by spinning, not blocking, so that they leave together and reach the
   * shared method's critical section at the same moment as far as the cores allow.
   */
  static <T> List<T> askAtOnce(ExecutorService pool, Function<Function<RuleContext, T>, T> ask)
      throws Exception {
    AtomicInteger arrived = new AtomicInteger();
    List<Future<T>> asked = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      asked.add(
          pool.submit(
              () ->
                  ask.apply(
                      c -> {
                        arrived.incrementAndGet();
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                        while (arrived.get() < THREADS) {
                          if (System.nanoTime() > deadline) {
                            throw new IllegalStateException("the threads did not meet");
                          }
                          Thread.onSpinWait();
                        }
                        return null;
                      })));
    }
    List<T> values = new ArrayList<>();
    for (Future<T> f : asked) {
      values.add(f.get(30, TimeUnit.SECONDS));
    }
    return values;
  }

  /**
   * A context that already shares {@value #OTHERS} values of other types (array classes), so that
   * the shared method's critical section, which scans and copies them, is wide enough for threads
   * released together to meet in it.
   */
  static RuleContext crowdedContext() {
    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));
    Object value = new Object[0];
    for (int i = 0; i < OTHERS; i++) {
      Object shared = value;
      shareAs(context, value.getClass(), c -> shared);
      value = java.lang.reflect.Array.newInstance(value.getClass(), 0);
    }
    return context;
  }

  @Test
  void givesThreadsThatMakeAValueAtOnceTheSameValue() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        RuleContext context = crowdedContext();
        AtomicInteger made = new AtomicInteger();
        List<Standard> values =
            askAtOnce(
                pool,
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
    } finally {
      pool.shutdownNow();
    }
  }

  /** One type per thread, to see that no thread's value is lost when all share at once. */
  record Numbered(int thread) {}

  @Test
  void keepsEveryTypeThatThreadsShareAtOnce() throws Exception {
    List<Class<?>> types =
        List.of(Standard.class, Rural.class, Numbered.class, String.class).subList(0, THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        RuleContext context = crowdedContext();
        AtomicInteger next = new AtomicInteger();
        List<Object> values =
            askAtOnce(
                pool,
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
    } finally {
      pool.shutdownNow();
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
