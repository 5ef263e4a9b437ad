package org.communitygov.rules.engine;

/**
 * Whether a rule could decide.
 *
 * @since 0.1.0
 */
public enum DecisionStatus {
  /** The rule decided: the decision has an outcome. */
  DETERMINED,
  /** Facts were missing: the decision names them and has no outcome; a rule never guesses. */
  UNDETERMINED
}
