package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.Arrays;
import org.communitygov.model.ledger.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A member's credits still held (lots), oldest first, in one array of three numbers per lot: the
 * day it was credited and the day it expires (epoch days; {@link #NEVER} if it does not) and what
 * it still holds in the unit's smallest step. A debit takes from the oldest lots; an expiry empties
 * the lots expired on a date, wherever they stand. A year's lots walk as one array, not as objects
 * and iterators.
 *
 * <p>Not thread-safe: its {@link PointsBook} serializes access.
 */
final class Lots {
  /** The expiry day of a lot that never expires: after every date. */
  static final long NEVER = Long.MAX_VALUE;

  // Lot i is at 3i: its day, 3i + 1: its expiry day, 3i + 2: what it still holds.
  private static final int DAY = 0;
  private static final int EXPIRES = 1;
  private static final int HELD = 2;
  private static final int WIDTH = 3;

  // Room for eight lots at first: a volunteer of a busy year has a few dozen, each doubling of the
  // array a copy of it.
  private long[] lots = new long[8 * WIDTH];
  // The lots before it are spent; those from it to size may hold something.
  private int first;
  private int size;

  /**
   * Adds a credit after the lots of its date or before (in date order, as a year's records come).
   */
  void add(LocalDate date, @Nullable LocalDate expiresOn, long minor) {
    if (size * WIDTH == lots.length) {
      makeRoom();
    }
    long day = date.toEpochDay();
    int at = size;
    while (at > first && lots[(at - 1) * WIDTH + DAY] > day) {
      at--;
    }
    if (at < size) {
      System.arraycopy(lots, at * WIDTH, lots, (at + 1) * WIDTH, (size - at) * WIDTH);
    }
    lots[at * WIDTH + DAY] = day;
    lots[at * WIDTH + EXPIRES] = expiresOn == null ? NEVER : expiresOn.toEpochDay();
    lots[at * WIDTH + HELD] = minor;
    size++;
  }

  /** Takes an amount from the oldest lots (what is not there is not taken). */
  void take(long minor) {
    long left = minor;
    while (left > 0 && first < size) {
      int held = first * WIDTH + HELD;
      long take = Math.min(left, lots[held]);
      lots[held] -= take;
      left -= take;
      if (lots[held] == 0) {
        first++;
      }
    }
  }

  /** The sum of the lots expired on a date (expiry day on or before it). */
  long expirable(LocalDate date) {
    long day = date.toEpochDay();
    long sum = 0;
    for (int i = first * WIDTH; i < size * WIDTH; i += WIDTH) {
      if (lots[i + EXPIRES] <= day) {
        sum += lots[i + HELD];
      }
    }
    return sum;
  }

  /** The lots expired on a date that still hold something, as they stand now. */
  ExpiredLots expiredOn(LocalDate date, Unit unit) {
    long day = date.toEpochDay();
    int count = 0;
    for (int i = first * WIDTH; i < size * WIDTH; i += WIDTH) {
      if (lots[i + HELD] > 0 && lots[i + EXPIRES] <= day) {
        count++;
      }
    }
    // The lots copied three numbers at a time, into one array laid out as this one (ADR 0121).
    long[] expired = new long[count * ExpiredLots.WIDTH];
    int n = 0;
    for (int i = first * WIDTH; i < size * WIDTH && n < expired.length; i += WIDTH) {
      if (lots[i + HELD] > 0 && lots[i + EXPIRES] <= day) {
        expired[n] = lots[i + DAY];
        expired[n + 1] = lots[i + EXPIRES];
        expired[n + 2] = lots[i + HELD];
        n += ExpiredLots.WIDTH;
      }
    }
    return new ExpiredLots(unit, expired);
  }

  /**
   * Empties the lots expired on a date.
   *
   * @return what they held
   */
  long expire(LocalDate date) {
    long day = date.toEpochDay();
    long sum = 0;
    for (int i = first * WIDTH; i < size * WIDTH; i += WIDTH) {
      if (lots[i + EXPIRES] <= day) {
        sum += lots[i + HELD];
        lots[i + HELD] = 0;
      }
    }
    while (first < size && lots[first * WIDTH + HELD] == 0) {
      first++;
    }
    return sum;
  }

  /** The sum of the lots still held. */
  long held() {
    long sum = 0;
    for (int i = first * WIDTH; i < size * WIDTH; i += WIDTH) {
      sum += lots[i + HELD];
    }
    return sum;
  }

  /** Drops the spent lots at the front, and doubles the array if that frees nothing. */
  private void makeRoom() {
    if (first > 0) {
      System.arraycopy(lots, first * WIDTH, lots, 0, (size - first) * WIDTH);
      size -= first;
      first = 0;
    }
    if (size * WIDTH == lots.length) {
      lots = Arrays.copyOf(lots, lots.length * 2);
    }
  }
}
