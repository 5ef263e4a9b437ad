package org.communitygov.rules.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Unit;

/**
 * The arithmetic of an accrual in the unit's smallest step: hours times points per hour, rounded
 * down to the unit's step, exactly as {@link BigDecimal} does it, in {@code long} arithmetic when
 * the operands and the product fit (they do for any hours a person serves) and by {@link
 * BigDecimal} when they do not.
 */
final class AccrualValues {
  private static final long[] POWERS = new long[19];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private AccrualValues() {}

  /**
   * Returns {@code hours × perHour}, rounded toward zero to the unit's step: {@code Amount.of(unit,
   * hours.multiply(perHour).setScale(unit.scale(), RoundingMode.DOWN))}.
   *
   * @throws org.communitygov.model.common.InvalidValueException if the value is too large ({@code
   *     amount.range})
   */
  static Amount value(Unit unit, BigDecimal hours, BigDecimal perHour) {
    int shift = hours.scale() + perHour.scale() - unit.scale();
    if (hours.precision() < 19 && perHour.precision() < 19 && Math.abs(shift) < POWERS.length) {
      try {
        long product = Math.multiplyExact(unscaled(hours), unscaled(perHour));
        // Long division truncates toward zero, as RoundingMode.DOWN does.
        return Amount.ofMinor(
            unit,
            shift >= 0 ? product / POWERS[shift] : Math.multiplyExact(product, POWERS[-shift]));
      } catch (ArithmeticException tooLarge) {
        // the product does not fit a long: BigDecimal below says what it is
      }
    }
    return Amount.of(unit, hours.multiply(perHour).setScale(unit.scale(), RoundingMode.DOWN));
  }

  /**
   * The unscaled value of a decimal of fewer than 19 digits, as {@code unscaledValue().longValue()}
   * gives it, without making the {@code BigInteger}: moved right by its scale, it is that whole
   * number at scale 0.
   */
  static long unscaled(BigDecimal value) {
    // scaleByPowerOfTen rather than movePointRight: it hands the new decimal to nothing else, so
    // escape analysis can drop it (ADR 0120); a whole number is its own unscaled value
    int scale = value.scale();
    return scale == 0 ? value.longValueExact() : value.scaleByPowerOfTen(scale).longValueExact();
  }
}
