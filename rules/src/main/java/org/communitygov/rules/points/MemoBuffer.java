package org.communitygov.rules.points;

import java.math.BigDecimal;
import org.communitygov.model.ledger.Amount;

/**
 * The chars of one memo, written into an array sized for it and made a string once: texts copied
 * whole, numbers written digit by digit as {@link Long#toString}, {@link Amount#decimalText()} and
 * {@link BigDecimal#toPlainString()} write them, without a string per part nor a check per char.
 * The writer sizes the buffer: each method says how many chars it writes at most. Not thread-safe;
 * one per memo.
 */
final class MemoBuffer {
  // 10^0 to 10^18.
  private static final long[] POWERS = new long[19];

  /** The most chars {@link #plain} writes for a decimal it writes by hand. */
  static final int PLAIN_MAX = 21;

  /** The most chars {@link #decimal} writes: 19 digits, a point and a sign. */
  static final int DECIMAL_MAX = 21;

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private final char[] chars;
  private int length;

  /** A buffer of {@code capacity} chars, which the writer knows to be enough. */
  MemoBuffer(int capacity) {
    chars = new char[capacity];
  }

  /** Whether {@link #plain} writes a decimal by hand: up to 18 digits and 18 decimals. */
  static boolean isPlain(BigDecimal value) {
    int scale = value.scale();
    return scale >= 0 && scale < POWERS.length && value.precision() < POWERS.length;
  }

  /** Writes a text. */
  MemoBuffer text(String text) {
    int n = text.length();
    text.getChars(0, n, chars, length);
    length += n;
    return this;
  }

  /** Writes a char. */
  MemoBuffer text(char c) {
    chars[length++] = c;
    return this;
  }

  /**
   * Writes a decimal of {@link #isPlain} as {@link BigDecimal#toPlainString()} does ({@code 1.50},
   * {@code 3}), at most {@value #PLAIN_MAX} chars.
   */
  MemoBuffer plain(BigDecimal value) {
    return fixed(AccrualValues.unscaled(value), value.scale());
  }

  /**
   * Writes an amount as {@link Amount#decimalText()} does ({@code 1.50}, {@code -0.25}), at most
   * {@value #DECIMAL_MAX} chars.
   */
  MemoBuffer decimal(Amount amount) {
    long minor = amount.minor();
    if (minor > Amount.MAX_MINOR || minor < -Amount.MAX_MINOR) {
      return text(amount.decimalText()); // a sum past an amount's range, which memos never show
    }
    return fixed(minor, amount.unit().scale());
  }

  /**
   * Writes {@code unscaled × 10^-scale} with {@code scale} decimals: the magnitude below 10^18, the
   * scale 0 to 18.
   */
  private MemoBuffer fixed(long unscaled, int scale) {
    if (unscaled < 0) {
      chars[length++] = '-';
    }
    long abs = Math.abs(unscaled);
    long power = POWERS[scale];
    digits(abs / power);
    if (scale > 0) {
      chars[length++] = '.';
      long fraction = abs % power;
      for (int i = length + scale - 1; i >= length; i--) {
        chars[i] = (char) ('0' + fraction % 10);
        fraction /= 10;
      }
      length += scale;
    }
    return this;
  }

  /** Writes a number from 0 to 10^18 - 1 as {@link Long#toString(long)} does. */
  private void digits(long value) {
    int count = 1;
    while (count < POWERS.length && value >= POWERS[count]) {
      count++;
    }
    long rest = value;
    for (int i = length + count - 1; i >= length; i--) {
      chars[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    length += count;
  }

  /** The memo written. */
  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
