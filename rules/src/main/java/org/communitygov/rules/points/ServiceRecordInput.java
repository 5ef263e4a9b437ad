package org.communitygov.rules.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.OptionalInt;
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
 * @param rating the lowest rating (1 to 5) of the service, if rated: the policy in force tells
 *     whether it is negative ({@code points.negativeRatingMax}, ADR 0096), not null
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
    boolean group,
    OptionalInt rating) {
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
    Objects.requireNonNull(rating, "rating");
    if (rating.isPresent() && (rating.getAsInt() < 1 || rating.getAsInt() > 5)) {
      throw InvalidValueException.of("serviceRecord", "rating", "a rating is 1 to 5");
    }
    EntryId.of(record);
    if (hours.signum() < 0 || hours.stripTrailingZeros().scale() > 2) {
      throw InvalidValueException.of(
          "serviceRecord", "hours", "hours are 0 or more, with at most two decimals");
    }
    if (organiser.isBlank()) {
      throw InvalidValueException.of("serviceRecord", "organiser", "a record names its organiser");
    }
  }

  /**
   * Obtains a record not rated.
   *
   * @param record the service record's id, not null
   * @param activity the activity's id, not null
   * @param member the member credited, not null
   * @param date the date of service, not null
   * @param hours the hours served, 0 or more, at most two decimals, not null
   * @param organiser the organiser who recorded it, not blank, not null
   * @param evaluation the evaluation, not null
   * @param group whether the hours were served as a group
   * @throws InvalidValueException as the canonical constructor
   */
  public ServiceRecordInput(
      String record,
      String activity,
      MemberId member,
      LocalDate date,
      BigDecimal hours,
      String organiser,
      Evaluation evaluation,
      boolean group) {
    this(record, activity, member, date, hours, organiser, evaluation, group, OptionalInt.empty());
  }

  /**
   * The highest rating (1 to 5) that was a negative evaluation before it was a policy term.
   *
   * @deprecated the policy in force says it: {@code SchemePolicy.negativeRatingMax()}, by default 2
   *     (ADR 0096); this constant is that default and is no longer read
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public static final int NEGATIVE_RATING = 2;

  /**
   * Returns this record with the lowest rating of the service.
   *
   * @param lowest the rating, 1 to 5
   * @return the record, not null
   * @throws InvalidValueException if the rating is not 1 to 5 ({@code serviceRecord.rating})
   * @since 0.1.0
   */
  public ServiceRecordInput withRating(int lowest) {
    return new ServiceRecordInput(
        record,
        activity,
        member,
        date,
        hours,
        organiser,
        evaluation,
        group,
        OptionalInt.of(lowest));
  }

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
   * Obtains what a policy reads of a recorded service and its evaluations: the lowest rating of
   * those about this record is its {@link #rating()}, which the policy in force on its date finds
   * negative or not ({@code points.negativeRatingMax}, ADR 0096); the evaluation is {@link
   * Evaluation#NONE}. Evaluations of other records, or of no record, are ignored.
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
    ServiceRecordInput input = mapped(record);
    return lowest == 0 ? input : input.withRating(lowest);
  }

  /** The record's own fields, not evaluated: the rating, not the evaluation, tells (ADR 0096). */
  private static ServiceRecordInput mapped(ServiceRecord record) {
    Evaluation evaluation = Evaluation.NONE;
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
