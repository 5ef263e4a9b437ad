package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.Objects;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.points.MemberId;

/**
 * A member's request to redeem a reward of the scheme's catalogue.
 *
 * @param id the request's id (the idempotency key is made from it), not null
 * @param member the member, not null
 * @param date the date of the request, not null
 * @param reward the reward's code, not null
 * @param age the member's age in whole years on that date, 0 or more
 * @param hardship whether the member is a hardship case (困难), which may lower the age
 * @since 0.1.0
 */
public record RedemptionRequest(
    String id, MemberId member, LocalDate date, String reward, int age, boolean hardship) {
  /**
   * Checks the request.
   *
   * @throws InvalidValueException if the id is not an identifier or the age is negative ({@code
   *     redemption.age})
   */
  public RedemptionRequest {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reward, "reward");
    EntryId.of(Objects.requireNonNull(id, "id"));
    if (age < 0) {
      throw InvalidValueException.of("redemption", "age", "an age is 0 or more");
    }
  }
}
