package org.communitygov.rules.needs.meanstest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a monthly 低保 benefit is rounded: local policy, the parameter {@code mlg.benefit.rounding}.
 *
 * @since 0.1.0
 */
public enum BenefitRounding {
  /** To the fen (0.01), half up. */
  HALF_UP_FEN,
  /** To the yuan, half up. */
  HALF_UP_YUAN,
  /** Up to the next whole yuan. */
  UP_YUAN;

  /**
   * Rounds an amount.
   *
   * @param amount the amount, not null
   * @return the rounded amount, with two decimals, not null
   */
  public BigDecimal round(BigDecimal amount) {
    return switch (this) {
      case HALF_UP_FEN -> amount.setScale(2, RoundingMode.HALF_UP);
      case HALF_UP_YUAN -> amount.setScale(0, RoundingMode.HALF_UP).setScale(2);
      case UP_YUAN -> amount.setScale(0, RoundingMode.CEILING).setScale(2);
    };
  }
}
