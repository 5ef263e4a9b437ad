package org.communitygov.rules.ledger;

import java.time.LocalDate;
import java.util.TreeMap;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountFlag;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Unit;
import org.jspecify.annotations.Nullable;

/**
 * What a ledger knows of one account: the opening entry, whether it is closed, the posted total,
 * the amounts reserved by pending transactions per expiry date, and every posted amount with its
 * value date (the entries a balance on a date folds), kept in the ledger's {@link PostedAmounts}.
 *
 * <p>What the posting checks read of the opening entry (unit, opening day, flags, purpose) is
 * copied here, so that a posting's checks read this object and not the entry's web of objects (ADR
 * 0101).
 */
final class AccountState {
  final Account account;

  /** The opening entry's id, the instance a lookup by the same one confirms at once. */
  final AccountId id;

  final Unit unit;
  final long openedOn;
  final boolean restrictedPurpose;

  /** The opening entry's purpose, null if it names none. */
  final @Nullable String purpose;

  final boolean overdraftForbidden;
  boolean closed;
  long posted;

  /** Epoch day of expiry to the amount reserved by the pending transactions expiring then. */
  private @Nullable TreeMap<Long, Long> reserved;

  private final PostedAmounts postings;
  // the index of the last posting in postings, and the number of postings
  private int last = PostedAmounts.NONE;
  private int count;
  // Bounds of the value days posted: the earliest no later, the latest no earlier, than any posting
  // kept (an undone posting may leave them wider, never narrower). A balance on a day outside them
  // is 0 or the posted total without following the links.
  private long earliestDay = Long.MAX_VALUE;
  private long latestDay = Long.MIN_VALUE;

  AccountState(Account account, PostedAmounts postings) {
    this.account = account;
    this.id = account.id();
    this.postings = postings;
    this.unit = account.unit();
    this.openedOn = account.openedOn().toEpochDay();
    this.restrictedPurpose = account.has(AccountFlag.RESTRICTED_PURPOSE);
    this.purpose = account.purpose().orElse(null);
    this.overdraftForbidden = account.has(AccountFlag.OVERDRAFT_FORBIDDEN);
  }

  /** Adds an amount posted on a value date (its epoch day). */
  void add(long valueDay, long amount) {
    long sum = Math.addExact(posted, amount);
    last = postings.add(valueDay, amount, last);
    count++;
    posted = sum;
    earliestDay = Math.min(earliestDay, valueDay);
    latestDay = Math.max(latestDay, valueDay);
  }

  /** Reserves (a positive change) or releases (a negative one) an amount until an expiry date. */
  void reserve(LocalDate expiresOn, long change) {
    if (reserved == null) {
      reserved = new TreeMap<>();
    }
    reserved.merge(expiresOn.toEpochDay(), change, (a, b) -> a + b == 0 ? null : a + b);
  }

  /**
   * What the pending transactions that have not expired on a date (expiry on or after it) reserve.
   */
  long reservedOn(LocalDate today) {
    if (reserved == null) {
      return 0;
    }
    long sum = 0;
    for (long amount : reserved.tailMap(today.toEpochDay(), true).values()) {
      sum = Math.addExact(sum, amount);
    }
    return sum;
  }

  /** Removes the account's last posting, which must be the ledger's last one. */
  void removeLast() {
    long amount = postings.amount(last);
    last = postings.removeLast(last);
    posted -= amount;
    count--;
  }

  /**
   * The fold of the posted amounts with a value date on or before {@code date}: the posted total
   * when every posting is on or before it (a fold of them all, in posting order, is the total whose
   * every partial sum {@link #add} checked), 0 when none is, else the fold along the links.
   */
  long balanceOn(LocalDate date) {
    long day = date.toEpochDay();
    if (day >= latestDay) {
      return posted;
    }
    if (day < earliestDay) {
      return 0;
    }
    return postings.balanceOn(day, last, count);
  }
}
