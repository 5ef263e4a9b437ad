package org.communitygov.rules.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import org.communitygov.model.ledger.Account;

/**
 * What a ledger knows of one account: the opening entry, whether it is closed, the posted total and
 * the amount reserved by pending transactions, and every posted amount with its value date (the
 * entries a balance on a date folds).
 */
final class AccountState {
  final Account account;
  boolean closed;
  long posted;
  long reserved;
  private long[] days = new long[4];
  private long[] amounts = new long[4];
  private int count;

  AccountState(Account account) {
    this.account = account;
  }

  void add(LocalDate valueDate, long amount) {
    if (count == days.length) {
      days = Arrays.copyOf(days, count * 2);
      amounts = Arrays.copyOf(amounts, count * 2);
    }
    days[count] = valueDate.toEpochDay();
    amounts[count] = amount;
    count++;
    posted = Math.addExact(posted, amount);
  }

  void removeLast() {
    count--;
    posted -= amounts[count];
  }

  /** The fold of the posted amounts with a value date on or before {@code date}. */
  long balanceOn(LocalDate date) {
    long day = date.toEpochDay();
    long sum = 0;
    for (int i = 0; i < count; i++) {
      if (days[i] <= day) {
        sum = Math.addExact(sum, amounts[i]);
      }
    }
    return sum;
  }
}
