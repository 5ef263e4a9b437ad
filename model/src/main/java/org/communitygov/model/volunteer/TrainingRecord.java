package org.communitygov.model.volunteer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * A training record (培训情况, 民政部令第67号 第四条): the course a volunteer took, when, for how many hours and
 * who ran it.
 *
 * <p>Invariant: the hours are not negative ({@code trainingRecord.hoursNegative}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrainingRecord.class)
@JsonDeserialize(as = ImmutableTrainingRecord.class)
public abstract class TrainingRecord {
  TrainingRecord() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableTrainingRecord.Builder builder() {
    return ImmutableTrainingRecord.builder();
  }

  /**
   * Returns the volunteer trained.
   *
   * @return the volunteer number, not null
   */
  public abstract VolunteerId volunteer();

  /**
   * Returns the course's name.
   *
   * @return the course, not null
   */
  @NotBlank
  @Size(max = 200)
  public abstract String course();

  /**
   * Returns the organisation that ran the course.
   *
   * @return the organiser, not null
   */
  public abstract OrganisationId organiser();

  /**
   * Returns the date of the course.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the hours of the course.
   *
   * @return the hours, not negative, not null
   */
  @DecimalMin("0")
  @Digits(integer = 3, fraction = 2)
  public abstract BigDecimal hours();

  @Value.Check
  void check() {
    if (hours().signum() < 0) {
      throw InvalidValueException.of(
          "trainingRecord", "hoursNegative", "the hours are not negative");
    }
  }
}
