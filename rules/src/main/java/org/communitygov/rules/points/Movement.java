package org.communitygov.rules.points;

/**
 * The kinds of movement of points or hours, each a kind of ledger transaction; the prefix of its
 * id.
 *
 * @since 0.1.0
 */
public enum Movement {
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

  private static final Movement[] VALUES = values();

  private final String prefix;
  private final java.util.Optional<Movement> asOptional;

  Movement(String prefix) {
    this.prefix = prefix;
    this.asOptional = java.util.Optional.of(this);
  }

  /**
   * Returns the movement of a transaction from its id's prefix.
   *
   * @param id the transaction's id, not null
   * @return the movement, or empty if the id is not of a points transaction
   */
  public static java.util.Optional<Movement> ofTransaction(String id) {
    int colon = id.indexOf(':');
    if (colon > 0) {
      for (Movement m : VALUES) {
        if (m.prefix.length() == colon && id.startsWith(m.prefix)) {
          return m.asOptional;
        }
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Returns the prefix of the ids of its transactions, such as {@code acc}.
   *
   * @return the prefix, not null
   */
  public String prefix() {
    return prefix;
  }
}
