package org.communitygov.model.points;

/**
 * The kind of a points transaction: which movement of points or hours a policy produced. The
 * movements of {@code org.communitygov.rules.points} have the same names.
 *
 * @since 0.1.0
 */
public enum TransactionKind {
  /** Credit for a service record (and what of it goes to donation). */
  ACCRUAL,
  /** A bonus, such as for referring a new volunteer. */
  BONUS,
  /** Points or hours spent on a reward. */
  REDEMPTION,
  /** A transfer to a relative or friend. */
  TRANSFER,
  /** A donation to a hardship elder or to the pool. */
  DONATION,
  /** Credits that reached their expiry. */
  EXPIRY,
  /** Any other transaction on a member's account, such as a reversal. */
  OTHER
}
