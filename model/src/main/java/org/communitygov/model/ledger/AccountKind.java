package org.communitygov.model.ledger;

/**
 * The kind of an account. The first five are the kinds of money accounts in double entry; the
 * others are the kinds of time-bank and points accounts. A kind belongs to money or to time and
 * points, never both.
 *
 * @since 0.1.0
 */
public enum AccountKind {
  /** What the holder owns (cash, bank deposits). Money. */
  ASSET(false),
  /** What the holder owes (grants received but not yet spent). Money. */
  LIABILITY(false),
  /** Net assets (fund balances). Money. */
  EQUITY(false),
  /** Income (donations, subsidies). Money. */
  INCOME(false),
  /** Spending (services, materials). Money. */
  EXPENSE(false),
  /** A member's (volunteer's or resident's) account of hours or points. */
  MEMBER(true),
  /** A community pool of hours or points, shared by members. */
  COMMUNITY_POOL(true),
  /** Where hours or points are issued from (the other side of earning them). */
  ISSUANCE(true),
  /** Where hours or points go when redeemed for services or goods. */
  REDEMPTION(true),
  /** Hours or points donated (to family, to the pool). */
  DONATION(true);

  private final boolean timeOrPoints;

  AccountKind(boolean timeOrPoints) {
    this.timeOrPoints = timeOrPoints;
  }

  /**
   * Tells whether an account of this kind may hold amounts of the given unit family.
   *
   * @param family the family, not null
   * @return true for money kinds and {@link UnitFamily#MONEY}, and for time and points kinds and
   *     {@link UnitFamily#TIME} or {@link UnitFamily#POINTS}
   */
  public boolean holds(UnitFamily family) {
    return timeOrPoints == (family != UnitFamily.MONEY);
  }
}
