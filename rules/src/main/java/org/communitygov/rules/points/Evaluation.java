package org.communitygov.rules.points;

/**
 * The evaluation of a volunteer's part in an activity, as far as a points policy cares.
 *
 * @since 0.1.0
 */
public enum Evaluation {
  /** Not evaluated. */
  NONE,
  /** Evaluated as satisfactory or better. */
  SATISFACTORY,
  /** A negative evaluation. */
  NEGATIVE,
  /** A complaint about the service. */
  COMPLAINT;

  /**
   * Tells whether a policy that voids negative activities voids this one.
   *
   * @return true for a negative evaluation or a complaint
   */
  public boolean isNegative() {
    return this == NEGATIVE || this == COMPLAINT;
  }
}
