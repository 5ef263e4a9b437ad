package org.communitygov.rules.points;

import java.util.Collections;
import org.communitygov.model.ledger.ImmutableTransaction;
import org.communitygov.model.ledger.Transaction;

/**
 * What an accrual is written with, kept from one accrual to the next by a book (ADR 0116): the
 * builder its memo is written in, UTF-16 and large enough after the first memo, and the builder of
 * its transaction, whose postings list has room already. Each use replaces all they hold, so what
 * one accrual leaves (or an accrual that failed half-way) never reaches the next.
 *
 * <p>Not thread-safe: a book uses its own under its lock; any other caller makes one per call.
 */
final class AccrualScratch {
  /** The room a memo builder starts with: that of most memos, a short id's and three numbers. */
  private static final int MEMO_ROOM = 128;

  private final StringBuilder memo = new StringBuilder(MEMO_ROOM);
  private final ImmutableTransaction.Builder transaction = Transaction.builder();

  /** The memo builder, emptied. */
  StringBuilder memo() {
    memo.setLength(0);
    return memo;
  }

  /**
   * The transaction builder, its postings removed. Its other attributes are those the last
   * transaction set: the accruals set the same ones each time (id, dates, memo, source).
   */
  ImmutableTransaction.Builder transaction() {
    // Collections.emptyList's iterator is one shared instance; List.of()'s is made per call.
    return transaction.postings(Collections.emptyList());
  }
}
