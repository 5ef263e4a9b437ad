package org.communitygov.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Positive;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * How much of a service can be delivered per period: {@code 120 MEALS per DAY}.
 *
 * <p>Invariant: the amount is positive ({@code capacity.amount}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCapacity.class)
@JsonDeserialize(as = ImmutableCapacity.class)
public abstract class Capacity {
  Capacity() {}

  /**
   * Obtains a capacity.
   *
   * @param amount the number of units, positive
   * @param unit the unit, not null
   * @param period the period, not null
   * @return the capacity, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the amount is not positive ({@code capacity.amount})
   */
  public static Capacity of(int amount, CapacityUnit unit, CapacityPeriod period) {
    return ImmutableCapacity.builder().amount(amount).unit(unit).period(period).build();
  }

  /**
   * Returns the number of units per period.
   *
   * @return the amount, positive
   */
  @Positive
  public abstract int amount();

  /**
   * Returns the unit.
   *
   * @return the unit, not null
   */
  public abstract CapacityUnit unit();

  /**
   * Returns the period.
   *
   * @return the period, not null
   */
  public abstract CapacityPeriod period();

  @Value.Check
  void check() {
    if (amount() <= 0) {
      throw InvalidValueException.of("capacity", "amount", "a capacity is positive");
    }
  }

  @Override
  public String toString() {
    return amount() + " " + unit() + " per " + period();
  }
}
