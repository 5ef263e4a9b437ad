package org.communitygov.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * A service order (派单 / 转介): a request matched to a service and its provider, with the history of
 * its status.
 *
 * <p>The status is derived from the events, never stored: it is the status of the last one. The
 * history only grows: {@link #withEvent(OrderEvent)} returns a copy with one more event, and every
 * event is checked against {@link OrderTransitions}. Invariants checked when it is built: at least
 * one event; the first is requested ({@value OrderTransitions#FIRST_STATUS}); each move is allowed
 * ({@value OrderTransitions#REFUSED}, thrown as {@link OrderTransitionException}); events are in
 * time order ({@code events.order}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceOrder.class)
@JsonDeserialize(as = ImmutableServiceOrder.class)
public abstract class ServiceOrder {
  ServiceOrder() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableServiceOrder.Builder builder() {
    return ImmutableServiceOrder.builder();
  }

  /**
   * Returns the order's identifier.
   *
   * @return the identifier, not null
   */
  public abstract ServiceOrderId id();

  /**
   * Returns the request the order answers.
   *
   * @return the request, not null
   */
  public abstract ServiceRequestId request();

  /**
   * Returns the service the request was matched to.
   *
   * @return the service, not null
   */
  public abstract ServiceId service();

  /**
   * Returns the provider asked to deliver.
   *
   * @return the provider, not null
   */
  public abstract ProviderId provider();

  /**
   * Returns the history of the order's status, oldest first.
   *
   * @return the events, at least one, not null
   */
  public abstract List<@Valid OrderEvent> events();

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
   * Returns the current status: that of the last event.
   *
   * @return the status, not null
   */
  public OrderStatus status() {
    return events().get(events().size() - 1).status();
  }

  /**
   * Returns the status the order was in at an instant.
   *
   * @param at the instant, not null
   * @return the status of the last event at or before {@code at}, empty before the first, not null
   */
  public Optional<OrderStatus> statusAt(Instant at) {
    Objects.requireNonNull(at, "at");
    OrderStatus status = null;
    for (OrderEvent event : events()) {
      if (event.at().isAfter(at)) {
        break;
      }
      status = event.status();
    }
    return Optional.ofNullable(status);
  }

  /**
   * Returns a copy with one more event at the end of the history.
   *
   * @param event the event, not earlier than the last one, not null
   * @return the order with the event, not null
   * @throws NullPointerException if {@code event} is null
   * @throws OrderTransitionException if the state machine does not allow the move ({@value
   *     OrderTransitions#REFUSED})
   * @throws InvalidValueException if the event is earlier than the last one ({@code events.order})
   */
  public ServiceOrder withEvent(OrderEvent event) {
    Objects.requireNonNull(event, "event");
    return builder().from(this).addEvent(event).build();
  }

  @Value.Check
  void check() {
    if (events().isEmpty()) {
      throw InvalidValueException.of("events", "empty", "an order has at least its first event");
    }
    Optional<OrderStatus> from = Optional.empty();
    Instant previous = Instant.MIN;
    for (int i = 0; i < events().size(); i++) {
      OrderEvent event = events().get(i);
      Optional<TransitionRefusal> refusal = OrderTransitions.check(from, event.status());
      if (refusal.isPresent()) {
        throw new OrderTransitionException(refusal.get(), i);
      }
      if (event.at().isBefore(previous)) {
        throw InvalidValueException.of(
            "events",
            "order",
            "an event is not earlier than the one before it",
            "/events/" + i,
            Map.of("at", event.at().toString(), "previous", previous.toString()));
      }
      from = Optional.of(event.status());
      previous = event.at();
    }
  }

  @Override
  public String toString() {
    return "ServiceOrder{id=" + id() + ", service=" + service() + ", status=" + status() + "}";
  }
}
