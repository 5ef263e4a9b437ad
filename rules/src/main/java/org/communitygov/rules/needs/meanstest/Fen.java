package org.communitygov.rules.needs.meanstest;

import java.math.BigDecimal;
import org.communitygov.model.common.Money;

/**
 * Amounts of the means test's currency in fen (分, its minor unit) as longs, for the income sums
 * made for every household: the same values and the same rounding ({@code HALF_UP}) as the {@link
 * BigDecimal} arithmetic of {@link Money}, without its objects. An amount too large for a long
 * throws {@link ArithmeticException}, and the caller sums in {@code BigDecimal} instead.
 */
final class Fen {
  /** The scale of a prorated amount (ten-billionths of a yuan). */
  static final int PRORATED_SCALE = 10;

  /** Prorated units per fen. */
  static final long PRORATED_PER_FEN = 100_000_000L;

  private Fen() {}

  /**
   * The fen of an amount of the means test's currency (two decimals).
   *
   * @throws ArithmeticException if it does not fit a long
   */
  static long of(Money money) {
    return money.amount().movePointRight(2).longValueExact();
  }

  /** Money of a number of fen. */
  static Money money(long fen) {
    return Money.of(MlgParameters.CURRENCY, BigDecimal.valueOf(fen, 2));
  }

  /**
   * {@code fen × part ÷ all} in prorated units, rounded {@code HALF_UP}: what {@code
   * amount.multiply(part).divide(all, 10, HALF_UP)} gives, times 10¹⁰.
   *
   * @throws ArithmeticException if it does not fit a long
   */
  static long prorated(long fen, long part, long all) {
    long units = Math.multiplyExact(fen, PRORATED_PER_FEN);
    return part == all ? units : halfUp(Math.multiplyExact(units, part), all);
  }

  /** {@code n ÷ d} rounded {@code HALF_UP} (half away from zero), for {@code d > 0}. */
  static long halfUp(long n, long d) {
    long q = n / d;
    long r = n % d;
    if (Math.abs(r) >= d - Math.abs(r)) {
      q += n < 0 ? -1 : 1;
    }
    return q;
  }
}
