package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Unit;

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
  private long balance;
  private final Map<Integer, Long> accruedByYear = new HashMap<>();
  private LocalDate lastRedemption;
  private final List<Lot> lots = new ArrayList<>();
  private int firstLot;

  MemberHistory(Unit unit) {
    this.unit = unit;
  }

  MemberFacts facts(LocalDate date) {
    return new MemberFacts(
        Amount.ofMinor(unit, balance),
        Amount.ofMinor(unit, accruedByYear.getOrDefault(date.getYear(), 0L)),
        Optional.ofNullable(lastRedemption));
  }

  long balance() {
    return balance;
  }

  void credit(LocalDate date, long minor, LocalDate expiresOn, boolean accrual) {
    balance += minor;
    if (accrual) {
      accruedByYear.merge(date.getYear(), minor, Long::sum);
    }
    int at = lots.size();
    while (at > firstLot && lots.get(at - 1).date.isAfter(date)) {
      at--;
    }
    lots.add(at, new Lot(date, expiresOn, minor));
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
