package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.Objects;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.points.MemberId;

/**
 * A member's referral of a newly registered volunteer (海林: 2 points).
 *
 * @param id the referral's id (the bonus's idempotency key is made from it), not null
 * @param referrer the referring member, not null
 * @param newVolunteer the new volunteer's id, not null
 * @param date the date of the new volunteer's registration, not null
 * @since 0.1.0
 */
public record ReferralInput(String id, MemberId referrer, String newVolunteer, LocalDate date) {
  /**
   * Checks the referral.
   *
   * @throws org.communitygov.model.common.InvalidValueException if the id is not an identifier
   */
  public ReferralInput {
    Objects.requireNonNull(referrer, "referrer");
    Objects.requireNonNull(newVolunteer, "newVolunteer");
    Objects.requireNonNull(date, "date");
    EntryId.of(Objects.requireNonNull(id, "id"));
  }
}
