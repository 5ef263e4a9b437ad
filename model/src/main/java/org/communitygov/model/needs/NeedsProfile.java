package org.communitygov.model.needs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Sensitive;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.household.PersonId;
import org.immutables.value.Value;

/**
 * The needs of one person or one household as known on a date, each with its priority and source.
 *
 * <p>Exactly one of {@link #person()} and {@link #household()} is present. Needs may reveal health
 * or assistance status, so {@code toString()} does not show them. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableNeedsProfile.class)
@JsonDeserialize(as = ImmutableNeedsProfile.class)
public abstract class NeedsProfile {
  NeedsProfile() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableNeedsProfile.Builder builder() {
    return ImmutableNeedsProfile.builder();
  }

  /**
   * Returns the person, for a person's profile.
   *
   * @return the person, not null
   */
  public abstract Optional<PersonId> person();

  /**
   * Returns the household, for a household's profile.
   *
   * @return the household, not null
   */
  public abstract Optional<HouseholdId> household();

  /**
   * Returns the day the profile describes.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the needs, in order of entry.
   *
   * @return the needs, not null
   */
  @Sensitive(SensitiveCategory.HEALTH)
  @Value.Redacted
  public abstract List<Need> needs();

  @Value.Check
  void check() {
    if (person().isPresent() == household().isPresent()) {
      throw InvalidValueException.of(
          "needsProfile", "subject", "a profile is of exactly one person or one household");
    }
  }
}
