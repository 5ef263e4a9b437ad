package org.communitygov.rules.needs.meanstest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.engine.FactMapping;
import org.communitygov.rules.engine.FactType;
import org.communitygov.rules.needs.shared.HouseholdFacts;
import org.communitygov.rules.needs.shared.HouseholdJson;
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

  /** Exclusions by person, as a JSON object of person id → {@link MlgExclusion} code. */
  private static final FactType<Map<PersonId, MlgExclusion>> EXCLUSIONS =
      FactType.<Map<PersonId, MlgExclusion>>of(
              map -> {
                Map<String, String> byId = new TreeMap<>();
                map.forEach((p, e) -> byId.put(p.toString(), e.name()));
                return HouseholdJson.write(byId);
              },
              (name, text) -> {
                Map<PersonId, MlgExclusion> map = new LinkedHashMap<>();
                HouseholdJson.textMap(name, text)
                    .forEach((p, e) -> map.put(PersonId.of(p), exclusion(name, e)));
                return map;
              })
          .sensitive(SensitiveCategory.LOCATION);

  /** A set of persons, as a JSON array of their ids, sorted. */
  private static final FactType<Set<PersonId>> PERSONS =
      FactType.of(
          ids -> {
            Set<String> sorted = new TreeSet<>();
            ids.forEach(p -> sorted.add(p.toString()));
            return HouseholdJson.write(sorted);
          },
          (name, text) -> {
            Set<PersonId> ids = new LinkedHashSet<>();
            HouseholdJson.textList(name, text).forEach(p -> ids.add(PersonId.of(p)));
            return ids;
          });

  /** The facts of the means tests, declared once. */
  static final FactMapping<MeansTestInput> FACTS =
      FactMapping.builder(
              MeansTestInput.class, MeansTestInput::builder, ImmutableMeansTestInput.Builder::build)
          .required(
              "household",
              HouseholdFacts.TYPE,
              MeansTestInput::household,
              ImmutableMeansTestInput.Builder::household)
          .required(
              "area",
              FactType.code(Area.class),
              MeansTestInput::area,
              ImmutableMeansTestInput.Builder::area)
          .optional(
              "exclusions",
              EXCLUSIONS,
              in -> present(in.exclusions()),
              ImmutableMeansTestInput.Builder::exclusions)
          .optional(
              "dependentAdultChildren",
              PERSONS,
              in -> present(in.dependentAdultChildren()),
              ImmutableMeansTestInput.Builder::dependentAdultChildren)
          .optional(
              "livingApart",
              PERSONS.sensitive(SensitiveCategory.LOCATION),
              in -> present(in.livingApart()),
              ImmutableMeansTestInput.Builder::livingApart)
          .allPresentWhen(in -> in.household().isPresent() && in.area().isPresent())
          .build();

  private static <T> Optional<Set<T>> present(Set<T> set) {
    return set.isEmpty() ? Optional.empty() : Optional.of(set);
  }

  private static <K, V> Optional<Map<K, V>> present(Map<K, V> map) {
    return map.isEmpty() ? Optional.empty() : Optional.of(map);
  }

  private static MlgExclusion exclusion(String name, String code) {
    try {
      return MlgExclusion.valueOf(code);
    } catch (IllegalArgumentException e) {
      throw InvalidValueException.of(
          name, "code", "an exclusion is one of " + List.of(MlgExclusion.values()));
    }
  }
}
