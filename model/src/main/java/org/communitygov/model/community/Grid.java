package org.communitygov.model.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * A grid (网格): the unit of a community in which a grid worker looks after a few hundred households.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGrid.class)
@JsonDeserialize(as = ImmutableGrid.class)
public abstract class Grid {
  Grid() {}

  /**
   * Obtains a grid.
   *
   * @param id the grid's identifier, not null
   * @param name the grid's name, such as {@code 第三网格}, not null
   * @return the grid, not null
   */
  public static Grid of(GridId id, String name) {
    return ImmutableGrid.builder().id(id).name(name).build();
  }

  /**
   * Returns the grid's identifier, unique within its community.
   *
   * @return the identifier, not null
   */
  public abstract GridId id();

  /**
   * Returns the grid's name.
   *
   * @return the name, not null
   */
  @NotBlank
  @Size(max = 100)
  public abstract String name();
}
