package org.communitygov.rules.ledger;

import java.util.Arrays;

/**
 * Every amount posted in a ledger with its value date, in posting order, each linked to the one
 * posted before it to the same account (ADR 0107): what a balance on a date folds.
 *
 * <p>A posting appends to the end of three arrays, which the postings before it have just brought
 * into the cache, and sets its account's last posting: no array per account to grow and no read of
 * one, where a member's account among fifty thousand is rarely in the cache. A balance on a date
 * follows the account's links back, which only a balance assertion or a balance query does.
 *
 * <p>Not thread-safe: its owner (a {@code LedgerState}) serializes access.
 */
final class PostedAmounts {
  /** The index of no posting: the last posting of an account with none. */
  static final int NONE = -1;

  private long[] days = new long[1 << 10];
  private long[] amounts = new long[1 << 10];
  private int[] previous = new int[1 << 10];
  private int size;
  // a balance on a date's amounts, reused: an account of a million postings needs its 8 MB once
  private long[] taken = new long[16];

  /**
   * Appends an amount posted on a value date (its epoch day) and returns its index.
   *
   * @param before the index of the account's last posting before this one, or {@link #NONE}
   */
  int add(long day, long amount, int before) {
    if (size == days.length) {
      days = Arrays.copyOf(days, 2 * size);
      amounts = Arrays.copyOf(amounts, 2 * size);
      previous = Arrays.copyOf(previous, 2 * size);
    }
    days[size] = day;
    amounts[size] = amount;
    previous[size] = before;
    return size++;
  }

  /**
   * Removes the last posting, which must be the one at {@code last}, as when a batch is undone, and
   * returns the index of its account's posting before it.
   */
  int removeLast(int last) {
    if (last != size - 1) {
      throw new IllegalStateException("not the last posting: " + last + " of " + size);
    }
    size--;
    return previous[last];
  }

  /** The amount at an index. */
  long amount(int index) {
    return amounts[index];
  }

  /**
   * The fold, in posting order, of an account's amounts with a value date on or before a day: its
   * {@code count} postings, the last at {@code last}.
   *
   * @throws ArithmeticException if a partial sum overflows, as a fold in posting order would
   */
  long balanceOn(long day, int last, int count) {
    long[] taken = this.taken;
    // the links run backwards; the amounts are summed forwards, so that an overflow is found where
    // a fold in posting order finds it
    if (taken.length < count) {
      taken = new long[Math.max(count, 2 * taken.length)];
      this.taken = taken;
    }
    int n = 0;
    for (int i = last; i != NONE; i = previous[i]) {
      if (days[i] <= day) {
        taken[n++] = amounts[i];
      }
    }
    long sum = 0;
    while (n > 0) {
      sum = Math.addExact(sum, taken[--n]);
    }
    return sum;
  }
}
