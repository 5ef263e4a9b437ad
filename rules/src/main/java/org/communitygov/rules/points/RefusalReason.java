package org.communitygov.rules.points;

/**
 * Why a request was refused; nothing is posted. Each has a stable code.
 *
 * @since 0.1.0
 */
public enum RefusalReason {
  /** No policy of the scheme is in force on the date. */
  NO_POLICY("points.policy.none"),
  /** The reward is not in the catalogue of the policy in force. */
  UNKNOWN_REWARD("points.redemption.unknownReward"),
  /** The date is after the open days of the redemption period. */
  OUTSIDE_WINDOW("points.redemption.outsideWindow"),
  /** The member has already redeemed in this period. */
  ONCE_PER_PERIOD("points.redemption.oncePerPeriod"),
  /** The member is younger than the redemption age. */
  TOO_YOUNG("points.redemption.age"),
  /** The member's balance is less than what the request takes. */
  INSUFFICIENT_BALANCE("points.balance.insufficient"),
  /** The policy does not allow transfers. */
  TRANSFER_NOT_ALLOWED("points.transfer.notAllowed"),
  /** The policy does not allow donations. */
  DONATION_NOT_ALLOWED("points.donation.notAllowed"),
  /** A member cannot give to themself. */
  TO_SELF("points.gift.self"),
  /** The receiving member has no account in the scheme. */
  UNKNOWN_MEMBER("points.member.unknown"),
  /** The gift would take the receiver above the storage cap. */
  STORAGE_CAP("points.storageCap.exceeded"),
  /** The ledger refused the transaction; its result code is in the details. */
  LEDGER("points.ledger.refused");

  private final String code;

  RefusalReason(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code, such as {@code points.redemption.age}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }
}
