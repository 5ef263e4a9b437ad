package org.communitygov.model.ledger;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The close of an account: nothing is posted to it any more. Its balance stays what the fold of its
 * postings says.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AccountClosure implements Entry {
  AccountClosure() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableAccountClosure.Builder builder() {
    return ImmutableAccountClosure.builder();
  }

  /**
   * Returns this entry's id, the idempotency key.
   *
   * @return the id, not null
   */
  public abstract EntryId id();

  /**
   * Returns the account closed.
   *
   * @return the account, not null
   */
  public abstract AccountId account();

  /**
   * Returns the date the account is closed on.
   *
   * @return the date, not null
   */
  public abstract LocalDate on();

  @Override
  public final EntryKind entryKind() {
    return EntryKind.CLOSE_ACCOUNT;
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
