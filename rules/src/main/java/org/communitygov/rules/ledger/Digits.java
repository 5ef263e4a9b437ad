package org.communitygov.rules.ledger;

import java.time.LocalDate;

/**
 * Decimal digits written into a byte array in place, for {@link CanonicalWriter}: a whole number
 * two digits at a time from a table, and a date of four-digit year.
 */
final class Digits {
  // 10^0 to 10^18, and the two digits of 00 to 99
  private static final long[] POWERS = new long[19];
  private static final byte[] PAIRS = new byte[200];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = 10 * POWERS[i - 1];
    }
    for (int i = 0; i < 100; i++) {
      PAIRS[2 * i] = (byte) ('0' + i / 10);
      PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
    }
  }

  private Digits() {}

  /** The number of digits of a value that is not negative. */
  static int count(long value) {
    int digits = 1;
    while (digits < POWERS.length && value >= POWERS[digits]) {
      digits++;
    }
    return digits;
  }

  /**
   * Writes the {@code digits} digits of a value that is not negative at {@code at}, from the right,
   * two at a time; returns the index after them.
   */
  static int write(long value, int digits, byte[] into, int at) {
    int end = at + digits;
    int i = end;
    long rest = value;
    while (rest >= 100) {
      int pair = (int) (rest % 100) * 2;
      rest /= 100;
      into[--i] = PAIRS[pair + 1];
      into[--i] = PAIRS[pair];
    }
    if (rest >= 10) {
      into[--i] = PAIRS[(int) rest * 2 + 1];
      into[--i] = PAIRS[(int) rest * 2];
    } else {
      into[--i] = (byte) ('0' + rest);
    }
    return end;
  }

  /**
   * Writes {@code minor} steps at {@code scale} as a plain decimal, {@code -12.50} for -1250 at
   * scale 2, as {@code Amount.decimalText()} does; returns the index after it. The value is more
   * than {@link Long#MIN_VALUE} (an amount's is at most 10<sup>18</sup> steps either way), and
   * {@code into} has room for its sign, 19 digits, a point and {@code scale} digits.
   */
  static int decimal(long minor, int scale, byte[] into, int at) {
    int i = at;
    if (minor < 0) {
      into[i++] = '-';
    }
    long abs = Math.abs(minor);
    long power = 1;
    if (scale < POWERS.length) {
      power = POWERS[scale];
    } else {
      for (int k = 0; k < scale; k++) {
        power *= 10;
      }
    }
    long whole = abs / power;
    i = write(whole, count(whole), into, i);
    if (scale > 0) {
      into[i] = '.';
      long fraction = abs % power;
      for (int k = scale; k > 0; k--) {
        into[i + k] = (byte) ('0' + fraction % 10);
        fraction /= 10;
      }
      i += scale + 1;
    }
    return i;
  }

  /**
   * The most bytes {@link #date(LocalDate, byte[], int)} writes: a signed ten-digit year's date.
   */
  static final int MAX_DATE = 24;

  /**
   * Writes any date as a JSON string of what {@link LocalDate#toString()} writes: a year from 1000
   * to 9999 from the table, any other from {@code toString} (a sign, digits and hyphens, ASCII);
   * returns the index after the closing quote. {@code into} has room for {@link #MAX_DATE} bytes.
   */
  static int date(LocalDate date, byte[] into, int at) {
    int year = date.getYear();
    if (year >= 1000 && year <= 9999) {
      return date(year, date.getMonthValue(), date.getDayOfMonth(), into, at);
    }
    String text = date.toString();
    int n = text.length();
    into[at] = '"';
    for (int i = 0; i < n; i++) {
      into[at + 1 + i] = (byte) text.charAt(i);
    }
    into[at + 1 + n] = '"';
    return at + n + 2;
  }

  /**
   * Writes a date of a year from 1000 to 9999 as a JSON string, {@code "yyyy-mm-dd"}, two digits at
   * a time from the table; returns the index after the closing quote.
   */
  static int date(int year, int month, int day, byte[] into, int at) {
    int high = 2 * (year / 100);
    int low = 2 * (year % 100);
    into[at] = '"';
    into[at + 1] = PAIRS[high];
    into[at + 2] = PAIRS[high + 1];
    into[at + 3] = PAIRS[low];
    into[at + 4] = PAIRS[low + 1];
    into[at + 5] = '-';
    into[at + 6] = PAIRS[2 * month];
    into[at + 7] = PAIRS[2 * month + 1];
    into[at + 8] = '-';
    into[at + 9] = PAIRS[2 * day];
    into[at + 10] = PAIRS[2 * day + 1];
    into[at + 11] = '"';
    return at + 12;
  }
}
