package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.ledger.Amount;

/**
 * What a policy needs to know of a member's account, read from the ledger: the balance, what was
 * credited for activities in the year of the request, and the date of the last redemption.
 *
 * @param balance the balance, not null
 * @param accruedInYear what activities of the request's calendar year credited, not null
 * @param lastRedemption the date of the last redemption, not null
 * @since 0.1.0
 */
public record MemberFacts(
    Amount balance, Amount accruedInYear, Optional<LocalDate> lastRedemption) {
  /** Checks the facts. */
  public MemberFacts {
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(accruedInYear, "accruedInYear");
    Objects.requireNonNull(lastRedemption, "lastRedemption");
  }
}
