package org.communitygov.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * How much a delivery gave: {@code 1.5 HOURS}, {@code 1 MEALS}.
 *
 * <p>Invariant: the quantity is not negative ({@code units.negative}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeliveredUnits.class)
@JsonDeserialize(as = ImmutableDeliveredUnits.class)
public abstract class DeliveredUnits {
  DeliveredUnits() {}

  /**
   * Obtains a quantity of units.
   *
   * @param quantity the quantity, not negative, not null
   * @param unit the unit, not null
   * @return the units, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the quantity is negative ({@code units.negative})
   */
  public static DeliveredUnits of(BigDecimal quantity, CapacityUnit unit) {
    return ImmutableDeliveredUnits.builder().quantity(quantity).unit(unit).build();
  }

  /**
   * Returns the quantity.
   *
   * @return the quantity, not negative, not null
   */
  @PositiveOrZero
  public abstract BigDecimal quantity();

  /**
   * Returns the unit.
   *
   * @return the unit, not null
   */
  public abstract CapacityUnit unit();

  @Value.Check
  void check() {
    if (quantity().signum() < 0) {
      throw InvalidValueException.of("units", "negative", "a delivered quantity is not negative");
    }
  }

  @Override
  public String toString() {
    return quantity().toPlainString() + " " + unit();
  }
}
