package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.CurrencyMismatchException;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.immutables.value.Value;

/**
 * A delivery record (服务记录): one delivery of an order by a provider's worker or volunteer, when, how
 * much, at what cost and subsidy, and with what outcome.
 *
 * <p>Invariants: it ends after it starts ({@code delivery.endBeforeStart}); cost and subsidy are in
 * one currency ({@link CurrencyMismatchException}), not negative, the subsidy not above the cost
 * ({@code delivery.subsidy}).
 *
 * <p>The note may describe the recipient's condition: {@code toString()} hides it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableDeliveryRecord.class)
@JsonDeserialize(as = ImmutableDeliveryRecord.class)
public abstract class DeliveryRecord {
  DeliveryRecord() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableDeliveryRecord.Builder builder() {
    return ImmutableDeliveryRecord.builder();
  }

  /**
   * Returns the record's identifier.
   *
   * @return the identifier, not null
   */
  public abstract DeliveryId id();

  /**
   * Returns the order delivered.
   *
   * @return the order, not null
   */
  public abstract ServiceOrderId order();

  /**
   * Returns the provider that delivered.
   *
   * @return the provider, not null
   */
  public abstract ProviderId provider();

  /**
   * Returns the worker or volunteer who delivered.
   *
   * @return the worker, not null
   */
  public abstract WorkerId worker();

  /**
   * Returns when the delivery started.
   *
   * @return the instant, not null
   */
  public abstract Instant start();

  /**
   * Returns when it ended.
   *
   * @return the instant, after the start, not null
   */
  public abstract Instant end();

  /**
   * Returns how much was delivered.
   *
   * @return the units, not null
   */
  @Valid
  public abstract DeliveredUnits units();

  /**
   * Returns what the delivery cost.
   *
   * @return the cost, not null
   */
  public abstract Money cost();

  /**
   * Returns the part of the cost that public money paid, zero unless given.
   *
   * @return the subsidy, in the cost's currency, not null
   */
  @Value.Default
  public Money subsidy() {
    return Money.zero(cost().currency());
  }

  /**
   * Returns what the delivery achieved.
   *
   * @return the outcome, not null
   */
  public abstract DeliveryOutcome outcome();

  /**
   * Returns a note of the worker, if any.
   *
   * @return the note, not null
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 1000) String> note();

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
   * Returns how long the delivery took.
   *
   * @return the duration, positive, not null
   */
  public Duration duration() {
    return Duration.between(start(), end());
  }

  /**
   * Returns what the recipient paid: the cost less the subsidy.
   *
   * @return the amount, not null
   */
  public Money paidByRecipient() {
    return cost().minus(subsidy());
  }

  @Value.Check
  void check() {
    if (!end().isAfter(start())) {
      throw InvalidValueException.of(
          "delivery",
          "endBeforeStart",
          "a delivery ends after it starts",
          "/end",
          Map.of("start", start().toString(), "end", end().toString()));
    }
    if (cost().isNegative() || subsidy().isNegative() || subsidy().compareTo(cost()) > 0) {
      throw InvalidValueException.of(
          "delivery",
          "subsidy",
          "cost and subsidy are not negative, the subsidy not above the cost");
    }
  }
}
