package org.communitygov.model.ledger;

import java.util.Objects;
import org.communitygov.model.common.InvalidValueException;

/**
 * One line of a transaction: an account and a signed, non-zero amount. A positive amount adds to
 * the account's balance, a negative one takes from it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Posting {
  private final AccountId account;
  private final Amount amount;

  private Posting(AccountId account, Amount amount) {
    this.account = account;
    this.amount = amount;
  }

  /**
   * Obtains a posting.
   *
   * @param account the account, not null
   * @param amount the signed amount, not zero, not null
   * @return the posting, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the amount is zero ({@code posting.zero})
   */
  public static Posting of(AccountId account, Amount amount) {
    Objects.requireNonNull(account, "account");
    if (Objects.requireNonNull(amount, "amount").isZero()) {
      throw InvalidValueException.of("posting", "zero", "a posting's amount is not zero");
    }
    return new Posting(account, amount);
  }

  /**
   * Returns the account.
   *
   * @return the account, not null
   */
  public AccountId account() {
    return account;
  }

  /**
   * Returns the signed amount.
   *
   * @return the amount, not null
   */
  public Amount amount() {
    return amount;
  }

  /**
   * Returns the posting with the opposite amount, as a reversal posts it.
   *
   * @return the negated posting, not null
   */
  public Posting negated() {
    return new Posting(account, amount.negated());
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Posting other
            && other.account.equals(account)
            && other.amount.equals(amount));
  }

  @Override
  public int hashCode() {
    return account.hashCode() * 31 + amount.hashCode();
  }

  @Override
  public String toString() {
    return account + " " + amount;
  }
}
