package org.communitygov.model.funding;

/**
 * Where a fund's money comes from (资金来源, 003 §三.4, §四.6). The code is the wire value.
 *
 * @since 0.1.0
 */
public enum SourceKind {
  /** 中央财政: an appropriation of the central government. */
  CENTRAL_FINANCE,
  /** 地方财政: an appropriation of a provincial, city, district or township government. */
  LOCAL_FINANCE,
  /** 福利彩票公益金: welfare-lottery public-welfare funds. */
  WELFARE_LOTTERY,
  /** 体育彩票公益金: sports-lottery public-welfare funds. */
  SPORTS_LOTTERY,
  /** 企业捐赠: a donation from an enterprise. */
  DONATION_ENTERPRISE,
  /** 社会组织、团体捐赠: a donation from a social organisation or group. */
  DONATION_GROUP,
  /** 个人捐赠: a donation from a person; the donor's identity is personal data. */
  DONATION_INDIVIDUAL,
  /** 境外捐赠: a donation from abroad. */
  DONATION_OVERSEAS,
  /** 服务收费: fees for services. */
  SERVICE_FEES,
  /** 自筹资金: money the community raised itself. */
  SELF_RAISED,
  /** 集体经济收入: income of the collective economy. */
  COLLECTIVE_INCOME;

  /**
   * Tells whether this is a lottery public-welfare fund, which carries the lottery rules.
   *
   * @return true for {@link #WELFARE_LOTTERY} and {@link #SPORTS_LOTTERY}
   */
  public boolean isLottery() {
    return this == WELFARE_LOTTERY || this == SPORTS_LOTTERY;
  }

  /**
   * Tells whether this is a donation.
   *
   * @return true for the four donation kinds
   */
  public boolean isDonation() {
    return name().startsWith("DONATION_");
  }

  /**
   * Tells whether this is public finance (central or local).
   *
   * @return true for {@link #CENTRAL_FINANCE} and {@link #LOCAL_FINANCE}
   */
  public boolean isPublicFinance() {
    return this == CENTRAL_FINANCE || this == LOCAL_FINANCE;
  }
}
