package org.communitygov.model.volunteer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.CitizenId;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.PhoneNumber;
import org.communitygov.model.common.Sensitive;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.PersonId;
import org.immutables.value.Value;

/**
 * A volunteer's registration (志愿者注册): the person, the volunteer number, the registering
 * organisation, skills, available times, the registration date and the status (民政部令第67号 第四条,
 * 个人基本信息).
 *
 * <p>The citizen ID and the phone number are sensitive: {@code toString()} shows only the volunteer
 * number and the status.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableVolunteer.class)
@JsonDeserialize(as = ImmutableVolunteer.class)
public abstract class Volunteer {
  Volunteer() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableVolunteer.Builder builder() {
    return ImmutableVolunteer.builder();
  }

  /**
   * Returns the volunteer number (志愿者编号).
   *
   * @return the number, not null
   */
  public abstract VolunteerId id();

  /**
   * Returns the person who volunteers, if the community's records hold them.
   *
   * @return the person, not null
   */
  public abstract Optional<PersonId> person();

  /**
   * Returns the volunteer's name as registered.
   *
   * @return the name, not null
   */
  @NotBlank
  @Size(max = 50)
  public abstract String name();

  /**
   * Returns the volunteer's citizen identity number, if registered with one.
   *
   * @return the citizen ID, not null
   */
  @Sensitive(SensitiveCategory.IDENTITY_NUMBER)
  public abstract Optional<CitizenId> citizenId();

  /**
   * Returns the volunteer's phone number, if recorded.
   *
   * @return the phone number, not null
   */
  @Sensitive(SensitiveCategory.CONTACT)
  public abstract Optional<PhoneNumber> phone();

  /**
   * Returns the organisation that registered the volunteer.
   *
   * @return the organisation, not null
   */
  public abstract OrganisationId registeredBy();

  /**
   * Returns the date of registration.
   *
   * @return the date, not null
   */
  @PastOrPresent
  public abstract LocalDate registeredOn();

  /**
   * Returns the status of the registration.
   *
   * @return the status, not null
   */
  public abstract VolunteerStatus status();

  /**
   * Returns the volunteer's skills (服务技能), such as 陪诊 or 理发.
   *
   * @return the skills, not null
   */
  @Size(max = 50)
  public abstract Set<@NotBlank @Size(max = 100) String> skills();

  /**
   * Returns when the volunteer is available.
   *
   * @return the times, not null
   */
  @Size(max = 50)
  public abstract List<@Valid AvailableTime> availableTimes();

  /**
   * Returns the local additions of the issuing system, kept on a read–write round trip.
   *
   * @return the extensions, not null
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  @Override
  public String toString() {
    return "Volunteer{id=" + id() + ", status=" + status() + "}";
  }
}
