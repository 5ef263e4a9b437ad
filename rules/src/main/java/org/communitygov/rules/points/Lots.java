package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.Arrays;
import org.communitygov.model.ledger.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A member's credits still held (lots), oldest first, as parallel arrays: the day each was credited
 * and the day it expires (epoch days; {@link #NEVER} if it does not) and what it still holds in the
 * unit's smallest step. A debit takes from the oldest lots; an expiry empties the lots expired on a
 * date, wherever they stand. A year's lots walk as three arrays, not as objects and iterators.
 *
 * <p>Not thread-safe: its {@link PointsBook} serializes access.
 */
final class Lots {
  /** The expiry day of a lot that never expires: after every date. */
  static final long NEVER = Long.MAX_VALUE;

  private long[] days = new long[4];
  private long[] expires = new long[4];
  private long[] remaining = new long[4];
  // The lots before it are spent; those from it to size may hold something.
  private int first;
  private int size;

  /**
   * Adds a credit after the lots of its date or before (in date order, as a year's records come).
   */
  void add(LocalDate date, @Nullable LocalDate expiresOn, long minor) {
    if (size == days.length) {
      makeRoom();
    }
    long day = date.toEpochDay();
    int at = size;
    while (at > first && days[at - 1] > day) {
      at--;
    }
    if (at < size) {
      System.arraycopy(days, at, days, at + 1, size - at);
      System.arraycopy(expires, at, expires, at + 1, size - at);
      System.arraycopy(remaining, at, remaining, at + 1, size - at);
    }
    days[at] = day;
    expires[at] = expiresOn == null ? NEVER : expiresOn.toEpochDay();
    remaining[at] = minor;
    size++;
  }

  /** Takes an amount from the oldest lots (what is not there is not taken). */
  void take(long minor) {
    long left = minor;
    while (left > 0 && first < size) {
      long take = Math.min(left, remaining[first]);
      remaining[first] -= take;
      left -= take;
      if (remaining[first] == 0) {
        first++;
      }
    }
  }

  /** The sum of the lots expired on a date (expiry day on or before it). */
  long expirable(LocalDate date) {
    long day = date.toEpochDay();
    long sum = 0;
    for (int i = first; i < size; i++) {
      if (expires[i] <= day) {
        sum += remaining[i];
      }
    }
    return sum;
  }

  /** The lots expired on a date that still hold something, as they stand now. */
  ExpiredLots expiredOn(LocalDate date, Unit unit) {
    long day = date.toEpochDay();
    int count = 0;
    for (int i = first; i < size; i++) {
      if (remaining[i] > 0 && expires[i] <= day) {
        count++;
      }
    }
    long[] credited = new long[count];
    long[] expiring = new long[count];
    long[] amounts = new long[count];
    int n = 0;
    for (int i = first; i < size && n < count; i++) {
      if (remaining[i] > 0 && expires[i] <= day) {
        credited[n] = days[i];
        expiring[n] = expires[i];
        amounts[n] = remaining[i];
        n++;
      }
    }
    return new ExpiredLots(unit, credited, expiring, amounts);
  }

  /**
   * Empties the lots expired on a date.
   *
   * @return what they held
   */
  long expire(LocalDate date) {
    long day = date.toEpochDay();
    long sum = 0;
    for (int i = first; i < size; i++) {
      if (expires[i] <= day) {
        sum += remaining[i];
        remaining[i] = 0;
      }
    }
    while (first < size && remaining[first] == 0) {
      first++;
    }
    return sum;
  }

  /** The sum of the lots still held. */
  long held() {
    long sum = 0;
    for (int i = first; i < size; i++) {
      sum += remaining[i];
    }
    return sum;
  }

  /** Drops the spent lots at the front, and grows the arrays if that frees nothing. */
  private void makeRoom() {
    if (first > 0) {
      int live = size - first;
      System.arraycopy(days, first, days, 0, live);
      System.arraycopy(expires, first, expires, 0, live);
      System.arraycopy(remaining, first, remaining, 0, live);
      size = live;
      first = 0;
    }
    if (size == days.length) {
      days = Arrays.copyOf(days, size * 2);
      expires = Arrays.copyOf(expires, size * 2);
      remaining = Arrays.copyOf(remaining, size * 2);
    }
  }
}
