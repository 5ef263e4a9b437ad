package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A member's account as the points rules read it, folded from the ledger's transactions: balance,
 * what activities credited per year, the last redemption, and the credits still held (lots), oldest
 * first, with the day each expires. Every debit takes from the oldest lots, so the lots always sum
 * to the balance.
 *
 * <p>Not thread-safe: its {@link PointsBook} serializes access.
 */
final class MemberHistory {
  /** Credits still held from one date, and the day they expire (null: never). */
  static final class Lot {
    final LocalDate date;
    final LocalDate expiresOn;
    long remaining;

    Lot(LocalDate date, LocalDate expiresOn, long remaining) {
      this.date = date;
      this.expiresOn = expiresOn;
      this.remaining = remaining;
    }
  }

  private final Unit unit;
  // The member's account: the one instance the book's postings name, so that the book's and the
  // ledger's maps find it by identity.
  final AccountId account;
  private long balance;
  // The years with an activity credit and what was credited in each, in order of first credit:
  // a member has a few years, so a scan beats a map of boxed numbers.
  private int[] years = new int[2];
  private long[] accrued = new long[2];
  private int yearCount;
  private LocalDate lastRedemption;
  private final List<Lot> lots = new ArrayList<>();
  // The lot of the latest date, which a credit in date order follows.
  private @Nullable Lot last;
  private int firstLot;

  MemberHistory(Unit unit, AccountId account) {
    this.unit = unit;
    this.account = account;
  }

  MemberFacts facts(LocalDate date) {
    return new MemberFacts(
        Amount.ofMinor(unit, balance),
        Amount.ofMinor(unit, accruedIn(date.getYear())),
        Optional.ofNullable(lastRedemption));
  }

  long balance() {
    return balance;
  }

  void credit(LocalDate date, long minor, LocalDate expiresOn, boolean accrual) {
    balance += minor;
    if (accrual) {
      addAccrued(date.getYear(), minor);
    }
    Lot lot = new Lot(date, expiresOn, minor);
    if (last == null || !last.date.isAfter(date)) {
      lots.add(lot); // in date order, as a year's records come: no search
      last = lot;
      return;
    }
    int at = lots.size();
    while (at > firstLot && lots.get(at - 1).date.isAfter(date)) {
      at--;
    }
    lots.add(at, lot);
  }

  private long accruedIn(int year) {
    for (int i = 0; i < yearCount; i++) {
      if (years[i] == year) {
        return accrued[i];
      }
    }
    return 0;
  }

  private void addAccrued(int year, long minor) {
    for (int i = 0; i < yearCount; i++) {
      if (years[i] == year) {
        accrued[i] += minor;
        return;
      }
    }
    if (yearCount == years.length) {
      years = Arrays.copyOf(years, yearCount * 2);
      accrued = Arrays.copyOf(accrued, yearCount * 2);
    }
    years[yearCount] = year;
    accrued[yearCount] = minor;
    yearCount++;
  }

  void debit(long minor, LocalDate date, boolean redemption) {
    balance -= minor;
    if (redemption && (lastRedemption == null || date.isAfter(lastRedemption))) {
      lastRedemption = date;
    }
    long left = minor;
    while (left > 0 && firstLot < lots.size()) {
      Lot lot = lots.get(firstLot);
      long take = Math.min(left, lot.remaining);
      lot.remaining -= take;
      left -= take;
      if (lot.remaining == 0) {
        firstLot++;
      }
    }
  }

  /** The lots that have expired on a date (expiry day on or before it) and still hold something. */
  List<Lot> expiredOn(LocalDate date) {
    List<Lot> expired = new ArrayList<>();
    for (int i = firstLot; i < lots.size(); i++) {
      Lot lot = lots.get(i);
      if (lot.remaining > 0 && lot.expiresOn != null && !lot.expiresOn.isAfter(date)) {
        expired.add(lot);
      }
    }
    return expired;
  }

  /** Takes expired lots out (an expiry posted): they are gone, whatever their order. */
  void expire(List<Lot> expired) {
    for (Lot lot : expired) {
      balance -= lot.remaining;
      lot.remaining = 0;
    }
    while (firstLot < lots.size() && lots.get(firstLot).remaining == 0) {
      firstLot++;
    }
  }

  /** The sum of the lots still held, which equals the balance. */
  long held() {
    long sum = 0;
    for (int i = firstLot; i < lots.size(); i++) {
      sum += lots.get(i).remaining;
    }
    return sum;
  }
}
