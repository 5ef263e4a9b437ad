package org.communitygov.model.volunteer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * A volunteer service record (志愿服务记录, 民政部令第67号 第四条 志愿服务情况): one volunteer's part in one activity —
 * the activity, its organiser, date and time, place, content, the hours served, who recorded it,
 * and the group the volunteer served in, if the service was done as a group (团体服务).
 *
 * <p>The hours are the actual service time, excluding travel (不含往返途中时间), in hours with at most two
 * decimals. Invariants: the activity ends after it starts on its date ({@code
 * serviceRecord.endBeforeStart}); the hours are not negative ({@code serviceRecord.hoursNegative}),
 * have at most two decimals ({@code serviceRecord.hoursScale}) and are not longer than the activity
 * ({@code serviceRecord.hoursLongerThanActivity}); a group's name is not blank ({@code
 * serviceRecord.groupBlank}). An activity past midnight is recorded as two records.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableServiceRecord.class)
@JsonDeserialize(as = ImmutableServiceRecord.class)
public abstract class ServiceRecord {
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  ServiceRecord() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableServiceRecord.Builder builder() {
    return ImmutableServiceRecord.builder();
  }

  /**
   * Returns the record's identifier.
   *
   * @return the identifier, not null
   */
  public abstract ServiceRecordId id();

  /**
   * Returns the volunteer who served.
   *
   * @return the volunteer number, not null
   */
  public abstract VolunteerId volunteer();

  /**
   * Returns the activity's name (活动名称).
   *
   * @return the name, not null
   */
  @NotBlank
  @Size(max = 200)
  public abstract String activity();

  /**
   * Returns the organisation that organised the activity: the one that records and certifies it
   * ("谁组织谁记录，谁记录谁证明").
   *
   * @return the organiser, not null
   */
  public abstract OrganisationId organiser();

  /**
   * Returns the date of the service.
   *
   * @return the date, not null
   */
  @PastOrPresent
  public abstract LocalDate date();

  /**
   * Returns the time the volunteer's part started.
   *
   * @return the time, not null
   */
  public abstract LocalTime start();

  /**
   * Returns the time the volunteer's part ended, on the same date.
   *
   * @return the time, after {@link #start()}, not null
   */
  public abstract LocalTime end();

  /**
   * Returns where the service took place.
   *
   * @return the place, not null
   */
  @NotBlank
  @Size(max = 200)
  public abstract String place();

  /**
   * Returns what the volunteer did (服务内容).
   *
   * @return the content, not null
   */
  @NotBlank
  @Size(max = 1000)
  public abstract String content();

  /**
   * Returns the hours served: actual service time, excluding travel.
   *
   * @return the hours, not negative, at most two decimals, not longer than the activity, not null
   */
  @DecimalMin("0")
  @Digits(integer = 2, fraction = 2)
  public abstract BigDecimal hours();

  /**
   * Returns who recorded the service (记录人): a name or a role of the organiser's staff.
   *
   * @return who recorded it, not null
   */
  @NotBlank
  @Size(max = 100)
  public abstract String recordedBy();

  /**
   * Returns the name of the volunteer group (团体志愿者, such as a volunteer team or a unit's party
   * members) the service was done as, if it was: 南京's time bank takes individual and group
   * volunteers, and group hours can only be donated (policy-facts §3). Absent: served as an
   * individual, as in every record written before this field existed.
   *
   * @return the group's name, not blank, at most 200 characters, not null
   * @since 0.1.0
   */
  public abstract Optional<@Size(min = 1, max = 200) String> group();

  /**
   * Returns the local additions of the issuing system, kept on a read–write round trip.
   *
   * @return the extensions, not null
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Returns how long the activity took, from start to end.
   *
   * @return the duration, positive, not null
   */
  public Duration duration() {
    return Duration.between(start(), end());
  }

  /**
   * Tells whether this record's time overlaps another's on the same date (touching ends do not).
   *
   * @param other the other record, not null
   * @return true if both are on one date and their times overlap
   */
  public boolean overlaps(ServiceRecord other) {
    return date().equals(other.date())
        && start().isBefore(other.end())
        && other.start().isBefore(end());
  }

  @Value.Check
  void check() {
    if (!end().isAfter(start())) {
      throw invalid("endBeforeStart", "a service ends after it starts on its date", "/end");
    }
    if (group().filter(String::isBlank).isPresent()) {
      throw invalid("groupBlank", "a group's name is not blank", "/group");
    }
    if (hours().signum() < 0) {
      throw invalid("hoursNegative", "the hours served are not negative", "/hours");
    }
    if (hours().stripTrailingZeros().scale() > 2) {
      throw invalid("hoursScale", "the hours have at most two decimals", "/hours");
    }
    BigDecimal activityHours =
        BigDecimal.valueOf(duration().toSeconds()).divide(SECONDS_PER_HOUR, 4, RoundingMode.DOWN);
    if (hours().compareTo(activityHours) > 0) {
      throw invalid(
          "hoursLongerThanActivity",
          "the hours served are not longer than the activity, from start to end",
          "/hours");
    }
  }

  private InvalidValueException invalid(String rule, String message, String pointer) {
    return InvalidValueException.of(
        "serviceRecord",
        rule,
        message,
        pointer,
        Map.of(
            "record", id().value(),
            "start", start().toString(),
            "end", end().toString(),
            "hours", hours().toPlainString()));
  }
}
