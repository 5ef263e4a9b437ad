package org.communitygov.rules.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The steps of one explanation as a rule collects them, in order, in one array sized by the number
 * of steps the rule expects; {@link AbstractRule#decided(Outcome, Steps, Step)} (or {@link
 * Explanation#of(Steps, Step)}) hands the array to the explanation without a copy. Use it instead
 * of a list when a decision's steps are gathered as they are made.
 *
 * <pre>{@code
 * Steps steps = Steps.withCapacity(2 + changes.size());
 * steps.add(scores).add(initial).addAll(changes);
 * return decided(result, steps, initial);
 * }</pre>
 *
 * <p>Once given to an explanation, the steps are the explanation's: adding more fails. Not
 * thread-safe; one per decision.
 *
 * @since 0.1.0
 */
public final class Steps {
  private static final Step[] NONE = {};

  private Step[] steps;
  private int size;
  private boolean given;

  private Steps(int capacity) {
    this.steps = new Step[capacity];
  }

  /**
   * Starts the steps of a decision.
   *
   * @param expected the number of steps expected (more may be added), not negative
   * @return the steps, none yet, not null
   * @throws IllegalArgumentException if {@code expected} is negative
   */
  public static Steps withCapacity(int expected) {
    if (expected < 0) {
      throw new IllegalArgumentException("expected " + expected + " steps");
    }
    return new Steps(expected);
  }

  /**
   * Adds a step after the others.
   *
   * @param step the step, not null
   * @return these steps, not null
   * @throws IllegalStateException if the steps were given to an explanation
   */
  public Steps add(Step step) {
    Objects.requireNonNull(step, "step");
    if (size == steps.length) {
      grow(size + 1);
    }
    steps[size++] = step;
    return this;
  }

  /**
   * Adds steps after the others, in order.
   *
   * @param more the steps, not null
   * @return these steps, not null
   * @throws IllegalStateException if the steps were given to an explanation
   * @throws NullPointerException if a step is null
   */
  public Steps addAll(List<Step> more) {
    int n = more.size();
    if (size + n > steps.length) {
      grow(size + n);
    }
    for (int i = 0; i < n; i++) {
      steps[size++] = Objects.requireNonNull(more.get(i), "step");
    }
    return this;
  }

  /**
   * Returns the number of steps added.
   *
   * @return the number
   */
  public int size() {
    return size;
  }

  private void grow(int needed) {
    requireNotGiven();
    steps = Arrays.copyOf(steps, Math.max(needed, Math.max(4, steps.length * 2)));
  }

  private void requireNotGiven() {
    if (given) {
      throw new IllegalStateException("the steps were given to an explanation");
    }
  }

  /**
   * Hands the array over, its first {@link #size()} places used (read the size first): from now on
   * it is the explanation's, and these steps take no more.
   */
  Step[] give() {
    requireNotGiven();
    given = true;
    // An empty array: the next add grows it, and growing fails.
    Step[] all = steps;
    steps = NONE;
    size = 0;
    return all;
  }

  /**
   * Returns the steps added, sensitive values masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return Arrays.asList(steps).subList(0, size).toString();
  }
}
