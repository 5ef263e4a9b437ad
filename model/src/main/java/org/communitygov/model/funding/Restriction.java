package org.communitygov.model.funding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.ServiceCategory;
import org.immutables.value.Value;

/**
 * What a fund's money may be spent on: anything (unrestricted), or one service category, one
 * project or one population group, until an end date if the grant has one.
 *
 * <p>Invariants: a restricted kind names exactly its own target (a category, a project or a group)
 * and nothing else; an unrestricted fund names none and has no end date ({@code
 * restriction.target}, {@code restriction.endsOn}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableRestriction.class)
@JsonDeserialize(as = ImmutableRestriction.class)
public abstract class Restriction {
  private static final Restriction NONE =
      ImmutableRestriction.builder().kind(RestrictionKind.UNRESTRICTED).build();

  Restriction() {}

  /**
   * Returns the absence of a restriction.
   *
   * @return the unrestricted restriction, not null
   */
  public static Restriction unrestricted() {
    return NONE;
  }

  /**
   * Obtains a restriction to a service category.
   *
   * @param category the category, not null
   * @param endsOn the last day the money may be spent, not null
   * @return the restriction, not null
   */
  public static Restriction toCategory(ServiceCategory category, Optional<LocalDate> endsOn) {
    return ImmutableRestriction.builder()
        .kind(RestrictionKind.SERVICE_CATEGORY)
        .category(category)
        .endsOn(endsOn)
        .build();
  }

  /**
   * Obtains a restriction to a project.
   *
   * @param project the project, not null
   * @param endsOn the last day the money may be spent, not null
   * @return the restriction, not null
   */
  public static Restriction toProject(ProjectId project, Optional<LocalDate> endsOn) {
    return ImmutableRestriction.builder()
        .kind(RestrictionKind.PROJECT)
        .project(project)
        .endsOn(endsOn)
        .build();
  }

  /**
   * Obtains a restriction to a population group.
   *
   * @param group the group, not null
   * @param endsOn the last day the money may be spent, not null
   * @return the restriction, not null
   */
  public static Restriction toGroup(PopulationGroup group, Optional<LocalDate> endsOn) {
    return ImmutableRestriction.builder()
        .kind(RestrictionKind.POPULATION_GROUP)
        .group(group)
        .endsOn(endsOn)
        .build();
  }

  /**
   * Returns the kind of restriction.
   *
   * @return the kind, not null
   */
  public abstract RestrictionKind kind();

  /**
   * Returns the service category of a {@link RestrictionKind#SERVICE_CATEGORY} restriction.
   *
   * @return the category, not null
   */
  public abstract Optional<ServiceCategory> category();

  /**
   * Returns the project of a {@link RestrictionKind#PROJECT} restriction.
   *
   * @return the project, not null
   */
  public abstract Optional<ProjectId> project();

  /**
   * Returns the population group of a {@link RestrictionKind#POPULATION_GROUP} restriction.
   *
   * @return the group, not null
   */
  public abstract Optional<PopulationGroup> group();

  /**
   * Returns the last day the money may be spent on its purpose, if the grant has one.
   *
   * @return the date, not null
   */
  public abstract Optional<LocalDate> endsOn();

  /**
   * Tells whether the money is restricted.
   *
   * @return true unless {@link RestrictionKind#UNRESTRICTED}
   */
  @JsonIgnore
  public final boolean isRestricted() {
    return kind() != RestrictionKind.UNRESTRICTED;
  }

  /**
   * Returns the purpose as the ledger names it, such as {@code category:MEAL_ASSISTANCE}, {@code
   * project:P1} or {@code group:ELDERLY}: a restricted fund's ledger account carries it, and a
   * transaction that takes from the account must name it.
   *
   * @return the purpose, empty when unrestricted, not null
   */
  @JsonIgnore
  public final Optional<String> purpose() {
    return switch (kind()) {
      case SERVICE_CATEGORY -> Optional.of("category:" + category().orElseThrow().code());
      case PROJECT -> Optional.of("project:" + project().orElseThrow().value());
      case POPULATION_GROUP -> Optional.of("group:" + group().orElseThrow().name());
      case UNRESTRICTED -> Optional.empty();
    };
  }

  @Value.Check
  void check() {
    int targets =
        (category().isPresent() ? 1 : 0)
            + (project().isPresent() ? 1 : 0)
            + (group().isPresent() ? 1 : 0);
    boolean own =
        switch (kind()) {
          case SERVICE_CATEGORY -> category().isPresent();
          case PROJECT -> project().isPresent();
          case POPULATION_GROUP -> group().isPresent();
          case UNRESTRICTED -> targets == 0;
        };
    if (!own || targets > 1) {
      throw InvalidValueException.of(
          "restriction", "target", "a restriction names its own target and no other");
    }
    if (!isRestricted() && endsOn().isPresent()) {
      throw InvalidValueException.of(
          "restriction", "endsOn", "only a restricted fund has an end date");
    }
  }
}
