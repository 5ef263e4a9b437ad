package org.communitygov.rules.points;

/**
 * Who receives a transfer or donation.
 *
 * @since 0.1.0
 */
public enum Recipient {
  /** A relative who is a member (a transfer). */
  RELATIVE,
  /** A friend who is a member (a transfer). */
  FRIEND,
  /** A named hardship elder who is a member (a donation). */
  HARDSHIP_ELDER,
  /** The scheme's community pool (a donation). */
  POOL;

  /**
   * Tells whether giving to this recipient is a donation rather than a transfer.
   *
   * @return true for a hardship elder or the pool
   */
  public boolean isDonation() {
    return this == HARDSHIP_ELDER || this == POOL;
  }
}
