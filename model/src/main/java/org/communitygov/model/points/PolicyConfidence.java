package org.communitygov.model.points;

/**
 * How sure we are of a policy term and its source: the tags of the policy fact sheet. A term that
 * is not {@link #CONFIRMED} is never presented as law; explanations say so next to its value.
 *
 * @since 0.1.0
 */
public enum PolicyConfidence {
  /** [C] Confirmed: the text was found in the cited source. */
  CONFIRMED,
  /** [P] Partly confirmed: a secondary source agrees, the primary text was not read. */
  PARTLY_CONFIRMED,
  /** [U] Unconfirmed: from memory, a local choice or a placeholder; check before relying on it. */
  UNCONFIRMED
}
