package org.communitygov.model.ledger;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An assertion that an account's balance at the end of a date is an amount (as Beancount's {@code
 * balance}). Posted, it is refused with {@code balance_assertion_failed} when the fold of the
 * account's postings says otherwise, and kept in the journal when it holds.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BalanceAssertion implements Entry {
  BalanceAssertion() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableBalanceAssertion.Builder builder() {
    return ImmutableBalanceAssertion.builder();
  }

  /**
   * Returns this entry's id, the idempotency key.
   *
   * @return the id, not null
   */
  public abstract EntryId id();

  /**
   * Returns the account.
   *
   * @return the account, not null
   */
  public abstract AccountId account();

  /**
   * Returns the date: the balance counts postings with a value date on or before it.
   *
   * @return the date, not null
   */
  public abstract LocalDate on();

  /**
   * Returns the expected balance.
   *
   * @return the amount, not null
   */
  public abstract Amount expected();

  @Override
  public final EntryKind entryKind() {
    return EntryKind.ASSERTION;
  }

  @Override
  public final String key() {
    return id().value();
  }

  @Override
  public final LocalDate date() {
    return on();
  }
}
