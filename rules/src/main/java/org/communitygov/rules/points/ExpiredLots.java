package org.communitygov.rules.points;

import java.time.LocalDate;
import org.communitygov.model.ledger.Unit;

/**
 * The lots of a member that an expiry takes, oldest first: the day each was credited, what it held
 * and the day it expired. Its text ({@link #toString()}: {@code 2025-01-03 1.50 → 2026-01-03; …})
 * is the expiry explanation's {@code lots} fact, made only when the explanation is read.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ExpiredLots {
  // Lot i is at 3i: the day it was credited, 3i + 1: the day it expired, 3i + 2: what it held (as
  // a member's Lots keeps them, so that they are copied three numbers at a time, in one array).
  static final int WIDTH = 3;
  private static final int DAY = 0;
  private static final int EXPIRES = 1;
  private static final int AMOUNT = 2;

  private final Unit unit;
  private final long[] lots;

  /** The lots, from arrays of the same length. */
  ExpiredLots(Unit unit, long[] days, long[] expires, long[] amounts) {
    this(unit, pack(days, expires, amounts));
  }

  /**
   * The lots, from an array of three numbers per lot (day, expiry day, amount) that no one else
   * holds.
   */
  ExpiredLots(Unit unit, long[] lots) {
    if (lots.length % WIDTH != 0) {
      throw new IllegalArgumentException("lots of " + lots.length + " numbers");
    }
    this.unit = unit;
    this.lots = lots;
  }

  private static long[] pack(long[] days, long[] expires, long[] amounts) {
    if (expires.length != days.length || amounts.length != days.length) {
      throw new IllegalArgumentException("lots of different lengths");
    }
    long[] lots = new long[days.length * WIDTH];
    for (int i = 0; i < days.length; i++) {
      lots[i * WIDTH + DAY] = days[i];
      lots[i * WIDTH + EXPIRES] = expires[i];
      lots[i * WIDTH + AMOUNT] = amounts[i];
    }
    return lots;
  }

  int size() {
    return lots.length / WIDTH;
  }

  /** The day a lot was credited. */
  LocalDate date(int lot) {
    return LocalDate.ofEpochDay(day(lot));
  }

  /** The day a lot was credited, as an epoch day. */
  long day(int lot) {
    return lots[lot * WIDTH + DAY];
  }

  /** The number of days the lots were credited on (they are in order of that day). */
  int days() {
    int count = 0;
    for (int i = DAY; i < lots.length; i += WIDTH) {
      if (i == DAY || lots[i] != lots[i - WIDTH]) {
        count++;
      }
    }
    return count;
  }

  /** The day a lot expired. */
  LocalDate expires(int lot) {
    return LocalDate.ofEpochDay(lots[lot * WIDTH + EXPIRES]);
  }

  /** What a lot held, in the unit's smallest step. */
  long amount(int lot) {
    return lots[lot * WIDTH + AMOUNT];
  }

  /** What the lots held. */
  long total() {
    long sum = 0;
    for (int i = AMOUNT; i < lots.length; i += WIDTH) {
      sum += lots[i];
    }
    return sum;
  }

  /** One lot as memos and explanations write it: {@code 2025-01-03 1.50 → 2026-01-03}. */
  String line(int lot) {
    return appendLine(new StringBuilder(32), lot).toString();
  }

  /** Appends one lot's {@link #line(int)} to a text, without making its parts as strings. */
  StringBuilder appendLine(StringBuilder text, int lot) {
    int at = lot * WIDTH;
    Texts.appendDate(text, lots[at + DAY]).append(' ');
    Texts.appendDecimal(text, unit, lots[at + AMOUNT]).append(" → ");
    return Texts.appendDate(text, lots[at + EXPIRES]);
  }

  /** Appends one lot's {@link #line(int)} to a text, its days written by a run's {@code terms}. */
  StringBuilder appendLine(StringBuilder text, int lot, Expiries.Terms terms) {
    int at = lot * WIDTH;
    terms.appendDate(text, lots[at + DAY]).append(' ');
    Texts.appendDecimal(text, unit, lots[at + AMOUNT]).append(" → ");
    return terms.appendDate(text, lots[at + EXPIRES]);
  }

  /** The lots' lines, separated by {@code "; "}. */
  @Override
  public String toString() {
    int size = size();
    StringBuilder text = new StringBuilder(size * 32);
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        text.append("; ");
      }
      appendLine(text, i);
    }
    return text.toString();
  }
}
