package org.communitygov.rules.engine;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The steps of an explanation: an unmodifiable list over the explanation's array, made when the
 * steps are read (an explanation keeps only the array: most are never read). Equal to any list of
 * the same steps.
 */
final class StepList extends AbstractList<Step> implements RandomAccess {
  private final Step[] steps;
  private final int size;

  private StepList(Step[] steps, int size) {
    this.steps = steps;
    this.size = size;
  }

  /** A view of the first {@code size} steps, which the caller does not change. */
  static List<Step> of(Step[] steps, int size) {
    return new StepList(steps, size);
  }

  /**
   * The steps of a collection, copied into an array once (a {@code List.copyOf} copies twice).
   *
   * @throws NullPointerException if a step is null
   */
  static Step[] copyOf(Collection<Step> steps) {
    Step[] all = steps.toArray(new Step[0]);
    for (Step step : all) {
      Objects.requireNonNull(step, "step");
    }
    return all;
  }

  @Override
  public Step get(int index) {
    return steps[Objects.checkIndex(index, size)];
  }

  @Override
  public int size() {
    return size;
  }
}
