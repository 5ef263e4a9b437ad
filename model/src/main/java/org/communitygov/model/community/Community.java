package org.communitygov.model.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.immutables.value.Value;

/**
 * A basic-level community: an urban community (城市社区) or an administrative village (建制村), with its
 * committee, the township-level office above it, its grids and its buildings.
 *
 * <p>Invariants checked when it is built: the committee is of the kind that governs the community
 * (a residents' committee for an urban community, a villagers' committee for a village); grid and
 * building identifiers are unique; a building's grid is one of the community's grids; the
 * community's division code lies within its township's.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommunity.class)
@JsonDeserialize(as = ImmutableCommunity.class)
public abstract class Community {
  Community() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableCommunity.Builder builder() {
    return ImmutableCommunity.builder();
  }

  /**
   * Returns the community's identifier.
   *
   * @return the identifier, not null
   */
  public abstract CommunityId id();

  /**
   * Returns whether this is an urban community or an administrative village.
   *
   * @return the kind, not null
   */
  public abstract CommunityKind kind();

  /**
   * Returns the community's name.
   *
   * @return the name, not null
   */
  @Valid
  public abstract LocalizedName name();

  /**
   * Returns the community's division code, normally the 12-digit statistics code.
   *
   * @return the division code, not null
   */
  public abstract DivisionCode divisionCode();

  /**
   * Returns the residents' or villagers' committee.
   *
   * @return the committee, not null
   */
  @Valid
  public abstract Committee committee();

  /**
   * Returns the street office or township above the community, if recorded.
   *
   * @return the township-level office, not null
   */
  public abstract Optional<@Valid Township> township();

  /**
   * Returns the community's grids.
   *
   * @return the grids, not null
   */
  public abstract List<@Valid Grid> grids();

  /**
   * Returns the community's buildings.
   *
   * @return the buildings, not null
   */
  public abstract List<@Valid Building> buildings();

  /**
   * Returns the local additions of the issuing system, kept on a read–write round trip.
   *
   * @return the extensions, not null
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  @Value.Check
  void check() {
    if (committee().kind() != CommitteeKind.governing(kind())) {
      throw InvalidValueException.of(
          "committee",
          "kind",
          "a " + kind() + " is governed by a " + CommitteeKind.governing(kind()));
    }
    Set<GridId> gridIds = new HashSet<>();
    for (Grid grid : grids()) {
      if (!gridIds.add(grid.id())) {
        throw InvalidValueException.of("grids", "duplicateId", "grid " + grid.id() + " repeats");
      }
    }
    Set<BuildingId> buildingIds = new HashSet<>();
    for (Building building : buildings()) {
      if (!buildingIds.add(building.id())) {
        throw InvalidValueException.of(
            "buildings", "duplicateId", "building " + building.id() + " repeats");
      }
      if (building.grid().filter(grid -> !gridIds.contains(grid)).isPresent()) {
        throw InvalidValueException.of(
            "buildings",
            "unknownGrid",
            "building " + building.id() + " names grid " + building.grid().get() + ", not listed");
      }
    }
    township()
        .flatMap(Township::divisionCode)
        .filter(code -> !code.contains(divisionCode()))
        .ifPresent(
            code -> {
              throw InvalidValueException.of(
                  "divisionCode",
                  "outsideTownship",
                  "community " + divisionCode() + " does not lie in township " + code);
            });
  }

  @Override
  public String toString() {
    return "Community{id=" + id() + ", kind=" + kind() + ", name=" + name().zh() + "}";
  }
}
