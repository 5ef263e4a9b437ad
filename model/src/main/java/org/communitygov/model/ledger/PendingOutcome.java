package org.communitygov.model.ledger;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The outcome of a pending transaction: posted (its postings take effect on this entry's date) or
 * voided (its reservation is released). A pending transaction has at most one outcome.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PendingOutcome implements Entry {
  PendingOutcome() {}

  /** Whether a pending transaction is posted or voided. */
  public enum Resolution {
    /** Posted: the postings take effect. */
    POST,
    /** Voided: nothing takes effect. */
    VOID
  }

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutablePendingOutcome.Builder builder() {
    return ImmutablePendingOutcome.builder();
  }

  /**
   * Returns this entry's id, the idempotency key.
   *
   * @return the id, not null
   */
  public abstract EntryId id();

  /**
   * Returns the id of the pending transaction.
   *
   * @return the id, not null
   */
  public abstract EntryId pending();

  /**
   * Returns whether the pending transaction is posted or voided.
   *
   * @return the resolution, not null
   */
  public abstract Resolution resolution();

  /**
   * Returns the date of the outcome; a posted pending transaction's postings take effect on it.
   *
   * @return the date, not null
   */
  public abstract LocalDate on();

  @Override
  public final EntryKind entryKind() {
    return resolution() == Resolution.POST ? EntryKind.POST : EntryKind.VOID;
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
