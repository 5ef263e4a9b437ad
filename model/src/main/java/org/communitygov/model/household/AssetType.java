package org.communitygov.model.household;

/**
 * The type of an asset, as means tests' property conditions distinguish them.
 *
 * @since 0.1.0
 */
public enum AssetType {
  /** 存款: bank deposits and cash. */
  DEPOSIT,
  /** 有价证券: securities, funds, commercial insurance with a cash value. */
  SECURITIES,
  /** 机动车辆: a motor vehicle. */
  VEHICLE,
  /** 住房: a dwelling. */
  HOUSING,
  /** 非居住类房屋: shops, offices and other non-residential buildings. */
  COMMERCIAL_PROPERTY,
  /** 经营性资产: equipment and other business assets. */
  BUSINESS_ASSET,
  /** Anything else of value. */
  OTHER
}
