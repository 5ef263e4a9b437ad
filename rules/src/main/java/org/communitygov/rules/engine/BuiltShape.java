package org.communitygov.rules.engine;

import java.util.Arrays;
import java.util.List;
import org.communitygov.model.common.SensitiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * The shape of one step made by {@link Step.Builder}: its facts, comparison and result as given;
 * its values are its parameters, without repeats. Small, as it is made per decision for steps of
 * variable shape.
 */
final class BuiltShape extends StepShape {
  private final String id;
  // The builder's array, of which the first factCount places are used.
  private final Fact[] facts;
  private final int factCount;
  // The values are the parameters, of which the first parameterCount places are used.
  private final int parameterCount;
  private final @Nullable Comparison comparison;
  private final @Nullable Fact result;
  private final @Nullable Citation citation;
  private final @Nullable SensitiveCategory sensitivity;

  BuiltShape(
      String id,
      Fact[] facts,
      int factCount,
      int parameterCount,
      @Nullable Comparison comparison,
      @Nullable Fact result,
      @Nullable Citation citation,
      @Nullable SensitiveCategory sensitivity) {
    this.id = id;
    this.facts = facts;
    this.factCount = factCount;
    this.parameterCount = parameterCount;
    this.comparison = comparison;
    this.result = result;
    this.citation = citation;
    this.sensitivity = sensitivity;
  }

  @Override
  String id() {
    return id;
  }

  @Override
  List<Fact> facts(Object[] values) {
    return List.of(factCount == facts.length ? facts : Arrays.copyOf(facts, factCount));
  }

  @Override
  List<ResolvedParameter<?>> parameters(Object[] values) {
    ResolvedParameter<?>[] all = new ResolvedParameter<?>[parameterCount];
    for (int i = 0; i < all.length; i++) {
      all[i] = (ResolvedParameter<?>) values[i];
    }
    return List.of(all);
  }

  @Override
  @Nullable Comparison comparison(Object[] values, boolean held) {
    return comparison;
  }

  @Override
  @Nullable Fact result(Object[] values) {
    return result;
  }

  @Override
  @Nullable Citation citation() {
    return citation;
  }

  @Override
  @Nullable SensitiveCategory sensitivity() {
    return sensitivity;
  }

  @Override
  public String toString() {
    return "BuiltShape[" + id + "]";
  }
}
