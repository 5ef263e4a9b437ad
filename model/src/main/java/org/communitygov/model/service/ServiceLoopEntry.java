package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.stream.Stream;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * One entry of the service loop sent as a stream: exactly one request, order, delivery or feedback,
 * written {@code {"request": …}}, {@code {"order": …}}, {@code {"delivery": …}} or {@code
 * {"feedback": …}}.
 *
 * <p>A stream of entries carries both sides of the loop in one document, so that a delivery can be
 * checked against its order and feedback against its delivery. Invariant: exactly one member
 * ({@code entry.oneOf}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableServiceLoopEntry.class)
@JsonDeserialize(as = ImmutableServiceLoopEntry.class)
public abstract class ServiceLoopEntry {
  ServiceLoopEntry() {}

  /**
   * Obtains the entry of a request.
   *
   * @param request the request, not null
   * @return the entry, not null
   */
  public static ServiceLoopEntry of(ServiceRequest request) {
    return ImmutableServiceLoopEntry.builder().request(request).build();
  }

  /**
   * Obtains the entry of an order.
   *
   * @param order the order, not null
   * @return the entry, not null
   */
  public static ServiceLoopEntry of(ServiceOrder order) {
    return ImmutableServiceLoopEntry.builder().order(order).build();
  }

  /**
   * Obtains the entry of a delivery.
   *
   * @param delivery the delivery, not null
   * @return the entry, not null
   */
  public static ServiceLoopEntry of(DeliveryRecord delivery) {
    return ImmutableServiceLoopEntry.builder().delivery(delivery).build();
  }

  /**
   * Obtains the entry of feedback.
   *
   * @param feedback the feedback, not null
   * @return the entry, not null
   */
  public static ServiceLoopEntry of(SatisfactionFeedback feedback) {
    return ImmutableServiceLoopEntry.builder().feedback(feedback).build();
  }

  /**
   * Returns the request, if this entry is one.
   *
   * @return the request, not null
   */
  public abstract Optional<@Valid ServiceRequest> request();

  /**
   * Returns the order, if this entry is one.
   *
   * @return the order, not null
   */
  public abstract Optional<@Valid ServiceOrder> order();

  /**
   * Returns the delivery, if this entry is one.
   *
   * @return the delivery, not null
   */
  public abstract Optional<@Valid DeliveryRecord> delivery();

  /**
   * Returns the feedback, if this entry is one.
   *
   * @return the feedback, not null
   */
  public abstract Optional<@Valid SatisfactionFeedback> feedback();

  @Value.Check
  void check() {
    long present =
        Stream.of(request(), order(), delivery(), feedback()).filter(Optional::isPresent).count();
    if (present != 1) {
      throw InvalidValueException.of(
          "entry", "oneOf", "an entry holds exactly one of request, order, delivery and feedback");
    }
  }
}
