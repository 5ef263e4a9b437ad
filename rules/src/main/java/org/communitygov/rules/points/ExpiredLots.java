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
  private final Unit unit;
  private final long[] days;
  private final long[] expires;
  private final long[] amounts;

  /** The lots, from arrays of the same length that no one else holds. */
  ExpiredLots(Unit unit, long[] days, long[] expires, long[] amounts) {
    this.unit = unit;
    this.days = days;
    this.expires = expires;
    this.amounts = amounts;
  }

  int size() {
    return days.length;
  }

  /** The day a lot was credited. */
  LocalDate date(int lot) {
    return LocalDate.ofEpochDay(days[lot]);
  }

  /** The day a lot was credited, as an epoch day. */
  long day(int lot) {
    return days[lot];
  }

  /** The number of days the lots were credited on (they are in order of that day). */
  int days() {
    int count = 0;
    for (int i = 0; i < days.length; i++) {
      if (i == 0 || days[i] != days[i - 1]) {
        count++;
      }
    }
    return count;
  }

  /** The day a lot expired. */
  LocalDate expires(int lot) {
    return LocalDate.ofEpochDay(expires[lot]);
  }

  /** What a lot held, in the unit's smallest step. */
  long amount(int lot) {
    return amounts[lot];
  }

  /** What the lots held. */
  long total() {
    long sum = 0;
    for (long a : amounts) {
      sum += a;
    }
    return sum;
  }

  /** One lot as memos and explanations write it: {@code 2025-01-03 1.50 → 2026-01-03}. */
  String line(int lot) {
    return appendLine(new StringBuilder(32), lot).toString();
  }

  /** Appends one lot's {@link #line(int)} to a text, without making its parts as strings. */
  StringBuilder appendLine(StringBuilder text, int lot) {
    Texts.appendDate(text, days[lot]).append(' ');
    Texts.appendDecimal(text, unit, amounts[lot]).append(" → ");
    return Texts.appendDate(text, expires[lot]);
  }

  /** Appends one lot's {@link #line(int)} to a text, its days written by a run's {@code terms}. */
  StringBuilder appendLine(StringBuilder text, int lot, Expiries.Terms terms) {
    terms.appendDate(text, days[lot]).append(' ');
    Texts.appendDecimal(text, unit, amounts[lot]).append(" → ");
    return terms.appendDate(text, expires[lot]);
  }

  /** The lots' lines, separated by {@code "; "}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(days.length * 32);
    for (int i = 0; i < days.length; i++) {
      if (i > 0) {
        text.append("; ");
      }
      appendLine(text, i);
    }
    return text.toString();
  }
}
