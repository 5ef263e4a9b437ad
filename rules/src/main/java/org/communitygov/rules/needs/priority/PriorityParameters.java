package org.communitygov.rules.needs.priority;

import org.communitygov.rules.engine.ParameterKey;

/**
 * The parameters of {@link PriorityGroups}, shipped in {@code
 * org/communitygov/rules/parameters/priority.json}; all national values are unconfirmed.
 *
 * @since 0.1.0
 */
public final class PriorityParameters {
  /** From this age a person is elderly: 60. */
  public static final ParameterKey<Integer> ELDERLY_AGE =
      ParameterKey.integer("priority.elderlyAge");

  /** From this age a person is very elderly: 80. */
  public static final ParameterKey<Integer> VERY_ELDERLY_AGE =
      ParameterKey.integer("priority.veryElderlyAge");

  /** A disability of this grade or a more severe one is severe: 2. */
  public static final ParameterKey<Integer> SEVERE_DISABILITY_GRADE =
      ParameterKey.integer("priority.severeDisabilityGrade");

  /** Under this age a person is a child: 18. */
  public static final ParameterKey<Integer> CHILD_AGE_LIMIT =
      ParameterKey.integer("priority.childAgeLimit");

  private PriorityParameters() {}
}
