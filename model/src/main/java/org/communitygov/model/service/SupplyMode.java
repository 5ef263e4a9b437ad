package org.communitygov.model.service;

/**
 * How a service is supplied and paid for.
 *
 * @since 0.1.0
 */
public enum SupplyMode {
  /** 公共服务: a public service delivered by government or its institutions. */
  PUBLIC,
  /** 政府购买服务: a public service the government buys from a social organisation or enterprise. */
  PURCHASED,
  /** 志愿互助服务: volunteer and mutual-aid service. */
  VOLUNTEER_MUTUAL_AID,
  /** 便民利民服务: a market convenience service. */
  MARKET_CONVENIENCE
}
