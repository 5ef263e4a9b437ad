package org.communitygov.model.points;

import java.util.Optional;

/**
 * The kind of a points transaction: which movement of points or hours a policy produced, told by
 * the prefix of the transaction's id ({@code acc:SR-1}). The points rules ({@code
 * org.communitygov.rules.points}) use these kinds for their movements.
 *
 * @since 0.1.0
 */
public enum TransactionKind {
  /** Credit for a service record (and what of it goes to donation). */
  ACCRUAL("acc"),
  /** A bonus, such as for referring a new volunteer. */
  BONUS("bon"),
  /** Points or hours spent on a reward. */
  REDEMPTION("red"),
  /** A transfer to a relative or friend. */
  TRANSFER("tr"),
  /** A donation to a hardship elder or to the pool. */
  DONATION("don"),
  /** Credits that reached their expiry. */
  EXPIRY("exp"),
  /** Any other transaction on a member's account, such as a reversal. */
  OTHER("-");

  private static final TransactionKind[] VALUES = values();

  private final String prefix;
  private final Optional<TransactionKind> asOptional;

  TransactionKind(String prefix) {
    this.prefix = prefix;
    this.asOptional = Optional.of(this);
  }

  /**
   * Returns the kind of a transaction from its id's prefix.
   *
   * @param id the transaction's id, not null
   * @return the kind, or empty if the id is not of a points transaction
   * @since 0.1.0
   */
  public static Optional<TransactionKind> ofTransaction(String id) {
    int colon = id.indexOf(':');
    if (colon > 0) {
      for (TransactionKind k : VALUES) {
        if (k.prefix.length() == colon && id.startsWith(k.prefix)) {
          return k.asOptional;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the prefix of the ids of its transactions, such as {@code acc}; {@code -} for {@link
   * #OTHER}, which has none.
   *
   * @return the prefix, not null
   * @since 0.1.0
   */
  public String prefix() {
    return prefix;
  }
}
