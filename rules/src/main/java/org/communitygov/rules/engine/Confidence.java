package org.communitygov.rules.engine;

/**
 * How sure communitygov is that a parameter value or a rule states the law correctly: the [C], [P]
 * and [U] tags of the policy fact sheet.
 *
 * <p>A value that is not {@link #CONFIRMED} is never presented as law: explanations show its
 * confidence beside it.
 *
 * @since 0.1.0
 */
public enum Confidence {
  /** Confirmed: the verbatim or near-verbatim text was found in the cited source. */
  CONFIRMED,
  /**
   * Partly confirmed: a secondary source or a third-party implementation agrees, but the primary
   * text was not read.
   */
  PARTLY_CONFIRMED,
  /**
   * Unconfirmed: from memory or not found; check against the official text before relying on it.
   */
  UNCONFIRMED
}
