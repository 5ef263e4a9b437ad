package org.communitygov.model.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.OptionalInt;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * A building (楼宇) of a community, the unit of building self-governance (楼宇自治).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBuilding.class)
@JsonDeserialize(as = ImmutableBuilding.class)
public abstract class Building {
  Building() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableBuilding.Builder builder() {
    return ImmutableBuilding.builder();
  }

  /**
   * Returns the building's identifier, unique within its community.
   *
   * @return the identifier, not null
   */
  public abstract BuildingId id();

  /**
   * Returns the building's name or number, such as {@code 3号楼}.
   *
   * @return the name, not null
   */
  @NotBlank
  @Size(max = 100)
  public abstract String name();

  /**
   * Returns the grid the building belongs to, if the community has grids.
   *
   * @return the grid's identifier, not null
   */
  public abstract Optional<GridId> grid();

  /**
   * Returns the number of dwellings in the building, if known.
   *
   * @return the number of dwellings, not null
   */
  @PositiveOrZero
  public abstract OptionalInt dwellings();

  @Value.Check
  void check() {
    if (dwellings().isPresent() && dwellings().getAsInt() < 0) {
      throw InvalidValueException.of(
          "dwellings", "negative", "the number of dwellings is not negative");
    }
  }
}
