package org.communitygov.model.household;

/**
 * The four categories of household income of the statistical definition the 2021 低保 rules use.
 *
 * @since 0.1.0
 */
public enum IncomeCategory {
  /** 工资性收入: wages and salaries. */
  WAGES,
  /** 经营净收入: net income from a business or farming. */
  BUSINESS_NET,
  /** 财产净收入: net income from property (rent, interest, dividends). */
  PROPERTY_NET,
  /** 转移净收入: net transfers (pensions, support payments, benefits). */
  TRANSFER_NET
}
