package org.communitygov.rules.engine;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ordered steps that explain a decision; one of them may be marked decisive, shown first in the
 * one-line summary.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Explanation {
  // The steps, copied once or handed over by Steps (only the first size places are used); the list
  // view is made when they are read.
  private final Step[] steps;
  private final int size;
  private final int decisive;

  private Explanation(Step[] steps, int decisive) {
    this(steps, steps.length, decisive);
  }

  private Explanation(Step[] steps, int size, int decisive) {
    this.steps = steps;
    this.size = size;
    this.decisive = decisive;
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
    return new Explanation(plus(step), decisive);
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
    return new Explanation(plus(step), size);
  }

  /**
   * Returns the steps in order.
   *
   * @return the steps, not null
   */
  public List<Step> steps() {
    return StepList.of(steps, size);
  }

  /**
   * Returns the decisive step, if one is marked.
   *
   * @return the step, not null
   */
  public Optional<Step> decisiveStep() {
    return decisive < 0 ? Optional.empty() : Optional.of(steps[decisive]);
  }

  /**
   * Returns every parameter value used by the steps, without repeats, in order of first use.
   *
   * @return the parameters, not null
   */
  public List<ResolvedParameter<?>> parameters() {
    Set<ResolvedParameter<?>> all = new LinkedHashSet<>();
    for (int i = 0; i < size; i++) {
      all.addAll(steps[i].parameters());
    }
    return List.copyOf(all);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Explanation o
            && Arrays.equals(o.steps, 0, o.size, steps, 0, size)
            && o.decisive == decisive);
  }

  @Override
  public int hashCode() {
    return steps().hashCode() * 31 + decisive; // the list's hash code, as Arrays.hashCode
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
