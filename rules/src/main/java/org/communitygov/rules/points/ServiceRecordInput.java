package org.communitygov.rules.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.volunteer.ServiceRecord;

/**
 * What a points policy reads of one volunteer's service record: the record, the activity, the
 * member, the date, the hours served (actual service time, without travel), the organiser, the
 * evaluation and whether the hours were served as a group. A recorded service ({@link
 * ServiceRecord}) converts to it with {@link #from(ServiceRecord)}.
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

  /** The highest rating (1 to 5) that is a negative evaluation (ADR 0046). */
  public static final int NEGATIVE_RATING = 2;

  /**
   * Obtains what a policy reads of a recorded service, not evaluated: the member is the volunteer
   * (same identifier), the activity its name, the hours the recorded hours, served as a group if
   * the record names its {@link ServiceRecord#group() group}.
   *
   * @param record the service record, not null
   * @return the input, not null
   * @throws InvalidValueException if the record's id is not an entry identifier
   */
  public static ServiceRecordInput from(ServiceRecord record) {
    return from(record, java.util.List.of());
  }

  /**
   * Obtains what a policy reads of a recorded service and its evaluations: those about this record
   * decide, the lowest rating first: 1 or 2 ({@link #NEGATIVE_RATING}) is {@link
   * Evaluation#NEGATIVE}, 3 to 5 {@link Evaluation#SATISFACTORY}; none is {@link Evaluation#NONE}.
   * Evaluations of other records, or of no record, are ignored.
   *
   * @param record the service record, not null
   * @param evaluations evaluations, of this record or others, not null
   * @return the input, not null
   * @throws InvalidValueException if the record's id is not an entry identifier
   */
  public static ServiceRecordInput from(
      ServiceRecord record, Collection<org.communitygov.model.volunteer.Evaluation> evaluations) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(evaluations, "evaluations");
    int lowest =
        evaluations.stream()
            .filter(e -> e.record().filter(record.id()::equals).isPresent())
            .mapToInt(org.communitygov.model.volunteer.Evaluation::rating)
            .min()
            .orElse(0);
    Evaluation evaluation =
        lowest == 0
            ? Evaluation.NONE
            : lowest <= NEGATIVE_RATING ? Evaluation.NEGATIVE : Evaluation.SATISFACTORY;
    return new ServiceRecordInput(
        record.id().value(),
        record.activity(),
        MemberId.of(record.volunteer().value()),
        record.date(),
        record.hours(),
        record.organiser().value(),
        evaluation,
        record.group().isPresent());
  }
}
