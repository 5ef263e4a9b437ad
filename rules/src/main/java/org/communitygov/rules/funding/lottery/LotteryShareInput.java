package org.communitygov.rules.funding.lottery;

import java.util.Optional;
import org.communitygov.model.common.Money;
import org.immutables.value.Value;

/**
 * The facts of a year's welfare-lottery spending: what was spent from welfare-lottery funds on
 * social welfare, and the part of it for elderly care (spends for an elderly population group).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface LotteryShareInput {
  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  static ImmutableLotteryShareInput.Builder builder() {
    return ImmutableLotteryShareInput.builder();
  }

  /**
   * Returns what was spent from welfare-lottery funds in the year.
   *
   * @return the amount, not null
   */
  Optional<Money> lotterySpending();

  /**
   * Returns the part of it spent on elderly care.
   *
   * @return the amount, not null
   */
  Optional<Money> elderlyCareSpending();
}
