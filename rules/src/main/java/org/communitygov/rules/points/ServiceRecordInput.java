package org.communitygov.rules.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.points.MemberId;

/**
 * What a points policy reads of one volunteer's service record: the record, the activity, the
 * member, the date, the hours served (actual service time, without travel), the organiser, the
 * evaluation and whether the hours were served as a group. A service record of {@code
 * model.volunteer} converts to it.
 *
 * @param record the service record's id (the accrual's idempotency key is made from it), not null
 * @param activity the activity's id, not null
 * @param member the member credited, not null
 * @param date the date of service, not null
 * @param hours the hours served, 0 or more, at most two decimals, not null
 * @param organiser the organiser who recorded it, not blank, not null
 * @param evaluation the evaluation, not null
 * @param group whether the hours were served as a group
 * @since 0.1.0
 */
public record ServiceRecordInput(
    String record,
    String activity,
    MemberId member,
    LocalDate date,
    BigDecimal hours,
    String organiser,
    Evaluation evaluation,
    boolean group) {
  /**
   * Checks the record.
   *
   * @throws InvalidValueException if the record id is not an identifier ({@code
   *     serviceRecord.record}), the hours are negative or have more than two decimals ({@code
   *     serviceRecord.hours}) or the organiser is blank ({@code serviceRecord.organiser})
   */
  public ServiceRecordInput {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(organiser, "organiser");
    Objects.requireNonNull(evaluation, "evaluation");
    EntryId.of(record);
    if (hours.signum() < 0 || hours.stripTrailingZeros().scale() > 2) {
      throw InvalidValueException.of(
          "serviceRecord", "hours", "hours are 0 or more, with at most two decimals");
    }
    if (organiser.isBlank()) {
      throw InvalidValueException.of("serviceRecord", "organiser", "a record names its organiser");
    }
  }
}
