package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change of a service order: the status it moved to, when, who moved it and why.
 *
 * <p>The reason may describe a resident's situation ("in hospital"): {@code toString()} hides it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableOrderEvent.class)
@JsonDeserialize(as = ImmutableOrderEvent.class)
public abstract class OrderEvent {
  OrderEvent() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableOrderEvent.Builder builder() {
    return ImmutableOrderEvent.builder();
  }

  /**
   * Obtains an event without a reason.
   *
   * @param at when the change happened, not null
   * @param status the status moved to, not null
   * @param actor who made the change, not null
   * @return the event, not null
   * @throws NullPointerException if an argument is null
   */
  public static OrderEvent of(Instant at, OrderStatus status, ActorId actor) {
    return builder().at(at).status(status).actor(actor).build();
  }

  /**
   * Returns when the change happened.
   *
   * @return the instant, not null
   */
  public abstract Instant at();

  /**
   * Returns the status the order moved to.
   *
   * @return the status, not null
   */
  public abstract OrderStatus status();

  /**
   * Returns who made the change.
   *
   * @return the actor, not null
   */
  public abstract ActorId actor();

  /**
   * Returns why, if recorded: the reason of a rejection, a hold or a cancellation.
   *
   * @return the reason, not null
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 500) String> reason();
}
