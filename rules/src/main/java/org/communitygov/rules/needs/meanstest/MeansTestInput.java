package org.communitygov.rules.needs.meanstest;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.PersonId;
import org.immutables.value.Value;

/**
 * The input of the 低保 and 低保边缘 means tests: the household (members, memberships, income and
 * assets), whether the urban or the rural standard applies, and the per-member facts the household
 * model does not hold.
 *
 * <p>Facts of the rules ({@link MlgEligibility#facts}): {@code household} (wire-format JSON),
 * {@code area} ({@code URBAN} / {@code RURAL}), {@code exclusions} (JSON object person id → {@link
 * MlgExclusion}), {@code dependentAdultChildren} and {@code livingApart} (JSON arrays of person
 * ids). A missing household or area makes the decision undetermined. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MeansTestInput {
  MeansTestInput() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableMeansTestInput.Builder builder() {
    return ImmutableMeansTestInput.builder();
  }

  /**
   * Obtains an input with no per-member facts.
   *
   * @param household the household, not null
   * @param area the area whose standard applies, not null
   * @return the input, not null
   */
  public static MeansTestInput of(Household household, Area area) {
    return builder().household(household).area(area).build();
  }

  /**
   * Returns the household, if given.
   *
   * @return the household, not null
   */
  @Value.Redacted
  public abstract Optional<Household> household();

  /**
   * Returns whether the urban or the rural standard applies, if known.
   *
   * @return the area, not null
   */
  public abstract Optional<Area> area();

  /**
   * Returns the members not counted, with the reason of 民发〔2021〕57号.
   *
   * @return the exclusions by person, not null
   */
  @Value.Redacted
  public abstract Map<PersonId, MlgExclusion> exclusions();

  /**
   * Returns the adult children of the head who cannot live independently, students in undergraduate
   * education or below included (已成年但不能独立生活的子女): counted even when living apart.
   *
   * @return the persons, not null
   */
  public abstract Set<PersonId> dependentAdultChildren();

  /**
   * Returns the members who do not live with the household long-term (e.g. registered here but
   * working elsewhere): not counted unless spouse, minor or dependent adult child.
   *
   * @return the persons, not null
   */
  @Value.Redacted
  public abstract Set<PersonId> livingApart();
}
