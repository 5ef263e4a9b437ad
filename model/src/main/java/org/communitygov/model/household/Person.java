package org.communitygov.model.household;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.CitizenId;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.PhoneNumber;
import org.communitygov.model.common.Sensitive;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.common.Sex;
import org.immutables.value.Value;

/**
 * A person living in a community: a resident (居民) or villager (村民).
 *
 * <p>The citizen ID is optional: children before registration, migrants and foreigners may lack
 * one. When it is present, its birth date and sex must agree with the person's. The citizen ID,
 * phone, disability and chronic conditions are sensitive (PIPL 第二十八条), and so is everything about a
 * child under 14 ({@link #isUnder14On}); {@code toString()} shows only the identifier.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person {
  Person() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }

  /**
   * Returns the person's identifier.
   *
   * @return the identifier, not null
   */
  public abstract PersonId id();

  /**
   * Returns the person's name as registered.
   *
   * @return the name, not null
   */
  @NotBlank
  @Size(max = 50)
  public abstract String name();

  /**
   * Returns the person's citizen identity number, if known.
   *
   * @return the citizen ID, not null
   */
  @Sensitive(SensitiveCategory.IDENTITY_NUMBER)
  public abstract Optional<CitizenId> citizenId();

  /**
   * Returns the date of birth.
   *
   * @return the birth date, not null
   */
  @PastOrPresent
  public abstract LocalDate birthDate();

  /**
   * Returns the person's sex.
   *
   * @return the sex, not null
   */
  public abstract Sex sex();

  /**
   * Returns the person's household-registration status relative to the community.
   *
   * @return the status, not null
   */
  public abstract HukouStatus hukou();

  /**
   * Returns the person's disability, if certified.
   *
   * @return the disability, not null
   */
  @Sensitive(SensitiveCategory.DISABILITY)
  public abstract Optional<@Valid Disability> disability();

  /**
   * Returns the person's chronic conditions as ICD-10 codes or short names.
   *
   * @return the conditions, not null
   */
  @Sensitive(SensitiveCategory.HEALTH)
  @Size(max = 50)
  public abstract Set<@NotBlank @Size(max = 100) String> chronicConditions();

  /**
   * Returns the person's employment status, if recorded.
   *
   * @return the status, not null
   */
  public abstract Optional<EmploymentStatus> employment();

  /**
   * Returns the person's phone number, if recorded.
   *
   * @return the phone number, not null
   */
  @Sensitive(SensitiveCategory.CONTACT)
  public abstract Optional<PhoneNumber> phone();

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
   * Returns the person's age in whole years on a date.
   *
   * @param date the date, not before the birth date, not null
   * @return the age in completed years
   * @throws IllegalArgumentException if {@code date} is before the birth date
   */
  public int ageOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(birthDate())) {
      throw new IllegalArgumentException("date " + date + " is before the person's birth");
    }
    return Period.between(birthDate(), date).getYears();
  }

  /**
   * Tells whether the person is under 14 on a date: then everything about them is sensitive (PIPL
   * 第二十八条).
   *
   * @param date the date, not null
   * @return true if the person is born and younger than 14 on {@code date}
   */
  public boolean isUnder14On(LocalDate date) {
    return !date.isBefore(birthDate()) && ageOn(date) < 14;
  }

  /**
   * Tells whether the person has a certified disability.
   *
   * @return true if disabled
   */
  @JsonIgnore
  public boolean isDisabled() {
    return disability().isPresent();
  }

  @Value.Check
  void check() {
    citizenId()
        .ifPresent(
            id -> {
              if (!id.birthDate().equals(birthDate())) {
                throw InvalidValueException.of(
                    "birthDate",
                    "citizenIdMismatch",
                    "the birth date differs from the one in the citizen ID");
              }
              if (id.sex() != sex()) {
                throw InvalidValueException.of(
                    "sex", "citizenIdMismatch", "the sex differs from the one in the citizen ID");
              }
            });
  }

  @Override
  public String toString() {
    return "Person{id=" + id() + "}";
  }
}
