package org.communitygov.rules.engine;

import java.util.ArrayList;
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
  private final List<Step> steps;
  private final int decisive;

  private Explanation(List<Step> steps, int decisive) {
    this.steps = StepList.copyOf(steps);
    this.decisive = decisive;
  }

  /**
   * Returns an explanation of the given steps, none decisive.
   *
   * @param steps the steps, not null
   * @return the explanation, not null
   */
  public static Explanation of(List<Step> steps) {
    return new Explanation(steps, -1);
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
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) == decisive) {
        return new Explanation(steps, i);
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
    List<Step> all = new ArrayList<>(steps);
    all.add(Objects.requireNonNull(step, "step"));
    return new Explanation(all, decisive);
  }

  /**
   * Returns an explanation with one more step, marked as the decisive one.
   *
   * @param step the step, not null
   * @return the explanation, not null
   */
  public Explanation thenDecisive(Step step) {
    return new Explanation(then(step).steps, steps.size());
  }

  /**
   * Returns the steps in order.
   *
   * @return the steps, not null
   */
  public List<Step> steps() {
    return steps;
  }

  /**
   * Returns the decisive step, if one is marked.
   *
   * @return the step, not null
   */
  public Optional<Step> decisiveStep() {
    return decisive < 0 ? Optional.empty() : Optional.of(steps.get(decisive));
  }

  /**
   * Returns every parameter value used by the steps, without repeats, in order of first use.
   *
   * @return the parameters, not null
   */
  public List<ResolvedParameter<?>> parameters() {
    Set<ResolvedParameter<?>> all = new LinkedHashSet<>();
    steps.forEach(s -> all.addAll(s.parameters()));
    return List.copyOf(all);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Explanation o && o.steps.equals(steps) && o.decisive == decisive);
  }

  @Override
  public int hashCode() {
    return steps.hashCode() * 31 + decisive;
  }

  /**
   * Returns the steps, sensitive values masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return steps.toString();
  }
}
