package org.communitygov.model.ledger;

/**
 * The family of a unit of account: money, or time and points. An account kind belongs to one
 * family, and units of different families never meet in one posting or one sum.
 *
 * @since 0.1.0
 */
public enum UnitFamily {
  /** Money in an ISO 4217 currency, such as yuan (CNY). */
  MONEY,
  /** Time credits of a time bank (时间银行), in hours. */
  TIME,
  /** Community points (社区积分), whole points. */
  POINTS
}
