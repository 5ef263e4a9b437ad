package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.communitygov.model.common.CurrencyMismatchException;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.communitygov.model.household.PopulationGroup;
import org.immutables.value.Value;

/**
 * What a service costs one population group per unit: the price, the subsidy that public money pays
 * of it, and so what the user pays. A fee without a group is the standard price.
 *
 * <p>Invariants: price and subsidy are in one currency ({@link CurrencyMismatchException}), neither
 * is negative ({@code fee.negative}), the subsidy is not above the price ({@code fee.subsidy}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableFee.class)
@JsonDeserialize(as = ImmutableFee.class)
public abstract class Fee {
  Fee() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableFee.Builder builder() {
    return ImmutableFee.builder();
  }

  /**
   * Returns the group the fee applies to.
   *
   * @return the group, empty for the standard price, not null
   */
  public abstract Optional<PopulationGroup> group();

  /**
   * Returns the price of one unit.
   *
   * @return the price, not null
   */
  public abstract Money price();

  /**
   * Returns the subsidy of one unit, zero unless given.
   *
   * @return the subsidy, in the price's currency, not null
   */
  @Value.Default
  public Money subsidy() {
    return Money.zero(price().currency());
  }

  /**
   * Returns what the user pays: the price less the subsidy.
   *
   * @return the amount payable, not null
   */
  public Money payable() {
    return price().minus(subsidy());
  }

  @Value.Check
  void check() {
    if (price().isNegative() || subsidy().isNegative()) {
      throw InvalidValueException.of("fee", "negative", "a price or subsidy is not negative");
    }
    if (subsidy().compareTo(price()) > 0) {
      throw InvalidValueException.of("fee", "subsidy", "a subsidy is not above the price");
    }
  }
}
