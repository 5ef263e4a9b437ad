package org.communitygov.model.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.communitygov.model.service.ServiceCategory;
import org.immutables.value.Value;

/**
 * One line of a project's budget: how much of one fund the project may spend on one service
 * category.
 *
 * <p>Invariant: the amount is positive ({@code budgetLine.amount}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBudgetLine.class)
@JsonDeserialize(as = ImmutableBudgetLine.class)
public abstract class BudgetLine {
  BudgetLine() {}

  /**
   * Obtains a budget line.
   *
   * @param fund the fund, not null
   * @param category the service category, not null
   * @param amount the amount, positive, not null
   * @return the line, not null
   * @throws InvalidValueException if the amount is not positive
   */
  public static BudgetLine of(FundId fund, ServiceCategory category, Money amount) {
    return ImmutableBudgetLine.builder().fund(fund).category(category).amount(amount).build();
  }

  /**
   * Returns the fund the line is paid from.
   *
   * @return the fund, not null
   */
  public abstract FundId fund();

  /**
   * Returns the service category.
   *
   * @return the category, not null
   */
  public abstract ServiceCategory category();

  /**
   * Returns the amount budgeted.
   *
   * @return the amount, positive, not null
   */
  public abstract Money amount();

  @Value.Check
  void check() {
    if (!amount().isPositive()) {
      throw InvalidValueException.of("budgetLine", "amount", "a budget line is positive");
    }
  }
}
