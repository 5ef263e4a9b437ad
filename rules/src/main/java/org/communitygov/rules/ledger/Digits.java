package org.communitygov.rules.ledger;

/**
 * Decimal digits written into a byte array in place, for {@link CanonicalWriter}: a whole number
 * two digits at a time from a table, and a fixed-width field (a date's year, month and day).
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

  /** Writes a value in exactly {@code digits} digits, zeros in front; returns the index after. */
  static int fixed(int value, int digits, byte[] into, int at) {
    int rest = value;
    for (int i = digits - 1; i >= 0; i--) {
      into[at + i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    return at + digits;
  }
}
