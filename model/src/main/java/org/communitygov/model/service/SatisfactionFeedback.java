package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * Satisfaction feedback (满意度评价) on a delivery: ratings from 1 to 5 on named dimensions and an
 * optional complaint.
 *
 * <p>Invariants: at least one rating ({@code ratings.empty}); every rating is 1 to 5 ({@code
 * ratings.range}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSatisfactionFeedback.class)
@JsonDeserialize(as = ImmutableSatisfactionFeedback.class)
public abstract class SatisfactionFeedback {
  /** The lowest rating. */
  public static final int LOWEST = 1;

  /** The highest rating. */
  public static final int HIGHEST = 5;

  SatisfactionFeedback() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableSatisfactionFeedback.Builder builder() {
    return ImmutableSatisfactionFeedback.builder();
  }

  /**
   * Returns the delivery rated.
   *
   * @return the delivery, not null
   */
  public abstract DeliveryId delivery();

  /**
   * Returns when the feedback was given.
   *
   * @return the instant, not null
   */
  public abstract Instant givenAt();

  /**
   * Returns the ratings, 1 (very dissatisfied) to 5 (very satisfied), by dimension.
   *
   * @return the ratings, not empty, not null
   */
  public abstract Map<RatingDimension, @Min(LOWEST) @Max(HIGHEST) Integer> ratings();

  /**
   * Returns the complaint made with the feedback, if any.
   *
   * @return the complaint, not null
   */
  public abstract Optional<@Valid Complaint> complaint();

  /**
   * Returns the rating of a dimension.
   *
   * @param dimension the dimension, not null
   * @return the rating, empty if that dimension was not rated, not null
   */
  public Optional<Integer> rating(RatingDimension dimension) {
    return Optional.ofNullable(ratings().get(dimension));
  }

  @Value.Check
  void check() {
    if (ratings().isEmpty()) {
      throw InvalidValueException.of("ratings", "empty", "feedback rates at least one dimension");
    }
    for (Map.Entry<RatingDimension, Integer> rating : ratings().entrySet()) {
      if (rating.getValue() < LOWEST || rating.getValue() > HIGHEST) {
        throw InvalidValueException.of(
            "ratings",
            "range",
            "a rating is " + LOWEST + " to " + HIGHEST,
            "/ratings/" + rating.getKey().name(),
            Map.of("dimension", rating.getKey().name(), "rating", rating.getValue().toString()));
      }
    }
  }
}
