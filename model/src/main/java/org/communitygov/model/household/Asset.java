package org.communitygov.model.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.immutables.value.Value;

/**
 * An asset of a household or of one member, valued on a date, for the property conditions of means
 * tests. Assets are sensitive (金融账户); {@code toString()} does not show values.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAsset.class)
@JsonDeserialize(as = ImmutableAsset.class)
public abstract class Asset {
  Asset() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableAsset.Builder builder() {
    return ImmutableAsset.builder();
  }

  /**
   * Returns the member who owns the asset, or empty for the household as a whole.
   *
   * @return the owner, not null
   */
  public abstract Optional<PersonId> owner();

  /**
   * Returns the type of asset.
   *
   * @return the type, not null
   */
  public abstract AssetType type();

  /**
   * Returns the asset's value on {@link #valuedOn()}; zero or more.
   *
   * @return the value, not null
   */
  public abstract Money value();

  /**
   * Returns the date of the valuation.
   *
   * @return the date, not null
   */
  public abstract LocalDate valuedOn();

  @Value.Check
  void check() {
    if (value().isNegative()) {
      throw InvalidValueException.of("value", "negative", "an asset's value is not negative");
    }
  }

  @Override
  public String toString() {
    return "Asset{type=" + type() + ", valuedOn=" + valuedOn() + ", value=redacted}";
  }
}
