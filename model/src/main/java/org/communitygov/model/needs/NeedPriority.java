package org.communitygov.model.needs;

/**
 * How urgently a need should be met.
 *
 * @since 0.1.0
 */
public enum NeedPriority {
  /** Must be met at once (a risk to life or safety). */
  URGENT,
  /** To be met before ordinary needs. */
  HIGH,
  /** An ordinary need. */
  NORMAL,
  /** Desirable, not pressing. */
  LOW
}
