package org.communitygov.model.volunteer;

/**
 * The status of a volunteer's registration.
 *
 * @since 0.1.0
 */
public enum VolunteerStatus {
  /** Registered and taking part. */
  ACTIVE,
  /** Registered, not taking part for a while (on leave, suspended). */
  SUSPENDED,
  /** Registration ended (withdrawn, moved away, deceased). */
  WITHDRAWN
}
