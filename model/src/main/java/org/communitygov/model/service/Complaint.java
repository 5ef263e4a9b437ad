package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * A complaint made with satisfaction feedback, its follow-up and its resolution.
 *
 * <p>Invariant: a complaint is resolved with a time and a resolution together ({@code
 * complaint.resolution}).
 *
 * <p>Its texts may describe people: {@code toString()} hides them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableComplaint.class)
@JsonDeserialize(as = ImmutableComplaint.class)
public abstract class Complaint {
  Complaint() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableComplaint.Builder builder() {
    return ImmutableComplaint.builder();
  }

  /**
   * Returns what the complaint is about.
   *
   * @return the text, not null
   */
  @NotBlank
  @Size(max = 2000)
  @Value.Redacted
  public abstract String summary();

  /**
   * Returns what was done about it, if anything yet.
   *
   * @return the follow-up, not null
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 2000) String> followUp();

  /**
   * Returns how it was resolved, once it is.
   *
   * @return the resolution, not null
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 2000) String> resolution();

  /**
   * Returns when it was resolved, once it is.
   *
   * @return the instant, not null
   */
  public abstract Optional<Instant> resolvedAt();

  /**
   * Tells whether the complaint is resolved.
   *
   * @return true once resolved
   */
  @JsonIgnore
  public boolean isResolved() {
    return resolvedAt().isPresent();
  }

  @Value.Check
  void check() {
    if (resolution().isPresent() != resolvedAt().isPresent()) {
      throw InvalidValueException.of(
          "complaint", "resolution", "a resolution and its time are given together");
    }
  }
}
