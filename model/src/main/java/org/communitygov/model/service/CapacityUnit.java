package org.communitygov.model.service;

/**
 * The unit in which a service's capacity and its deliveries are counted.
 *
 * @since 0.1.0
 */
public enum CapacityUnit {
  /** 人次: visits or sessions. */
  VISITS,
  /** 餐: meals. */
  MEALS,
  /** 小时: hours of service. */
  HOURS,
  /** 床位 / 名额: places (beds, seats, enrolments). */
  PLACES
}
