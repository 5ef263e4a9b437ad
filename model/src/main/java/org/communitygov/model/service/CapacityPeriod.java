package org.communitygov.model.service;

/**
 * The period a capacity is counted over.
 *
 * @since 0.1.0
 */
public enum CapacityPeriod {
  /** Per day. */
  DAY,
  /** Per week. */
  WEEK,
  /** Per month. */
  MONTH,
  /** Per year. */
  YEAR
}
