package org.communitygov.model.ledger;

import java.time.LocalDate;

/**
 * An entry of a ledger's journal: immutable once accepted, identified by a key that is also its
 * idempotency key (an entry posted twice with the same key is accepted once).
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface Entry {
  /**
   * Returns the kind of entry.
   *
   * @return the kind, not null
   */
  EntryKind entryKind();

  /**
   * Returns the key: the id of the account for an {@link Account}, the entry id otherwise.
   *
   * @return the key, not null
   */
  String key();

  /**
   * Returns the date the entry is booked on, which period closes and the future-date check apply
   * to.
   *
   * @return the date, not null
   */
  LocalDate date();

  /**
   * Returns the earliest date the entry is about (a transaction's booking or value date, whichever
   * is earlier); a closed period refuses an entry whose earliest date falls in it.
   *
   * @return the date, not null
   */
  default LocalDate earliestDate() {
    return date();
  }
}
