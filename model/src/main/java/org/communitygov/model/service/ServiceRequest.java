package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Optional;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.needs.Need;
import org.communitygov.model.needs.NeedCategory;
import org.communitygov.model.needs.NeedPriority;
import org.immutables.value.Value;

/**
 * A service request (需求申请): who asks, for which need, when, through which channel and how urgently.
 *
 * <p>Invariants: it names a person, a household or both ({@code serviceRequest.requester}); it
 * gives a need of the needs profile or a category, not both ({@code serviceRequest.need}).
 *
 * <p>A request says something about a person's situation: {@code toString()} hides the need.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableServiceRequest.class)
@JsonDeserialize(as = ImmutableServiceRequest.class)
public abstract class ServiceRequest {
  ServiceRequest() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableServiceRequest.Builder builder() {
    return ImmutableServiceRequest.builder();
  }

  /**
   * Returns the request's identifier.
   *
   * @return the identifier, not null
   */
  public abstract ServiceRequestId id();

  /**
   * Returns the person the service is for, if it is for one person.
   *
   * @return the person, not null
   */
  public abstract Optional<PersonId> person();

  /**
   * Returns the household the service is for, or the person's household.
   *
   * @return the household, not null
   */
  public abstract Optional<HouseholdId> household();

  /**
   * Returns the community the request was made in, if recorded.
   *
   * @return the community, not null
   */
  public abstract Optional<CommunityId> community();

  /**
   * Returns the need of the needs profile the request answers, if it came from one.
   *
   * @return the need, not null
   */
  @Value.Redacted
  public abstract Optional<@Valid Need> need();

  /**
   * Returns the category asked for, when the request names no need of a profile.
   *
   * @return the category, not null
   */
  @Value.Redacted
  public abstract Optional<NeedCategory> category();

  /**
   * Returns when the request was made.
   *
   * @return the instant, not null
   */
  public abstract Instant requestedAt();

  /**
   * Returns how the request came in.
   *
   * @return the channel, not null
   */
  public abstract RequestChannel channel();

  /**
   * Returns how urgent it is.
   *
   * @return the priority, not null
   */
  public abstract NeedPriority priority();

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
   * Returns the category of need: the need's, or the one asked for.
   *
   * @return the category, not null
   */
  public NeedCategory needCategory() {
    return need().map(Need::category).orElseGet(() -> category().orElseThrow());
  }

  @Value.Check
  void check() {
    if (person().isEmpty() && household().isEmpty()) {
      throw InvalidValueException.of(
          "serviceRequest", "requester", "a request names a person, a household or both");
    }
    if (need().isPresent() == category().isPresent()) {
      throw InvalidValueException.of(
          "serviceRequest", "need", "a request gives a need of a profile or a category, not both");
    }
  }
}
