package org.communitygov.rules.engine;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The steps of an explanation: an unmodifiable list over one array, copied once from the rule's
 * list (a {@code List.copyOf} copies twice). Equal to any list of the same steps.
 */
final class StepList extends AbstractList<Step> implements RandomAccess {
  private final Step[] steps;

  private StepList(Step[] steps) {
    this.steps = steps;
  }

  /**
   * The steps of a collection, copied; the list itself when it is one already.
   *
   * @throws NullPointerException if a step is null
   */
  static List<Step> copyOf(Collection<Step> steps) {
    if (steps instanceof StepList same) {
      return same;
    }
    Step[] all = steps.toArray(new Step[0]);
    for (Step step : all) {
      Objects.requireNonNull(step, "step");
    }
    return new StepList(all);
  }

  @Override
  public Step get(int index) {
    return steps[index];
  }

  @Override
  public int size() {
    return steps.length;
  }
}
