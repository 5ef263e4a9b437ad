package org.communitygov.rules.engine;

import org.jspecify.annotations.Nullable;

/**
 * The values of one step being given by name, from {@link StepTemplate#with(String, Object)}: each
 * value once, in any order, then {@link #step()}. Not thread-safe; one per step.
 *
 * <pre>{@code
 * Step step =
 *     BELOW_STANDARD
 *         .with("area", area)
 *         .with("perCapitaIncome", perCapita)
 *         .with("localMlgStandard", standard)
 *         .step();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StepValues {
  private final StepTemplate template;
  private final Object[] values;
  // The index of the value given by withOutcome, which holds its ifHeld until the step is made.
  private int outcome = -1;
  // The index after the value given last: where the next one usually goes.
  private int next;
  private @Nullable Object otherwise;

  StepValues(StepTemplate template) {
    this.template = template;
    this.values = new Object[template.arity()];
  }

  /**
   * Gives the value of a name.
   *
   * @param name the value's name (a fact's name, a parameter's label or name), not null
   * @param value the value, not null
   * @return these values, not null
   * @throws IllegalArgumentException if the template has no value of that name (or more than one),
   *     or the value was given already
   * @throws NullPointerException if an argument is null
   */
  public StepValues with(String name, Object value) {
    // Small on purpose (see StepTemplate.put): inlined, this object need not be allocated.
    next = template.put(values, name, value, next);
    return this;
  }

  /**
   * Gives the value of a name — typically the step's result — as whether the step's comparison
   * held: {@code ifHeld} when it did, else {@code otherwise}. So a result such as {@code levelRaise
   * = 1} is what the comparison shown decided, not a second comparison.
   *
   * @param name the value's name, not null
   * @param ifHeld the value when the comparison holds, not null
   * @param otherwise the value when it does not, not null
   * @return these values, not null
   * @throws IllegalArgumentException as {@link #with}, or if the template has no comparison
   * @since 0.1.0
   */
  public StepValues withOutcome(String name, Object ifHeld, Object otherwise) {
    outcome = template.putOutcome(values, name, ifHeld, otherwise, next);
    this.otherwise = otherwise;
    return this;
  }

  /**
   * Returns whether the comparison of the step being made holds with the values given so far, which
   * must include the comparison's own: what {@link Step#holds()} of the step made from these values
   * will say. A rule that makes a step only when its comparison holds (the first band a total
   * reaches, the groups a member is in) asks this first and gives the values shown beside the
   * comparison only then, instead of making steps it drops.
   *
   * @return whether it holds
   * @throws IllegalArgumentException if the template has no comparison, or a value of the
   *     comparison was not given (the exception names it), or an ordering comparison meets a value
   *     that is not a number
   * @since 0.1.0
   */
  public boolean holds() {
    return template.holds(values);
  }

  /**
   * Makes the step.
   *
   * @return the step, not null
   * @throws IllegalArgumentException if a value was not given (the exception names it), a
   *     parameter's place holds something other than a {@link ResolvedParameter} or a fact's place
   *     holds one, or an ordering comparison meets a value that is not a number
   */
  public Step step() {
    return template.make(values, outcome, otherwise);
  }
}
