package org.communitygov.rules.engine;

import java.util.List;
import org.communitygov.model.common.SensitiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Step} shows, made from its values only when asked for: the shape of a {@link
 * StepTemplate}, or of one step made by {@link Step.Builder}. Steps are made for every decision and
 * most are never shown, so a step holds its shape and its values, nothing else.
 */
abstract class StepShape {
  StepShape() {}

  /** The rule step's id. */
  abstract String id();

  /** The facts, in order. */
  abstract List<Fact> facts(Object[] values);

  /** The parameter values used, without repeats. */
  abstract List<ResolvedParameter<?>> parameters(Object[] values);

  /** The comparison, or null; {@code held} is whether it held when the step was made. */
  abstract @Nullable Comparison comparison(Object[] values, boolean held);

  /** The result, or null. */
  abstract @Nullable Fact result(Object[] values);

  /** The source of the step itself, or null. */
  abstract @Nullable Citation citation();

  /** What the step tells by being there at all, or null. */
  abstract @Nullable SensitiveCategory sensitivity();
}
