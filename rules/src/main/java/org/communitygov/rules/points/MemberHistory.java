package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.Arrays;
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
  // No year has that number (a date's year lies within ±999,999,999).
  private static final int NO_YEAR = Integer.MIN_VALUE;
  private static final int[] NO_YEARS = {};
  private static final long[] NO_ACCRUED = {};

  private final Unit unit;
  // The member's account: the one instance the book's postings name, so that the book's and the
  // ledger's maps find it by identity.
  final AccountId account;
  private long balance;
  // The first year with an activity credit and what was credited in it, in the history itself (a
  // year's records need no other object); later years and theirs in arrays, in order of first
  // credit: a member has a few years, so a scan beats a map of boxed numbers.
  private int year = NO_YEAR;
  private long accruedInYear;
  private int[] years = NO_YEARS;
  private long[] accrued = NO_ACCRUED;
  private int yearCount;
  private LocalDate lastRedemption;
  private final Lots lots = new Lots();

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

  void credit(LocalDate date, long minor, @Nullable LocalDate expiresOn, boolean accrual) {
    balance += minor;
    if (accrual) {
      addAccrued(date.getYear(), minor);
    }
    lots.add(date, expiresOn, minor);
  }

  private long accruedIn(int asked) {
    if (asked == year) {
      return accruedInYear;
    }
    for (int i = 0; i < yearCount; i++) {
      if (years[i] == asked) {
        return accrued[i];
      }
    }
    return 0;
  }

  private void addAccrued(int credited, long minor) {
    if (credited == year) {
      accruedInYear += minor;
      return;
    }
    if (year == NO_YEAR) {
      year = credited;
      accruedInYear = minor;
      return;
    }
    for (int i = 0; i < yearCount; i++) {
      if (years[i] == credited) {
        accrued[i] += minor;
        return;
      }
    }
    if (yearCount == years.length) {
      years = Arrays.copyOf(years, Math.max(2, yearCount * 2));
      accrued = Arrays.copyOf(accrued, Math.max(2, yearCount * 2));
    }
    years[yearCount] = credited;
    accrued[yearCount] = minor;
    yearCount++;
  }

  void debit(long minor, LocalDate date, boolean redemption) {
    balance -= minor;
    if (redemption && (lastRedemption == null || date.isAfter(lastRedemption))) {
      lastRedemption = date;
    }
    lots.take(minor);
  }

  /** The lots that have expired on a date (expiry day on or before it) and still hold something. */
  ExpiredLots expiredOn(LocalDate date) {
    return lots.expiredOn(date, unit);
  }

  /** What the lots expired on a date hold. */
  long expirable(LocalDate date) {
    return lots.expirable(date);
  }

  /**
   * Takes the lots expired on a date out (an expiry posted): they are gone, whatever their order.
   */
  void expire(LocalDate date) {
    balance -= lots.expire(date);
  }

  /** The sum of the lots still held, which equals the balance. */
  long held() {
    return lots.held();
  }
}
