package org.communitygov.rules.engine;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The ordered steps that explain a decision; one of them may be marked decisive, shown first in the
 * one-line summary.
 *
 * <p>An explanation may be {@linkplain #deferred(Supplier) deferred}: made when first read, for a
 * rule that decides in bulk and whose explanations are mostly never read (ADR 0113). It answers
 * every method as the explanation made would.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Explanation {
  private static final Step[] NO_STEPS = {};

  // The steps, copied once or handed over by Steps (only the first size places are used); the list
  // view is made when they are read. A deferred explanation has none: it reads those of made.
  private final Step[] steps;
  private final int size;
  private final int decisive;
  // What makes a deferred explanation; null for any other. Final, so that any thread tells a
  // deferred explanation from another without a lock.
  private final @Nullable Supplier<Explanation> source;
  // The explanation a deferred one made, once made.
  private volatile @Nullable Explanation made;

  private Explanation(Step[] steps, int decisive) {
    this(steps, steps.length, decisive);
  }

  private Explanation(Step[] steps, int size, int decisive) {
    this(steps, size, decisive, null);
  }

  private Explanation(
      Step[] steps, int size, int decisive, @Nullable Supplier<Explanation> source) {
    this.steps = steps;
    this.size = size;
    this.decisive = decisive;
    this.source = source;
  }

  /**
   * Returns an explanation made when it is first read, by {@code source}: for a rule that decides
   * in bulk and whose explanations are mostly never read, the steps are then never made (ADR 0113).
   * The deferred explanation answers every method, {@code equals} and {@code hashCode} included, as
   * the one {@code source} makes; it calls {@code source} once, when first read, and keeps what it
   * made (a call that throws is made again at the next read, and throws to the reader).
   *
   * <p>{@code source} must make the same explanation whenever it is called: a pure function of
   * immutable values, which it alone holds. It is called by the thread that first reads the
   * explanation, holding the explanation's lock.
   *
   * @param source makes the explanation, not null; it must not return null
   * @return the deferred explanation, not null
   * @throws NullPointerException if {@code source} is null
   * @since 0.1.0
   */
  public static Explanation deferred(Supplier<Explanation> source) {
    return new Explanation(NO_STEPS, 0, -1, Objects.requireNonNull(source, "source"));
  }

  /** The explanation whose steps this one shows: itself, or the one a deferred one made. */
  private Explanation made() {
    Supplier<Explanation> s = source;
    if (s == null) {
      return this;
    }
    Explanation e = made;
    if (e == null) {
      synchronized (this) {
        e = made;
        if (e == null) {
          e = Objects.requireNonNull(s.get(), "the deferred explanation").made();
          made = e;
        }
      }
    }
    return e;
  }

  /**
   * Returns an explanation of the given steps, none decisive.
   *
   * @param steps the steps, not null
   * @return the explanation, not null
   */
  public static Explanation of(List<Step> steps) {
    return new Explanation(StepList.copyOf(steps), -1);
  }

  /**
   * Returns an explanation of the given steps, one of them decisive.
   *
   * @param steps the steps, not null
   * @param decisive the decisive step, one of {@code steps} (the same instance), not null
   * @return the explanation, not null
   * @throws IllegalArgumentException if {@code decisive} is not one of the steps
   * @since 0.1.0
   */
  public static Explanation of(List<Step> steps, Step decisive) {
    Objects.requireNonNull(decisive, "decisive");
    Step[] all = StepList.copyOf(steps);
    for (int i = 0; i < all.length; i++) {
      if (all[i] == decisive) {
        return new Explanation(all, i);
      }
    }
    throw new IllegalArgumentException("the decisive step is not one of the steps");
  }

  /**
   * Returns an explanation of the steps a rule collected, one of them decisive; the steps' array
   * becomes the explanation's without a copy, and {@code steps} takes no more.
   *
   * @param steps the steps, not null
   * @param decisive the decisive step, one of {@code steps} (the same instance), not null
   * @return the explanation, not null
   * @throws IllegalArgumentException if {@code decisive} is not one of the steps
   * @throws IllegalStateException if the steps were already given to an explanation
   * @since 0.1.0
   */
  public static Explanation of(Steps steps, Step decisive) {
    Objects.requireNonNull(decisive, "decisive");
    int size = steps.size();
    Step[] all = steps.give();
    for (int i = 0; i < size; i++) {
      if (all[i] == decisive) {
        return new Explanation(all, size, i);
      }
    }
    throw new IllegalArgumentException("the decisive step is not one of the steps");
  }

  /**
   * Returns an explanation with one more step.
   *
   * @param step the step, not null
   * @return the explanation, not null
   */
  public Explanation then(Step step) {
    Explanation e = made();
    return new Explanation(e.plus(step), e.decisive);
  }

  private Step[] plus(Step step) {
    Step[] all = Arrays.copyOf(steps, size + 1);
    all[size] = Objects.requireNonNull(step, "step");
    return all;
  }

  /**
   * Returns an explanation with one more step, marked as the decisive one.
   *
   * @param step the step, not null
   * @return the explanation, not null
   */
  public Explanation thenDecisive(Step step) {
    Explanation e = made();
    return new Explanation(e.plus(step), e.size);
  }

  /**
   * Returns the steps in order.
   *
   * @return the steps, not null
   */
  public List<Step> steps() {
    Explanation e = made();
    return StepList.of(e.steps, e.size);
  }

  /**
   * Returns the decisive step, if one is marked.
   *
   * @return the step, not null
   */
  public Optional<Step> decisiveStep() {
    Explanation e = made();
    return e.decisive < 0 ? Optional.empty() : Optional.of(e.steps[e.decisive]);
  }

  /**
   * Returns every parameter value used by the steps, without repeats, in order of first use.
   *
   * @return the parameters, not null
   */
  public List<ResolvedParameter<?>> parameters() {
    Explanation e = made();
    Set<ResolvedParameter<?>> all = new LinkedHashSet<>();
    for (int i = 0; i < e.size; i++) {
      all.addAll(e.steps[i].parameters());
    }
    return List.copyOf(all);
  }

  @Override
  public boolean equals(Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof Explanation other)) {
      return false;
    }
    Explanation e = made();
    Explanation o = other.made();
    return Arrays.equals(o.steps, 0, o.size, e.steps, 0, e.size) && o.decisive == e.decisive;
  }

  @Override
  public int hashCode() {
    // The list's hash code, as Arrays.hashCode.
    return steps().hashCode() * 31 + made().decisive;
  }

  /**
   * Returns the steps, sensitive values masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return steps().toString();
  }
}
