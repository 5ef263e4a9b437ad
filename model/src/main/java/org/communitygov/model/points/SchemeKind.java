package org.communitygov.model.points;

import org.communitygov.model.ledger.Unit;

/**
 * The kind of a scheme: community points (积分制), counted in whole points, or a time bank (时间银行),
 * counted in hours.
 *
 * @since 0.1.0
 */
public enum SchemeKind {
  /** Community points (社区积分 / 积分制): whole points. */
  POINTS(Unit.POINT),
  /** A time bank (时间银行): hours of time credit (时间币), two decimals. */
  TIME_BANK(Unit.HOUR);

  private final Unit unit;

  SchemeKind(Unit unit) {
    this.unit = unit;
  }

  /**
   * Returns the unit the scheme's accounts are in.
   *
   * @return {@link Unit#POINT} or {@link Unit#HOUR}, not null
   */
  public Unit unit() {
    return unit;
  }
}
