package org.communitygov.rules.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.points.MemberId;

/**
 * A member's request to transfer points or hours to a relative or friend, or to donate them to a
 * named hardship elder or to the pool (上海).
 *
 * @param id the request's id (the idempotency key is made from it), not null
 * @param from the giving member, not null
 * @param recipient the kind of recipient, not null
 * @param to the receiving member; empty for the pool, not null
 * @param amount what is given, in the scheme's unit, positive, not null
 * @param date the date, not null
 * @since 0.1.0
 */
public record GiftRequest(
    String id,
    MemberId from,
    Recipient recipient,
    Optional<MemberId> to,
    BigDecimal amount,
    LocalDate date) {
  /**
   * Checks the request.
   *
   * @throws InvalidValueException if the id is not an identifier, the amount is not positive
   *     ({@code gift.amount}), or a member is named for the pool or missing for anyone else ({@code
   *     gift.to})
   */
  public GiftRequest {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(date, "date");
    EntryId.of(Objects.requireNonNull(id, "id"));
    if (amount.signum() <= 0) {
      throw InvalidValueException.of("gift", "amount", "what is given is positive");
    }
    if (to.isPresent() == (recipient == Recipient.POOL)) {
      throw InvalidValueException.of(
          "gift", "to", "a gift names its receiving member, except one to the pool");
    }
  }
}
