package org.communitygov.rules.funding.book;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of a contract's term: its length in whole months (a started month counts) and whether
 * the budget of the whole term is secured.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface ContractTermInput {
  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  static ImmutableContractTermInput.Builder builder() {
    return ImmutableContractTermInput.builder();
  }

  /**
   * Returns the term in months.
   *
   * @return the months, not null
   */
  Optional<Integer> termMonths();

  /**
   * Returns whether the budget is secured for the whole term.
   *
   * @return the answer, not null
   */
  Optional<Boolean> budgetSecured();
}
