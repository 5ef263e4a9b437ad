package org.communitygov.model.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Optional;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.DivisionLevel;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.immutables.value.Value;

/**
 * The township-level office above a community: a street office (街道办事处) in a city, or a township or
 * town government (乡镇) in the countryside.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTownship.class)
@JsonDeserialize(as = ImmutableTownship.class)
public abstract class Township {
  Township() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableTownship.Builder builder() {
    return ImmutableTownship.builder();
  }

  /**
   * Returns whether this is a street office or a township.
   *
   * @return the kind, not null
   */
  public abstract TownshipKind kind();

  /**
   * Returns the office's name.
   *
   * @return the name, not null
   */
  @Valid
  public abstract LocalizedName name();

  /**
   * Returns the office's 9-digit division code, if known.
   *
   * @return the division code, not null
   */
  public abstract Optional<DivisionCode> divisionCode();

  @Value.Check
  void check() {
    divisionCode()
        .filter(code -> code.level() != DivisionLevel.TOWNSHIP)
        .ifPresent(
            code -> {
              throw InvalidValueException.of(
                  "divisionCode", "townshipLevel", "a township's division code has 9 digits");
            });
  }
}
