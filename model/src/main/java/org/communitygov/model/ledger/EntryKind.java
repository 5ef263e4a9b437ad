package org.communitygov.model.ledger;

/**
 * The kind of an entry of a journal, with the name the journal writes in its {@code kind} field.
 *
 * @since 0.1.0
 */
public enum EntryKind {
  /** An account opened: {@link Account}. */
  ACCOUNT("account"),
  /** A transaction, posted or pending: {@link Transaction}. */
  TRANSACTION("transaction"),
  /** A pending transaction posted: {@link PendingOutcome}. */
  POST("post"),
  /** A pending transaction voided: {@link PendingOutcome}. */
  VOID("void"),
  /** A period closed: {@link PeriodClose}. */
  CLOSE_PERIOD("close-period"),
  /** An account closed: {@link AccountClosure}. */
  CLOSE_ACCOUNT("close-account"),
  /** A balance asserted: {@link BalanceAssertion}. */
  ASSERTION("assertion"),
  /** An id refused for a reason that depends on the ledger's state: {@link Refusal}. */
  REFUSAL("refusal");

  private final String wireName;

  EntryKind(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the name the journal writes, such as {@code close-period}.
   *
   * @return the name, not null
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the kind of a name the journal writes.
   *
   * @param wireName the name, not null
   * @return the kind, not null
   * @throws IllegalArgumentException if no kind has that name
   */
  public static EntryKind fromWireName(String wireName) {
    for (EntryKind kind : values()) {
      if (kind.wireName.equals(wireName)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no entry kind is named " + wireName);
  }
}
