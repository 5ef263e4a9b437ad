package org.communitygov.model.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.immutables.value.Value;

/**
 * What a number of points or hours buys in a scheme's catalogue (漯河: a silver card at 50 points, a
 * gold card at 100).
 *
 * <p>Invariants: the code is UPPER_SNAKE; the price is positive.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReward.class)
@JsonDeserialize(as = ImmutableReward.class)
public abstract class Reward {
  /** The pattern of a reward's code. */
  public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]{0,63}$";

  Reward() {}

  /**
   * Obtains a reward.
   *
   * @param code the code, such as {@code SILVER_CARD}, not null
   * @param name the name, not null
   * @param price the price in the scheme's unit, with its source, not null
   * @return the reward, not null
   * @throws InvalidValueException if the code or price is not valid
   */
  public static Reward of(String code, LocalizedName name, PolicyTerm<BigDecimal> price) {
    return ImmutableReward.builder().code(code).name(name).price(price).build();
  }

  /**
   * Returns the code.
   *
   * @return the code, not null
   */
  public abstract @Pattern(regexp = CODE_PATTERN) String code();

  /**
   * Returns the name.
   *
   * @return the name, not null
   */
  public abstract @Valid LocalizedName name();

  /**
   * Returns the price in the scheme's unit, with its source.
   *
   * @return the price, not null
   */
  public abstract PolicyTerm<BigDecimal> price();

  @Value.Check
  void check() {
    if (!code().matches(CODE_PATTERN)) {
      throw InvalidValueException.of("reward", "code", "a reward's code is UPPER_SNAKE");
    }
    if (price().value().signum() <= 0) {
      throw InvalidValueException.of("reward", "price", "a reward's price is positive");
    }
  }
}
