package org.communitygov.model.service;

/**
 * How opening hours repeat: the two frequencies HSDS 3.0 {@code schedule.freq} allows.
 *
 * @since 0.1.0
 */
public enum Recurrence {
  /** On given days of the week. */
  WEEKLY,
  /** On given days of the month. */
  MONTHLY
}
