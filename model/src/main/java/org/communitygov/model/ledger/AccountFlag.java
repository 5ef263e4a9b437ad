package org.communitygov.model.ledger;

/**
 * A flag an account is opened with. That an account is closed is not a flag it is opened with but
 * an {@link AccountClosure} entry of the journal.
 *
 * @since 0.1.0
 */
public enum AccountFlag {
  /**
   * The balance never goes below zero, counting pending transactions that take from it (as
   * TigerBeetle's "debits must not exceed credits").
   */
  OVERDRAFT_FORBIDDEN,
  /** The money is given for a purpose, named by {@link Account#purpose()}. */
  RESTRICTED_PURPOSE
}
